// Which dates are drawn as a span rather than a point. DOM-free.
import type { TimePoint } from '../types.js';

/** Whether a date is drawn as the faded span it could cover: uncertain, approximate, or a decade or century. */
export function isVague(point: TimePoint): boolean {
  return !!(point.uncertain || point.approximate) || point.precision === 'decade' || point.precision === 'century';
}
