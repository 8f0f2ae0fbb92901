import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { scaleTime } from '../../src/layout/time-scale.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('scaleTime', () => {
  it('maps times linearly onto the range, either way round', () => {
    const x = scaleTime([day('2022-11-14'), day('2023-11-15')], [0, 1000]);
    expect(x(day('2022-11-14'))).to.equal(0);
    expect(x(new Date(day('2023-11-15')))).to.equal(1000);
    expect(x(day('2023-05-16'))).to.be.closeTo(500, 1.5);
    const rtl = scaleTime([day('2022-11-14'), day('2023-11-15')], [1000, 0]);
    expect(rtl(day('2022-11-14'))).to.equal(1000);
    expect(rtl.invert(1000).getTime()).to.equal(day('2022-11-14'));
  });

  it('ticks(count, offset) are round times of a clock `offset` ms ahead of UTC', () => {
    const HOUR = 3_600_000;
    // Election night in New York (UTC-5): the hour ticks stand at its whole hours, its midnight at 5 AM UTC.
    const x = scaleTime([Date.UTC(2026, 10, 3, 23), Date.UTC(2026, 10, 4, 11)], [0, 1200]);
    const ticks = x.ticks(12, () => -5 * HOUR).map(Number);
    expect(ticks).to.include(Date.UTC(2026, 10, 4, 5));
    expect(ticks.every((t) => (t + -5 * HOUR) % HOUR === 0)).to.equal(true);
    // India (UTC+5:30): on the half hour of UTC.
    const days = scaleTime([Date.UTC(2023, 0, 1), Date.UTC(2023, 0, 8)], [0, 700]).ticks(7, () => 5.5 * HOUR);
    expect(days.map((t) => new Date(+t + 5.5 * HOUR).toISOString().slice(10))).to.deep.equal(
      days.map(() => 'T00:00:00.000Z'),
    );
    expect(days).to.have.length(7);
  });

  it('ticks(count, offset) across a change of offset: each tick at the instant its clock says it', () => {
    const HOUR = 3_600_000;
    // New York's clocks go back at 6:00 UTC on 1 November 2026 (2 AM EDT becomes 1 AM EST).
    const newYork = (ms: number) => (ms < Date.UTC(2026, 10, 1, 6) ? -4 : -5) * HOUR;
    const x = scaleTime([Date.UTC(2026, 10, 1, 1), Date.UTC(2026, 10, 1, 11)], [0, 1000]);
    const ticks = x.ticks(10, newYork).map(Number);
    // Every tick is a whole hour on New York's clock at its own instant…
    for (const t of ticks) expect((t + newYork(t)) % HOUR, new Date(t).toISOString()).to.equal(0);
    // …from 9 PM EDT (1:00 UTC) to 6 AM EST (11:00 UTC), with the hour clocks repeat taken once.
    expect(ticks[0]).to.equal(Date.UTC(2026, 10, 1, 1));
    expect(ticks.at(-1)).to.equal(Date.UTC(2026, 10, 1, 11));
    expect(new Set(ticks).size).to.equal(ticks.length);
  });

  it('inverts, copies independently, and reads back its domain as Dates', () => {
    const x = scaleTime([day('2020-01-01'), day('2021-01-01')], [0, 366]);
    expect(x.invert(31).getTime()).to.equal(day('2020-02-01'));
    const copy = x.copy().range([0, 732]);
    expect(x.range()).to.deep.equal([0, 366]);
    expect(copy(day('2020-02-01'))).to.equal(62);
    expect(x.domain().map((d) => d.toISOString())).to.deep.equal([
      '2020-01-01T00:00:00.000Z',
      '2021-01-01T00:00:00.000Z',
    ]);
  });

  it('gives the same ticks, positions and zoom rescaling as d3 scaleUtc', () => {
    for (const [a, b, n] of [
      ['2021-01-01', '2024-01-01', 8],
      ['2023-02-01', '2023-03-01', 5],
      ['2023-06-01', '2023-06-02', 12],
      ['1969-07-16', '1969-07-24', 7],
    ] as const) {
      const ours = scaleTime([day(a), day(b)], [0, 900]);
      const d3 = scaleUtc()
        .domain([day(a), day(b)])
        .range([0, 900]);
      expect(ours.ticks(n).map(Number)).to.deep.equal(d3.ticks(n).map(Number));
      for (const t of d3.ticks(n)) expect(ours(t)).to.be.closeTo(d3(t), 1e-6);
      const zoom = zoomIdentity.translate(-200, 0).scale(3);
      const zoomedOurs = zoom.rescaleX(ours);
      const zoomedD3 = zoom.rescaleX(d3);
      expect(zoomedOurs.domain().map(Number)).to.deep.equal(zoomedD3.domain().map(Number));
      expect(zoomedOurs.ticks(n).map(Number)).to.deep.equal(zoomedD3.ticks(n).map(Number));
    }
  });

  it('maps everything to the middle of the range when the domain is empty, and NaN to NaN', () => {
    const x = scaleTime([5, 5], [0, 100]);
    expect(x(5)).to.equal(50);
    expect(Number.isNaN(scaleTime([0, 10], [0, 100])(NaN))).to.be.true;
  });

  it('defaults to 2000-01-01 … 2000-01-02 onto [0, 1]', () => {
    const x = scaleTime();
    expect(x.range()).to.deep.equal([0, 1]);
    expect(x(day('2000-01-01') + 43_200_000)).to.equal(0.5);
  });
});
