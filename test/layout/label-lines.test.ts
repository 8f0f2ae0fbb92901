import { expect } from '@open-wc/testing';
import { fitLabel, stackLabels } from '../../src/layout/label-lines.js';

// A monospaced stand-in for canvas measurement: 10 px a character.
const mono = (text: string) => text.length * 10;

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

  it('is empty for no items', () => {
    expect(stackLabels([], 18)).to.deep.equal([]);
  });
});

describe('fitLabel', () => {
  it('keeps a title that fits', () => {
    expect(fitLabel('Filoli', 60, mono)).to.equal('Filoli');
  });

  it('cuts a long title to the longest prefix that fits with an ellipsis', () => {
    const cut = fitLabel('Sullivan and Wang Yi meet in Vienna', 100, mono);
    expect(cut).to.equal('Sullivan…');
    expect(mono(cut)).to.be.at.most(100);
  });

  it('drops trailing spaces before the ellipsis', () => {
    expect(fitLabel('Bali summit ends', 60, mono)).to.equal('Bali…');
  });

  it('gives up on no room at all', () => {
    expect(fitLabel('Bali', 10, mono)).to.equal('');
  });
});
