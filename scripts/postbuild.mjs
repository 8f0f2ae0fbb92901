// After rollup and tsc: write the built-in dataset as JSON, ship the JSON Schema, and report the
// embed's size. Fails when the embed is over its gzip budget.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bidenXi } from '../dist/lib/data/biden-xi.js';

const BUDGET_KIB = 45;

mkdirSync('dist/data', { recursive: true });
writeFileSync('dist/data/biden-xi.json', JSON.stringify(bidenXi, null, 2) + '\n');
copyFileSync('meeting-timeline.schema.json', 'dist/meeting-timeline.schema.json');

const kib = (bytes) => (bytes / 1024).toFixed(1);
let over = false;
const files = ['meeting-timeline.js', ...readdirSync('dist/chunks').map((name) => `chunks/${name}`)];
for (const file of files.filter((name) => name.endsWith('.js'))) {
  const code = readFileSync(`dist/${file}`);
  const gzip = gzipSync(code, { level: 9 }).length;
  const isEmbed = file === 'meeting-timeline.js';
  console.log(`dist/${file}: ${kib(code.length)} KiB, ${kib(gzip)} KiB gzip${isEmbed ? ` (budget ${BUDGET_KIB} KiB)` : ''}`);
  if (isEmbed && gzip > BUDGET_KIB * 1024) over = true;
}
if (over) {
  console.error(`dist/meeting-timeline.js is over its ${BUDGET_KIB} KiB gzip budget`);
  process.exit(1);
}
