import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { HashController, idFromHash } from '../../src/controllers/hash-controller.js';

/** A bare host with the element's `history` and `selected` properties; `open(id)` selects, as the element's does. */
class HashHost extends LitElement {
  @property({ type: Boolean }) history = false;
  @property({ reflect: true }) selected: string | null = null;
  /** The story's step while story mode is on, as the element has it. */
  @property({ attribute: false }) storyStep: number | null = null;
  /** Event ids the data has (any id, when empty). */
  ids: string[] = [];
  readonly opened: string[] = [];
  readonly steps: number[] = [];
  readonly hash = new HashController(this, {
    open: (id) => {
      if (this.ids.length && !this.ids.includes(id)) return false;
      this.opened.push(id);
      this.selected = id;
      return true;
    },
    openStep: (index) => {
      this.steps.push(index);
      this.storyStep = index;
    },
  });

  override render() {
    return html`<p>${this.selected}</p>`;
  }
}
customElements.define('hash-host', HashHost);

declare global {
  interface HTMLElementTagNameMap {
    'hash-host': HashHost;
  }
}

async function mount(options: { history?: boolean; selected?: string } = {}): Promise<HashHost> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const host = document.createElement('hash-host');
  host.history = options.history ?? true;
  if (options.selected) host.selected = options.selected;
  holder.append(host);
  await host.updateComplete;
  return host;
}

describe('HashController', () => {
  const clean = location.pathname + location.search;
  const realReplaceState = history.replaceState.bind(history);
  /** The URLs history.replaceState was given during the test. */
  let replaced: (string | URL | null | undefined)[] = [];

  beforeEach(() => {
    realReplaceState(null, '', clean);
    replaced = [];
    history.replaceState = (data: unknown, unused: string, url?: string | URL | null) => {
      replaced.push(url);
      realReplaceState(data, unused, url);
    };
  });

  afterEach(() => {
    history.replaceState = realReplaceState;
    realReplaceState(null, '', clean);
  });

  it('hash.read() with history opens the event the hash names', async () => {
    const host = await mount();
    realReplaceState(null, '', '#call-2021-09');
    host.hash.read();
    expect(host.opened).to.deep.equal(['call-2021-09']);
    expect(host.selected).to.equal('call-2021-09');
  });

  it('hash.read() decodes the hash', async () => {
    const host = await mount();
    realReplaceState(null, '', `#${encodeURIComponent('a b/ü')}`);
    host.hash.read();
    expect(host.opened).to.deep.equal(['a b/ü']);
  });

  it('hash.read() without history opens nothing', async () => {
    const host = await mount({ history: false });
    realReplaceState(null, '', '#call-2021-09');
    host.hash.read();
    expect(host.opened).to.deep.equal([]);
  });

  it('hash.read() opens nothing for an empty hash or the event already selected', async () => {
    const host = await mount({ selected: 'bali' });
    host.hash.read();
    realReplaceState(null, '', '#');
    host.hash.read();
    realReplaceState(null, '', '#bali');
    host.hash.read();
    expect(host.opened).to.deep.equal([]);
  });

  it('hash.read() ignores a malformed hash without throwing', async () => {
    const host = await mount();
    for (const hash of ['#%', '#%E0%A4%A', '#%zz', '#a%']) {
      realReplaceState(null, '', hash);
      expect(location.hash).to.equal(hash);
      expect(() => host.hash.read(), hash).not.to.throw();
    }
    expect(host.opened).to.deep.equal([]);
  });

  it('a hashchange reads the hash again', async () => {
    const host = await mount();
    realReplaceState(null, '', '#filoli-2023');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(host.opened).to.deep.equal(['filoli-2023']);
  });

  it('a disconnected host hears no hashchange', async () => {
    const host = await mount();
    host.remove();
    realReplaceState(null, '', '#filoli-2023');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(host.opened).to.deep.equal([]);
  });

  it('a later selection replaces the hash through history.replaceState, adding no history entry', async () => {
    const host = await mount();
    const entries = history.length;
    host.selected = 'filoli-2023';
    await host.updateComplete;
    expect(location.hash).to.equal('#filoli-2023');
    expect(replaced).to.deep.equal(['#filoli-2023']);
    host.selected = 'bali-2022';
    await host.updateComplete;
    expect(location.hash).to.equal('#bali-2022');
    expect(history.length).to.equal(entries);
  });

  it('a selection is written percent-encoded', async () => {
    const host = await mount();
    host.selected = 'a b/ü';
    await host.updateComplete;
    expect(location.hash).to.equal('#a%20b%2F%C3%BC');
    expect(idFromHash(location.hash)).to.equal('a b/ü');
  });

  it('a cleared selection removes the hash, leaving no bare #', async () => {
    const host = await mount();
    host.selected = 'filoli-2023';
    await host.updateComplete;
    host.selected = null;
    await host.updateComplete;
    expect(location.hash).to.equal('');
    expect(location.href.endsWith('#')).to.equal(false);
    expect(replaced.at(-1)).to.equal(clean);
  });

  it('the selection the host starts with is not written', async () => {
    const host = await mount({ selected: 'bali-2022' });
    host.requestUpdate();
    await host.updateComplete;
    expect(location.hash).to.equal('');
    expect(replaced).to.deep.equal([]);
  });

  it('a selection the hash already names is not written again', async () => {
    realReplaceState(null, '', '#call-2021-09');
    const host = await mount();
    host.hash.read();
    await host.updateComplete;
    expect(host.selected).to.equal('call-2021-09');
    expect(replaced).to.deep.equal([]);
  });

  it('without history a selection leaves the hash alone', async () => {
    realReplaceState(null, '', '#bali-2022');
    const host = await mount({ history: false });
    host.selected = 'filoli-2023';
    await host.updateComplete;
    expect(location.hash).to.equal('#bali-2022');
    expect(replaced).to.deep.equal([]);
  });
});

describe('idFromHash', () => {
  it('idFromHash(hash) is the id the hash names, decoded', () => {
    expect(idFromHash('#filoli-2023')).to.equal('filoli-2023');
    expect(idFromHash('#caf%C3%A9')).to.equal('café');
    expect(idFromHash('#a%20b%2Fc')).to.equal('a b/c');
    expect(idFromHash('#a#b')).to.equal('a#b');
  });

  it('idFromHash(hash) takes a hash without its #', () => {
    expect(idFromHash('filoli-2023')).to.equal('filoli-2023');
  });

  it('idFromHash(hash) is empty for no hash', () => {
    expect(idFromHash('')).to.equal('');
    expect(idFromHash('#')).to.equal('');
  });

  it('idFromHash(hash) is empty, not a throw, for a hash that is not valid percent-encoding', () => {
    for (const hash of ['#%', '#%E0%A4%A', '#%zz', '#%C3', '#100%']) {
      expect(() => idFromHash(hash), hash).not.to.throw();
      expect(idFromHash(hash), hash).to.equal('');
    }
  });

  it('hash.read() opens the story at the step the hash names, when no event has that id', async () => {
    history.replaceState(null, '', '#step-4');
    const host = await mount();
    host.ids = ['a', 'b'];
    host.hash.read();
    expect(host.steps).to.deep.equal([3]);
    expect(host.opened).to.deep.equal([]);
  });

  it('hash.read() opens an event whose id looks like a step', async () => {
    history.replaceState(null, '', '#step-4');
    const host = await mount();
    host.ids = ['step-4'];
    host.hash.read();
    expect(host.opened).to.deep.equal(['step-4']);
    expect(host.steps).to.deep.equal([]);
  });

  it('in story mode, the hash records the step, not the selection', async () => {
    const host = await mount();
    host.storyStep = 0;
    host.selected = 'a';
    await host.updateComplete;
    host.storyStep = 2;
    await host.updateComplete;
    expect(location.hash).to.equal('#step-3');
    host.storyStep = null;
    await host.updateComplete;
    expect(location.hash).to.equal('#a');
  });
});
