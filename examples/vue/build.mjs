// Builds the Vue example into dist/ with esbuild. `vue` is aliased to Vue's full build
// (vue/dist/vue.esm-bundler.js), which compiles the template string at run time.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
rmSync(`${here}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: here,
  entryPoints: ['src/main.js'],
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  // The esm-bundler build's compile-time flags.
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  logLevel: 'warning',
});
cpSync(`${here}index.html`, `${here}dist/index.html`);
console.log('vue: built dist/');
