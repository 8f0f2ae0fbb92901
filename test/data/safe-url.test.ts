import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isLink, notALink, resolveLink } from '../../src/data/safe-url.js';

describe('safe-url', () => {
  it('resolveLink(url) keeps absolute http:, https: and mailto: URLs, normalised', () => {
    expect(resolveLink('HTTPS://X.example/a b')).to.equal('https://x.example/a%20b');
    expect(resolveLink('mailto:a@x.example')).to.equal('mailto:a@x.example');
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:x',
      'data:image/png;base64,AAAA',
      'spotify:track:1',
      'img/a.png',
      '',
      5,
    ])
      expect(resolveLink(url), String(url)).to.equal(undefined);
  });

  it('resolveLink(url, base) resolves a relative URL', () => {
    expect(resolveLink('img/a.png', 'https://x.example/p/')).to.equal('https://x.example/p/img/a.png');
    expect(resolveLink('javascript:x', 'https://x.example/')).to.equal(undefined);
  });

  it('isLink(url) accepts absolute and relative http(s) and mailto URLs only', () => {
    for (const url of ['https://x.example/', 'img/a.png', '/a.png', '//x.example/a.png', 'mailto:a@x.example', '?q=1'])
      expect(isLink(url), url).to.equal(true);
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'ftp://x.example/',
      'blob:x',
      ' ',
      'http://[::1',
    ])
      expect(isLink(url), url).to.equal(false);
  });

  it('isLink(url) agrees with the URL parser (resolveLink against an http(s) page)', () => {
    const parts = fc.constantFrom(
      'http://',
      'https://',
      'HTTPS://',
      'javascript:',
      'mailto:',
      'data:',
      'ftp://',
      '//',
      '\\\\',
      '/',
      '\\',
      'x.example',
      'a-b.c',
      '1.2.3.4',
      '1.2.3.4.5',
      '999.1.1.1',
      '0x1',
      'xn--a',
      'xn--nxasmq6b',
      '[::1',
      '[::1]',
      ':',
      ':80',
      ':99999',
      ':x',
      '?',
      '#',
      '@',
      '%',
      '%zz',
      ' ',
      '\t',
      '\n',
      '\u0000',
      '\u0001',
      '\u00a0',
      'é',
      '.',
      '-',
      'a',
    );
    const url = fc.oneof(
      fc.array(parts, { maxLength: 6 }).map((p) => p.join('')),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(url, (u) => {
        expect(isLink(u), JSON.stringify(u)).to.equal(resolveLink(u, 'https://page.invalid/') !== undefined);
      }),
      { seed: 20261127, numRuns: 5000 },
    );
  });

  it('notALink(url) is a warning quoting the value', () => {
    expect(notALink('javascript:alert(1)')).to.equal('"javascript:alert(1)" is not an http:, https: or mailto: URL');
  });
});
