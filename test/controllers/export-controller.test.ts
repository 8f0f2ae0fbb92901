import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { LitElement, css, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { ExportController } from '../../src/controllers/export-controller.js';
import { en, type TimelineStrings } from '../../src/i18n/strings.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A bare host that draws a 200 × 100 chart with a label (or a list instead, as the list view does) and
 * shows the export controller's error.
 */
class ExportHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
      background: rgb(250, 240, 230);
    }
  `;
  @property() label = 'Bali';
  chart = true;
  dataTitle?: string;
  size: [number, number] = [200, 100];
  text: TimelineStrings = en;
  readonly exporter = new ExportController(this, {
    size: () => this.size,
    title: () => this.dataTitle,
    strings: () => this.text,
  });

  override render() {
    return html`${
        this.chart
          ? html`<svg part="chart" width="200" height="100">
              ${svg`<rect x="10" y="10" width="50" height="20" fill="rgb(180, 35, 42)"></rect><text x="70" y="30">${this.label}</text>`}
            </svg>`
          : html`<ul>
              <li>${this.label}</li>
            </ul>`
      }
      <p>${this.exporter.error ?? ''}</p>`;
  }
}
customElements.define('export-host', ExportHost);

declare global {
  interface HTMLElementTagNameMap {
    'export-host': ExportHost;
  }
}

async function mount(setup: (host: ExportHost) => void = () => {}): Promise<ExportHost> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const host = document.createElement('export-host');
  setup(host);
  holder.append(host);
  await host.updateComplete;
  return host;
}

/** The reason `promise` rejected, or a failure if it resolved or took longer than `ms`. */
async function rejection(promise: Promise<unknown>, ms = 2000): Promise<Error> {
  const outcome = await Promise.race([
    promise.then(
      () => new Error('resolved'),
      (error: Error) => ({ rejected: error }),
    ),
    aTimeout(ms).then(() => new Error(`still pending after ${ms} ms`)),
  ]);
  if (outcome instanceof Error) throw outcome;
  return outcome.rejected;
}

/** Parses an SVG document; fails on XML errors. */
function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror').length, 'XML errors').to.equal(0);
  return doc;
}

/** Runs `action` with link clicks caught: the links `download` would have followed. */
async function downloads(action: () => Promise<void>): Promise<HTMLAnchorElement[]> {
  const clicked: HTMLAnchorElement[] = [];
  const click = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')!;
  Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
    configurable: true,
    value(this: HTMLAnchorElement) {
      clicked.push(this);
    },
  });
  try {
    await action();
  } finally {
    delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
    expect(Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')).to.deep.equal(click);
  }
  return clicked;
}

describe('ExportController', () => {
  it('exporter.toSVG() on a host that is not in a document rejects at once, saying so', async () => {
    const host = document.createElement('export-host');
    const error = await rejection(host.exporter.toSVG(), 500);
    expect(error.message).to.equal('meeting-timeline: not in a document, so there is no chart to export');
    const png = await rejection(host.exporter.toPNG(2), 500);
    expect(png.message).to.equal(error.message);
  });

  it('exporter.toSVG() is a standalone SVG document: parseable, its title first, text kept as text', async () => {
    const host = await mount((host) => (host.dataTitle = 'Two leaders'));
    const doc = parse(await host.exporter.toSVG());
    const root = doc.documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.namespaceURI).to.equal(SVG_NS);
    expect(root.firstElementChild!.localName).to.equal('title');
    expect(root.firstElementChild!.textContent).to.equal('Two leaders');
    expect(root.querySelector('text')!.textContent).to.equal('Bali');
    expect(root.getAttribute('width')).to.equal('200');
    expect(root.getAttribute('height')).to.equal('100');
  });

  it('exporter.toSVG() paints the host’s background under the chart', async () => {
    const host = await mount();
    expect(await host.exporter.toSVG()).to.include('rgb(250, 240, 230)');
  });

  it('exporter.toSVG() is titled with the interface text’s name for a timeline when the data has no title', async () => {
    const host = await mount((host) => (host.text = { ...en, timeline: 'Zeitleiste' }));
    const doc = parse(await host.exporter.toSVG());
    expect(doc.querySelector('title')!.textContent).to.equal('Zeitleiste');
  });

  it('exporter.toSVG() waits for the pending render', async () => {
    const host = await mount();
    host.label = 'Filoli';
    const doc = parse(await host.exporter.toSVG());
    expect(doc.querySelector('text')!.textContent).to.equal('Filoli');
  });

  it('exporter.toSVG() with no chart drawn (the list view) rejects, saying so', async () => {
    const host = await mount((host) => (host.chart = false));
    const error = await rejection(host.exporter.toSVG());
    expect(error.message).to.equal('meeting-timeline: no chart to export (the list view is shown)');
  });

  it('exporter.toPNG(scale) is a PNG of the chart’s size times scale', async () => {
    const host = await mount();
    const png = await host.exporter.toPNG(2);
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([400, 200]);
  });

  it('exporter.toPNG(scale) keeps the canvas within 8192 px and the scale at least 0.1', async () => {
    const wide = await mount((host) => (host.size = [8192, 10]));
    const big = await createImageBitmap(await wide.exporter.toPNG(2));
    expect([big.width, big.height]).to.deep.equal([8192, 10]);
    const host = await mount();
    const small = await createImageBitmap(await host.exporter.toPNG(0.001));
    expect([small.width, small.height]).to.deep.equal([20, 10]);
  });

  it('exporter.download("svg") saves the SVG through a link named after the data’s title', async () => {
    const host = await mount((host) => (host.dataTitle = 'Bali & Filoli: 2023!'));
    const [link, ...more] = await downloads(() => host.exporter.download('svg'));
    expect(more).to.deep.equal([]);
    expect(link.download).to.equal('bali-filoli-2023.svg');
    expect(link.href).to.match(/^blob:/);
    const text = await (await fetch(link.href)).text();
    expect(parse(text).querySelector('title')!.textContent).to.equal('Bali & Filoli: 2023!');
    expect(host.exporter.error).to.equal(undefined);
  });

  it('exporter.download(type) names the file for its type; timeline when the title has no letters or digits', async () => {
    const untitled = await mount();
    const [png] = await downloads(() => untitled.exporter.download('png'));
    expect(png.download).to.equal('timeline.png');
    const blob = await (await fetch(png.href)).blob();
    expect(blob.type).to.equal('image/png');
    const marks = await mount((host) => (host.dataTitle = '*** ***'));
    expect((await downloads(() => marks.exporter.download('svg')))[0].download).to.equal('timeline.svg');
    const german = await mount((host) => (host.dataTitle = 'Treffen in Übersee'));
    expect((await downloads(() => german.exporter.download('svg')))[0].download).to.equal('treffen-in-übersee.svg');
  });

  it('exporter.download(type) that fails sets error (shown by the host) and saves nothing', async () => {
    const host = await mount((host) => (host.chart = false));
    const clicked = await downloads(() => host.exporter.download('svg'));
    expect(clicked).to.deep.equal([]);
    expect(host.exporter.error).to.equal(
      en.exportFailed('meeting-timeline: no chart to export (the list view is shown)'),
    );
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('p')!.textContent).to.equal(host.exporter.error);
  });

  it('exporter.download(type) clears the error of an earlier failure', async () => {
    const host = await mount((host) => (host.chart = false));
    await downloads(() => host.exporter.download('png'));
    expect(host.exporter.error).to.be.a('string');
    host.chart = true;
    host.requestUpdate();
    await downloads(() => host.exporter.download('svg'));
    expect(host.exporter.error).to.equal(undefined);
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('p')!.textContent).to.equal('');
  });
});
