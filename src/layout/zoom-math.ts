// The arithmetic of zooming: which d3-zoom transform shows a span, zooms about a point, or opens a crowd
// of events. DOM-free.
import { zoomIdentity, type ZoomTransform } from './zoom-transform.js';
import type { TimeScale } from './time-scale.js';
import { bisectLeft } from './lane-index.js';

/** The transform that shows `a` to `b` (ms) of `base` across `axisLength` px (time runs either way: LTR or RTL). */
export function transformFor(
  base: TimeScale,
  a: number,
  b: number,
  axisLength: number,
  vertical: boolean,
): ZoomTransform {
  const x0 = base(a);
  const x1 = base(b);
  // Only an empty span falls back: over billions of years a day is well under 1e-9 of a px of the base scale.
  const k = axisLength / (Math.abs(x1 - x0) || 1e-9);
  const t = -Math.min(x0, x1);
  return zoomIdentity.scale(k).translate(vertical ? 0 : t, vertical ? t : 0);
}

/** `from` scaled by `factor` about `point`, its scale kept within `[kMin, kMax]`: what d3-zoom's scaleBy does. */
export function scaleAbout(
  from: ZoomTransform,
  factor: number,
  point: [number, number],
  [kMin, kMax]: [number, number],
): ZoomTransform {
  const k = Math.max(kMin, Math.min(kMax, from.k * factor));
  const [px, py] = from.invert(point);
  return zoomIdentity.translate(point[0] - px * k, point[1] - py * k).scale(k);
}

/** The most a click zooms in at once: a reader can follow a fourfold step, not a twentyfold one. */
export const MAX_STEP = 4;

/**
 * The span to show `count` events from `from` to `to` (ms): far enough in that, spread evenly, they would
 * stand 26 px apart (past the 24 px that merges marks), at least twice as far as `visible` but no more than
 * {@link MAX_STEP} times, no further than needed to show them all, and never under `minSpan`.
 */
export function expandSpan(
  from: number,
  to: number,
  count: number,
  visible: readonly [number, number],
  axisLength: number,
  minSpan: number,
): [number, number] {
  const apart = ((to - from) / Math.max(1, count - 1)) * (axisLength / 26);
  const now = visible[1] - visible[0];
  const span = Math.max(minSpan, now / MAX_STEP, Math.min((to - from) * 1.2, apart, now / 2));
  const middle = (from + to) / 2;
  return [middle - span / 2, middle + span / 2];
}

/**
 * Where zooming in by `factor` should centre to show the most events: the middle of the events in the
 * window of a `factor`th of the view that holds the most of them (`starts` sorted, ms). Undefined when no
 * event is in view. O(events in view).
 */
export function densestCentre(
  starts: Float64Array,
  [a, b]: readonly [number, number],
  factor: number,
): number | undefined {
  const width = (b - a) / factor;
  let i = bisectLeft(starts, a);
  const stop = bisectLeft(starts, b + 1e-9);
  if (i >= stop) return undefined;
  let best = -1;
  let centre = starts[i];
  for (let j = i; i < stop; i++) {
    while (j < stop && starts[j] <= starts[i] + width) j++;
    if (j - i > best) {
      best = j - i;
      centre = (starts[i] + starts[j - 1]) / 2;
    }
  }
  return centre;
}
