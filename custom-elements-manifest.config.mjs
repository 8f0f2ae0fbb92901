// @custom-elements-manifest/analyzer: writes custom-elements.json at the repository root from the
// JSDoc in src/ (the class JSDoc of src/meeting-timeline.ts is the API reference). Never edit the
// manifest by hand: `npm run manifest`, which `npm run build` runs last.
import { posix } from 'node:path';

/** `src/x/y.ts` (or `/src/x/y.js`) → `dist/lib/x/y.js`: the shipped module, as Shoelace's manifest does. */
function shipped(path) {
  const match = /^\/?src\/(.+)\.(?:ts|js)$/.exec(path);
  return match ? `dist/lib/${match[1]}.js` : path;
}

/** Points every module path, and every reference to one, at the shipped dist/lib/ file. */
function shippedPathsPlugin() {
  return {
    name: 'meeting-timeline:shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const visit = (node, modulePath) => {
        if (Array.isArray(node)) return node.forEach((item) => visit(item, modulePath));
        if (!node || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
          if (key === 'module' && typeof value === 'string') {
            // The analyzer leaves re-exports relative to the re-exporting module (`./define.js`).
            const resolved = value.startsWith('.') ? posix.join(posix.dirname(modulePath), value) : value;
            node[key] = shipped(resolved);
          } else {
            visit(value, modulePath);
          }
        }
      };
      for (const mod of customElementsManifest.modules) {
        visit(mod, mod.path);
        mod.path = shipped(mod.path);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json has "customElements": "custom-elements.json" already; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [shippedPathsPlugin()],
};
