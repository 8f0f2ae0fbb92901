// What d3-zoom needs of d3-transition, for the embed only (rollup.config.mjs resolves 'd3-transition' here).
// d3-zoom calls interrupt(node) and selection.interrupt() to stop a node's transitions when a gesture starts;
// the element runs no d3 transitions (zoom.duration(0), and it animates its own zooms), so both do nothing.
// The real package patches every selection with transition() and brings d3-color, d3-timer, d3-ease and
// d3-interpolate's colour code: about 7 KiB gzip. The library build (dist/lib) keeps the real import.
import { selection } from 'd3-selection';

export function interrupt(): void {}

(selection.prototype as { interrupt?: unknown }).interrupt ??= function interruptNothing<T>(this: T): T {
  return this;
};
