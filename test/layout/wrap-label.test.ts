import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { wrapLabel } from '../../src/layout/wrap-label.js';

describe('wrapLabel', () => {
  // Another monospaced stand-in: 7 px a character, as a narrow 12 px font.
  const seven = (text: string) => text.length * 7;

  it('wrapLabel(title, width) keeps a title that fits on one line', () => {
    expect(wrapLabel('Filoli', 70, seven)).to.deep.equal(['Filoli']);
  });

  it('wrapLabel(title, width) wraps at spaces, each line as full as the width allows', () => {
    // 84 px: 12 characters a line.
    expect(wrapLabel('Biden and Xi meet at Filoli', 84, seven)).to.deep.equal(['Biden and Xi ', 'meet at ', 'Filoli']);
    expect(wrapLabel('Biden and Xi meet at Filoli', 98, seven)).to.deep.equal(['Biden and Xi ', 'meet at Filoli']);
  });

  it('wrapLabel(…) keeps a line exactly as wide as the width', () => {
    expect(wrapLabel('abc def ghi', 49, seven)).to.deep.equal(['abc def ', 'ghi']);
    expect(wrapLabel('abc def ghi', 48, seven)).to.deep.equal(['abc ', 'def ', 'ghi']);
  });

  it('wrapLabel(…) stops at three lines, the last cut with an ellipsis', () => {
    const lines = wrapLabel('Sullivan and Wang Yi meet in Vienna for two days of talks', 84, seven);
    expect(lines).to.deep.equal(['Sullivan and ', 'Wang Yi meet ', 'in Vienna f…']);
    for (const line of lines) expect(seven(line.trimEnd())).to.be.at.most(84);
  });

  it('wrapLabel(…, maxLines) stops at maxLines', () => {
    expect(wrapLabel('one two three four', 35, seven, 2)).to.deep.equal(['one ', 'two…']);
    expect(wrapLabel('one two three four', 35, seven, 4)).to.deep.equal(['one ', 'two ', 'three ', 'four']);
  });

  // Bug: the rest of the title goes on the last line only when a line is pushed and `lines.length === maxLines − 1`;
  // with `maxLines` 1 that is never true after a push (there is already one line), so the title wraps to as many
  // lines as it needs. Checking `lines.length === maxLines − 1` before pushing, or special-casing one line, fixes it.
  it('wrapLabel(…, 1) is one line, cut with an ellipsis', () => {
    expect(wrapLabel('one two three four', 35, seven, 1)).to.deep.equal(['one…']);
  });

  it('wrapLabel(…) cuts a word wider than a line', () => {
    expect(wrapLabel('Supercalifragilisticexpialidocious', 70, seven)).to.deep.equal(['Supercali…']);
    expect(wrapLabel('At Supercalifragilisticexpialidocious Hall', 70, seven)).to.deep.equal([
      'At ',
      'Supercali… ',
      'Hall',
    ]);
  });

  it('wrapLabel(…) drops the spaces around and between words', () => {
    expect(wrapLabel('  Bali \n\t summit  ', 200, seven)).to.deep.equal(['Bali summit']);
  });

  it('wrapLabel("") is no lines', () => {
    expect(wrapLabel('', 100, seven)).to.deep.equal([]);
    expect(wrapLabel('   ', 100, seven)).to.deep.equal([]);
  });

  it('wrapLabel(…) gives at most three lines, each within the width, reading as the title', () => {
    const word = fc.stringMatching(/^[a-zA-Z]{1,14}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 21, max: 300 }),
        (words, width) => {
          const title = words.join(' ');
          const lines = wrapLabel(title, width, seven);
          expect(lines.length).to.be.within(1, 3);
          for (const line of lines) expect(seven(line.trimEnd())).to.be.at.most(width);
          const text = lines.join('');
          if (text === title) return;
          // Something was cut: what shows, less its ellipses, is the title's words in order, and the last line says so.
          expect(lines.some((line) => line.trimEnd().endsWith('…'))).to.equal(true);
          const shown = text.replaceAll('…', '').split(/\s+/).filter(Boolean);
          let w = 0;
          for (const piece of shown) {
            while (w < words.length && !words[w].startsWith(piece)) w++;
            expect(w, `${piece} in ${title}`).to.be.below(words.length);
            w++;
          }
        },
      ),
      { seed: 20260412, numRuns: 300 },
    );
  });

  // Chinese and Japanese are written without spaces: a line breaks between any two characters, but not before
  // closing punctuation or after opening punctuation (as browsers break them). 12 px a character, as at 12 px.
  const twelve = (text: string) => [...text].length * 12;

  it('wrapLabel(…) wraps Chinese between characters, where it had no space to wrap at', () => {
    // 96 px: 8 characters a line. The title was one line, cut with an ellipsis.
    expect(wrapLabel('斐洛里庄园会晤恢复两军高层沟通', 96, twelve)).to.deep.equal([
      '斐洛里庄园会晤恢',
      '复两军高层沟通',
    ]);
  });

  it('wrapLabel(…) keeps closing punctuation on its character’s line and opening punctuation on the next', () => {
    expect(wrapLabel('巴厘岛会晤，两国元首', 60, twelve)).to.deep.equal(['巴厘岛会', '晤，两国元', '首']);
    expect(wrapLabel('两国元首在「巴厘岛」会晤', 60, twelve)).to.deep.equal(['两国元首在', '「巴厘岛」', '会晤']);
  });

  it('wrapLabel(…) joins Latin words and Chinese as written, with no space added or lost', () => {
    const title = 'APEC峰会 in San Francisco 期间';
    const lines = wrapLabel(title, 192, twelve);
    expect(lines).to.deep.equal(['APEC峰会 in San ', 'Francisco 期间']);
    expect(lines.join('')).to.equal(title);
    expect(wrapLabel(title, 1000, twelve)).to.deep.equal([title]);
  });

  it('wrapLabel(…) measures a few times a line, not once a character', () => {
    // 36 characters to three lines of 12: a greedy fill measured each character's line so far (39 measurements,
    // 10–25 µs each on a canvas, for each row drawn).
    let calls = 0;
    const counted = (text: string) => (calls++, twelve(text));
    const lines = wrapLabel('斐洛里庄园会晤恢复两军高层沟通合作打击芬太尼并同意重启气候变化工作组之后', 144, counted);
    expect(lines.map((line) => line.length)).to.deep.equal([12, 12, 12]);
    expect(calls).to.be.at.most(16);
  });

  it('wrapLabel(…) gives Chinese titles back whole when not cut, within the width', () => {
    const han = fc.stringMatching(/^[一-龥，。「」]{1,30}$/);
    fc.assert(
      fc.property(han, fc.integer({ min: 48, max: 400 }), (title, width) => {
        const lines = wrapLabel(title, width, twelve);
        for (const line of lines) expect(twelve(line)).to.be.at.most(width);
        if (!lines.some((line) => line.endsWith('…'))) expect(lines.join('')).to.equal(title);
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });
});
