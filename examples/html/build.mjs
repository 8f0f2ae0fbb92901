// Builds the plain-HTML example into dist/: the page, and beside it the package's self-contained
// module with its lazily loaded chunks, at the same relative path the page uses. No bundler.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const pkg = `${here}node_modules/meeting-timeline/dist`;
const out = `${here}dist`;

rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/node_modules/meeting-timeline/dist`, { recursive: true });
cpSync(`${here}index.html`, `${out}/index.html`);
for (const file of ['meeting-timeline.js', 'meeting-timeline.js.map', 'chunks']) {
  cpSync(`${pkg}/${file}`, `${out}/node_modules/meeting-timeline/dist/${file}`, { recursive: true });
}
console.log('html: built dist/');
