import { expect } from '@open-wc/testing';
import { stripAttributes } from '../../src/formats/strip-attributes.js';

const KEEP = new Map([['a', ['href']]]);
const strip = (html: string) => stripAttributes(html, KEEP);

describe('stripAttributes', () => {
  it('stripAttributes(html) keeps every tag but only the kept attributes', () => {
    expect(strip('<p class="x" style="color:red" onclick="go()">a <em id=e>b</em></p>')).to.equal(
      '<p>a <em>b</em></p>',
    );
    expect(strip('<A HREF="https://x.example/" ONCLICK="go()" title=t>l</A>')).to.equal(
      '<a href="https://x.example/">l</a>',
    );
    expect(strip('<img src=x onerror=go()><br/><hr / >')).to.equal('<img><br/><hr>');
  });

  it('stripAttributes(html) reads attributes as the tokenizer does: quoted < and >, slashes, newlines', () => {
    expect(strip('<img src="a>b" onerror="go()">t')).to.equal('<img>t');
    expect(strip(`<p title="<" style='x:"y"'>t</p>`)).to.equal('<p>t</p>');
    expect(strip('<img/src=x/onerror=go()>')).to.equal('<img>');
    expect(strip('<img\nsrc=x\nonerror\n=\n"go()">')).to.equal('<img>');
    expect(strip('<p"onclick=go()>t</p>')).to.equal('<p"onclick=go()>t</p>');
    expect(strip('<a href="x"onclick="go()">l</a>')).to.equal('<a href="x">l</a>');
  });

  it('stripAttributes(html) writes kept values quoted and escaped; the first of a repeat wins', () => {
    expect(strip(`<a href='say "hi"' href="second">l</a>`)).to.equal('<a href="say &quot;hi&quot;">l</a>');
    expect(strip('<a href=https://x.example/?a=1&amp;b=2>l</a>')).to.equal(
      '<a href="https://x.example/?a=1&amp;b=2">l</a>',
    );
    expect(strip('<a href>l</a>')).to.equal('<a href="">l</a>');
  });

  it('stripAttributes(html) removes style, script and the other raw-text elements with their content', () => {
    expect(strip('<style>p { color: red } </p></style><p>x</p>')).to.equal('<p>x</p>');
    expect(strip('<SCRIPT>if (a < b) go("</p>")</SCRIPT >x')).to.equal('x');
    expect(strip('<title>t</title><iframe srcdoc="<p>"><p>x</iframe><noscript><p title="</noscript>">y')).to.equal(
      '"&gt;y',
    );
    expect(strip('<svg><style><img src=x onerror=go()></style></svg>')).to.equal('<svg></svg>');
    expect(strip('<p>a</p><plaintext><p>b</p>')).to.equal('<p>a</p>');
    expect(strip('<style>unterminated <p>x</p>')).to.equal('');
  });

  it('stripAttributes(html) keeps the text of a textarea, escaped', () => {
    expect(strip('<textarea rows=2><b>x</b></textarea>')).to.equal('<textarea>&lt;b&gt;x&lt;/b&gt;</textarea>');
  });

  it('stripAttributes(html) removes comments, doctypes and bogus comments', () => {
    expect(
      strip('<!DOCTYPE html><!-- <img src=x onerror=go()> -->a<!-->b<!--->c<!-- x --!>d<?xml x?>e</3 x>f</>g'),
    ).to.equal('abcdefg');
    expect(strip('a<!-- unterminated <p>')).to.equal('a');
  });

  it('stripAttributes(html) escapes text and drops an unterminated tag with the rest', () => {
    expect(strip('1 < 2 > 0 &amp; & </ 3')).to.equal('1 &lt; 2 &gt; 0 &amp; & ');
    expect(strip('a<img src=x onerror="go()')).to.equal('a');
    expect(strip('a<p')).to.equal('a');
  });

  it('stripAttributes(html) keeps self-closing slashes, which close svg and math elements', () => {
    expect(strip('<svg/>x<math/>y')).to.equal('<svg/>x<math/>y');
    expect(strip('<svg x=1/>')).to.equal('<svg>');
  });

  it('stripAttributes(output) parses into elements with only the kept attributes', () => {
    const html =
      '<p title="<" style="a:b">x</p><a href="https://x.example/" onclick=go()>l</a><img src="a>b" onerror="go()">' +
      '<svg onload=go()><style>*{}</style><a xlink:href="javascript:go()">s</a></svg><math><mi href=x>m</mi></math>';
    const doc = new DOMParser().parseFromString(strip(html), 'text/html');
    const attributes = [...doc.body.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().map((name) => `${el.localName}[${name}]`),
    );
    expect(attributes).to.deep.equal(['a[href]']);
    expect(doc.querySelectorAll('style, script').length).to.equal(0);
  });
});
