import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LoadingController, type ErrorDetail, type LoadDetail } from '../../src/controllers/loading-controller.js';
import { PendingWork } from '../../src/controllers/pending-work.js';
import { crowdedEvents } from '../helpers.js';
import type { TimelineModel } from '../../src/model/model.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).href;

/**
 * A bare host with the element's inputs (`data`, `src`, `format`): it loads when one changes, as the element
 * does, and its `updateComplete` waits for the work the controller hands to `wait`. It shows the event ids.
 */
class LoadingHost extends LitElement {
  @property({ attribute: false }) data?: unknown;
  @property() src?: string;
  @property() format?: 'json' | 'timelinejs' | 'csv';
  timeout = 30_000;
  readonly waited: Promise<unknown>[] = [];
  /** What `expect` heard, and how many events the model had then. */
  readonly expected: { events: number; modelEvents: number }[] = [];
  private readonly work = new PendingWork();
  readonly loading: LoadingController = new LoadingController(
    this,
    (work) => {
      this.waited.push(work);
      this.work.add(work);
    },
    undefined,
    undefined,
    (events) => this.expected.push({ events, modelEvents: this.loading.model.events.length }),
  );

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || changed.has('format')) this.loading.load();
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.work.settle(
      () => super.getUpdateComplete(),
      () => this.isUpdatePending,
    );
  }

  override render() {
    return html`<p>${this.loading.model.events.map((e) => e.id).join(' ')}</p>`;
  }
}
customElements.define('loading-host', LoadingHost);

/**
 * A host whose `updateComplete` also waits for other work (as the element's waits for the zoom's input chunk)
 * and whose `drawn` does not: `mt-load` is told the picture is drawn by `drawn`.
 */
class DrawnHost extends LitElement {
  @property({ attribute: false }) data?: unknown;
  @property() src?: string;
  @property() format?: 'json' | 'timelinejs' | 'csv';
  timeout = 30_000;
  private readonly work = new PendingWork();
  readonly other = new PendingWork();
  readonly loading = new LoadingController(
    this,
    (work) => this.work.add(work),
    undefined,
    () => this.drawn(),
  );

  drawn(): Promise<boolean> {
    return this.work.settle(
      () => super.getUpdateComplete(),
      () => this.isUpdatePending,
    );
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.other.settle(
      () => this.drawn(),
      () => this.isUpdatePending,
    );
  }

  override render() {
    return html`<p>${this.loading.model.events.map((e) => e.id).join(' ')}</p>`;
  }
}
customElements.define('drawn-host', DrawnHost);

declare global {
  interface HTMLElementTagNameMap {
    'loading-host': LoadingHost;
    'drawn-host': DrawnHost;
  }
}

/** What a host fired, and what it showed as each `mt-load` fired. */
function record(host: LoadingHost) {
  const fired: string[] = [];
  const shownAtLoad: string[] = [];
  host.addEventListener('mt-load', () => {
    fired.push('mt-load');
    shownAtLoad.push(shown(host));
  });
  host.addEventListener('mt-error', () => fired.push('mt-error'));
  return { fired, shownAtLoad };
}

const shown = (host: LoadingHost) => host.shadowRoot?.querySelector('p')?.textContent ?? '';
const ids = (model: TimelineModel) => model.events.map((e) => e.id);

/** A host not yet in the document, set up by `setup`, and the div to put it in. */
async function host(setup: (host: LoadingHost) => void = () => {}) {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('loading-host');
  setup(el);
  return { holder, el, events: record(el) };
}

/** Lets a MutationObserver's records, the loads they start and the renders after them land. */
async function settle(host: LoadingHost): Promise<void> {
  await aTimeout(0);
  await host.updateComplete;
  await aTimeout(0);
}

const EVENTS = [
  { id: 'one', start: '2023-01-01', title: 'One' },
  { id: 'two', start: '2023-02-01', title: 'Two' },
];

describe('LoadingController', () => {
  const realFetch = window.fetch.bind(window);
  afterEach(() => {
    window.fetch = realFetch;
  });

  /** Replaces fetch with one that records each request and answers with `respond` (the real fetch by default). */
  function spyOnFetch(
    respond: (url: string, init?: RequestInit) => Promise<Response> = (url, init) => realFetch(url, init),
  ) {
    const requests: { url: string; signal?: AbortSignal | null }[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      requests.push({ url, signal: init?.signal });
      return respond(url, init);
    };
    return requests;
  }

  describe('data', () => {
    it('loading.model is the model of `data`, built as the host connects, before any render', async () => {
      const { holder, el } = await host((el) => (el.data = EVENTS));
      holder.append(el);
      expect(ids(el.loading.model)).to.deep.equal(['one', 'two']);
      expect(el.waited).to.deep.equal([]);
      await el.updateComplete;
      expect(shown(el)).to.equal('one two');
    });

    it('loading.load() of `data` fires neither mt-load nor mt-error: setting a property from code emits nothing', async () => {
      const { holder, el, events } = await host(
        (el) => (el.data = [...EVENTS, { id: 'bad', start: 'soon', title: 'x' }]),
      );
      holder.append(el);
      await settle(el);
      expect(el.loading.model.errors.map((e) => e.path)).to.deep.equal(['events[2].start']);
      expect(events.fired).to.deep.equal([]);
    });

    it('loading.load() of new `data` makes a new model', async () => {
      const { holder, el } = await host((el) => (el.data = EVENTS));
      holder.append(el);
      await el.updateComplete;
      el.data = { title: 'Later', events: [{ id: 'three', start: '2024-01-01', title: 'Three' }] };
      await el.updateComplete;
      expect(ids(el.loading.model)).to.deep.equal(['three']);
      expect(el.loading.model.title).to.equal('Later');
      expect(shown(el)).to.equal('three');
    });

    it('loading.load() of `data` with more than 20,000 events validates it in slices, waited for through wait', async () => {
      const many = Array.from({ length: 20_001 }, (_, i) => ({
        id: `e${i}`,
        start: new Date(Date.UTC(2000, 0, 1) + i * 3_600_000),
        title: `Event ${i}`,
      }));
      const { holder, el } = await host((el) => (el.data = many));
      holder.append(el);
      // Not at once, as small data is: the page gets its turn between slices.
      expect(el.loading.model.events.length).to.equal(0);
      expect(el.waited.length).to.equal(1);
      await el.updateComplete;
      const model = el.loading.model;
      expect(model.events.length).to.equal(20_001);
      expect(model.events[0].id).to.equal('e0');
      expect(model.events[20_000].id).to.equal('e20000');
      expect(model.lanes.map((l) => l.events.length)).to.deep.equal([20_001]);
    });

    it('loading.load() tells `expect` how many events a load holds before it validates them, at once or in slices', async () => {
      const { holder, el } = await host((el) => (el.data = EVENTS));
      holder.append(el);
      expect(el.expected).to.deep.equal([{ events: 2, modelEvents: 0 }]);
      const many = crowdedEvents(20_001, 20);
      el.data = { events: many };
      await el.updateComplete;
      // The sliced load heard it before its first slice: the model was still the one before (two events).
      const sliced = el.expected.slice(1);
      expect(sliced.length).to.be.greaterThan(0);
      expect(sliced.every((e) => e.events === 20_001 && e.modelEvents === 2)).to.equal(true);
      expect(el.loading.model.events.length).to.equal(20_001);
      // Input that is not a list of events (or cannot be read) holds none.
      el.data = { title: 'No events' };
      await el.updateComplete;
      expect(el.expected.at(-1)!.events).to.equal(0);
    });

    it('loading.load() of `data` in TimelineJS’s shape reads it through the adapters, waited for', async () => {
      const { holder, el } = await host(
        (el) =>
          (el.data = {
            title: { text: { headline: 'Slides' } },
            events: [{ start_date: { year: 2020, month: 5, day: 1 }, text: { headline: 'First slide' } }],
          }),
      );
      holder.append(el);
      expect(el.waited.length).to.equal(1);
      await el.updateComplete;
      expect(el.loading.model.title).to.equal('Slides');
      expect(el.loading.model.events.map((e) => e.title)).to.deep.equal(['First slide']);
    });

    it('loading.load() again after a format change: a CSV string is an error as JSON, events as CSV', async () => {
      const { holder, el } = await host((el) => (el.data = 'start,title\n2023-01-01,One\n2023-02-01,Two\n'));
      holder.append(el);
      await el.updateComplete;
      expect(el.loading.model.events).to.deep.equal([]);
      expect(el.loading.model.errors[0].message).to.match(/^expected an array of events or an object with events/);
      el.format = 'csv';
      await el.updateComplete;
      expect(el.loading.model.events.map((e) => e.title)).to.deep.equal(['One', 'Two']);
      expect(el.loading.model.errors).to.deep.equal([]);
    });

    it('loading.load() of `data` that cannot be read (a revoked Proxy, throwing getters) names the problem, never throws', async () => {
      const revocable = Proxy.revocable({}, {});
      revocable.revoke();
      const hostile = {
        get title(): string {
          throw new Error('no title');
        },
        get events(): unknown[] {
          throw new Error('no events');
        },
      };
      for (const data of [revocable.proxy, hostile]) {
        const { holder, el } = await host((el) => (el.data = data));
        expect(() => holder.append(el)).not.to.throw();
        expect(await el.updateComplete).to.equal(true);
        expect(el.loading.model.events).to.deep.equal([]);
        expect(el.loading.model.errors.length).to.be.above(0);
      }
    });

    it('a host moved in the document keeps its model: the same `data` is not loaded again', async () => {
      const { holder, el } = await host((el) => (el.data = EVENTS));
      holder.append(el);
      await el.updateComplete;
      const model = el.loading.model;
      const other = await fixture<HTMLDivElement>(html`<div></div>`);
      other.append(el);
      await el.updateComplete;
      expect(el.loading.model).to.equal(model);
    });

    it('loading.load() of the same `data` does not load it twice', async () => {
      const { holder, el } = await host((el) => (el.data = EVENTS));
      holder.append(el);
      await el.updateComplete;
      const model = el.loading.model;
      el.loading.load();
      el.requestUpdate('data');
      await el.updateComplete;
      expect(el.loading.model).to.equal(model);
    });
  });

  describe('src', () => {
    it('loading.load() of `src` fetches it, builds the model and fires mt-load after the render that shows it', async () => {
      const { holder, el, events } = await host((el) => (el.src = `${FIXTURES}events-a.json`));
      const loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      expect(el.loading.loading).to.equal(true);
      const { detail } = (await loaded) as CustomEvent<LoadDetail>;
      expect(detail.events.map((e) => e.id)).to.deep.equal(['a1', 'a2']);
      expect(detail.skipped).to.deep.equal([]);
      expect(el.loading.model.title).to.equal('Fixture A');
      expect(el.loading.loading).to.equal(false);
      expect(events.shownAtLoad).to.deep.equal(['a1 a2']);
      expect(events.fired).to.deep.equal(['mt-load']);
    });

    it('loading.load() of `src` tells `expect` how many events the response holds before it validates them', async () => {
      const { holder, el } = await host((el) => (el.src = `${FIXTURES}events-a.json`));
      const loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      expect(el.expected).to.deep.equal([]);
      await loaded;
      expect(el.expected).to.deep.equal([{ events: 2, modelEvents: 0 }]);
    });

    it('loading.load() of a relative `src` resolves it against the document’s base URI', async () => {
      const requests = spyOnFetch();
      const { holder, el } = await host((el) => (el.src = 'test/fixtures/events-b.json'));
      const loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      await loaded;
      expect(requests.map((r) => r.url)).to.deep.equal([new URL('test/fixtures/events-b.json', document.baseURI).href]);
      expect(ids(el.loading.model)).to.deep.equal(['b1', 'b2', 'b3']);
    });

    it('loading.load() of a `.csv` src reads it as CSV (the TimelineJS template)', async () => {
      const { holder, el } = await host((el) => (el.src = `${FIXTURES}timelinejs/women_in_computing.csv`));
      const loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      const { detail } = (await loaded) as CustomEvent<LoadDetail>;
      expect(el.loading.model.title).to.equal('Women in Computing');
      expect(detail.events.length).to.be.above(5);
    });

    it('mt-load bubbles out of shadow roots (bubbles and composed)', async () => {
      const { holder, el } = await host((el) => (el.src = `${FIXTURES}events-b.json`));
      const heard = oneEvent(holder, 'mt-load');
      holder.append(el);
      const event = await heard;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    });

    it('loading.load() of `src` with skipped items fires mt-load, then mt-error naming them', async () => {
      const { holder, el, events } = await host((el) => (el.src = `${FIXTURES}mixed.json`));
      const failed = oneEvent(el, 'mt-error');
      holder.append(el);
      const { detail } = (await failed) as CustomEvent<ErrorDetail>;
      expect(detail.errors.map((e) => e.path)).to.deep.equal(['events[1].start']);
      expect(events.fired).to.deep.equal(['mt-load', 'mt-error']);
    });

    it('loading.load() of a `src` that is not found: failure, an empty model and mt-error, no mt-load', async () => {
      const src = `${FIXTURES}nowhere.json`;
      const { holder, el, events } = await host((el) => (el.src = src));
      const failed = oneEvent(el, 'mt-error');
      holder.append(el);
      const { detail } = (await failed) as CustomEvent<ErrorDetail>;
      expect(detail.errors).to.deep.equal([
        { path: 'src', message: `${JSON.stringify(src)} could not be loaded: HTTP 404` },
      ]);
      expect(el.loading.failure).to.deep.equal({ src, reason: 'HTTP 404' });
      expect(el.loading.model.events).to.deep.equal([]);
      expect(el.loading.model.errors).to.deep.equal(detail.errors);
      expect(el.loading.loading).to.equal(false);
      await settle(el);
      expect(events.fired).to.deep.equal(['mt-error']);
    });

    it('loading.load() of a `src` that is not JSON fails with a reason', async () => {
      const { holder, el } = await host((el) => (el.src = `${FIXTURES}not-json.json`));
      const failed = oneEvent(el, 'mt-error');
      holder.append(el);
      await failed;
      expect(el.loading.failure?.reason).to.equal('the response is not JSON');
    });

    it('loading.retry() fetches `src` again: a failure then a success', async () => {
      let answers = 0;
      const requests = spyOnFetch(() =>
        Promise.resolve(
          answers++ === 0
            ? new Response('gone', { status: 503 })
            : new Response(JSON.stringify(EVENTS), { headers: { 'content-type': 'application/json' } }),
        ),
      );
      const { holder, el, events } = await host((el) => (el.src = 'https://example.invalid/events.json'));
      const failed = oneEvent(el, 'mt-error');
      holder.append(el);
      await failed;
      expect(el.loading.failure).to.deep.equal({ src: 'https://example.invalid/events.json', reason: 'HTTP 503' });
      const loaded = oneEvent(el, 'mt-load');
      el.loading.retry();
      expect(el.loading.failure).to.equal(undefined);
      expect(el.loading.loading).to.equal(true);
      await loaded;
      expect(ids(el.loading.model)).to.deep.equal(['one', 'two']);
      expect(requests.map((r) => r.url)).to.deep.equal([
        'https://example.invalid/events.json',
        'https://example.invalid/events.json',
      ]);
      expect(events.fired).to.deep.equal(['mt-error', 'mt-load']);
    });

    it('loading.load() of a newer `src` aborts the older request; only the newer loads', async () => {
      const requests = spyOnFetch();
      const { holder, el, events } = await host((el) => (el.src = `${FIXTURES}events-a.json?delay=600`));
      holder.append(el);
      await el.updateComplete;
      const loaded = oneEvent(el, 'mt-load');
      el.src = `${FIXTURES}events-b.json`;
      const { detail } = (await loaded) as CustomEvent<LoadDetail>;
      expect(detail.events.map((e) => e.id)).to.deep.equal(['b1', 'b2', 'b3']);
      expect(requests.length).to.equal(2);
      expect(requests[0].signal!.aborted).to.equal(true);
      expect(requests[1].signal!.aborted).to.equal(false);
      // Past the older response's delay: it never lands.
      await aTimeout(800);
      expect(ids(el.loading.model)).to.deep.equal(['b1', 'b2', 'b3']);
      expect(events.fired).to.deep.equal(['mt-load']);
    });

    it('loading.load() of `data` while a `src` loads aborts the request', async () => {
      const requests = spyOnFetch();
      const { holder, el, events } = await host((el) => (el.src = `${FIXTURES}events-a.json?delay=400`));
      holder.append(el);
      await el.updateComplete;
      el.data = EVENTS;
      await el.updateComplete;
      expect(requests[0].signal!.aborted).to.equal(true);
      expect(el.loading.loading).to.equal(false);
      await aTimeout(600);
      expect(ids(el.loading.model)).to.deep.equal(['one', 'two']);
      expect(events.fired).to.deep.equal([]);
    });

    it('loading.load() of the same `src` does not fetch it twice', async () => {
      const requests = spyOnFetch();
      const { holder, el } = await host((el) => (el.src = `${FIXTURES}events-a.json`));
      const loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      await loaded;
      const model = el.loading.model;
      el.loading.load();
      el.requestUpdate('src');
      await settle(el);
      expect(requests.length).to.equal(1);
      expect(el.loading.model).to.equal(model);
    });

    it('loading.load() after a change of format fetches `src` again', async () => {
      const requests = spyOnFetch();
      const { holder, el, events } = await host((el) => (el.src = `${FIXTURES}events-a.json`));
      let loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      await loaded;
      const model = el.loading.model;
      loaded = oneEvent(el, 'mt-load');
      el.format = 'json';
      await loaded;
      expect(requests.length).to.equal(2);
      expect(el.loading.model).not.to.equal(model);
      expect(ids(el.loading.model)).to.deep.equal(['a1', 'a2']);
      expect(events.fired).to.deep.equal(['mt-load', 'mt-load']);
    });

    it('a host removed while `src` loads aborts it, and loads it again when put back', async () => {
      const requests = spyOnFetch();
      const { holder, el, events } = await host((el) => (el.src = `${FIXTURES}events-a.json?delay=300`));
      holder.append(el);
      await el.updateComplete;
      el.remove();
      expect(requests[0].signal!.aborted).to.equal(true);
      expect(el.loading.loading).to.equal(false);
      const loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      await loaded;
      expect(requests.length).to.equal(2);
      expect(ids(el.loading.model)).to.deep.equal(['a1', 'a2']);
      expect(events.fired).to.deep.equal(['mt-load']);
    });
  });

  describe('children', () => {
    it('loading.load() reads an inline <script type="application/json"> and fires mt-load', async () => {
      const { holder, el } = await host((el) => {
        el.innerHTML = `<script type="application/json">${JSON.stringify({ title: 'Inline', events: EVENTS })}</script>`;
      });
      const loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      const { detail } = (await loaded) as CustomEvent<LoadDetail>;
      expect(detail.events.map((e) => e.id)).to.deep.equal(['one', 'two']);
      expect(el.loading.model.title).to.equal('Inline');
    });

    it('loading.load() of inline JSON that does not parse fires mt-error saying so', async () => {
      const { holder, el } = await host((el) => {
        el.innerHTML = '<script type="application/json">{ "events": [ </script>';
      });
      const failed = oneEvent(el, 'mt-error');
      holder.append(el);
      const { detail } = (await failed) as CustomEvent<ErrorDetail>;
      expect(detail.errors).to.have.length(1);
      expect(detail.errors[0].path).to.equal('');
      expect(detail.errors[0].message).to.match(/^inline JSON is not valid: /);
      expect(el.loading.model.events).to.deep.equal([]);
    });

    // Bug: fail() fires mt-error after the next render without checking that its model is still the current one
    // (setModel's mt-load does check), so a failed load replaced before it was ever shown still reports its error.
    // The element before the split did the same.
    it('loading: a failed load replaced before its render fires no mt-error', async () => {
      const { holder, el, events } = await host((el) => {
        el.innerHTML = '<script type="application/json">{ "events": [ </script>';
      });
      holder.append(el);
      // The inline JSON failed as the host connected; `data` replaces it before the first render.
      el.data = EVENTS;
      await settle(el);
      expect(ids(el.loading.model)).to.deep.equal(['one', 'two']);
      expect(events.fired).to.deep.equal([]);
    });

    it('loading: a change to the inline JSON loads it again', async () => {
      const { holder, el } = await host((el) => {
        el.innerHTML = `<script type="application/json">${JSON.stringify(EVENTS)}</script>`;
      });
      let loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      await loaded;
      loaded = oneEvent(el, 'mt-load');
      el.querySelector('script')!.textContent = JSON.stringify([{ id: 'new', start: '2023-05-05', title: 'New' }]);
      await loaded;
      expect(ids(el.loading.model)).to.deep.equal(['new']);
    });

    it('loading.load() reads <timeline-event> children and fires mt-load', async () => {
      const { holder, el } = await host((el) => {
        el.innerHTML = `
          <timeline-event id="t2" start="2023-02-01" kind="video"><h3>Second</h3><p>Said.</p></timeline-event>
          <timeline-event id="t1" start="2023-01-01" place="Bali"><h3>First</h3></timeline-event>`;
      });
      const loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      const { detail } = (await loaded) as CustomEvent<LoadDetail>;
      expect(detail.events.map((e) => [e.id, e.title, e.kind])).to.deep.equal([
        ['t1', 'First', 'event'],
        ['t2', 'Second', 'video'],
      ]);
      expect(detail.events[1].summary).to.equal('Said.');
    });

    it('loading: a change to the host’s own attributes does not load again', async () => {
      const { holder, el, events } = await host((el) => {
        el.innerHTML = '<timeline-event id="t1" start="2023-01-01"><h3>First</h3></timeline-event>';
      });
      const loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      await loaded;
      const model = el.loading.model;
      // A load looks for an inline script first: count the looks, to see the children are not even read.
      let looks = 0;
      const querySelector = el.querySelector.bind(el);
      el.querySelector = (selector: string) => {
        looks++;
        return querySelector(selector);
      };
      el.setAttribute('selected', 't1');
      el.setAttribute('aria-busy', 'true');
      el.toggleAttribute('hidden');
      await settle(el);
      expect(looks).to.equal(0);
      expect(el.loading.model).to.equal(model);
      expect(events.fired).to.deep.equal(['mt-load']);
      // The same count sees a child's change.
      el.querySelector('h3')!.setAttribute('lang', 'en');
      await settle(el);
      expect(looks).to.be.above(1);
    });

    it('loading: a change to a child’s attribute loads again', async () => {
      const { holder, el, events } = await host((el) => {
        el.innerHTML = '<timeline-event id="t1" start="2023-01-01"><h3>First</h3></timeline-event>';
      });
      let loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      await loaded;
      loaded = oneEvent(el, 'mt-load');
      el.querySelector('timeline-event')!.setAttribute('start', '2024-06-01');
      const { detail } = (await loaded) as CustomEvent<LoadDetail>;
      expect(detail.events[0].start.ms).to.equal(Date.UTC(2024, 5, 1));
      expect(events.fired).to.deep.equal(['mt-load', 'mt-load']);
    });

    it('loading: a new child loads again', async () => {
      const { holder, el } = await host((el) => {
        el.innerHTML = '<timeline-event id="t1" start="2023-01-01"><h3>First</h3></timeline-event>';
      });
      let loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      await loaded;
      loaded = oneEvent(el, 'mt-load');
      el.insertAdjacentHTML('beforeend', '<timeline-event id="t2" start="2023-03-01"><h3>Added</h3></timeline-event>');
      await loaded;
      expect(ids(el.loading.model)).to.deep.equal(['t1', 't2']);
    });

    it('loading: a child change that reads the same (an attribute it does not read) does not load again', async () => {
      const { holder, el, events } = await host((el) => {
        el.innerHTML = '<timeline-event id="t1" start="2023-01-01"><h3>First</h3></timeline-event>';
      });
      const loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      await loaded;
      const model = el.loading.model;
      el.querySelector('timeline-event')!.setAttribute('data-note', 'unread');
      await settle(el);
      expect(el.loading.model).to.equal(model);
      expect(events.fired).to.deep.equal(['mt-load']);
    });

    it('loading.load() with no input at all loads the built-in data and fires mt-load', async () => {
      const { holder, el } = await host();
      const loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      const { detail } = (await loaded) as CustomEvent<LoadDetail>;
      expect(detail.events.length).to.equal(31);
      expect(el.loading.model.byId('filoli-2023')).to.exist;
      expect(el.loading.model.byId('bali-2022')).to.exist;
    });

    it('mt-load fires once the picture is drawn (`drawn`), not after work the picture does not wait for', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('drawn-host');
      let open!: () => void;
      el.other.add(new Promise<void>((resolve) => (open = resolve)));
      el.src = `${FIXTURES}events-a.json`;
      let complete = false;
      const loaded = oneEvent(el, 'mt-load');
      holder.append(el);
      void el.updateComplete.then(() => (complete = true));
      const { detail } = (await loaded) as CustomEvent<LoadDetail>;
      // The events are shown, while updateComplete still waits for the other work.
      expect(detail.events.length).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal(detail.events.map((e) => e.id).join(' '));
      expect(complete).to.equal(false);
      open();
      await el.updateComplete;
      expect(complete).to.equal(true);
    });

    it('loading: `data` wins over children, which are not read', async () => {
      const { holder, el, events } = await host((el) => {
        el.data = EVENTS;
        el.innerHTML = '<timeline-event id="t1" start="2023-01-01"><h3>First</h3></timeline-event>';
      });
      holder.append(el);
      await settle(el);
      el.querySelector('timeline-event')!.setAttribute('start', '2024-01-01');
      await settle(el);
      expect(ids(el.loading.model)).to.deep.equal(['one', 'two']);
      expect(events.fired).to.deep.equal([]);
    });
  });
});
