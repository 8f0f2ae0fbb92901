import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, svg } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { FocusController } from '../../src/controllers/focus-controller.js';
import { buildModel } from '../../src/model/model.js';
import { validateData } from '../../src/data/validate.js';

// Three lanes. In time order: a1 (0), v1 (1), a2 (2), p1 (3), v2 (4).
const MODEL = buildModel(
  validateData([
    { id: 'a1', start: '2023-01-01', title: 'A1', kind: 'in-person' },
    { id: 'v1', start: '2023-01-05', title: 'V1', kind: 'video' },
    { id: 'a2', start: '2023-01-10', title: 'A2', kind: 'in-person' },
    { id: 'p1', start: '2023-01-12', title: 'P1', kind: 'phone' },
    { id: 'v2', start: '2023-01-20', title: 'V2', kind: 'video' },
  ]),
);

/**
 * A bare host that draws a focusable mark for every event of its model in an `<svg>`, a button outside it,
 * and records what the focus controller asks of the viewport and the selection. Changing `generation` draws
 * the marks anew (new elements), as culling and reordering do in the element.
 */
class FocusHost extends LitElement {
  model = MODEL;
  readonly layout = { rtl: false, vertical: false };
  generation = 0;
  /** What `selection.clear()` returns: the id that was selected. */
  selectedId: string | null = null;
  readonly calls: string[] = [];
  readonly roving = new FocusController(this, {
    model: () => this.model,
    size: this.layout,
    viewport: {
      reveal: (event) => this.calls.push(`reveal ${event.id}`),
      zoomBy: (factor, at) => this.calls.push(`zoomBy ${factor} ${at}`),
      fitByUser: () => this.calls.push('fitByUser'),
    },
    selection: {
      choose: (event) => this.calls.push(`choose ${event.id}`),
      clear: () => {
        this.calls.push('clear');
        const id = this.selectedId;
        this.selectedId = null;
        return id;
      },
    },
  });

  override render() {
    const marks = this.model.events.map(
      (e) =>
        svg`<g part="event" data-id=${e.id} tabindex=${e.id === this.roving.focusedId ? 0 : -1}><circle r="6"></circle></g>`,
    );
    return html`<div @keydown=${this.roving.onKeyDown}>
      <button type="button">Show all</button>
      ${keyed(this.generation, html`<svg part="chart" width="400" height="100">${marks}</svg>`)}
    </div>`;
  }
}
customElements.define('focus-host', FocusHost);

declare global {
  interface HTMLElementTagNameMap {
    'focus-host': FocusHost;
  }
}

async function mount(layout: Partial<FocusHost['layout']> = {}): Promise<FocusHost> {
  const host = await fixture<FocusHost>(html`<focus-host></focus-host>`);
  Object.assign(host.layout, layout);
  return host;
}

const mark = (host: FocusHost, id: string) =>
  host.shadowRoot!.querySelector<SVGGElement>(`[part="event"][data-id="${CSS.escape(id)}"]`)!;

/** The id of the mark with DOM focus, if one has it. */
const focusedMark = (host: FocusHost) => (host.shadowRoot!.activeElement as HTMLElement | null)?.dataset?.id;

/** Puts the focus on an event's mark, as a click or Tab does. */
async function focusOn(host: FocusHost, id: string): Promise<void> {
  mark(host, id).focus();
  host.roving.focused(host.model.byId(id)!);
  await host.updateComplete;
}

/** Presses a key on `target` (a mark by default: the focused one, else the first); whether it was taken. */
async function press(host: FocusHost, key: string, target?: Element): Promise<boolean> {
  const on = target ?? mark(host, host.roving.focusedId ?? 'a1');
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  on.dispatchEvent(event);
  await host.updateComplete;
  return event.defaultPrevented;
}

describe('FocusController', () => {
  it('ArrowRight and ArrowLeft walk the events in time order, revealing and focusing each', async () => {
    const host = await mount();
    await focusOn(host, 'a2');
    expect(await press(host, 'ArrowRight')).to.equal(true);
    expect(host.roving.focusedId).to.equal('p1');
    expect(focusedMark(host)).to.equal('p1');
    expect(await press(host, 'ArrowLeft')).to.equal(true);
    expect(await press(host, 'ArrowLeft')).to.equal(true);
    expect(host.roving.focusedId).to.equal('v1');
    expect(focusedMark(host)).to.equal('v1');
    expect(host.calls).to.deep.equal(['reveal p1', 'reveal a2', 'reveal v1']);
  });

  it('Home and End jump to the first and the last event', async () => {
    const host = await mount();
    await focusOn(host, 'a2');
    await press(host, 'End');
    expect(focusedMark(host)).to.equal('v2');
    await press(host, 'Home');
    expect(focusedMark(host)).to.equal('a1');
  });

  it('the walk stops at the ends', async () => {
    const host = await mount();
    await focusOn(host, 'v2');
    expect(await press(host, 'ArrowRight')).to.equal(true);
    expect(focusedMark(host)).to.equal('v2');
    await focusOn(host, 'a1');
    await press(host, 'ArrowLeft');
    expect(focusedMark(host)).to.equal('a1');
  });

  it('with no event focused yet, ArrowRight and ArrowLeft start at the first', async () => {
    const host = await mount();
    await press(host, 'ArrowRight', host.shadowRoot!.querySelector('svg')!);
    expect(host.roving.focusedId).to.equal('a1');
    expect(focusedMark(host)).to.equal('a1');
    const other = await mount();
    await press(other, 'ArrowLeft', other.shadowRoot!.querySelector('svg')!);
    expect(other.roving.focusedId).to.equal('a1');
  });

  it('right to left, ArrowRight goes back in time and ArrowLeft forward', async () => {
    const host = await mount({ rtl: true });
    await focusOn(host, 'a2');
    await press(host, 'ArrowRight');
    expect(focusedMark(host)).to.equal('v1');
    await press(host, 'ArrowLeft');
    await press(host, 'ArrowLeft');
    expect(focusedMark(host)).to.equal('p1');
  });

  it('across, ArrowUp and ArrowDown move to the lane above or below, to the event nearest in time', async () => {
    const host = await mount();
    await focusOn(host, 'v1');
    await press(host, 'ArrowUp');
    expect(focusedMark(host)).to.equal('a1');
    await focusOn(host, 'v2');
    await press(host, 'ArrowDown');
    expect(focusedMark(host)).to.equal('p1');
    // From p1 (12 Jan) the nearest video is v1 (7 days before), not v2 (8 days after), where the walk began.
    await press(host, 'ArrowUp');
    expect(focusedMark(host)).to.equal('v1');
  });

  it('across, ArrowDown in the last lane and ArrowUp in the first stay put', async () => {
    const host = await mount();
    await focusOn(host, 'p1');
    expect(await press(host, 'ArrowDown')).to.equal(true);
    expect(focusedMark(host)).to.equal('p1');
    await focusOn(host, 'a2');
    await press(host, 'ArrowUp');
    expect(focusedMark(host)).to.equal('a2');
  });

  it('down the page (vertical), ArrowDown and ArrowUp walk in time', async () => {
    const host = await mount({ vertical: true });
    await focusOn(host, 'a2');
    await press(host, 'ArrowDown');
    expect(focusedMark(host)).to.equal('p1');
    await press(host, 'ArrowUp');
    await press(host, 'ArrowUp');
    expect(focusedMark(host)).to.equal('v1');
  });

  it('Enter and Space on a focused mark choose its event', async () => {
    const host = await mount();
    await focusOn(host, 'p1');
    expect(await press(host, 'Enter')).to.equal(true);
    expect(await press(host, ' ')).to.equal(true);
    expect(host.calls).to.deep.equal(['choose p1', 'choose p1']);
  });

  it('Enter chooses nothing with no event focused, or off the marks', async () => {
    const host = await mount();
    expect(await press(host, 'Enter', host.shadowRoot!.querySelector('svg')!)).to.equal(false);
    await focusOn(host, 'p1');
    expect(await press(host, 'Enter', host.shadowRoot!.querySelector('svg')!)).to.equal(false);
    expect(host.calls).to.deep.equal([]);
  });

  it('+ and = zoom in twice, - zooms out, about the focused event; 0 shows all', async () => {
    const host = await mount();
    await focusOn(host, 'a2');
    const at = host.model.byId('a2')!.start.ms;
    for (const key of ['+', '=', '-', '0']) expect(await press(host, key), key).to.equal(true);
    expect(host.calls).to.deep.equal([`zoomBy 2 ${at}`, `zoomBy 2 ${at}`, `zoomBy 0.5 ${at}`, 'fitByUser']);
  });

  it('+ with no event focused zooms about the middle', async () => {
    const host = await mount();
    await press(host, '+', host.shadowRoot!.querySelector('svg')!);
    expect(host.calls).to.deep.equal(['zoomBy 2 undefined']);
  });

  it('Escape clears the selection and puts the focus back on the mark of the event that was selected', async () => {
    const host = await mount();
    await focusOn(host, 'a1');
    host.selectedId = 'p1';
    expect(await press(host, 'Escape')).to.equal(true);
    expect(host.calls).to.deep.equal(['clear']);
    expect(host.roving.focusedId).to.equal('p1');
    expect(focusedMark(host)).to.equal('p1');
  });

  it('Escape on the selected mark brings it back into the window, where the page had scrolled away to the panel', async () => {
    const host = await mount();
    // Room below the chart, as a phone's details panel under a tall chart makes.
    host.style.display = 'block';
    host.style.marginBottom = '300vh';
    try {
      await focusOn(host, 'p1');
      host.selectedId = 'p1';
      window.scrollTo(0, innerHeight * 2);
      expect(mark(host, 'p1').getBoundingClientRect().bottom, 'scrolled away').to.be.below(0);
      expect(await press(host, 'Escape')).to.equal(true);
      // In sight (smoothly, unless the reader asked for reduced motion). The test's marks sit on the svg's top
      // edge, half of each outside it.
      const box = () => mark(host, 'p1').getBoundingClientRect();
      await waitUntil(() => box().bottom > 0 && box().top < innerHeight, `mark at ${box().top}`);
      expect(focusedMark(host)).to.equal('p1');
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('Escape works from outside the chart too (the details panel)', async () => {
    const host = await mount();
    host.selectedId = 'v2';
    const button = host.shadowRoot!.querySelector('button')!;
    button.focus();
    expect(await press(host, 'Escape', button)).to.equal(true);
    expect(focusedMark(host)).to.equal('v2');
  });

  it('Escape with nothing selected is left to the page', async () => {
    const host = await mount();
    await focusOn(host, 'a2');
    expect(await press(host, 'Escape')).to.equal(false);
    expect(focusedMark(host)).to.equal('a2');
  });

  it('keys outside the chart, and keys that do nothing, are left to the page', async () => {
    const host = await mount();
    await focusOn(host, 'a2');
    const button = host.shadowRoot!.querySelector('button')!;
    for (const key of ['ArrowRight', 'Enter', '+', '0', 'Home'])
      expect(await press(host, key, button), key).to.equal(false);
    for (const key of ['a', 'Tab', 'PageDown', 'F5']) expect(await press(host, key), key).to.equal(false);
    expect(host.calls).to.deep.equal([]);
    expect(host.roving.focusedId).to.equal('a2');
  });

  it('focus.focused(event) makes it the focused event and renders the host once', async () => {
    const host = await mount();
    host.roving.focused(host.model.byId('v1')!);
    expect(host.roving.focusedId).to.equal('v1');
    expect(host.isUpdatePending).to.equal(true);
    await host.updateComplete;
    expect(mark(host, 'v1').getAttribute('tabindex')).to.equal('0');
    host.roving.focused(host.model.byId('v1')!);
    expect(host.isUpdatePending).to.equal(false);
  });

  it('focus.focusAfterUpdate(id) focuses the mark once the host has rendered', async () => {
    const host = await mount();
    host.roving.focusAfterUpdate('v2');
    expect(focusedMark(host)).to.equal(undefined);
    await host.updateComplete;
    expect(focusedMark(host)).to.equal('v2');
  });

  it('the walk reaches events whose ids need escaping in a selector', async () => {
    const host = await mount();
    host.model = buildModel(
      validateData([
        { id: 'plain', start: '2023-01-01', title: 'Plain' },
        { id: 'he said "hi"', start: '2023-01-02', title: 'Quoted' },
        { id: 'a] b\\c', start: '2023-01-03', title: 'Brackets' },
      ]),
    );
    host.requestUpdate();
    await host.updateComplete;
    await focusOn(host, 'plain');
    await press(host, 'ArrowRight');
    expect(focusedMark(host)).to.equal('he said "hi"');
    await press(host, 'ArrowRight');
    expect(focusedMark(host)).to.equal('a] b\\c');
  });

  it('marks drawn anew keep DOM focus on the focused event’s mark', async () => {
    const host = await mount();
    await focusOn(host, 'a2');
    const old = mark(host, 'a2');
    host.generation++;
    host.requestUpdate();
    await host.updateComplete;
    expect(mark(host, 'a2')).not.to.equal(old);
    expect(host.shadowRoot!.activeElement).to.equal(mark(host, 'a2'));
  });

  it('marks drawn anew take no focus from outside the chart', async () => {
    const host = await mount();
    await focusOn(host, 'a2');
    const button = host.shadowRoot!.querySelector('button')!;
    button.focus();
    host.generation++;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement).to.equal(button);
  });
});
