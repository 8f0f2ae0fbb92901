import { expect, fixture, html } from '@open-wc/testing';
import { serializeSvg, svgToPng } from '../../src/export/export-image.js';
import { mountData } from '../helpers.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const RED = 'rgb(200, 30, 40)';
const BLUE = 'rgb(20, 40, 220)';

// The chart's situation: an <svg> in a shadow root, styled only by that root's stylesheet (a custom property
// on the host, light-dark(), classes), with ARIA, focus and handler attributes, a hidden element, a clip path,
// and Lit-like comment markers. No viewBox, and its size comes from CSS alone.
const SHADOW = `
<style>
  :host { --dot: ${RED}; color-scheme: light; }
  svg { width: 120px; height: 80px; font-family: monospace; font-size: 14px; }
  g { fill: ${BLUE}; }
  .dot { fill: var(--dot); stroke: light-dark(${BLUE}, black); stroke-width: 2px; }
  .label { fill: ${BLUE}; font-weight: 700; text-transform: uppercase; }
  .gone { display: none; fill: ${BLUE}; }
  .faint { opacity: 0.5; }
</style>
<svg>
  <defs><clipPath id="plot"><rect width="120" height="80"></rect></clipPath></defs>
  <!--?lit$1$-->
  <g clip-path="url(#plot)" role="list" aria-label="events" data-lane="a">
    <circle class="dot" cx="30" cy="40" r="20" tabindex="0" role="button" aria-label="Bali" aria-pressed="false"
      data-id="e1" onclick="window.clicked = true" onfocus="void 0"></circle>
    <text class="label" x="60" y="30" fill="black">Bali</text>
    <rect class="gone" x="60" y="50" width="50" height="25"></rect>
    <rect class="faint" x="110" y="0" width="10" height="10" fill="black"></rect>
  </g>
</svg>`;

/** The fixture's <svg>, rendered inside the shadow root of a <div> in the document. */
async function chart(): Promise<SVGSVGElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = SHADOW;
  return root.querySelector('svg')!;
}

/** `text` parsed as an SVG document, failing on a parser error (named by a boolean: its text may not travel). */
function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror') === null, 'well-formed (no parser error)').to.equal(true);
  return doc;
}

const q = (doc: Document | Element, selector: string) => doc.querySelector<SVGElement>(selector)!;

/** The colour of pixel (x, y) of a bitmap, as [r, g, b, a]. */
function pixel(bitmap: ImageBitmap, x: number, y: number): number[] {
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return [...context.getImageData(x, y, 1, 1).data];
}

/** What `promise` rejects with; undefined if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<Error | undefined> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

function near(actual: number[], expected: number[], tolerance = 3): void {
  expect(
    actual.every((v, i) => Math.abs(v - expected[i]) <= tolerance),
    `${actual.join()} ≈ ${expected.join()}`,
  ).to.equal(true);
}

describe('serializeSvg', () => {
  it('serializeSvg(svg) is a well-formed SVG document with the SVG and XLink namespaces', async () => {
    const text = serializeSvg(await chart());
    const root = parse(text).documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.namespaceURI).to.equal(SVG_NS);
    expect(root.getAttribute('xmlns:xlink')).to.equal('http://www.w3.org/1999/xlink');
  });

  it('serializeSvg(svg) writes resolved computed styles (custom properties, light-dark()) as style attributes', async () => {
    const doc = parse(serializeSvg(await chart()));
    const circle = q(doc, 'circle');
    expect(circle.style.getPropertyValue('fill')).to.equal(RED);
    expect(circle.style.getPropertyValue('stroke')).to.equal(BLUE);
    expect(circle.style.getPropertyValue('stroke-width')).to.equal('2px');
    expect(q(doc, 'svg').style.getPropertyValue('font-family')).to.equal('monospace');
    expect(q(doc, '.faint').style.getPropertyValue('opacity')).to.equal('0.5');
  });

  it('serializeSvg(svg) writes a style over a presentation attribute the stylesheet overrode', async () => {
    const doc = parse(serializeSvg(await chart()));
    // The fill its parent <g> gives it, but fill="black" on the element would win without it.
    expect(q(doc, 'text').getAttribute('fill')).to.equal('black');
    expect(q(doc, 'text').style.getPropertyValue('fill')).to.equal(BLUE);
  });

  it('serializeSvg(svg) looks the same outside the shadow root: every element keeps its computed style', async () => {
    const svg = await chart();
    const holder = await fixture<HTMLDivElement>(html`<div style="color: green; font: 30px serif"></div>`);
    holder.append(document.importNode(parse(serializeSvg(svg)).documentElement, true));
    const copy = holder.querySelector('svg')!;
    const originals = [svg, ...svg.querySelectorAll(':not(.gone)')];
    const copies = [copy, ...copy.querySelectorAll('*')];
    expect(copies.length).to.equal(originals.length);
    const properties = ['fill', 'stroke', 'stroke-width', 'font-family', 'font-size', 'font-weight', 'opacity'];
    properties.push('text-transform', 'visibility');
    originals.forEach((original, i) => {
      const [a, b] = [getComputedStyle(original), getComputedStyle(copies[i])];
      for (const name of properties)
        expect(b.getPropertyValue(name), `${original.localName}.${original.getAttribute('class')} ${name}`).to.equal(
          a.getPropertyValue(name),
        );
    });
  });

  it('serializeSvg(svg) keeps text as <text>', async () => {
    const doc = parse(serializeSvg(await chart()));
    expect(q(doc, 'text').textContent).to.equal('Bali');
    expect(doc.querySelectorAll('path')).to.have.length(0);
  });

  it('serializeSvg(svg) removes elements that are not displayed, and comments', async () => {
    const svg = await chart();
    const doc = parse(serializeSvg(svg));
    expect(doc.querySelectorAll('rect')).to.have.length(2); // the clip path's and .faint
    expect(doc.querySelector('.gone')).to.equal(null);
    const comments = doc.createTreeWalker(doc, NodeFilter.SHOW_COMMENT);
    expect(comments.nextNode()?.nodeValue ?? 'none', 'a comment').to.equal('none');
    expect(svg.querySelector('.gone'), 'the original is untouched').to.exist;
  });

  it('serializeSvg(svg) removes tabindex, role, aria-*, data-* and event-handler attributes, keeping class', async () => {
    const svg = await chart();
    const doc = parse(serializeSvg(svg));
    const names = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(names.filter((name) => /^(?:tabindex|role|aria-|data-|on)/.test(name))).to.deep.equal([]);
    expect(q(doc, 'circle').getAttribute('class')).to.equal('dot');
    expect(svg.querySelector('circle')!.getAttribute('aria-label'), 'the original is untouched').to.equal('Bali');
  });

  it('serializeSvg(svg) keeps <defs> and the clip-path reference to it', async () => {
    const doc = parse(serializeSvg(await chart()));
    expect(q(doc, 'g').getAttribute('clip-path')).to.equal('url(#plot)');
    expect(doc.querySelector('defs > clipPath#plot > rect')).to.exist;
  });

  it('serializeSvg(svg) sets width, height and viewBox from the laid-out size when the <svg> has none', async () => {
    const root = parse(serializeSvg(await chart())).documentElement;
    expect(root.getAttribute('width')).to.equal('120');
    expect(root.getAttribute('height')).to.equal('80');
    expect(root.getAttribute('viewBox')).to.equal('0 0 120 80');
  });

  it('serializeSvg(svg) keeps absolute width and height attributes and an existing viewBox', async () => {
    const svg = await chart();
    svg.setAttribute('width', '240');
    svg.setAttribute('height', '160');
    svg.setAttribute('viewBox', '10 5 120 80');
    const root = parse(serializeSvg(svg)).documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).to.deep.equal(['240', '160']);
    expect(root.getAttribute('viewBox')).to.equal('10 5 120 80');
  });

  it('serializeSvg(svg, {background}) paints a rect across the viewBox first, and none without it', async () => {
    const svg = await chart();
    svg.setAttribute('viewBox', '10 5 120 80');
    const plain = parse(serializeSvg(svg)).documentElement;
    expect(plain.firstElementChild!.localName).to.equal('defs');
    const root = parse(serializeSvg(svg, { background: 'white' })).documentElement;
    const rect = root.firstElementChild as SVGRectElement;
    expect(rect.localName).to.equal('rect');
    expect(['x', 'y', 'width', 'height'].map((name) => rect.getAttribute(name))).to.deep.equal([
      '10',
      '5',
      '120',
      '80',
    ]);
    expect(rect.style.getPropertyValue('fill')).to.equal('white');
    expect(root.querySelectorAll('rect')).to.have.length(3);
  });

  it('serializeSvg(svg, {background}) throws on a value that is not a colour', async () => {
    const svg = await chart();
    expect(() => serializeSvg(svg, { background: 'not a colour' })).to.throw(/background "not a colour"/);
  });

  it('serializeSvg(svg, {title}) writes the title, escaped, as the first child', async () => {
    const root = parse(serializeSvg(await chart(), { title: 'Bali & <Filoli>', background: 'white' })).documentElement;
    expect(root.firstElementChild!.localName).to.equal('title');
    expect(root.firstElementChild!.textContent).to.equal('Bali & <Filoli>');
    expect(root.children[1].localName).to.equal('rect');
  });

  it('serializeSvg(svg) writes well-formed XML for text XML 1.0 forbids: controls dropped, the rest U+FFFD', async () => {
    const svg = await chart();
    const label = svg.querySelector('text')!;
    label.textContent = 'a\u0000b\u0001c\u000bd\u001fe\ufffef\uffffg\ud800h\udc00i\t\u{1f600}';
    label.setAttribute('class', 'label x\u0002\ud83d');
    const text = serializeSvg(svg, { title: 'T\u0000\u0008\ud800itle' });
    const root = parse(text).documentElement;
    expect(q(root, 'text').textContent).to.equal('abcde\ufffdf\ufffdg\ufffdh\ufffdi\t\u{1f600}');
    expect(q(root, 'text').getAttribute('class')).to.equal('label x\ufffd');
    expect(q(root, 'title').textContent).to.equal('T\ufffditle');
  });

  it('serializeSvg(svg) throws for an <svg> that is not in a document', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    expect(() => serializeSvg(svg)).to.throw(/not in a document/);
  });
});

describe('svgToPng', () => {
  it('svgToPng(text, width, height, scale) is a PNG of width × scale by height × scale pixels', async () => {
    const blob = await svgToPng(serializeSvg(await chart()), 120, 80, 2);
    expect(blob.type).to.equal('image/png');
    const signature = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
    expect([...signature]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([240, 160]);
  });

  it('svgToPng(text) scales by 2 by default, and by any other factor', async () => {
    const text = serializeSvg(await chart());
    const double = await createImageBitmap(await svgToPng(text, 120, 80));
    expect([double.width, double.height]).to.deep.equal([240, 160]);
    const single = await createImageBitmap(await svgToPng(text, 120, 80, 1));
    expect([single.width, single.height]).to.deep.equal([120, 80]);
  });

  it('svgToPng(serializeSvg(svg)) draws with the shadow root’s styles: the circle red, the hidden rect absent', async () => {
    const text = serializeSvg(await chart(), { background: 'rgb(255, 255, 255)' });
    const bitmap = await createImageBitmap(await svgToPng(text, 120, 80, 2));
    near(pixel(bitmap, 60, 80), [200, 30, 40, 255]); // the circle's centre, (30, 40) × 2
    near(pixel(bitmap, 170, 125), [255, 255, 255, 255]); // where the display:none rect would be
    near(pixel(bitmap, 2, 2), [255, 255, 255, 255]); // the background
  });

  it('svgToPng(serializeSvg(svg)) without a background is transparent around the chart', async () => {
    const bitmap = await createImageBitmap(await svgToPng(serializeSvg(await chart()), 120, 80, 2));
    expect(pixel(bitmap, 2, 2)[3]).to.equal(0);
  });

  it('svgToPng(text) rejects with a clear error when the SVG does not load', async () => {
    const error = await rejection(svgToPng('<svg xmlns="http://www.w3.org/2000/svg"><unclosed></svg>', 10, 10));
    expect(error).to.be.instanceOf(Error);
    expect(error?.message).to.match(/^svgToPng: the SVG did not load as an image/);
  });

  it('svgToPng(text, width, height, scale) rejects sizes that are not positive numbers', async () => {
    const text = serializeSvg(await chart());
    for (const [width, height, scale, message] of [
      [0, 80, 2, 'width 0'],
      [120, NaN, 2, 'height NaN'],
      [120, 80, -1, 'scale -1'],
    ] as const) {
      const error = await rejection(svgToPng(text, width, height, scale));
      expect(error?.message).to.equal(`svgToPng: ${message} is not a positive number`);
    }
  });

  it('svgToPng(text) rejects with a clear error when the canvas is too large to encode', async () => {
    // Beyond every browser's canvas limits (32,767 px a side at most): toBlob gives null.
    const text = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"></svg>';
    const error = await rejection(svgToPng(text, 100, 100, 500));
    expect(error).to.be.instanceOf(Error);
    expect(error?.message).to.match(/^svgToPng: the 50000×50000 px canvas could not be drawn as PNG/);
  });
});

describe('<meeting-timeline>.toSVG()', () => {
  // Every way text reaches the chart: the dataset title, event titles (labels), kinds and groups (lane names).
  const BAD = ['\u0000', '\u0001', '\u000b', '\u001f', '\ufffe', '\uffff', '\ud800', '\udfff', '\ud83d'];

  it('toSVG() is well-formed XML when titles, kinds and groups hold control characters and lone surrogates', async () => {
    const el = await mountData({
      title: `Title ${BAD.join('-')}`,
      events: BAD.map((bad, i) => ({
        id: `e${i}${bad}`,
        start: `2023-0${(i % 9) + 1}-01`,
        title: `Event${bad}${i}`,
        kind: i % 2 ? `kind${bad}` : 'in-person',
        group: `group${bad}`,
      })),
    });
    expect(el.events.length).to.equal(BAD.length);
    const doc = parse(await el.toSVG());
    expect(doc.querySelector('title')!.textContent).to.equal('Title ----\ufffd-\ufffd-\ufffd-\ufffd-\ufffd');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    // The labels are there, controls dropped and the rest replaced.
    expect(
      texts.some((t) => t.includes('Event1')),
      texts.join(' | '),
    ).to.equal(true);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(texts.join('')).to.not.match(/[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/);
  });

  it('toPNG() of such a chart is a PNG', async () => {
    const el = await mountData([{ start: '2023-01-01', title: `Bali\u0001\ud800`, group: `\u000b` }]);
    const png = await el.toPNG(1);
    expect(png.type).to.equal('image/png');
  });
});
