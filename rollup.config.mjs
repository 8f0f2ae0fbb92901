// Two builds, as Shoelace ships dist/ and cdn/:
// - dist/meeting-timeline.js: one minified, self-contained ES module (Lit and d3 inside) for a
//   <script type="module"> embed;
// - dist/lib/: the library for bundler users, one module per source file, lit and d3-* external.
// Declarations come from tsc (tsconfig.build.json); scripts/postbuild.mjs writes the data files and
// checks the embed's gzip budget.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';

const ts = () =>
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], compilerOptions: { noEmit: false, types: [] } });

/** Resolves 'd3-transition' and 'd3-interpolate' to src/shims/: see there why. */
const d3Shims = () => ({
  name: 'd3-shims',
  resolveId: (id) =>
    id === 'd3-transition' || id === 'd3-interpolate'
      ? fileURLToPath(new URL(`./src/shims/${id}.ts`, import.meta.url))
      : null,
});

/**
 * Drops from the embed Lit's hooks for other code on the page: its ShadyDOM polyfill support, SSR hydration and the
 * version lists its dev mode reads to warn of two copies (149 bytes of the core's gzip). The embed needs none of them:
 * its browsers have shadow DOM and `light-dark()`, and it renders on the client only. The library build keeps them.
 * Should Lit's code change shape, nothing matches and the budget check says so.
 */
const litHooks = () => ({
  name: 'lit-hooks',
  transform(code, id) {
    if (!/[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
    const out = new MagicString(code);
    const hooks = [
      /\w+\.(?:reactiveElement|litHtml|litElement)PolyfillSupport\b/g,
      /\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\)/g,
      /\(\w+\.(?:reactiveElement|litHtml|litElement)Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g,
    ];
    for (const hook of hooks)
      for (const match of code.matchAll(hook)) out.overwrite(match.index, match.index + match[0].length, 'void 0');
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
});

export default [
  {
    input: 'src/index.ts',
    // Shared code stays in the entry (no facade): the core a page loads is this one file.
    preserveEntrySignatures: 'allow-extension',
    // The built-in data set is a dynamic import: a chunk beside the bundle, fetched only when shown.
    output: {
      dir: 'dist',
      entryFileNames: 'meeting-timeline.js',
      // Six characters of hash (36 bits) tell a chunk's versions apart: the core names every chunk, and the default
      // eight cost it 41 bytes of gzip (random characters do not compress).
      chunkFileNames: 'chunks/[name]-[hash:6].js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      // d3-zoom's needs of d3-transition and d3-interpolate are met by shims (the element animates zoom itself).
      d3Shims(),
      litHooks(),
      // 'production' picks Lit's build without dev-mode warnings.
      nodeResolve({ exportConditions: ['production', 'module', 'import', 'default'] }),
      ts(),
      // Whitespace in html``, svg`` and css`` templates is not needed at run time.
      minifyHTML(),
      // The preamble is V8's compile hint (Chrome 136+; other engines read a comment): a file's functions are
      // compiled on the thread that streams it in, not one by one on the main thread when first called (in the
      // core, 30–55 ms of a one-event first render). Every chunk is loaded only when its code is about to run.
      // `pure_getters`: reading a property has no side effect, so an unused read may go (114 bytes of the core's
      // gzip). Nothing here reads a property for its effect (no `el.offsetWidth;` to force a layout); the tests of
      // the built bundle (test/csp.test.ts, the example apps) run on this output. `hoist_funs`: function
      // declarations moved to the top of their scope, as the language hoists them anyway (38 bytes of the gzip).
      // `unsafe_arrows`: a function expression that reads no `this` or `arguments` is written as an arrow (16–22 bytes
      // of the gzip, measured on three builds: most are functions terser inlined and calls at once, and rollup's
      // `.then(function(m){…})` around imports). Unsafe only for a function expression called with `new` or whose
      // `prototype` is read; none is, in Lit, d3, DOMPurify or ours (the built bundle's tests and the bench pages run
      // it).
      terser({
        ecma: 2022,
        module: true,
        compress: { passes: 3, pure_getters: true, hoist_funs: true, unsafe_arrows: true },
        format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
      }),
    ],
  },
  {
    // src/react.ts holds only types (JSX typings): its module is empty, there for the `./react` export.
    input: ['src/index.ts', 'src/react.ts'],
    onwarn(warning, warn) {
      if (warning.code === 'EMPTY_BUNDLE' && warning.names?.includes('react')) return;
      warn(warning);
    },
    external: (id) =>
      id === 'lit' || id === 'dompurify' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('d3-'),
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [ts()],
  },
];
