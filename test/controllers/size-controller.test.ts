import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { property } from 'lit/decorators.js';
import { BREAKPOINT, SizeController, VERTICAL_LENGTH } from '../../src/controllers/size-controller.js';
import { PendingWork } from '../../src/controllers/pending-work.js';

/**
 * A bare host with the element's `orientation` and `breakpoint` properties and its zero-height width probe;
 * its `updateComplete` waits for the vertical layout's chunk, as the element's does.
 */
class SizeHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  @property() orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';
  @property({ type: Number }) breakpoint?: number;
  readonly waited: Promise<unknown>[] = [];
  private readonly work = new PendingWork();
  detailsOpen = false;
  readonly size = new SizeController(
    this,
    (work) => {
      this.waited.push(work);
      this.work.add(work);
    },
    () => this.detailsOpen,
  );

  protected override getUpdateComplete(): Promise<boolean> {
    return this.work.settle(
      () => super.getUpdateComplete(),
      () => this.isUpdatePending,
    );
  }

  override render() {
    return html`<div class="width-probe"></div>
      <p>${this.size.vertical ? 'vertical' : 'horizontal'} ${this.size.width}</p>`;
  }
}
customElements.define('size-host', SizeHost);

declare global {
  interface HTMLElementTagNameMap {
    'size-host': SizeHost;
  }
}

/** A host in a div `width` px wide (with the given style and dir), rendered. */
async function mount(
  width: number,
  options: { style?: string; dir?: 'ltr' | 'rtl'; orientation?: SizeHost['orientation']; breakpoint?: number } = {},
) {
  const holder = await fixture<HTMLDivElement>(
    html`<div dir=${options.dir ?? 'ltr'} style="width:${width}px;${options.style ?? ''}"></div>`,
  );
  const host = document.createElement('size-host');
  if (options.orientation) host.orientation = options.orientation;
  if (options.breakpoint !== undefined) host.breakpoint = options.breakpoint;
  holder.append(host);
  await host.updateComplete;
  return { holder, host, size: host.size };
}

/** Resizes the holder and waits until the host has measured the new width and rendered. */
async function resize(holder: HTMLElement, host: SizeHost, width: number): Promise<void> {
  holder.style.width = `${width}px`;
  await waitUntil(() => host.size.width === width, `the width never became ${width}`, { timeout: 5000 });
  await host.updateComplete;
}

describe('SizeController', () => {
  it('new SizeController(host) measures the host’s width as it connects, before the first render', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:432px"></div>`);
    const host = document.createElement('size-host');
    expect(host.size.width).to.equal(0);
    holder.append(host);
    expect(host.size.width).to.equal(432);
    expect(host.hasUpdated).to.equal(false);
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('p')!.textContent).to.equal('vertical 432');
  });

  it('size.vertical is true below the breakpoint (600 px by default) and false at or above it', async () => {
    expect(BREAKPOINT).to.equal(600);
    expect((await mount(599)).size.vertical).to.equal(true);
    expect((await mount(600)).size.vertical).to.equal(false);
    expect((await mount(1000)).size.vertical).to.equal(false);
  });

  it('size.vertical follows the breakpoint property', async () => {
    expect((await mount(500, { breakpoint: 400 })).size.vertical).to.equal(false);
    const { host, size } = await mount(700);
    expect(size.vertical).to.equal(false);
    host.breakpoint = 800;
    await host.updateComplete;
    expect(size.vertical).to.equal(true);
    expect(host.shadowRoot!.querySelector('p')!.textContent).to.equal('vertical 700');
  });

  it('size.vertical follows --mt-breakpoint when the property is unset; the property wins', async () => {
    expect((await mount(500, { style: '--mt-breakpoint: 300px' })).size.vertical).to.equal(false);
    expect((await mount(700, { style: '--mt-breakpoint: 900px' })).size.vertical).to.equal(true);
    expect((await mount(500, { style: '--mt-breakpoint: 300px', breakpoint: 800 })).size.vertical).to.equal(true);
  });

  it('size.vertical is forced by orientation, whatever the width', async () => {
    expect((await mount(1000, { orientation: 'vertical' })).size.vertical).to.equal(true);
    expect((await mount(300, { orientation: 'horizontal' })).size.vertical).to.equal(false);
    const { host, size } = await mount(300);
    expect(size.vertical).to.equal(true);
    host.orientation = 'horizontal';
    await host.updateComplete;
    expect(size.vertical).to.equal(false);
  });

  it('size.vertical follows a resize across the breakpoint', async () => {
    const { holder, host, size } = await mount(800);
    expect(size.vertical).to.equal(false);
    await resize(holder, host, 450);
    expect(size.vertical).to.equal(true);
    expect(host.shadowRoot!.querySelector('p')!.textContent).to.equal('vertical 450');
    await resize(holder, host, 900);
    expect(size.vertical).to.equal(false);
  });

  it('size.length is --mt-vertical-height, 560 px by default and at least 160 px', async () => {
    expect(VERTICAL_LENGTH).to.equal(560);
    expect((await mount(400)).size.length).to.equal(560);
    expect((await mount(400, { style: '--mt-vertical-height: 420px' })).size.length).to.equal(420);
    expect((await mount(400, { style: '--mt-vertical-height: 40px' })).size.length).to.equal(160);
  });

  it('size.axisLength is the width across, the length down', async () => {
    expect((await mount(800)).size.axisLength).to.equal(800);
    expect((await mount(400, { style: '--mt-vertical-height: 420px' })).size.axisLength).to.equal(420);
  });

  it('size.rtl follows an ancestor’s dir', async () => {
    expect((await mount(800, { dir: 'rtl' })).size.rtl).to.equal(true);
    expect((await mount(800, { dir: 'ltr' })).size.rtl).to.equal(false);
    const outer = await fixture<HTMLDivElement>(
      html`<div dir="rtl">
        <section><div style="width:700px"></div></section>
      </div>`,
    );
    const host = document.createElement('size-host');
    outer.querySelector('div')!.append(host);
    await host.updateComplete;
    expect(host.size.rtl).to.equal(true);
  });

  it('size.rtl is read again at the next resize, and renders the host', async () => {
    const { holder, host, size } = await mount(800, { dir: 'ltr' });
    holder.dir = 'rtl';
    await resize(holder, host, 780);
    expect(size.rtl).to.equal(true);
    holder.dir = 'ltr';
    await resize(holder, host, 760);
    expect(size.rtl).to.equal(false);
  });

  it('size.verticalChart: the vertical layout’s chunk loads when the host first turns vertical, and updateComplete waits for it', async () => {
    const { host, size } = await mount(400);
    expect(host.waited.length).to.equal(1);
    expect(size.verticalChart).to.exist;
    expect(size.verticalChart!.renderVerticalChart).to.be.a('function');
  });

  it('size.verticalChart is not loaded while the host stays horizontal, and once when it turns vertical', async () => {
    const { holder, host, size } = await mount(800);
    expect(host.waited).to.deep.equal([]);
    expect(size.verticalChart).to.equal(undefined);
    await resize(holder, host, 500);
    expect(size.verticalChart).to.exist;
    await resize(holder, host, 800);
    await resize(holder, host, 480);
    expect(host.waited.length).to.equal(1);
  });

  it('size: a host with no width (hidden) chooses no layout and loads nothing', async () => {
    const { size, host } = await mount(400, { style: 'display:none' });
    expect(size.width).to.equal(0);
    expect(size.vertical).to.equal(false);
    expect(host.waited).to.deep.equal([]);
  });

  it('size stops measuring once the host is disconnected', async () => {
    const { holder, host, size } = await mount(800);
    host.remove();
    holder.style.width = '500px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(size.width).to.equal(800);
    holder.append(host);
    expect(size.width).to.equal(500);
  });
});
