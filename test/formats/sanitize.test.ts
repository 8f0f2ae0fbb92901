import { aTimeout, expect } from '@open-wc/testing';
import { safeURL, sanitizeHTML } from '../../src/formats/sanitize.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const ALLOWED = new Set(['P', 'BR', 'EM', 'I', 'STRONG', 'B', 'UL', 'OL', 'LI', 'A', 'BLOCKQUOTE']);
const SAFE_HREF = /^(https?:\/\/|mailto:)/;
const RUN = 'window.__xss=1';

// Each payload sets window.__xss if any of it runs.
const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<SCRIPT SRC="data:text/javascript,${RUN}"></SCRIPT>`,
  `<img src=x onerror="${RUN}">`,
  `<IMG SRC=x OnErRoR=${RUN}>`,
  `<img src="x" onerror=&#x77;indow.__xss=1>`,
  `<img src="data:image/svg+xml,<svg onload='${RUN}'/>">`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg onload="${RUN}"></svg>`,
  `<svg><animate onbegin="${RUN}" attributeName="x" dur="1s"/></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text x="20" y="20">x</text></a></svg>`,
  `<svg><foreignObject><iframe src="javascript:parent.__xss=1"></iframe></foreignObject></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}"></style></mglyph></table></mtext></math>`,
  `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror="${RUN}">`,
  `<math><mi xlink:href="javascript:${RUN}">x</mi></math>`,
  `<math href="javascript:${RUN}">x</math>`,
  `<a href="javascript:${RUN}">a</a>`,
  `<a href="JaVaScRiPt:${RUN}">a</a>`,
  `<a href="jav&#x61;script:${RUN}">a</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${RUN}">a</a>`,
  `<a href="javascript&colon;${RUN}">a</a>`,
  `<a href="  javascript:${RUN}">a</a>`,
  `<a href="java&#x09;script:${RUN}">a</a>`,
  `<a href="&#x01;javascript:${RUN}">a</a>`,
  `<a href="data:text/html,<script>${RUN}</script>">a</a>`,
  `<a href="DaTa:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">a</a>`,
  `<a href="vbscript:msgbox(1)">a</a>`,
  `<a href="https://x.example/" onclick="${RUN}" onmouseover="${RUN}">a</a>`,
  `<a href="https://x.example/" target="_self" rel="opener" style="color:red" id="__xss" name="__xss">a</a>`,
  `<iframe src="javascript:parent.__xss=1"></iframe>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<p onclick="${RUN}" style="background:url(javascript:${RUN})">click</p>`,
  `<details open ontoggle="${RUN}"><summary>x</summary></details>`,
  `<input autofocus onfocus="${RUN}">`,
  `<body onload="${RUN}">`,
  `<video><source onerror="${RUN}"></video>`,
  `<audio src=x onerror="${RUN}"></audio>`,
  `<style>@import "javascript:${RUN}";</style><p>styled</p>`,
  `<base href="javascript:/"><a href="x">a</a>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>"></noscript>`,
  `<template><script>${RUN}</script></template>`,
  `<xss onafterscriptexecute="${RUN}"><script>1</script></xss>`,
  `<form action="javascript:${RUN}"><button>go</button></form>`,
  `<button formaction="javascript:${RUN}">go</button>`,
  `<div data-x="1" class="c" id="clobber" tabindex="1" aria-label="l">x</div>`,
  `<blockquote cite="javascript:${RUN}">q</blockquote>`,
  `<ul><li onclick="${RUN}">i</li></ul>`,
  `<a href="mailto:a@x.example" onfocus="${RUN}">m</a>`,
  `{{constructor.constructor('${RUN}')()}}`,
  '${window.__xss=1}',
  `<p>{{constructor.constructor('${RUN}')()}} \${window.__xss=1} <%= 7*7 %></p>`,
  `<!--<img src=x onerror=${RUN}>-->`,
  `<img src="x` + '`' + `<script>${RUN}</script>"` + '`>',
  `<a href="#" onclick="${RUN}">hash</a>`,
];

/** Checks everything in `root` against the allow-list; returns what should not be there. */
function disallowed(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (!ALLOWED.has(el.tagName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`<${el.tagName}>`);
    for (const { name, value } of el.attributes) {
      const ok =
        el.tagName === 'A' &&
        (name === 'href'
          ? SAFE_HREF.test(value)
          : name === 'rel'
            ? value === 'noopener noreferrer'
            : name === 'target' && value === '_blank');
      if (!ok) found.push(`${el.tagName.toLowerCase()}[${name}="${value}"]`);
    }
  }
  return found;
}

/** Clicks and focuses every element, letting only unsafe links (should any survive) navigate. */
function poke(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    el.addEventListener('click', (e) => {
      if (el instanceof HTMLAnchorElement && SAFE_HREF.test(el.getAttribute('href') ?? '')) e.preventDefault();
    });
    el.focus?.();
    el.click?.();
    el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  }
}

describe('sanitizeHTML', () => {
  let attached: HTMLDivElement;
  beforeEach(() => {
    window.__xss = false;
    attached = document.createElement('div');
    document.body.append(attached);
  });
  afterEach(() => {
    attached.remove();
    delete window.__xss;
  });

  it('sanitizeHTML keeps paragraphs, emphasis, lists, quotes and links, opening links in a new tab', () => {
    const result = sanitizeHTML(
      '<p>One <em>two</em> <i>three</i> <strong>four</strong> <b>five</b><br>six</p><ul><li>a</li></ul><ol><li>b</li></ol><blockquote>q</blockquote><a href="https://x.example/p?q=1">l</a> <a href="mailto:a@x.example">m</a>',
    );
    expect(result).to.be.instanceOf(DocumentFragment);
    attached.append(result);
    expect(attached.innerHTML).to.equal(
      '<p>One <em>two</em> <i>three</i> <strong>four</strong> <b>five</b><br>six</p><ul><li>a</li></ul><ol><li>b</li></ol><blockquote>q</blockquote>' +
        '<a href="https://x.example/p?q=1" rel="noopener noreferrer" target="_blank">l</a> <a href="mailto:a@x.example" rel="noopener noreferrer" target="_blank">m</a>',
    );
  });

  it('sanitizeHTML keeps the text of unknown elements, not of script or style', () => {
    attached.append(
      sanitizeHTML(
        '<span class="tl-note">note</span> <cite>who</cite><script>code()</script><style>p{}</style><h1>head</h1>',
      ),
    );
    expect(attached.innerHTML).to.equal('note whohead');
  });

  it('sanitizeHTML resolves a relative link against the page and drops a disallowed one', () => {
    attached.append(sanitizeHTML('<a href="/doc">rel</a><a href="ftp://x.example/">ftp</a>'));
    const [relative, ftp] = attached.querySelectorAll('a');
    expect(relative.getAttribute('href')).to.equal(new URL('/doc', document.baseURI).href);
    expect(ftp.hasAttribute('href')).to.equal(false);
    expect(ftp.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('sanitizeHTML keeps template-injection strings as inert text', () => {
    attached.append(sanitizeHTML("<p>{{constructor.constructor('alert(1)')()}} ${alert(1)}</p>"));
    expect(attached.textContent).to.equal("{{constructor.constructor('alert(1)')()}} ${alert(1)}");
  });

  it('the payload check sees a payload run when it is not sanitised', async () => {
    const raw = document.createElement('div');
    raw.innerHTML = `<img src="data:," onerror="${RUN}">`;
    attached.append(raw);
    for (let i = 0; i < 50 && !window.__xss; i++) await aTimeout(20);
    expect(window.__xss).to.equal(1);
  });

  for (const payload of PAYLOADS) {
    it(`sanitizeHTML(${JSON.stringify(payload).slice(0, 90)}) runs nothing and keeps only allowed markup`, async () => {
      const detached = document.createElement('div');
      const first = sanitizeHTML(payload);
      const second = sanitizeHTML(payload);
      expect(first).to.be.instanceOf(DocumentFragment);
      detached.append(first);
      attached.append(second);
      expect(disallowed(detached)).to.deep.equal([]);
      expect(disallowed(attached)).to.deep.equal([]);
      poke(detached);
      poke(attached);
      await aTimeout(60);
      expect(window.__xss).to.equal(false);
    });
  }
});

describe('safeURL', () => {
  it('safeURL keeps absolute http:, https: and mailto: URLs', () => {
    expect(safeURL('https://x.example/a b?c=1#d')).to.equal('https://x.example/a%20b?c=1#d');
    expect(safeURL('  http://X.example/  ')).to.equal('http://x.example/');
    expect(safeURL('HTTPS://x.example')).to.equal('https://x.example/');
    expect(safeURL('mailto:a@x.example')).to.equal('mailto:a@x.example');
    expect(safeURL('//x.example/p')).to.equal(`${location.protocol}//x.example/p`);
  });

  it('safeURL resolves relative URLs against the page', () => {
    expect(safeURL('img/a.png')).to.equal(new URL('img/a.png', document.baseURI).href);
  });

  it('safeURL refuses every other protocol and every non-string', () => {
    const refused: unknown[] = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:image/png;base64,iVBORw0KGgo=',
      'DATA:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://x.example/',
      'blob:https://x.example/uuid',
      'spotify:track:1',
      'about:blank',
      'http://[::1',
      '',
      '   ',
      null,
      undefined,
      42,
      {},
      ['https://x.example/'],
      { toString: () => 'https://x.example/' },
    ];
    for (const url of refused) expect(safeURL(url), String(url)).to.equal(undefined);
  });
});
