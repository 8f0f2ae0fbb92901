// The arithmetic of zooming: which d3-zoom transform shows a span, zooms about a point, or opens a crowd
// of events. DOM-free.
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimeScale } from './time-scale.js';

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
  const k = axisLength / Math.max(Math.abs(x1 - x0), 1e-9);
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

/**
 * The span to show `count` events from `from` to `to` (ms): far enough in that, spread evenly, they would
 * stand 26 px apart (past the 24 px that merges marks), at least twice as far as `visible`, no further
 * than needed to show them all, and never under `minSpan`.
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
  const span = Math.max(minSpan, Math.min((to - from) * 1.2, apart, (visible[1] - visible[0]) / 2));
  const middle = (from + to) / 2;
  return [middle - span / 2, middle + span / 2];
}
