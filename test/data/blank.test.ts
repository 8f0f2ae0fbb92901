import { expect } from '@open-wc/testing';
import { isBlank } from '../../src/data/blank.js';

/** The text's code points, for messages: `200b 78`. */
const hex = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16)).join(' ');

describe('isBlank', () => {
  it('isBlank(white space, controls, zero-width and other invisible characters) is true', () => {
    for (const text of [
      '',
      ' \t\n\u00a0\u3000',
      '\u200b',
      '\u200c\u200d',
      '\u2060',
      '\ufeff',
      '\u0000\u0001\u007f\u0085',
      '\u00ad\u034f\u061c\u180e',
      '\u200e\u200f\u202a\u202e\u2066\u2069',
      '\ufe0f\u{e0001}\u3164',
    ])
      expect(isBlank(text), hex(text)).to.equal(true);
  });

  it('isBlank(any visible character) is false', () => {
    for (const text of ['x', '\u200bx', '.', '\u00a0-', '😀', '\ufffd', '\ud800', '\u0600'])
      expect(isBlank(text), hex(text)).to.equal(false);
  });
});
