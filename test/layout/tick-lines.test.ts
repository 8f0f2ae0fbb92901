import { expect } from '@open-wc/testing';
import { tickLines } from '../../src/layout/tick-lines.js';

describe('tickLines', () => {
  // 11 px a character at the ticks' size: 10 at the two lines' smaller one.
  const eleven = (text: string) => text.length * 11;

  it('tickLines(words, room) keeps words that fit on one line', () => {
    expect(tickLines('now', 54, eleven)).to.deep.equal(['now']);
  });

  it('tickLines(…) puts the count over the words, the second line as full as it goes', () => {
    // 13 characters: 143 px on one line; at 10 px a character, "years ago" (90) fits 90 px and "14B years" would too.
    expect(tickLines('14B years ago', 90, eleven)).to.deep.equal(['14B', 'years ago']);
    expect(tickLines('4B years ago', 90, eleven)).to.deep.equal(['4B', 'years ago']);
    // Where the words after the count do not fit a line, the second takes fewer of them.
    expect(tickLines('in 5B years', 60, eleven)).to.deep.equal(['in 5B', 'years']);
  });

  it('tickLines(…) breaks at spaces only: a count keeps its unit', () => {
    expect(tickLines('vor 14\u00a0Mrd. Jahren', 110, eleven)).to.deep.equal(['vor 14\u00a0Mrd.', 'Jahren']);
  });

  it('tickLines(…) is undefined where two lines do not hold the words', () => {
    expect(tickLines('hace 14\u00a0mil\u00a0M años', 60, eleven)).to.equal(undefined);
    // One word, too wide for a line ("maintenant").
    expect(tickLines('maintenant', 54, eleven)).to.equal(undefined);
  });
});
