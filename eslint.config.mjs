// ESLint (flat config), run by `npm run lint` with `--max-warnings 0`: typescript-eslint's recommended
// rules (type-aware) on src/ and test/, the lit, lit-a11y and wc rule sets on the templates and elements,
// and eslint's recommended rules on the Node scripts. Formatting is prettier's job, not eslint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      '.tmp/',
      'examples/*/dist/',
      'examples/*/node_modules/',
      // The React app's types come from the packed package, which exists only once test:examples has
      // installed it; that script type-checks the app with tsc instead.
      'examples/react/src/',
      'bench/results.json',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  // Node: config files, scripts, the package tests and the example build scripts.
  {
    files: ['**/*.mjs', '**/*.cjs', 'examples/*/build.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Their callbacks for puppeteer's page.evaluate() run in the browser.
  {
    files: ['bench/*.mjs', 'scripts/examples.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Browser: the demo and the bench pages.
  {
    files: ['demo/**/*.js', 'bench/pages/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended, wc.configs['flat/best-practice']],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // LitElement implements every lifecycle callback, so `super.connectedCallback()` needs no guard
      // (as eslint-plugin-lit's README advises when combining it with wc/best-practice).
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Lit binds `this` for `@event=${this._method}` listeners, and d3-zoom's `transform` / `scaleBy`
      // are made to be passed to `selection.call()`: the two ways this code passes methods.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's property assertions (`expect(x).to.exist`, `.not.be.empty`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // @open-wc/semantic-dom-diff types every chai `equal` as returning a Promise (only its dom diff is
      // async); a plain `expect(x).to.equal(y)` is not a floating promise.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', name: ['equal', 'Equal'], package: '@open-wc/semantic-dom-diff' },
          ],
        },
      ],
    },
  },
);
