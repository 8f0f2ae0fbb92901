// What `npm pack` would ship. A Node test (node:test), run by `npm run test:package`, not by wtr.
// It reads the packed file list of the current dist/, so run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${root}`), 'utf8'));

/** The paths `npm pack` would put in the tarball (no build, no lifecycle scripts). */
function packedFiles() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [result] = JSON.parse(out);
  return result.files.map((file) => file.path).sort();
}

const files = packedFiles();
const has = (path) => files.includes(path);

test('the package was built (run `npm run build` before `npm run test:package`)', () => {
  assert.ok(has('dist/meeting-timeline.js'), `no dist/meeting-timeline.js in the pack; packed:\n${files.join('\n')}`);
});

test('ships both builds, their types and source maps, the data, the schema and the manifest', () => {
  for (const path of [
    'dist/meeting-timeline.js',
    'dist/meeting-timeline.js.map',
    'dist/lib/index.js',
    'dist/lib/index.js.map',
    'dist/lib/index.d.ts',
    'dist/lib/define.js',
    'dist/lib/meeting-timeline.js',
    'dist/lib/meeting-timeline.d.ts',
    'dist/meeting-timeline.schema.json',
    'dist/data/biden-xi.json',
    'custom-elements.json',
    'README.md',
    'LICENSE',
    'package.json',
  ]) {
    assert.ok(has(path), `${path} is not in the pack`);
  }
});

test('ships the lazily loaded chunks, each with its source map', () => {
  const chunks = files.filter((path) => /^dist\/chunks\/[^/]+\.js$/.test(path));
  assert.ok(chunks.length > 0, 'no dist/chunks/*.js in the pack');
  for (const chunk of chunks) assert.ok(has(`${chunk}.map`), `${chunk}.map is not in the pack`);
});

test('every shipped JavaScript module has its source map', () => {
  const missing = files.filter((path) => path.startsWith('dist/') && path.endsWith('.js') && !has(`${path}.map`));
  assert.deepEqual(missing, []);
});

test('ships no tests, demo, bench, examples, sources or scripts', () => {
  const forbidden = /^(test|demo|bench|examples|src|scripts|docs|node_modules|\.ci)\//;
  const leaked = files.filter((path) => forbidden.test(path));
  assert.deepEqual(leaked, []);
  const config = /^(rollup\.config|web-test-runner\.config|custom-elements-manifest\.config|tsconfig)/;
  const configs = files.filter((path) => config.test(path));
  assert.deepEqual(configs, []);
});

test('every file that package.json points at is in the pack', () => {
  const targets = new Set([pkg.main, pkg.module, pkg.types, pkg.customElements]);
  const collect = (value) => {
    if (typeof value === 'string') targets.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(pkg.exports);
  for (const target of targets) {
    if (target === undefined) continue;
    const path = target.replace(/^\.\//, '');
    assert.ok(has(path), `package.json points at ${target}, which is not in the pack`);
  }
});

test('the React typings ship as their own entry, loaded only by `meeting-timeline/react`', () => {
  assert.equal(pkg.exports['./react']?.types, './dist/lib/react.d.ts');
  assert.ok(has('dist/lib/react.d.ts'), 'dist/lib/react.d.ts is not in the pack');
  const lib = (path) => readFileSync(new URL(path, `file://${root}`), 'utf8');
  assert.match(lib('dist/lib/react.d.ts'), /'meeting-timeline': MeetingTimelineProps/);
  // Projects without React must never load @types/react through the main entry.
  const others = files.filter((path) => path.endsWith('.d.ts') && path !== 'dist/lib/react.d.ts');
  const leaking = others.filter((path) => /from ['"](react|\.\/react\.js)['"]/.test(lib(path)));
  assert.deepEqual(leaking, []);
  assert.ok(!('@types/react' in (pkg.dependencies ?? {})), '@types/react must stay a devDependency');
});

test('the embed and its chunks open with V8’s compile hint, their source maps shifted by its line', () => {
  const embed = files.filter((path) => /^dist\/(meeting-timeline|chunks\/[^/]+)\.js$/.test(path));
  assert.ok(embed.length > 1, 'no embed in the pack');
  for (const path of embed) {
    const code = readFileSync(new URL(path, `file://${root}`), 'utf8');
    assert.equal(code.split('\n', 1)[0], '//# allFunctionsCalledOnLoad', `${path} does not start with the hint`);
    // The hint's line has no code: the first line of mappings is empty.
    const map = JSON.parse(readFileSync(new URL(`${path}.map`, `file://${root}`), 'utf8'));
    assert.ok(map.mappings.startsWith(';'), `${path}.map maps code onto the hint's line`);
  }
});

test('every chunk a chunk imports is one the core asks for itself: no request waits to be found in another', () => {
  const read = (path) => readFileSync(new URL(path, `file://${root}`), 'utf8');
  // The chunks the core imports, by file name: it asks for those that go together at once (the vertical layout's
  // and the count marks', say), so a first picture waits for one round of requests.
  const asked = new Set(
    [...read('dist/meeting-timeline.js').matchAll(/import\("\.\/chunks\/([^"]+)"\)/g)].map((m) => m[1]),
  );
  assert.ok(asked.size > 5, 'the core asks for no chunks');
  const chunks = files.filter((path) => /^dist\/chunks\/[^/]+\.js$/.test(path));
  for (const path of chunks) {
    // Static imports of a sibling chunk, as terser writes them: from"./name.js".
    for (const [, name] of read(path).matchAll(/from\s*"\.\/([^"]+\.js)"/g))
      assert.ok(
        asked.has(name),
        `${path} imports ${name}, which the core never asks for: found only once ${path} is read`,
      );
  }
});
