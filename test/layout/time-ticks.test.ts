import { expect } from '@open-wc/testing';
import { utcTicks } from 'd3-time';
import { MS_PER_YEAR, yearStartMs } from '../../src/data/deep-time.js';
import {
  DeepDate,
  isCalendarSpan,
  tickKind,
  timeAt,
  timeTicks,
  yearStep,
  yearTickMs,
  yearTickValue,
} from '../../src/layout/time-ticks.js';
import { tickLabel } from '../../src/views/axis.js';
import { scaleTime } from '../../src/layout/time-scale.js';

/** The labels of about `count` ticks from year `a` to year `b`, as the axis writes them. */
function labels(a: number, b: number, count = 7): string[] {
  const [d0, d1] = [yearStartMs(a), yearStartMs(b)];
  const ticks = timeTicks(d0, d1, count);
  const step = ticks.length > 1 ? +ticks[1] - +ticks[0] : Infinity;
  const kind = tickKind(d0, d1, step);
  return ticks.map((t) => tickLabel(t, 'en-US', kind, step));
}

describe('timeTicks', () => {
  it('timeTicks(d0, d1) is d3 utcTicks inside the calendar and under 5000 years', () => {
    for (const [a, b] of [
      [1900, 2000],
      [1, 500],
      [2023, 2024],
      [-44, -43],
    ]) {
      const [d0, d1] = [yearStartMs(a), yearStartMs(b)];
      expect(isCalendarSpan(d0, d1)).to.equal(true);
      expect(timeTicks(d0, d1, 8).map(Number)).to.deep.equal(utcTicks(new Date(d0), new Date(d1), 8).map(Number));
    }
    expect(labels(1900, 2000, 5)).to.deep.equal(['1900', '1920', '1940', '1960', '1980', '2000']);
  });

  it('timeTicks(d0, d1) before AD 1 gives round years as a reader counts them, not astronomical ones', () => {
    // d3-time's ticks of 100 years stand at astronomical -800, which is 801 BC.
    expect(labels(-800, 500)).to.deep.equal(['800 BC', '600 BC', '400 BC', '200 BC', '1 AD', '200 AD', '400 AD']);
    expect(labels(-60, 20, 8)).to.deep.equal([
      '60 BC',
      '50 BC',
      '40 BC',
      '30 BC',
      '20 BC',
      '10 BC',
      '1 AD',
      '10 AD',
      '20 AD',
    ]);
    // A tick a year: every year, as d3-time gives them.
    const [d0, d1] = [yearStartMs(-6), yearStartMs(2)];
    expect(timeTicks(d0, d1, 10).map(Number)).to.deep.equal(utcTicks(new Date(d0), new Date(d1), 10).map(Number));
  });

  it('timeTicks(d0, d1) gives round years over thousands of years, standing where the year they name begins', () => {
    expect(labels(-12_000, 2000)).to.deep.equal([
      '12,000 BC',
      '10,000 BC',
      '8000 BC',
      '6000 BC',
      '4000 BC',
      '2000 BC',
      '1 AD',
      '2000',
    ]);
    // 10,000 BC is astronomical year -9999.
    expect(yearTickMs(-10_000)).to.equal(yearStartMs(-9999));
    expect(yearTickValue(yearTickMs(-10_000))).to.equal(-10_000);
    expect(yearTickValue(yearTickMs(0))).to.equal(0);
    expect(yearTickValue(yearTickMs(2000))).to.equal(2000);
  });

  it('timeTicks(d0, d1) across billions of years reads as distances from now', () => {
    expect(labels(-13_798_000_000, 2000)).to.deep.equal([
      '12B years ago',
      '10B years ago',
      '8B years ago',
      '6B years ago',
      '4B years ago',
      '2B years ago',
      'now',
    ]);
    // Zoomed in out there, the labels keep enough digits to differ.
    const close = labels(-4_800_000_000, -4_700_000_000, 5);
    expect(new Set(close).size).to.equal(close.length);
    expect(close[0]).to.equal('4.8B years ago');
    expect(close[1]).to.equal('4.78B years ago');
  });

  it('timeTicks(d0, d1) keeps the direction of the domain', () => {
    const ticks = timeTicks(yearStartMs(0), yearStartMs(-1e9), 5).map(Number);
    expect(ticks).to.deep.equal([...ticks].sort((p, q) => q - p));
  });

  it('tickKind(d0, d1, step) switches from calendar to years to distances', () => {
    expect(tickKind(yearStartMs(1900), yearStartMs(2000), 10 * MS_PER_YEAR)).to.equal('calendar');
    expect(tickKind(yearStartMs(-12_000), yearStartMs(2000), 2000 * MS_PER_YEAR)).to.equal('years');
    expect(tickKind(yearStartMs(-1e6), yearStartMs(0), 1e5 * MS_PER_YEAR)).to.equal('distance');
  });

  it('yearStep(years, count) is 1, 2 or 5 × 10ⁿ, and never under a year', () => {
    expect(yearStep(14_000, 7)).to.equal(2000);
    expect(yearStep(13.8e9, 7)).to.equal(2e9);
    expect(yearStep(100, 10)).to.equal(10);
    expect(yearStep(3, 10)).to.equal(1);
  });
});

describe('timeAt and scaleTime beyond the calendar', () => {
  it('timeAt(ms) is a plain Date inside the calendar, a DeepDate beyond that still gives its ms', () => {
    expect(timeAt(0)).to.not.be.an.instanceOf(DeepDate);
    const deep = timeAt(-4e20);
    expect(deep).to.be.an.instanceOf(DeepDate).and.an.instanceOf(Date);
    expect(deep.getTime()).to.equal(-4e20);
    expect(+deep).to.equal(-4e20);
    expect(Number(deep)).to.equal(-4e20);
  });

  it('scaleTime places, inverts and reads back a domain of billions of years', () => {
    const bigBang = yearStartMs(-13_798_000_000);
    const now = yearStartMs(2000);
    const x = scaleTime([bigBang, now], [0, 1000]);
    expect(x(bigBang)).to.equal(0);
    expect(x(now)).to.equal(1000);
    expect(x(yearStartMs(-4_600_000_000))).to.be.closeTo(666.6, 0.1);
    expect(x.domain().map(Number)).to.deep.equal([bigBang, now]);
    expect(+x.invert(0)).to.equal(bigBang);
    // Near the present a day is still a day apart on a zoomed copy.
    const day = scaleTime([now, now + 86_400_000], [0, 1000]);
    expect(day(now + 43_200_000)).to.equal(500);
  });
});
