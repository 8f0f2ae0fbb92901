import type { ReactiveController } from 'lit';
import { knownZones, validateData, validateDataInSlices } from '../data/validate.js';
import { buildModel, buildModelInSlices, emptyModel, type TimelineModel } from '../model/model.js';
import type { FormatHints } from '../formats/detect.js';
import { eventCount, mayBeForeign, SLICED } from '../formats/sniff.js';
import { yieldToPage } from '../scheduling/yield-to-page.js';
import { fetchText, type FetchedText } from '../formats/fetch-text.js';
import type { Adapted } from '../formats/load.js';
import type { DataError } from '../types.js';
import { emit } from './emit.js';
import type { LoadDetail, ErrorDetail, FormatName, LoadingHost } from './loading-types.js';

export type { LoadDetail, ErrorDetail, FormatName, LoadingHost };

const BUILT_IN = 'built-in';
/** A fetched body longer than this (characters) is parsed in a task after the one that decoded it. */
const LARGE_TEXT = 1_000_000;

/**
 * Where the events come from and what they become: chooses the input (`data`, then `src`, then an inline
 * JSON script, then `<timeline-event>` children, then the built-in data), fetches and aborts, detects the
 * format and loads its adapter, validates (in slices when large) and builds the model. Fires `mt-load`
 * and `mt-error` once per load, after the render that shows it.
 */
export class LoadingController implements ReactiveController {
  /** The current model: empty until the first load ends. */
  model: TimelineModel = emptyModel();
  /** Why the last `src` could not be loaded; the notice offers a Retry. */
  failure?: { src: string; reason: string };
  /** Whether a `src` is being fetched. */
  loading = false;
  /** Whether a first input has been shown (or has failed): until then the element keeps room for it. */
  settled = false;
  /** What the current model was made from, so the same input is not loaded twice. */
  private key?: readonly [unknown, string | undefined];
  private abort?: AbortController;
  private mutations?: MutationObserver;
  /** The reader of `<timeline-event>` children, a chunk: pages without them never load it. */
  private elements?: typeof import('../data/from-elements.js');
  /** The `data`, `src` and `format` last read by an update: a change loads again. */
  private input?: readonly [unknown, string | undefined, FormatName | undefined];

  /**
   * `wait` makes `updateComplete` wait for a load in progress; `adopt` hands the element the model at the start
   * of each update, before the viewport and the layout update for it (they are added after this controller);
   * `drawn` resolves once the picture is drawn, when `mt-load` fires (the host's `updateComplete` by default);
   * `expect` hears how many events a load is about to validate, before it starts (the layout asks for what so
   * many will need while they are checked).
   */
  constructor(
    private readonly host: LoadingHost,
    private readonly wait: (work: Promise<unknown>) => void,
    private readonly adopt: () => void = () => {},
    private readonly drawn: () => Promise<unknown> = () => host.updateComplete,
    private readonly expect: (events: number) => void = () => {},
  ) {
    host.addController(this);
  }

  /**
   * Loads a changed input and hands over the model at the start of the update, so the first render lays out
   * the events in their initial view (adopted after the layout, they waited for an update of their own).
   */
  hostUpdate(): void {
    const { data, src, format } = this.host;
    const input = this.input;
    if (!input || input[0] !== data || input[1] !== src || input[2] !== format) {
      this.input = [data, src, format];
      this.load();
    }
    this.adopt();
  }

  hostConnected(): void {
    this.mutations = new MutationObserver((records) => {
      // The host's own attributes (a reflected `selected`) are not input; its children's are.
      if (records.some((r) => r.type !== 'attributes' || r.target !== this.host)) this.load();
    });
    this.mutations.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
    this.load();
  }

  hostDisconnected(): void {
    this.mutations?.disconnect();
    this.mutations = undefined;
    // A load cut short starts again when the element is attached again.
    if (this.abort) {
      this.abort.abort();
      this.abort = undefined;
      this.key = undefined;
      this.setLoading(false);
    }
  }

  /** Loads the input the element now has, unless it is what the current model was made from. */
  load(): void {
    const data = this.host.data;
    const src = this.host.src;
    const format = this.host.format;
    if (data !== undefined) {
      if (!this.claim(data, format)) return;
      const events = eventCount(data);
      // Adapted and sliced loads tell `expect` in validate(), which the fetched and inline loads share.
      if (mayBeForeign(data, format)) this.wait(this.adapt(this.hintsFor(data), this.key, false));
      else if (events > SLICED) this.wait(this.validate(data, this.key, false));
      else {
        this.expect(events);
        this.show(validateData(data), false);
      }
      return;
    }
    if (src) {
      if (!sameKey(this.key, [src, format])) void this.fetch(src);
      return;
    }
    const script = this.host.querySelector('script[type="application/json"]');
    if (!script && !this.elements && this.host.querySelector(':scope > timeline-event'))
      return this.wait(
        import('../data/from-elements.js').then(
          (module) => {
            this.elements = module;
            this.load();
          },
          (error: Error) => this.fail([{ path: '', message: `the events could not be read: ${error.message}` }]),
        ),
      );
    const children = script || !this.elements ? [] : this.elements.readTimelineEvents(this.host);
    const source = script
      ? `inline:${script.textContent}`
      : children.length
        ? `children:${JSON.stringify(children)}`
        : BUILT_IN;
    if (!this.claim(source, format)) return;
    if (children.length) return this.show(validateData(children), true);
    if (!script) return this.wait(this.loadBuiltIn(this.key));
    this.wait(this.readInline(script.textContent ?? '', this.key));
  }

  /** Reads an inline JSON script in a task of its own, as a fetched file is: connecting never waits for it. */
  private async readInline(text: string, key: unknown): Promise<void> {
    await yieldToPage();
    if (this.key !== key) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return this.fail([{ path: '', message: `inline JSON is not valid: ${(error as Error).message}` }]);
    }
    if (mayBeForeign(parsed, this.host.format)) await this.adapt({ json: parsed, format: this.host.format }, key, true);
    else await this.validate(parsed, key, true);
  }

  /** Fetches `src` again (the notice's Retry). */
  retry(): void {
    const src = this.host.src;
    if (src) void this.fetch(src);
  }

  /** Makes `input` (read with `format`) the current source; false when it already is. */
  private claim(input: unknown, format: string | undefined): boolean {
    if (sameKey(this.key, [input, format])) return false;
    this.key = [input, format];
    this.abort?.abort();
    this.abort = undefined;
    this.failure = undefined;
    this.setLoading(false);
    return true;
  }

  private hintsFor(data: unknown): FormatHints {
    // A CSV string given as `data` is text to parse, not a JSON value.
    return typeof data === 'string'
      ? { text: data, format: this.host.format }
      : { json: data, format: this.host.format };
  }

  /** The built-in data is a chunk of its own: pages with their own events never download it. */
  private async loadBuiltIn(key: unknown): Promise<void> {
    try {
      const { bidenXi } = await import('../data/biden-xi.js');
      knownZones(bidenXi.events);
      if (this.key === key) this.show(validateData(bidenXi), true);
    } catch (error) {
      if (this.key === key)
        this.fail([{ path: '', message: `the built-in data could not be loaded: ${(error as Error).message}` }]);
    }
  }

  /** Reads another format through the adapters (a chunk loaded on demand), then validates as usual. */
  private async adapt(
    hints: FormatHints,
    key: unknown,
    announce: boolean,
    failed = (reason: string) => this.fail([{ path: '', message: `the data could not be read: ${reason}` }]),
  ): Promise<void> {
    try {
      const { adapt } = await import('../formats/load.js');
      const adapted = await adapt(hints);
      if (this.key === key) await this.validate(adapted.data, key, announce, adapted);
    } catch (error) {
      if (this.key === key) failed((error as Error).message);
    }
  }

  /** Validates in slices, yielding to the page between them, and shows the result if it is still wanted. */
  private async validate(
    input: unknown,
    key: unknown,
    announce: boolean,
    adapted?: Omit<Adapted, 'data'>,
  ): Promise<void> {
    this.expect(eventCount(input));
    const data = await validateDataInSlices(input);
    if (this.key !== key) return;
    if (adapted) {
      data.errors.unshift(...adapted.errors);
      data.warnings.unshift(...adapted.warnings);
    }
    const model = await buildModelInSlices(data);
    if (this.key === key) this.setModel(model, announce);
  }

  private async fetch(src: string): Promise<void> {
    const format = this.host.format;
    this.key = [src, format];
    const key = this.key;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.failure = undefined;
    this.setLoading(true);
    let fetched: FetchedText;
    try {
      fetched = await fetchText(new URL(src, document.baseURI), abort.signal, this.host.timeout);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.done(abort);
      return this.loadFailed(src, (error as Error).message || String(error));
    }
    if (abort.signal.aborted) return;
    const { text, contentType } = fetched;
    // Decoding a large body and parsing it were one task (about 550 ms for 10 MB in Chromium): the page paints
    // between them.
    if (text.length > LARGE_TEXT) {
      await yieldToPage();
      if (abort.signal.aborted || this.key !== key) return;
    }
    this.done(abort);
    const csv = format === 'csv' || /\.csv(?:[?#]|$)/i.test(src) || /csv/i.test(contentType ?? '');
    let parsed: unknown;
    if (!csv) {
      try {
        parsed = JSON.parse(text);
      } catch {
        if (format === 'json' || /^\s*[[{]/.test(text)) return this.loadFailed(src, 'the response is not JSON');
      }
    }
    if (parsed !== undefined && !mayBeForeign(parsed, format)) return this.validate(parsed, key, true);
    // A response that is neither JSON nor CSV (a login page, an empty body) is a failed load, with a Retry.
    await this.adapt({ url: src, contentType, text, json: parsed, format }, key, true, (reason) =>
      this.loadFailed(src, reason),
    );
  }

  private done(abort: AbortController): void {
    if (this.abort === abort) this.abort = undefined;
    this.setLoading(false);
  }

  private setLoading(loading: boolean): void {
    if (loading === this.loading) return;
    this.loading = loading;
    this.host.requestUpdate();
  }

  private loadFailed(src: string, reason: string): void {
    this.fail([{ path: 'src', message: `${JSON.stringify(src)} could not be loaded: ${reason}` }]);
    this.failure = { src, reason };
  }

  private fail(errors: DataError[]): void {
    const model = emptyModel(errors);
    this.setModel(model, false);
    // Unless a newer load has replaced it by then.
    void this.host.updateComplete.then(() => {
      if (this.model === model) emit<ErrorDetail>(this.host, 'mt-error', { errors, warnings: [] });
    });
  }

  /** Shows validated data (small enough to index at once). */
  private show(data: ReturnType<typeof validateData>, announce: boolean): void {
    this.setModel(buildModel(data), announce);
  }

  private setModel(model: TimelineModel, announce: boolean): void {
    this.model = model;
    this.settled = true;
    this.host.requestUpdate();
    if (!announce) return;
    // After the render, so listeners added right after the element was created still hear it.
    void this.drawn().then(() => {
      if (this.model !== model) return;
      const { errors, warnings } = model;
      emit<LoadDetail>(this.host, 'mt-load', { events: model.events, skipped: errors, warnings });
      if (errors.length || warnings.length) emit<ErrorDetail>(this.host, 'mt-error', { errors, warnings });
    });
  }
}

/** Whether two source keys name the same input read the same way. */
function sameKey(a: readonly [unknown, unknown] | undefined, b: readonly [unknown, unknown]): boolean {
  return !!a && a[0] === b[0] && a[1] === b[1];
}
