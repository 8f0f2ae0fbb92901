import { LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { styles } from './meeting-timeline.styles.js';
import { readViewRange, type ViewRange } from './data/view-range.js';
import { formatRange } from './data/format-date.js';
import { timeAt } from './layout/time-ticks.js';
import { initialSpan } from './layout/extent.js';
import { densestCentre } from './layout/zoom-math.js';
import { isStrong } from './model/kinds.js';
import { LayoutController } from './controllers/layout-controller.js';
import { SpanTexts } from './model/span-text.js';
import type { TimelineModel } from './model/model.js';
import { PendingWork } from './controllers/pending-work.js';
import { Announcer } from './controllers/announcer.js';
import { LocaleController } from './controllers/locale-controller.js';
import { SizeController } from './controllers/size-controller.js';
import { LoadingController, type ErrorDetail, type LoadDetail } from './controllers/loading-controller.js';
import { ViewportController, type RangeChangeDetail } from './controllers/viewport-controller.js';
import { SelectionController, type SelectDetail } from './controllers/selection-controller.js';
import { HashDock } from './controllers/hash-dock.js';
import { StoryDock } from './controllers/story-dock.js';
import type { StepDetail } from './story/story-controller.js';
import { FocusController } from './controllers/focus-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { ListDock } from './controllers/list-dock.js';
import { axisZone } from './data/zone-offset.js';
import { ExportController } from './controllers/export-controller.js';
import { TextMeasure } from './views/text-measure.js';
import { IdleWarmController } from './controllers/idle-warm-controller.js';
import { composeTimeline } from './views/compose.js';
import type { TimelineStrings } from './i18n/strings.js';
import type { DataError, DateInput, TimelineDataInput, TimelineEvent, TimelineEventInput } from './types.js';

export type { SelectDetail, LoadDetail, ErrorDetail, RangeChangeDetail, StepDetail };

const DAY = 86_400_000;

/**
 * A zoomable, accessible timeline of events. With no data it shows the Biden–Xi meetings from Bali
 * (14 Nov 2022) to Filoli (15 Nov 2023).
 *
 * @summary An embeddable, zoomable d3 timeline.
 * @tag meeting-timeline
 *
 * @fires {CustomEvent<SelectDetail>} mt-select - The reader selected an event (click, tap, Enter). `detail.event` is the event.
 * @fires {CustomEvent<RangeChangeDetail>} mt-rangechange - The reader zoomed or panned. `detail.from` and `detail.to` are the visible span.
 * @fires {CustomEvent<LoadDetail>} mt-load - Events were loaded from `src`, an inline JSON script or the built-in data. `detail.events`, `detail.skipped`.
 * @fires {CustomEvent<StepDetail>} mt-step - In story mode, the reader moved to another step (Next, Previous, an arrow key). `detail.index`, `detail.event`, `detail.caption`.
 * @fires {CustomEvent<ErrorDetail>} mt-error - A load skipped items or failed. `detail.errors` is a list of `{path, message}`.
 *
 * @slot - Events written in HTML as `<timeline-event>` children, or a `<script type="application/json">` with
 *   the events; read when no `data` or `src` is set. Before the script loads they show as plain HTML.
 *
 * @csspart header - The title and description.
 * @csspart controls - The zoom in, zoom out and fit buttons.
 * @csspart notice - The polite status line about skipped items or a failed load.
 * @csspart chart - The SVG.
 * @csspart axis - The time axis.
 * @csspart lane - A lane's band.
 * @csspart event - An event's mark (focusable).
 * @csspart label - An event's title label.
 * @csspart cluster - A "+N" badge for events whose labels have no room.
 * @csspart count - A count mark standing for several events too close to draw apart; click to zoom in.
 * @csspart beyond - A lane's "2 earlier" or "3 later" (in the vertical layout, the chart's): how many of its events lie beyond the view; click to show them.
 * @csspart media - The selected event's image or media link in the details panel.
 * @csspart list - The list view (`list-view`): the same events as a plain HTML list.
 * @csspart details - The details panel of the selected event.
 * @csspart legend - The legend of the kinds of event in the data.
 * @csspart story - Story mode's caption and controls, under the chart.
 *
 * @cssprop [--mt-font=system-ui] - Font family.
 * @cssprop [--mt-text=#1d2330] - Text colour.
 * @cssprop [--mt-muted=#545b69] - Secondary text colour.
 * @cssprop [--mt-background=#ffffff] - Background.
 * @cssprop [--mt-surface=#f4f5f8] - Lane and button background.
 * @cssprop [--mt-lane=#e3e6ec] - Lane rules and borders.
 * @cssprop [--mt-axis=#545b69] - Axis colour.
 * @cssprop [--mt-era=#efe6d2] - Era band colour (dark theme: #3b3426).
 * @cssprop [--mt-accent=#1a5fd0] - Accent: focus ring, selection ring and link colour.
 * @cssprop [--mt-focus=var(--mt-accent)] - The focus ring and link colour alone.
 * @cssprop [--mt-mark-size=14] - Size of an event's mark in CSS px, as a plain number (its hit area stays at least 24 px; labels and the focus ring keep their distance, and the layout its room from the next event's; read with the element's width).
 * @cssprop [--mt-kind-in-person=#b4232a] - Colour of in-person meetings.
 * @cssprop [--mt-kind-video=#1b6b5a] - Colour of video calls.
 * @cssprop [--mt-kind-phone=#5a3d99] - Colour of phone calls.
 * @cssprop [--mt-kind-visit=#1e5a96] - Colour of visits.
 * @cssprop [--mt-kind-incident=#8a5300] - Colour of incidents.
 * @cssprop [--mt-kind-other=#4a5160] - Colour of other kinds.
 * @cssprop [--mt-details-width=22rem] - Width of the details panel.
 * @cssprop [--mt-breakpoint=600px] - Below this width `orientation="auto"` turns vertical (the `breakpoint` attribute wins).
 * @cssprop [--mt-vertical-height=560px] - Height of the chart in the vertical layout, in px.
 * @cssprop [--mt-era-alt=#dfe8f1] - Colour of every other era band, so neighbouring eras stay apart (dark theme: #25364a).
 * @cssprop [--mt-palette-0=#8e3b8e] - First colour for kinds outside the five built-in ones (`--mt-palette-1` … `--mt-palette-7` follow).
 * @cssprop [--mt-reserve=clamp(360px, calc(1040px - 25cqw), 860px)] - Minimum height held until the first data arrive, so the page does not shift (the default is about what the built-in story takes at the width; vertical: the screen's height). Set it on the page's `:not(:defined)` rule too.
 */
export class MeetingTimeline extends LitElement {
  static override styles = styles;

  // Reactive properties as Lit's static declaration, not decorators: the decorators' helpers (TypeScript's
  // __decorate and Lit's property()) cost the core about 400 bytes of its gzip for what this object says. Each
  // property's documentation is on its field below.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { reflect: true },
    selected: { reflect: true },
    locale: {},
    viewStart: { attribute: 'view-start' },
    viewEnd: { attribute: 'view-end' },
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
    history: { type: Boolean },
    format: {},
    timeZone: { attribute: 'time-zone' },
    listView: { type: Boolean, reflect: true, attribute: 'list-view' },
    orientation: { reflect: true },
    breakpoint: { type: Number },
    story: { type: Boolean, reflect: true },
    autoplay: {
      type: Number,
      converter: { fromAttribute: (value: string | null) => (value === null ? undefined : Number(value) || 8) },
    },
    timeout: { type: Number },
    download: { type: Boolean, reflect: true },
    strings: { attribute: false },
  };

  /** Events: an array, or `{title, description, events, eras}`. Takes precedence over `src`. */
  data?: TimelineEventInput[] | TimelineDataInput;

  /** URL of a JSON file with the events (fetched; a newer `src` aborts the older request). */
  src?: string;

  /** Id of the selected event; its details panel is open. */
  selected: string | null = null;

  /** BCP 47 locale for dates and numbers; defaults to the nearest `lang`, then the browser's. */
  locale?: string;

  /** Start of the initial view (ISO 8601); defaults to the data's `view`, else all events. */
  viewStart?: string;

  /** End of the initial view (ISO 8601). */
  viewEnd?: string;

  /** Outline level of the timeline's title (1–6), so it fits the host page's headings. */
  headingLevel = 2;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the reader's `prefers-color-scheme`. */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** Keeps the selected event in the URL hash (`#filoli-2023`), and selects the event a page is opened at. */
  history = false;

  /** The data's format: `json` (ours), `timelinejs` or `csv`; detected from the data, URL and response when unset. */
  format?: 'json' | 'timelinejs' | 'csv';

  /**
   * The time zone the axis tells the hours of exact moments in (times given with `Z` or an offset): an IANA name
   * such as `America/New_York`, `UTC`, `local` for the reader's own, or `auto` (the default): the venue `timeZone`
   * the events name, when every event that names one names the same and every exact time names it, else `UTC`.
   * Dates and wall-clock times are in no zone. A name Intl does not know is read as `UTC`, with a warning.
   */
  timeZone = 'auto';

  /** Shows the events as a plain HTML list instead of the chart. */
  listView = false;

  /**
   * Layout: `auto` (default) runs time down the page when the element is narrower than the breakpoint,
   * else across; `horizontal` and `vertical` force one.
   */
  orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Width in px below which `orientation="auto"` turns vertical; defaults to `--mt-breakpoint`, else 600. */
  breakpoint?: number;

  /** Story mode: the data's story told step by step (its own, else its events in time order). */
  story = false;

  /** In story mode, advances a step every this many seconds (`autoplay` alone: 8), pausing on hover and focus. */
  autoplay?: number;

  /** How long a `src` may take to load, in ms, before the element gives up with `mt-error` and a Retry (0: no limit). */
  timeout = 30_000;

  /** Shows "Download SVG" and "Download PNG" buttons among the controls. */
  download = false;

  /** Overrides of the interface text. */
  strings: Partial<TimelineStrings> = {};

  /** Work the picture waits for (data, the chunks it is drawn with). */
  readonly #work = new PendingWork();
  readonly #wait = (work: Promise<unknown>): void => this.#work.add(work);
  /** The zoom's input chunk and the names' times: `updateComplete` waits for them too, `mt-load` does not (they draw nothing). */
  readonly #inputWork = new PendingWork();
  readonly #waitUndrawn = (work: Promise<unknown>): void => this.#inputWork.add(work);
  /** Resolves once the picture is drawn: no render pending, no work it waits for. */
  readonly #drawn = (): Promise<boolean> =>
    this.#work.settle(
      () => super.getUpdateComplete(),
      () => this.isUpdatePending,
    );
  readonly #announcer = new Announcer(this);
  readonly #locale = new LocaleController(this, this.#wait, this.#waitUndrawn);
  readonly #size: SizeController = new SizeController(
    this,
    this.#wait,
    () => !!(this.#selection.event && this.#selection.details),
  );
  readonly #loading = new LoadingController(
    this,
    this.#wait,
    () => this.#adopt(),
    () => this.#drawn(),
    (events) => this.#layout.expect(events),
  );
  readonly #viewport: ViewportController = new ViewportController(
    this,
    {
      size: this.#size,
      height: () => this.#layout.height,
      extent: () => this.#model.extent,
      initialView: () => initialSpan(this.#viewRange.start, this.#viewRange.end, this.#model.view),
      zoomCentre: (visible, factor) => {
        const id = this.#focus.focusedId ?? this.selected;
        const event = id ? this.#model.byId(id) : undefined;
        if (event && event.start.ms >= visible[0] && event.start.ms <= visible[1]) return event.start.ms;
        return densestCentre(this.#model.startIndex.starts, visible, factor);
      },
      onRangeChange: (from, to) => {
        const day = (d: Date) => ({ ms: d.getTime(), endMs: d.getTime() + DAY, precision: 'day' as const });
        this.#announcer.say(this.#locale.strings.showing(formatRange(day(from), day(to), this.#locale.locale)));
      },
    },
    this.#waitUndrawn,
  );
  readonly #selection: SelectionController = new SelectionController(this, {
    model: () => this.#model,
    locale: () => this.#locale.locale,
    focusedId: () => this.#focus.focusedId,
    reveal: (event) => this.#viewport.reveal(event),
    announce: (text) => this.#announcer.say(text),
    wait: this.#wait,
  });
  readonly #hash = new HashDock(
    this,
    {
      open: (id) => {
        const event = this.#model.byId(id);
        if (!event) return false;
        this.#selection.select(id, false);
        this.#viewport.centreOn(event.start.ms);
        return true;
      },
      openStep: (index) => this.#story.tellFrom(index),
    },
    this.#wait,
  );
  readonly #story = new StoryDock(
    this,
    {
      model: () => this.#model,
      show: (from, to) => this.#viewport.glideTo(from, to),
      select: (id) => this.#selection.select(id, false, true),
      announce: (text) => this.#announcer.say(text),
      strings: () => this.#locale.strings,
      numbers: () => this.#locale.numbers,
    },
    this.#wait,
  );
  readonly #focus = new FocusController(this, {
    model: () => this.#model,
    size: this.#size,
    viewport: this.#viewport,
    selection: this.#selection,
  });
  readonly #layout = new LayoutController(
    this,
    {
      model: () => this.#model,
      size: this.#size,
      viewport: this.#viewport,
      kept: () => {
        const focused = this.#focus.focusedId ? this.#model.byId(this.#focus.focusedId) : undefined;
        const selected = this.selected ? this.#model.byId(this.selected) : undefined;
        return { keep: [focused, selected].filter((e): e is TimelineEvent => !!e), outside: focused };
      },
      labelWidth: (event, text = event.title) => this.#text.width(text, isStrong(event.kind)),
      spanStarts: () => this.#model.spans.map((span) => span.from),
    },
    this.#wait,
  );
  readonly #print = new PrintController(this);
  readonly #list = new ListDock(
    this,
    () => this.#print.printing,
    this.#wait,
    () => this.#loading.settled,
  );
  readonly #export = new ExportController(this, {
    size: () => [this.#size.chartWidth, this.#layout.height],
    title: () => this.#model.title,
    strings: () => this.#locale.strings,
  });
  readonly #text = new TextMeasure(this, () => getComputedStyle(this).fontFamily);

  /** The model shown. */
  #model: TimelineModel = this.#loading.model;
  /** `view-start` and `view-end` as read, and why they were read another way than given. */
  #viewRange: ViewRange = { warnings: [] };
  /** The `view-start` and `view-end` the view range was read from. */
  #rangeInput: [string | undefined, string | undefined] = [undefined, undefined];
  readonly #spanText = new SpanTexts();

  /** The valid events now shown, sorted by start. */
  get events(): readonly TimelineEvent[] {
    return this.#model.events;
  }

  /** Items of the current input that were skipped, with why (also listed in the notice). */
  get errors(): readonly DataError[] {
    return this.#model.errors;
  }

  /** Values dropped (or changed) from items that were kept, and attributes read another way, with why. */
  get warnings(): readonly DataError[] {
    const view = [...this.#viewRange.warnings];
    if (this.timeZone !== 'auto' && axisZone(this.timeZone) !== this.timeZone)
      view.push({
        path: 'time-zone',
        message: `${JSON.stringify(this.timeZone)} is not a time zone: the axis tells UTC`,
      });
    return view.length ? [...this.#model.warnings, ...view] : this.#model.warnings;
  }

  /** The span now visible. */
  get range(): { from: Date; to: Date } {
    const [from, to] = this.#viewport.visibleMs();
    return { from: timeAt(from), to: timeAt(to) }; // deep time: DeepDates, whose getTime() still gives the ms
  }

  /** The layout in use: `vertical` or `horizontal` (what `orientation="auto"` chose for the width). */
  get layout(): 'horizontal' | 'vertical' {
    return this.#size.vertical ? 'vertical' : 'horizontal';
  }

  /** In story mode, the step shown (from 0); else null. */
  get storyStep(): number | null {
    return this.story && this.#story.story ? this.#story.story.index : null;
  }

  /** Title of the current data set, if it has one. */
  get dataTitle(): string | undefined {
    return this.#model.title;
  }

  /** Shows the span from `from` to `to` (Dates, ISO strings or ms). Fires no event. */
  zoomTo(from: DateInput | number, to: DateInput | number): void {
    this.#viewport.zoomTo(from, to);
  }

  /** Shows every event. Fires no event. */
  fit(): void {
    this.#viewport.fit();
  }

  /** Selects the event with this id (or clears the selection with null) and brings it into view. */
  select(id: string | null): void {
    this.#selection.select(id);
  }

  /** Selects the next event in time; in story mode, shows the story's next step (as its Next button does). */
  next(): void {
    this.#step(1);
  }

  /** Selects the previous event in time; in story mode, shows the story's previous step. */
  previous(): void {
    this.#step(-1);
  }

  #step(by: 1 | -1): void {
    const story = this.story && this.#story.story;
    if (story) story.go(story.index + by);
    else this.#selection.step(by, false);
  }

  /**
   * The chart as it stands, as a standalone SVG document: styles inlined, text kept as text, the dataset's
   * title as its `<title>`. Loads the export chunk; rejects when no chart is shown (the list view).
   */
  toSVG(): Promise<string> {
    return this.#export.toSVG();
  }

  /** The chart as a PNG image, `scale` device pixels to a CSS pixel (lowered to stay within canvas limits). */
  toPNG(scale = 2): Promise<Blob> {
    return this.#export.toPNG(scale);
  }

  constructor() {
    super();
    // Prepares in idle time what marks a zoom or pan brings in will need; it registers itself with the element.
    new IdleWarmController(this, {
      model: () => this.#model,
      names: () => this.#locale.names,
      centre: () => {
        const [a, b] = this.#viewport.visibleMs();
        return (a + b) / 2;
      },
      warm: (event) => {
        this.#locale.name(event);
        this.#text.width(event.title, isStrong(event.kind));
      },
    });
  }

  /**
   * At the start of each update, before the viewport and the layout (the loading controller calls it, having
   * loaded any new input): the view range asked for, and a model just loaded, opening on its initial view.
   */
  #adopt(): void {
    const range = this.viewStart !== this.#rangeInput[0] || this.viewEnd !== this.#rangeInput[1];
    if (range) {
      this.#rangeInput = [this.viewStart, this.viewEnd];
      this.#viewRange = readViewRange(this.viewStart, this.viewEnd);
    }
    const model = this.#loading.model;
    if (model !== this.#model) {
      this.#model = model;
      this.#selection.keepValid();
      this.#viewport.showInitial();
      this.#hash.read();
    } else if (range) this.#viewport.showInitial();
  }

  // Resolves once no render and no work outside it (a chunk, an adapter, the zoom's input) is pending.
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#inputWork.settle(this.#drawn, () => this.isUpdatePending);
  }

  override render(): TemplateResult {
    return composeTimeline(this, {
      model: this.#model,
      spans: this.#spanText.get(this.#model, this.#locale),
      warnings: this.warnings,
      headingLevel: this.#headingLevel(),
      locale: this.#locale,
      size: this.#size,
      loading: this.#loading,
      viewport: this.#viewport,
      selection: this.#selection,
      focus: this.#focus,
      layout: this.#layout,
      story: this.#story,
      print: this.#print,
      list: this.#list,
      export: this.#export,
      text: this.#text,
      announcer: this.#announcer,
    });
  }

  #headingLevel(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'meeting-timeline': MeetingTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'mt-select': CustomEvent<SelectDetail>;
    'mt-rangechange': CustomEvent<RangeChangeDetail>;
    'mt-load': CustomEvent<LoadDetail>;
    'mt-error': CustomEvent<ErrorDetail>;
    'mt-step': CustomEvent<StepDetail>;
  }
}
