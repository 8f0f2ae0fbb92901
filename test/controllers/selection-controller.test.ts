import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { SelectionController, type SelectDetail } from '../../src/controllers/selection-controller.js';
import { PendingWork } from '../../src/controllers/pending-work.js';
import { buildModel, emptyModel, type TimelineModel } from '../../src/model/model.js';
import { validateData } from '../../src/data/validate.js';
import { en } from '../../src/i18n/strings.js';
import type { TimelineEvent } from '../../src/types.js';

const STORY = buildModel(
  validateData([
    { id: 'bali', start: '2022-11-14', title: 'Bali', kind: 'in-person' },
    { id: 'call', start: '2023-04-02', title: 'A call', kind: 'video' },
    {
      id: 'visit',
      start: '2023-06-18',
      title: 'A visit',
      kind: 'visit',
      html: '<p>Talks went <b>well</b>.</p><script>window.__hacked = true</script><span onclick="window.__hacked = true">said</span>',
    },
    { id: 'filoli', start: '2023-11-15', title: 'Filoli', kind: 'in-person' },
  ]),
);

/**
 * A bare host with the element's `selected` property, which the controller alone writes, and what the
 * controller asks of the element's other parts recorded. Its `updateComplete` waits for the details chunk;
 * once loaded, it draws the details panel with it.
 */
class SelectionHost extends LitElement {
  @property({ reflect: true }) selected: string | null = null;
  model: TimelineModel = STORY;
  focusedId?: string;
  readonly revealed: string[] = [];
  readonly said: string[] = [];
  private readonly work = new PendingWork();
  readonly selection = new SelectionController(this, {
    model: () => this.model,
    locale: () => 'en-US',
    focusedId: () => this.focusedId,
    reveal: (event) => this.revealed.push(event.id),
    announce: (text) => this.said.push(text),
    wait: (work) => this.work.add(work),
  });

  protected override getUpdateComplete(): Promise<boolean> {
    return this.work.settle(
      () => super.getUpdateComplete(),
      () => this.isUpdatePending,
    );
  }

  override render() {
    const { event, details, rich } = this.selection;
    return event && details
      ? details.renderDetails({
          event,
          strings: en,
          locale: 'en-US',
          timeZone: 'UTC',
          rich: rich?.id === event.id ? rich : undefined,
          hasPrevious: true,
          hasNext: true,
          onClose: () => this.selection.clear(),
          onStep: (direction) => this.selection.step(direction, true),
          onKeyDown: () => {},
        })
      : nothing;
  }
}
customElements.define('selection-host', SelectionHost);

declare global {
  interface HTMLElementTagNameMap {
    'selection-host': SelectionHost;
  }
}

async function mount(): Promise<{ holder: HTMLDivElement; host: SelectionHost }> {
  const holder = await fixture<HTMLDivElement>(html`<div style="position:relative;width:800px;height:400px"></div>`);
  const host = document.createElement('selection-host');
  holder.append(host);
  await host.updateComplete;
  return { holder, host };
}

const event = (id: string): TimelineEvent => STORY.byId(id)!;

/** The `mt-select` events heard on `target` while `action` runs (and a task after). */
async function selects(target: EventTarget, action: () => unknown): Promise<CustomEvent<SelectDetail>[]> {
  const heard: CustomEvent<SelectDetail>[] = [];
  const listener = (e: Event) => heard.push(e as CustomEvent<SelectDetail>);
  target.addEventListener('mt-select', listener);
  try {
    await action();
    await aTimeout(0);
  } finally {
    target.removeEventListener('mt-select', listener);
  }
  return heard;
}

describe('SelectionController', () => {
  it('selection.choose(event) selects it and fires mt-select, bubbling out of shadow roots', async () => {
    const { holder, host } = await mount();
    const heard = await selects(holder, () => host.selection.choose(event('call')));
    expect(host.selected).to.equal('call');
    expect(heard.length).to.equal(1);
    expect(heard[0].detail.event).to.equal(event('call'));
    expect(heard[0].bubbles).to.equal(true);
    expect(heard[0].composed).to.equal(true);
    expect(heard[0].target).to.equal(host);
  });

  it('selection.select(id) selects and reveals the event, and fires nothing', async () => {
    const { holder, host } = await mount();
    const heard = await selects(holder, () => host.selection.select('filoli'));
    expect(host.selected).to.equal('filoli');
    expect(host.revealed).to.deep.equal(['filoli']);
    expect(heard).to.deep.equal([]);
  });

  it('selection.select(id) of an id the model does not have clears the selection and reveals nothing', async () => {
    const { host } = await mount();
    host.selection.select('bali');
    host.selection.select('nowhere');
    expect(host.selected).to.equal(null);
    host.selection.select('constructor');
    expect(host.selected).to.equal(null);
    expect(host.revealed).to.deep.equal(['bali']);
  });

  it('selection.select(null) clears the selection', async () => {
    const { host } = await mount();
    host.selection.select('bali');
    host.selection.select(null);
    expect(host.selected).to.equal(null);
    expect(host.selection.event).to.equal(undefined);
  });

  it('selection.event is the selected event of the model', async () => {
    const { host } = await mount();
    expect(host.selection.event).to.equal(undefined);
    host.selected = 'visit';
    expect(host.selection.event).to.equal(event('visit'));
  });

  it('selection.clear() clears the selection and returns the id that was selected', async () => {
    const { holder, host } = await mount();
    host.selection.select('call');
    let id: string | null = 'unset';
    const heard = await selects(holder, () => (id = host.selection.clear()));
    expect(id).to.equal('call');
    expect(host.selected).to.equal(null);
    expect(host.selection.clear()).to.equal(null);
    expect(heard).to.deep.equal([]);
  });

  it('selection.step(1|-1) moves the selection to the next or previous event in time and reveals it', async () => {
    const { host } = await mount();
    host.selection.select('call');
    host.selection.step(1, false);
    expect(host.selected).to.equal('visit');
    host.selection.step(-1, false);
    host.selection.step(-1, false);
    expect(host.selected).to.equal('bali');
    expect(host.revealed).to.deep.equal(['call', 'visit', 'call', 'bali']);
  });

  it('selection.step() stops at the first and the last event', async () => {
    const { host } = await mount();
    host.selection.select('filoli');
    host.selection.step(1, false);
    expect(host.selected).to.equal('filoli');
    host.selection.select('bali');
    host.selection.step(-1, false);
    expect(host.selected).to.equal('bali');
  });

  it('selection.step() with nothing selected starts from the focused event, else from the first', async () => {
    const { host } = await mount();
    host.selection.step(1, false);
    expect(host.selected).to.equal('bali');
    host.selected = null;
    host.selection.step(-1, false);
    expect(host.selected).to.equal('bali');
    host.selected = null;
    host.focusedId = 'visit';
    host.selection.step(1, false);
    expect(host.selected).to.equal('filoli');
  });

  it('selection.step(direction, true) fires mt-select; step(direction, false) fires nothing', async () => {
    const { holder, host } = await mount();
    host.selection.select('bali');
    expect(await selects(holder, () => host.selection.step(1, false))).to.deep.equal([]);
    const heard = await selects(holder, () => host.selection.step(1, true));
    expect(heard.map((e) => e.detail.event.id)).to.deep.equal(['visit']);
  });

  it('selection.step() on an empty model does nothing', async () => {
    const { host } = await mount();
    host.model = emptyModel();
    host.selection.step(1, true);
    expect(host.selected).to.equal(null);
    expect(host.revealed).to.deep.equal([]);
  });

  it('selection.keepValid() after a new model clears a selection it does not have, and keeps one it has', async () => {
    const { host } = await mount();
    host.selection.select('visit');
    host.model = buildModel(validateData([{ id: 'visit', start: '2024-01-01', title: 'Another visit' }]));
    host.selection.keepValid();
    expect(host.selected).to.equal('visit');
    expect(host.selection.event!.title).to.equal('Another visit');
    host.model = buildModel(validateData([{ id: 'other', start: '2024-01-01', title: 'Other' }]));
    host.selection.keepValid();
    expect(host.selected).to.equal(null);
  });

  it('a selection is announced once: the title and the date', async () => {
    const { host } = await mount();
    host.selection.select('filoli');
    await host.updateComplete;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.said).to.deep.equal(['Filoli, Nov 15, 2023']);
    host.selection.clear();
    await host.updateComplete;
    host.selection.select('filoli');
    await host.updateComplete;
    expect(host.said).to.deep.equal(['Filoli, Nov 15, 2023', 'Filoli, Nov 15, 2023']);
  });

  it('the first selection loads the details chunk, waited for, and the host’s shadow root adopts its styles', async () => {
    const { host } = await mount();
    expect(host.selection.details).to.equal(undefined);
    const sheets = host.shadowRoot!.adoptedStyleSheets.length;
    host.selection.select('bali');
    await host.updateComplete;
    const details = host.selection.details!;
    expect(details).to.exist;
    expect(host.shadowRoot!.adoptedStyleSheets.length).to.equal(sheets + 1);
    expect(host.shadowRoot!.adoptedStyleSheets).to.include(details.detailsStyles.styleSheet);
    const panel = host.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
    expect(panel.querySelector('h3')!.textContent).to.equal('Bali');
    // The adopted styles apply (the panel scrolls within itself).
    expect(getComputedStyle(panel).overflowY).to.equal('auto');
  });

  it('later selections adopt the details styles no more', async () => {
    const { host } = await mount();
    host.selection.select('bali');
    await host.updateComplete;
    const sheets = host.shadowRoot!.adoptedStyleSheets.length;
    host.selection.select('call');
    await host.updateComplete;
    host.selection.select('filoli');
    await host.updateComplete;
    expect(host.shadowRoot!.adoptedStyleSheets.length).to.equal(sheets);
  });

  it('selection.rich holds the selected event’s HTML, sanitised', async () => {
    const { host } = await mount();
    host.selection.select('visit');
    await host.updateComplete;
    const rich = host.selection.rich!;
    expect(rich.id).to.equal('visit');
    const holder = document.createElement('div');
    holder.append(typeof rich.html === 'string' ? rich.html : rich.html!.cloneNode(true));
    expect(holder.querySelector('b')!.textContent).to.equal('well');
    expect(holder.querySelector('script')).to.equal(null);
    expect(holder.querySelector('[onclick]')).to.equal(null);
    expect(host.shadowRoot!.querySelector('.summary.rich b')!.textContent).to.equal('well');
    expect((window as { __hacked?: boolean }).__hacked).to.equal(undefined);
  });

  it('selection.rich is not made for an event with neither HTML nor media', async () => {
    const { host } = await mount();
    host.selection.select('call');
    await host.updateComplete;
    expect(host.selection.rich).to.equal(undefined);
  });
});
