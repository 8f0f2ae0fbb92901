import { expect } from '@open-wc/testing';
import { fitLabel } from '../../src/layout/label-lines.js';

// A monospaced stand-in for canvas measurement: 10 px a character.
const mono = (text: string) => text.length * 10;

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
