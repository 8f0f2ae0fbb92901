// toSVG(), toPNG() and the optional download buttons, on the real element.
import { expect } from '@open-wc/testing';
import { $, mountBuiltIn } from '../helpers.js';
import type { MeetingTimeline } from '../helpers.js';

function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), text.slice(0, 200)).to.equal(null);
  return doc;
}

/** Captures the next link click (the download), instead of letting the browser save a file. */
async function nextDownload(el: MeetingTimeline, button: string): Promise<{ name: string; blob: Blob }> {
  const clicked: HTMLAnchorElement[] = [];
  // The element clicks a link it never attaches: catch that click on the prototype, for this call only.
  Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
    configurable: true,
    value(this: HTMLAnchorElement) {
      clicked.push(this);
    },
  });
  try {
    $(el, button)!.click();
    for (let i = 0; i < 100 && !clicked.length; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
  }
  expect(clicked, 'a download link was clicked').to.have.length(1);
  const link = clicked[0];
  const blob = await (await fetch(link.href)).blob();
  return { name: link.download, blob };
}

describe('<meeting-timeline> export', () => {
  it('toSVG() gives a standalone SVG of the chart with styles inlined and text as text', async () => {
    const el = await mountBuiltIn();
    const doc = parse(await el.toSVG());
    const root = doc.documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')?.textContent).to.equal(el.dataTitle);
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.some((t) => t.includes('7th of 7: second in-person meeting, Filoli'))).to.be.true;
    // The in-person mark carries its colour inline: the shadow root's stylesheet does not travel.
    const live = getComputedStyle($(el, '[data-id="bali-2022"] .mark')!).fill;
    const copy = [...root.querySelectorAll('path.mark')].map((p) => p.getAttribute('style') ?? '');
    expect(copy.some((style) => style.includes(`fill: ${live}`))).to.be.true;
    // Nothing interactive is left.
    expect(root.querySelector('[tabindex], [role], [aria-label]')).to.equal(null);
    expect(root.querySelector('script, style')).to.equal(null);
  });

  it('toSVG() works in the vertical layout too', async () => {
    const el = await mountBuiltIn(360);
    expect(el.layout).to.equal('vertical');
    const root = parse(await el.toSVG()).documentElement;
    expect(Number(root.getAttribute('height'))).to.be.above(Number(root.getAttribute('width')));
  });

  it('toPNG() gives a PNG twice the chart size by default', async () => {
    const el = await mountBuiltIn(800);
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    const bytes = new Uint8Array(await png.slice(0, 8).arrayBuffer());
    expect([...bytes]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    const image = await createImageBitmap(png);
    // The chart as seen: its box (the svg in it may keep spare, blank room for a moment after the view moved).
    const chart = $(el, '.plot')!.getBoundingClientRect();
    expect(image.width).to.equal(Math.round(chart.width * 2));
    expect(image.height).to.equal(Math.round(chart.height * 2));
  });

  it('toSVG() rejects when the list view is shown', async () => {
    const el = await mountBuiltIn();
    el.listView = true;
    let error: unknown;
    await el.toSVG().catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('list view');
  });

  it('download shows two buttons that save an SVG and a PNG named after the dataset', async () => {
    const el = await mountBuiltIn();
    expect($(el, '.download-svg')).to.not.exist;
    el.download = true;
    await el.updateComplete;
    expect($(el, '.download-svg')!.getAttribute('aria-label')).to.equal('Download SVG');
    expect($(el, '.download-png')!.getAttribute('aria-label')).to.equal('Download PNG');
    const svg = await nextDownload(el, '.download-svg');
    expect(svg.name).to.equal('biden-and-xi-from-bali-to-filoli.svg');
    expect(svg.blob.type).to.equal('image/svg+xml');
    parse(await svg.blob.text());
    const png = await nextDownload(el, '.download-png');
    expect(png.name).to.equal('biden-and-xi-from-bali-to-filoli.png');
    expect(png.blob.type).to.equal('image/png');
  });
});
