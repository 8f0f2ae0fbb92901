// A linear scale from UTC time to pixels: the part of d3's scaleUtc the timeline uses. d3-zoom rescales it
// (copy, domain, range, invert) and the axis asks it for ticks, which d3-time picks (whole years, months,
// days, hours … in UTC). d3-scale would bring its number and date formatting and its interpolators into the
// embed (about 4 KiB gzip) for nothing: the labels are spelled by Intl. Times beyond the range of `Date`
// (deep time) come out as DeepDates, whose getTime() and valueOf() still give their ms.
import { timeAt, timeTicks } from './time-ticks.js';

/** Maps a time (ms or Date) to px; a d3-zoom `ZoomScale`. */
export interface TimeScale {
  (value: number | Date): number;
  domain(): Date[];
  domain(domain: ReadonlyArray<Date | number>): this;
  range(): number[];
  range(range: readonly number[]): this;
  /** The time at `px`. */
  invert(px: number): Date;
  copy(): TimeScale;
  /**
   * About `count` round UTC times (or, over thousands of years, round years) within the domain, in its direction;
   * with `offset`, round times of a wall clock that far ahead of UTC (ms, at a time: summer time moves it), each
   * at the instant its clock says it.
   */
  ticks(count?: number, offset?: (ms: number) => number): Date[];
}

/** A time scale; by default from 2000-01-01 to 2000-01-02 UTC onto [0, 1], like d3's scaleUtc(). */
export function scaleTime(
  domain: ReadonlyArray<Date | number> = [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)],
  range: readonly number[] = [0, 1],
): TimeScale {
  let d0 = +domain[0];
  let d1 = +domain[domain.length - 1];
  let r0 = range[0];
  let r1 = range[range.length - 1];
  // An empty domain maps everything to the middle of the range, as d3 does.
  const scale = ((value: number | Date) =>
    d1 !== d0 ? r0 + ((+value - d0) / (d1 - d0)) * (r1 - r0) : (r0 + r1) / 2) as TimeScale;
  function domainOf(): Date[];
  function domainOf(next: ReadonlyArray<Date | number>): TimeScale;
  function domainOf(next?: ReadonlyArray<Date | number>): Date[] | TimeScale {
    if (!next) return [timeAt(d0), timeAt(d1)];
    d0 = +next[0];
    d1 = +next[next.length - 1];
    return scale;
  }
  function rangeOf(): number[];
  function rangeOf(next: readonly number[]): TimeScale;
  function rangeOf(next?: readonly number[]): number[] | TimeScale {
    if (!next) return [r0, r1];
    r0 = next[0];
    r1 = next[next.length - 1];
    return scale;
  }
  scale.domain = domainOf;
  scale.range = rangeOf;
  scale.invert = (px) => timeAt(r1 !== r0 ? d0 + ((px - r0) / (r1 - r0)) * (d1 - d0) : d0);
  scale.copy = () => scaleTime([d0, d1], [r0, r1]);
  scale.ticks = (count = 10, offset) => {
    // Round times on the clock as it is in the middle of the domain, each then at its own offset.
    if (!offset) return timeTicks(d0, d1, count);
    const o = offset((d0 + d1) / 2);
    const [lo, hi] = d0 < d1 ? [d0, d1] : [d1, d0];
    // A tick moved by a change of offset may fall out of the domain.
    return timeTicks(d0 + o, d1 + o, count)
      .map((tick) => +tick - offset(+tick - o))
      .filter((ms) => ms >= lo && ms <= hi)
      .map(timeAt);
  };
  return scale;
}

/**
 * The base scale of a chart: its `domain` (ms) across `length` px, from the leading edge, so right to left
 * (and not vertical) it runs from the right edge to the left one; in the vertical layout it runs down.
 */
export function baseScale(domain: readonly [number, number], length: number, rtl: boolean): TimeScale {
  return scaleTime(domain, rtl ? [length, 0] : [0, length]);
}
