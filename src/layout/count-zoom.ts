// Where a click on a count mark zooms: the count marks' chunk asks the view for this span.
import { bisectLeft, bisectRight } from './lane-index.js';
import { densestCentre, MAX_STEP } from './zoom-math.js';

/**
 * What a click on a count mark of `count` events, whose starts are `starts` (sorted, ms) and which run from `from`
 * to `to`, asks the view to show, as `expand`'s `[from, to, count]`: all of them, or, when they run longer than a
 * click's step (a {@link MAX_STEP}th of the `visible` span), a step's worth where most of them start. Down the
 * vertical chart's even scale one count mark can hold a burst of events and one a year after it; the zoom went to
 * the middle of the two, where there was nothing to see.
 */
export function countZoom(
  starts: Float64Array,
  from: number,
  to: number,
  count: number,
  visible: readonly [number, number],
): [number, number, number] {
  const step = Math.abs(visible[1] - visible[0]) / MAX_STEP;
  if (to - from <= step) return [from, to, count];
  const centre = densestCentre(starts, [from, to], (to - from) / step) ?? (from + to) / 2;
  const [a, b] = [centre - step / 2, centre + step / 2];
  return [a, b, bisectRight(starts, b) - bisectLeft(starts, a)];
}
