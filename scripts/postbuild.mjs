// After rollup and tsc: write the built-in dataset as JSON, ship the JSON Schema, and report the
// embed's size. Fails when the embed is over its gzip budget.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bidenXi } from '../dist/lib/data/biden-xi.js';

const BUDGET_KIB = 40;

mkdirSync('dist/data', { recursive: true });
writeFileSync('dist/data/biden-xi.json', JSON.stringify(bidenXi, null, 2) + '\n');
copyFileSync('meeting-timeline.schema.json', 'dist/meeting-timeline.schema.json');

const kib = (bytes) => (bytes / 1024).toFixed(1);
const gzipOf = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;

// The core is the embed and every chunk it imports statically; dynamic import() chunks load on demand.
const core = new Set();
(function visit(file) {
  if (core.has(file)) return;
  core.add(file);
  const code = readFileSync(`dist/${file}`, 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const [, path] of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+)["']/g)) {
    visit(join(dir, path).replaceAll('\\', '/'));
  }
})('meeting-timeline.js');

const coreGzip = [...core].reduce((sum, file) => sum + gzipOf(file), 0);
console.log(
  `core (dist/meeting-timeline.js${core.size > 1 ? ` + ${core.size - 1} static chunks` : ''}): ${kib(coreGzip)} KiB gzip (budget ${BUDGET_KIB} KiB)`,
);
for (const name of readdirSync('dist/chunks').filter((n) => n.endsWith('.js'))) {
  const file = `chunks/${name}`;
  if (!core.has(file)) console.log(`  on demand: dist/${file}: ${kib(gzipOf(file))} KiB gzip`);
}
if (coreGzip > BUDGET_KIB * 1024) {
  console.error(`the core is over its ${BUDGET_KIB} KiB gzip budget`);
  process.exit(1);
}
