// Work a first render would otherwise pay, done in the page's first idle period once the element is defined: a
// chunk of its own (see warm-page.ts), which a page that renders in the same task as the import never waits for.
import { whenIdle } from './idle-each.js';

/** Loads and runs the page's warm-up when the page is idle; a chunk that fails to load leaves it undone. */
export function warmUp(): void {
  whenIdle()
    .then(() => import('./warm-page.js'))
    .catch(() => {});
}
