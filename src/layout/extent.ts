import type { Era, TimePoint } from '../types.js';
import { MAX_YEAR, MS_PER_YEAR } from '../data/deep-time.js';

/** The farthest either way a view may reach: past the largest year the data may hold. */
const LIMIT_MS = 2 * MAX_YEAR * MS_PER_YEAR;

/**
 * The time span `[start, end)` in ms covered by the events (their own span, `[first start, last end)`, when
 * there are any) and the eras; undefined when there are neither.
 */
export function timeExtent(
  events: readonly [number, number] | undefined,
  eras: readonly Era[] = [],
): [number, number] | undefined {
  let [lo, hi] = events ?? [Infinity, -Infinity];
  for (const era of eras) {
    if (era.start.ms < lo) lo = era.start.ms;
    if (era.end.endMs > hi) hi = era.end.endMs;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** Widens `[a, b]` by `fraction` of its span on each side, then to at least `minSpanMs`, keeping its centre. */
export function padExtent([a, b]: readonly [number, number], fraction: number, minSpanMs: number): [number, number] {
  const pad = (b - a) * fraction;
  let lo = a - pad;
  let hi = b + pad;
  if (hi - lo < minSpanMs) {
    // A lone event (zero or tiny span) would otherwise fill the whole width or divide by zero in the scale.
    const mid = (lo + hi) / 2;
    lo = mid - minSpanMs / 2;
    hi = mid + minSpanMs / 2;
  }
  return [Math.max(lo, -LIMIT_MS), Math.min(hi, LIMIT_MS)];
}

/**
 * The span to open on: from `start` to the end of `end` when both are given (in either order), else the
 * data's own `view`; with a 6 % margin (at least two days). Undefined: show everything.
 */
export function initialSpan(
  start: TimePoint | string | undefined,
  end: TimePoint | string | undefined,
  view: readonly [number, number] | undefined,
): [number, number] | undefined {
  const given = start && end && typeof start !== 'string' && typeof end !== 'string';
  // A reversed pair is read the right way round (and the element warns of it).
  const span = given ? ([Math.min(start.ms, end.ms), Math.max(start.endMs, end.endMs)] as const) : view;
  return span && padExtent(span, 0.06, 2 * 86_400_000);
}
