// Builds the React example into dist/ with esbuild: dist/main.js (React, react-dom, the package's
// dist/lib/ build, Lit and d3 in one bundle) and dist/index.html.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
rmSync(`${here}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: here,
  entryPoints: ['src/main.tsx'],
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  sourcemap: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
cpSync(`${here}index.html`, `${here}dist/index.html`);
console.log('react: built dist/');
