import { expect } from '@open-wc/testing';
import { stackLabels } from '../../src/layout/stack-labels.js';

describe('stackLabels', () => {
  it('shows a label a line and counts the crowded ones with the label above them', () => {
    const items = [0, 5, 17, 18, 40, 41, 42].map((at, i) => ({ item: `e${i}`, at }));
    const lines = stackLabels(items, 18);
    expect(lines.map((l) => [l.item, l.at, l.hidden])).to.deep.equal([
      ['e0', 0, ['e1', 'e2']],
      ['e3', 18, []],
      ['e4', 40, ['e5', 'e6']],
    ]);
  });

  it('every item is either shown or counted exactly once, and shown lines never overlap', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ item: i, at: Math.floor(i * 7.3) }));
    const lines = stackLabels(items, 18);
    expect(lines.reduce((n, l) => n + 1 + l.hidden.length, 0)).to.equal(500);
    for (let i = 1; i < lines.length; i++) expect(lines[i].at - lines[i - 1].at).to.be.at.least(18);
  });

  it('keeps reserved lines (an era’s name) clear: a label within a line of one is counted with the label above', () => {
    const items = [0, 20, 45, 60, 80].map((at, i) => ({ item: `e${i}`, at }));
    const lines = stackLabels(items, 18, [50]);
    expect(lines.map((l) => [l.item, l.hidden])).to.deep.equal([
      ['e0', []],
      ['e1', ['e2', 'e3']],
      ['e4', []],
    ]);
    // The first label shows wherever it is.
    expect(stackLabels([{ item: 'a', at: 49 }], 18, [50]).map((l) => l.item)).to.deep.equal(['a']);
  });

  it('is empty for no items', () => {
    expect(stackLabels([], 18)).to.deep.equal([]);
  });
});
