import { expect } from '@open-wc/testing';
import {
  AXIS_HEIGHT,
  ERA_STRIP,
  MARK_Y,
  MAX_ROWS,
  ROW,
  chartHeight,
  lanesHeight,
  layoutLanes,
} from '../../src/layout/lane-layout.js';
import { buildModel } from '../../src/model/model.js';
import { validateData } from '../../src/data/validate.js';

/** The lanes of a model with `counts[i]` events of kind `k{i}`, one a day from 2023-01-01. */
function lanes(...counts: number[]) {
  let day = 0;
  const input = counts.flatMap((count, lane) =>
    Array.from({ length: count }, () => {
      day++;
      return { start: new Date(Date.UTC(2023, 0, day)), title: `E${day}`, kind: `k${lane}` };
    }),
  );
  return buildModel(validateData(input)).lanes;
}

/** A lane's height with `rows` label rows, and a badge row when it holds more events than rows. */
const height = (rows: number, badge: boolean) => MARK_Y + 14 + rows * ROW + (badge ? ROW : 0) + 6;

describe('layoutLanes', () => {
  it('layoutLanes([]) is empty, and its height 0', () => {
    expect(layoutLanes([])).to.deep.equal([]);
    expect(lanesHeight([])).to.equal(0);
  });

  it('layoutLanes(lanes) gives a lane a label row per event, up to MAX_ROWS', () => {
    expect(MAX_ROWS).to.equal(3);
    expect(layoutLanes(lanes(1, 2, 3)).map((l) => l.rows)).to.deep.equal([1, 2, 3]);
    expect(layoutLanes(lanes(4, 50)).map((l) => l.rows)).to.deep.equal([3, 3]);
  });

  it('layoutLanes(lanes) makes a lane tall enough for its mark, its rows, and a badge row when events outnumber rows', () => {
    const laid = layoutLanes(lanes(1, 3, 4));
    expect(laid.map((l) => l.height)).to.deep.equal([height(1, false), height(3, false), height(3, true)]);
    expect(laid.map((l) => l.height)).to.deep.equal([67, 101, 118]);
  });

  it('layoutLanes(lanes) stacks the lanes top to bottom in their order', () => {
    const model = lanes(2, 1, 5);
    const laid = layoutLanes(model);
    expect(laid.map((l) => l.lane)).to.deep.equal(model);
    expect(laid.map((l) => l.top)).to.deep.equal([0, 84, 84 + 67]);
  });

  it('lanesHeight(layout) is the sum of the lanes’ heights', () => {
    expect(lanesHeight(layoutLanes(lanes(2, 1, 5)))).to.equal(84 + 67 + 118);
  });

  it('chartHeight(layout, hasEras, hasEvents) adds the era strip and the axis only when there is something on them', () => {
    const laid = layoutLanes(lanes(1));
    expect(chartHeight(laid, false, true)).to.equal(67 + AXIS_HEIGHT);
    expect(chartHeight(laid, true, true)).to.equal(67 + ERA_STRIP + AXIS_HEIGHT);
    expect(chartHeight([], true, false)).to.equal(ERA_STRIP);
    expect(chartHeight([], false, false)).to.equal(0);
  });
});
