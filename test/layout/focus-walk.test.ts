import { expect } from '@open-wc/testing';
import { focusMove, nearestInLane } from '../../src/layout/focus-walk.js';
import { validateData } from '../../src/data/validate.js';

describe('focusMove', () => {
  it('focusMove("ArrowRight"|"ArrowLeft") moves later and earlier in time, left to right', () => {
    expect(focusMove('ArrowRight', 3, 10, false)).to.equal(4);
    expect(focusMove('ArrowLeft', 3, 10, false)).to.equal(2);
  });

  it('focusMove("ArrowRight"|"ArrowLeft") is mirrored right to left', () => {
    expect(focusMove('ArrowRight', 3, 10, true)).to.equal(2);
    expect(focusMove('ArrowLeft', 3, 10, true)).to.equal(4);
  });

  it('focusMove("ArrowDown"|"ArrowUp") moves later and earlier in time whatever the direction', () => {
    for (const rtl of [false, true]) {
      expect(focusMove('ArrowDown', 3, 10, rtl)).to.equal(4);
      expect(focusMove('ArrowUp', 3, 10, rtl)).to.equal(2);
    }
  });

  it('focusMove("Home"|"End") jumps to the first and the last event', () => {
    expect(focusMove('Home', 7, 10, false)).to.equal(0);
    expect(focusMove('End', 2, 10, true)).to.equal(9);
    expect(focusMove('End', -1, 1, false)).to.equal(0);
  });

  it('focusMove(key, -1) from no focus moves to the first event later in time', () => {
    expect(focusMove('ArrowRight', -1, 10, false)).to.equal(0);
    expect(focusMove('ArrowDown', -1, 10, false)).to.equal(0);
  });

  it('focusMove(key) is not clamped: the caller keeps the index in range', () => {
    expect(focusMove('ArrowRight', 9, 10, false)).to.equal(10);
    expect(focusMove('ArrowLeft', 0, 10, false)).to.equal(-1);
  });

  it('focusMove(key) is undefined for a key that does not move the focus', () => {
    for (const key of ['Enter', ' ', 'Tab', 'PageDown', 'a', '+', 'Escape'])
      expect(focusMove(key, 3, 10, false), key).to.equal(undefined);
  });
});

describe('nearestInLane', () => {
  /** Three lanes: events on these days of January 2023. */
  const events = validateData([
    { id: 'a1', start: '2023-01-01', title: 'a1', kind: 'a' },
    { id: 'a2', start: '2023-01-20', title: 'a2', kind: 'a' },
    { id: 'b1', start: '2023-01-05', title: 'b1', kind: 'b' },
    { id: 'b2', start: '2023-01-12', title: 'b2', kind: 'b' },
    { id: 'b3', start: '2023-01-30', title: 'b3', kind: 'b' },
    { id: 'c1', start: '2023-01-19', title: 'c1', kind: 'c' },
  ]).events;
  const byId = (id: string) => events.find((e) => e.id === id)!;
  const lane = (...ids: string[]) => ({ events: ids.map(byId) });
  const lanes = [lane('a1', 'a2'), lane('b1', 'b2', 'b3'), lane('c1')];
  const near = (id: string, direction: 1 | -1) => nearestInLane(lanes, byId(id), direction)?.id;

  it('nearestInLane(lanes, event, 1) is the event nearest in time in the lane below', () => {
    expect(near('a1', 1)).to.equal('b1');
    expect(near('a2', 1)).to.equal('b2');
    expect(near('b3', 1)).to.equal('c1');
  });

  it('nearestInLane(lanes, event, -1) is the event nearest in time in the lane above', () => {
    expect(near('c1', -1)).to.equal('b2');
    expect(near('b3', -1)).to.equal('a2');
  });

  it('nearestInLane(lanes, event) is undefined past the first and the last lane', () => {
    expect(near('a1', -1)).to.equal(undefined);
    expect(near('c1', 1)).to.equal(undefined);
  });

  it('nearestInLane(lanes, event) is undefined when the next lane is empty', () => {
    expect(nearestInLane([lane('a1'), { events: [] }], byId('a1'), 1)).to.equal(undefined);
  });

  it('nearestInLane(lanes, event) takes the earlier of two events equally near', () => {
    // 8 Jan 12:00 is three and a half days from both b1 (5 Jan) and b2 (12 Jan).
    const [between] = validateData([{ id: 'x', start: '2023-01-08T12:00Z', title: 'x' }]).events;
    expect(nearestInLane([{ events: [between] }, lane('b1', 'b2')], between, 1)?.id).to.equal('b1');
  });
});
