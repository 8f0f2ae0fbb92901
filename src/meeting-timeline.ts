import { LitElement, html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { scaleTime, type TimeScale } from './layout/time-scale.js';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { utcDay, utcHour, utcMinute, utcMonth, utcYear } from 'd3-time';
import { styles } from './meeting-timeline.styles.js';
import { validateData, validateDataInSlices } from './data/validate.js';
import { readTimelineEvents } from './data/from-elements.js';
import { parseDate } from './data/parse-date.js';
import { formatDate, formatRange, daysBetween } from './data/format-date.js';
import { assignLanes, type Lane } from './layout/lanes.js';
import { placeLabels } from './layout/labels.js';
import {
  bisectLeft,
  indexLane,
  indexOfEvent,
  frameMarks,
  groupExtent,
  type FrameScale,
  type LaneIndex,
  type LaneMark,
  type MarkGroup,
} from './layout/level-of-detail.js';
import { timeExtent, padExtent } from './layout/extent.js';
import { renderAxis } from './views/axis.js';
import { placeText } from './data/format-place.js';
import type { RichContent } from './views/details-panel.js';
import { en, type TimelineStrings } from './i18n/strings.js';
import { yieldToPage } from './scheduling/yield-to-page.js';
import type { FormatHints } from './formats/detect.js';
import type { Adapted } from './formats/load.js';
import type {
  DataError,
  TimelineData,
  TimelineDataInput,
  TimelineEvent,
  TimelineEventInput,
  DateInput,
} from './types.js';

/** `detail` of `mt-select`. */
export interface SelectDetail {
  event: TimelineEvent;
}
/** `detail` of `mt-rangechange`: the visible span. */
export interface RangeChangeDetail {
  from: Date;
  to: Date;
}
/** `detail` of `mt-load`. */
export interface LoadDetail {
  events: readonly TimelineEvent[];
  skipped: readonly DataError[];
}
/** `detail` of `mt-error`. */
export interface ErrorDetail {
  errors: readonly DataError[];
}

const DAY = 86_400_000;
const MIN_SPAN = 3_600_000; // the deepest zoom shows an hour
const MARK_Y = 30; // mark centre, from the lane's top
const ROW = 17; // label row height
const MAX_ROWS = 3;
const AXIS_HEIGHT = 28;
const ERA_STRIP = 18;
const VERTICAL_LENGTH = 560; // vertical layout: the chart's height, unless --mt-vertical-height says otherwise
const BREAKPOINT = 600; // orientation="auto" turns vertical below this width, unless told otherwise
const BUCKET_PX = 28; // events starting within one bucket of this many px merge into a count mark, drawn across the bucket
const LABEL_FONT = '12px';

const MARK_PATHS: Record<string, string> = {
  // Shapes, not only colours, tell kinds apart.
  'in-person': 'M0,-9A9,9 0 1,1 0,9A9,9 0 1,1 0,-9Z',
  video: 'M-6,-6H6V6H-6Z',
  phone: 'M0,-7.5L7.5,0L0,7.5L-7.5,0Z',
  visit: 'M0,-7.5L7,6H-7Z',
  incident: 'M-2.5,-7.5H2.5V-2.5H7.5V2.5H2.5V7.5H-2.5V2.5H-7.5V-2.5H-2.5Z',
  other: 'M0,-5A5,5 0 1,1 0,5A5,5 0 1,1 0,-5Z',
};

/** The span between the last two in-person meetings, and the header's sentence about it. */
interface Gap {
  from: TimelineEvent;
  to: TimelineEvent;
  sentence: string;
  days: string;
}

/** What the chart builds from a model's events, once per load. */
interface Derived {
  startIndex: LaneIndex;
  lanes: LaneLayout[];
}

interface LaneLayout {
  lane: Lane;
  index: LaneIndex;
  key: string;
  title: string;
  top: number;
  height: number;
  rows: number;
}

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
 * @csspart media - The selected event's image or media link in the details panel.
 * @csspart list - The list view (`list-view`): the same events as a plain HTML list.
 * @csspart details - The details panel of the selected event.
 *
 * @cssprop [--mt-font=system-ui] - Font family.
 * @cssprop [--mt-text=#1d2330] - Text colour.
 * @cssprop [--mt-muted=#545b69] - Secondary text colour.
 * @cssprop [--mt-background=#ffffff] - Background.
 * @cssprop [--mt-surface=#f4f5f8] - Lane and button background.
 * @cssprop [--mt-lane=#e3e6ec] - Lane rules and borders.
 * @cssprop [--mt-axis=#545b69] - Axis colour.
 * @cssprop [--mt-era=#f1ece1] - Era band colour.
 * @cssprop [--mt-accent=#1a5fd0] - Accent: focus ring, selection ring and link colour.
 * @cssprop [--mt-focus=var(--mt-accent)] - The focus ring and link colour alone.
 * @cssprop [--mt-mark-size=14] - Size of an event's mark in CSS px, as a plain number (its hit area stays at least 24 px).
 * @cssprop [--mt-kind-in-person=#b4232a] - Colour of in-person meetings.
 * @cssprop [--mt-kind-video=#1b6b5a] - Colour of video calls.
 * @cssprop [--mt-kind-phone=#5a3d99] - Colour of phone calls.
 * @cssprop [--mt-kind-visit=#1e5a96] - Colour of visits.
 * @cssprop [--mt-kind-incident=#8a5300] - Colour of incidents.
 * @cssprop [--mt-kind-other=#4a5160] - Colour of other kinds.
 * @cssprop [--mt-details-width=22rem] - Width of the details panel.
 * @cssprop [--mt-breakpoint=600px] - Below this width `orientation="auto"` turns vertical (the `breakpoint` attribute wins).
 * @cssprop [--mt-vertical-height=560px] - Height of the chart in the vertical layout, in px.
 */
export class MeetingTimeline extends LitElement {
  static override styles = styles;

  /** Events: an array, or `{title, description, events, eras}`. Takes precedence over `src`. */
  @property({ attribute: false }) data?: TimelineEventInput[] | TimelineDataInput;

  /** URL of a JSON file with the events (fetched; a newer `src` aborts the older request). */
  @property({ reflect: true }) src?: string;

  /** Id of the selected event; its details panel is open. */
  @property({ reflect: true }) selected: string | null = null;

  /** BCP 47 locale for dates and numbers; defaults to the nearest `lang`, then the browser's. */
  @property() locale?: string;

  /** Start of the initial view (ISO 8601); defaults to the data's `view`, else all events. */
  @property({ attribute: 'view-start' }) viewStart?: string;

  /** End of the initial view (ISO 8601). */
  @property({ attribute: 'view-end' }) viewEnd?: string;

  /** Outline level of the timeline's title (1–6), so it fits the host page's headings. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Keeps the selected event in the URL hash (`#filoli-2023`), and selects the event a page is opened at. */
  @property({ type: Boolean }) history = false;

  /** The data's format: `json` (ours), `timelinejs` or `csv`; detected from the data, URL and response when unset. */
  @property() format?: 'json' | 'timelinejs' | 'csv';

  /** Shows the events as a plain HTML list instead of the chart. */
  @property({ type: Boolean, reflect: true, attribute: 'list-view' }) listView = false;

  /**
   * Layout: `auto` (default) runs time down the page when the element is narrower than the breakpoint,
   * else across; `horizontal` and `vertical` force one.
   */
  @property({ reflect: true }) orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Width in px below which `orientation="auto"` turns vertical; defaults to `--mt-breakpoint`, else 600. */
  @property({ type: Number }) breakpoint?: number;

  /** Shows "Download SVG" and "Download PNG" buttons among the controls. */
  @property({ type: Boolean, reflect: true }) download = false;

  /** Overrides of the interface text. */
  @property({ attribute: false }) strings: Partial<TimelineStrings> = {};

  @state() private _model: TimelineData = validateData([]);
  @state() private _transform: ZoomTransform = zoomIdentity;
  @state() private _width = 0;
  @state() private _loadError?: string;
  /** Why the last download failed, shown in the notice. */
  @state() private _exportError?: string;
  /** Between beforeprint and afterprint: the list view prints beside the chart. */
  @state() private _printing = false;
  @state() private _focusId?: string;
  /** The selected event's rich text and media, made safe by the sanitiser chunk. */
  @state() private _rich?: RichContent;
  /** The vertical layout's chunk, loaded when the element first turns vertical. */
  @state() private _verticalChart?: typeof import('./views/vertical-chart.js');
  /** The details panel's chunk, loaded on the first selection. */
  @state() private _details?: typeof import('./views/details-panel.js');
  /** The locale, interface text and number format of the current update. */
  private _loc = 'en-US';
  private _str: TimelineStrings = en;
  private _numbers = new Intl.NumberFormat('en-US');
  /** Accessible names of marks, by event id (cleared when the locale or the data change). */
  private _names = new Map<string, string>();
  /** Interface text of the locale's language, once its chunk has loaded. */
  @state() private _localeStrings?: TimelineStrings;
  /** Text of the polite live region. */
  @state() private _announcement = '';

  @query('svg') private _svg?: SVGSVGElement;

  private _base: TimeScale = scaleTime();
  private _zoom?: ZoomBehavior<SVGSVGElement, unknown>;
  private _boundSvg?: SVGSVGElement;
  /** Counts of a thousand and more, short: "1.2K". */
  private _compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
  /** The animation frame of a zoom in progress. */
  private _animation?: number;
  private _gap?: { key: readonly unknown[]; value: Gap | undefined };
  /** Time runs down (vertical layout), over `_length` px. */
  private _vertical = false;
  private _length = VERTICAL_LENGTH;
  private _resize?: ResizeObserver;
  private _mutations?: MutationObserver;
  private _abort?: AbortController;
  private _lanes: LaneLayout[] = [];
  private _height = 0;
  private _userZoom = false;
  /** A span to show once the element has a width: the initial view, or the view kept across a resize. */
  private _pendingView?: [number, number];
  private _labelWidths = new Map<string, number>();
  private _measure?: CanvasRenderingContext2D | null;
  private _startIndex: LaneIndex = indexLane([]);
  /** The span of the events and eras, found once per load (the base scale is rebuilt on every resize). */
  private _extent?: [number, number];
  /** Whether the element lays out right to left (from the inherited `dir`). */
  @state() private _rtl = false;
  /** Position of each event id in time order; built on first use (see _event). */
  private _idIndex?: Map<string, number>;
  /** The in-person meetings, found once per load. */
  private _meetings: TimelineEvent[] = [];
  /** An adapter reading `data` in another format, awaited by `updateComplete`. */
  private _pending?: Promise<void>;
  /** What the current model was made from, so the same input is not loaded twice. */
  private _sourceKey?: unknown;

  /** The loaded event with this id (the map from ids is built on first use, not on every load). */
  private _event(id: string): TimelineEvent | undefined {
    this._idIndex ??= positions(this._model.events);
    const i = this._idIndex.get(id);
    return i === undefined ? undefined : this._model.events[i];
  }

  /** Where a loaded event is in time order: a binary search on its start. */
  private _positionOf(event: TimelineEvent): number {
    return Math.max(0, indexOfEvent(this._model.events, this._startIndex, event));
  }

  /** The valid events now shown, sorted by start. */
  get events(): readonly TimelineEvent[] {
    return this._model.events;
  }

  /** Items of the current input that were skipped, with why (also listed in the notice). */
  get errors(): readonly DataError[] {
    return this._model.errors;
  }

  /** The span now visible. */
  get range(): { from: Date; to: Date } {
    const [from, to] = this._visibleDomain();
    return { from, to };
  }

  /** The layout in use: `vertical` or `horizontal` (what `orientation="auto"` chose for the width). */
  get layout(): 'horizontal' | 'vertical' {
    return this._vertical ? 'vertical' : 'horizontal';
  }

  /** Title of the current data set, if it has one. */
  get dataTitle(): string | undefined {
    return this._model.title;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._resize = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (width !== this._width) this._width = width;
      this._readDirection();
    });
    this._readDirection();
    this._observeWidth();
    // Measured now, while the shadow root is still empty (a cheap layout), so the first render draws the
    // chart at once; the ResizeObserver follows later changes.
    this._width = Math.round(this.getBoundingClientRect().width);
    this._mutations = new MutationObserver(() => this._loadFromSource());
    this._mutations.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    window.addEventListener('hashchange', this._onHashChange);
    window.addEventListener('beforeprint', this._onPrint);
    window.addEventListener('afterprint', this._onPrint);
    this._waitFor(this._loadStrings());
    this._loadFromSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopAnimation();
    window.removeEventListener('hashchange', this._onHashChange);
    window.removeEventListener('beforeprint', this._onPrint);
    window.removeEventListener('afterprint', this._onPrint);
    this._resize?.disconnect();
    this._mutations?.disconnect();
    // A load cut short starts again when the element is attached again.
    if (this._abort) {
      this._abort.abort();
      this._sourceKey = undefined;
    }
    this._resize = this._mutations = this._abort = undefined;
  }

  override willUpdate(changed: PropertyValues): void {
    // Locale, text and number format are worked out once per update, not once per mark.
    const locale = this._locale();
    if (locale !== this._loc) {
      this._loc = locale;
      this._names.clear();
      this._numbers = new Intl.NumberFormat(locale);
      this._compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    }
    this._str = this._t();
    if (changed.has('format')) this._sourceKey = undefined;
    if (changed.has('data') || changed.has('src') || changed.has('format')) this._loadFromSource();
    if (changed.has('locale')) this._waitFor(this._loadStrings());
    if (changed.has('strings') || changed.has('locale') || changed.has('_localeStrings'))
      this._lanes = this._layoutLanes();
    if (changed.has('selected')) {
      this._announceSelection();
      if (changed.get('selected') !== undefined) this._writeHash();
      this._waitFor(this._loadDetails());
    }
    if (changed.has('viewStart') || changed.has('viewEnd')) this._pendingView = this._initialView();
    if ((changed.has('_width') || changed.has('orientation') || changed.has('breakpoint')) && this._width > 0) {
      // Keep what the reader sees across a resize or a change of layout.
      const shown = changed.has('_width') ? Boolean(changed.get('_width')) : true;
      if (!this._pendingView && shown) this._pendingView = this._visibleDomainMs();
      this._chooseLayout();
      this._rebuildBase();
    }
  }

  /** Makes `updateComplete` wait for work done outside the render (a chunk loading). */
  private _waitFor(work: Promise<void>): void {
    this._pending = Promise.all([this._pending, work]).then(() => undefined);
  }

  // Resolves only when no further render is pending (the first width measurement renders again).
  protected override async getUpdateComplete(): Promise<boolean> {
    // Chunks loaded on demand (an adapter for `data`, the sanitiser for the details) are waited for too.
    let result = await super.getUpdateComplete();
    for (let pending = this._pending; pending || this.isUpdatePending; pending = this._pending) {
      if (pending) {
        await pending;
        if (this._pending === pending) this._pending = undefined;
      }
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Watches the width through a zero-height strip, not the host: the host's height changes with the layout
   * it chooses for a width, and watching it would loop (and report a ResizeObserver loop error).
   */
  private _observeWidth(): void {
    const strip = this.renderRoot.querySelector?.('.width-probe');
    this._resize?.disconnect();
    this._resize?.observe(strip ?? this);
  }

  protected override firstUpdated(): void {
    this._observeWidth();
    this._zoom = zoom<SVGSVGElement, unknown>()
      // Listen for touch wherever touch events arrive, not only where the device reports touch points (d3's
      // default): hybrid laptops and emulated touch report none. CSS touch-action leaves vertical swipes to the page.
      .touchable(() => true)
      // No d3 transitions (a double-click zooms at once): the element animates its own zooms, and the embed
      // carries no d3-transition (see src/shims/d3-transition.ts).
      .duration(0)
      .filter((event: Event) => {
        const e = event as MouseEvent;
        return (!e.ctrlKey || e.type === 'wheel') && !e.button;
      })
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!event.sourceEvent) return;
        // The reader's own gesture takes over from an animated zoom.
        this._stopAnimation();
        this._userZoom = true;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this._transform = event.transform;
      })
      .on('end', () => {
        if (this._userZoom && !this._animation) {
          this._userZoom = false;
          const [from, to] = this._visibleDomain();
          const day = (d: Date) => ({ ms: d.getTime(), endMs: d.getTime() + DAY, precision: 'day' as const });
          this._announcement = this._str.showing(formatRange(day(from), day(to), this._loc));
          this._emit<RangeChangeDetail>('mt-rangechange', { from, to });
        }
      });
  }

  /** Binds zoom and touch to the chart, which is a new element after the list view was shown. */
  private _bindChart(svgEl: SVGSVGElement): void {
    this._boundSvg = svgEl;
    // Registered before d3's listeners, so it runs first: a one-finger swipe that starts across the time
    // axis belongs to the page (it scrolls), and d3 must not cancel it.
    let start: Touch | undefined;
    let crossAxis = false;
    svgEl.addEventListener('touchstart', (e) => {
      start = e.touches.length === 1 ? e.touches[0] : undefined;
      crossAxis = false;
    });
    svgEl.addEventListener('touchmove', (e) => {
      if (start && e.touches.length === 1) {
        const dx = Math.abs(e.touches[0].clientX - start.clientX);
        const dy = Math.abs(e.touches[0].clientY - start.clientY);
        crossAxis = this._vertical ? dx > dy : dy > dx;
        start = undefined;
      }
      if (crossAxis) e.stopImmediatePropagation();
    });
    select(svgEl).call(this._zoom!).property('__zoom', this._transform);
  }

  protected override updated(): void {
    if (this._zoom && this._svg && this._svg !== this._boundSvg) this._bindChart(this._svg);
    // Marks are reused by position as the view moves: keep focus on the focused event, not on its old element.
    const active = this.shadowRoot?.activeElement as HTMLElement | null;
    if (active?.dataset.id && this._focusId && active.dataset.id !== this._focusId) this._focusEvent(this._focusId);
    if (this._zoom && this._svg) {
      const w = Math.max(this._width, 1);
      this._zoom
        .extent([
          [0, 0],
          [w, this._height],
        ])
        .translateExtent([
          [0, 0],
          [w, this._height],
        ])
        .scaleExtent([1, Math.max(1, (this._baseDomainMs()[1] - this._baseDomainMs()[0]) / MIN_SPAN)]);
      // Only once the base scale has been rebuilt for the current width.
      if (this._pendingView && this._width > 0 && Math.max(...this._base.range()) === this._axisLength()) {
        const [a, b] = this._pendingView;
        this._pendingView = undefined;
        this._setView(a, b);
        return;
      }
    }
  }

  // ---- public methods ----

  /** Shows the span from `from` to `to` (Dates, ISO strings or ms). Fires no event. */
  zoomTo(from: DateInput | number, to: DateInput | number): void {
    const a = toMs(from);
    const b = toMs(to);
    if (Number.isFinite(a) && Number.isFinite(b) && a !== b) this._setView(Math.min(a, b), Math.max(a, b));
  }

  /** Shows every event. Fires no event. */
  fit(): void {
    this._applyTransform(zoomIdentity);
  }

  /** Selects the event with this id (or clears the selection with null) and brings it into view. */
  select(id: string | null): void {
    this.selected = id !== null && this._event(id) ? id : null;
    if (this.selected) this._reveal(this._event(this.selected)!);
  }

  /** Selects the next event in time. */
  next(): void {
    this._step(1, false);
  }

  /** Selects the previous event in time. */
  previous(): void {
    this._step(-1, false);
  }

  /**
   * The chart as it stands, as a standalone SVG document: styles inlined, text kept as text, the dataset's
   * title as its `<title>`. Loads the export chunk; rejects when no chart is shown (the list view).
   */
  async toSVG(): Promise<string> {
    await this.updateComplete;
    const chart = this._svg;
    if (!chart?.isConnected) throw new Error('meeting-timeline: no chart to export (the list view is shown)');
    const { serializeSvg } = await import('./export/export-image.js');
    return serializeSvg(chart, {
      background: getComputedStyle(this).backgroundColor,
      title: this._model.title ?? this._str.timeline,
    });
  }

  /** The chart as a PNG image, `scale` device pixels to a CSS pixel (lowered to stay within canvas limits). */
  async toPNG(scale = 2): Promise<Blob> {
    const text = await this.toSVG();
    const { svgToPng } = await import('./export/export-image.js');
    const width = Math.max(this._width, 1);
    const height = Math.max(this._height, 1);
    return svgToPng(text, width, height, Math.max(0.1, Math.min(scale, 8192 / Math.max(width, height))));
  }

  // ---- loading ----

  /** Chooses the input: `data`, then `src`, then an inline JSON script, then `<timeline-event>` children, then the built-in data. */
  private _loadFromSource(): void {
    if (this.data !== undefined) {
      if (this._sourceKey === this.data) return;
      this._sourceKey = this.data;
      this._abort?.abort();
      this._loadError = undefined;
      if (this._isForeign(this.data))
        this._waitFor(this._adapt({ json: this.data, format: this.format }, this.data, false));
      else if (isLarge(this.data)) this._waitFor(this._validate(this.data, this.data, false));
      else this._setModel(validateData(this.data), false);
    } else if (this.src) {
      if (this._sourceKey !== this.src) void this._fetch(this.src);
    } else {
      const script = this.querySelector('script[type="application/json"]');
      const children = script ? [] : readTimelineEvents(this);
      const key = script
        ? `inline:${script.textContent}`
        : children.length
          ? `children:${JSON.stringify(children)}`
          : BUILT_IN;
      if (this._sourceKey === key) return;
      this._sourceKey = key;
      this._abort?.abort();
      this._loadError = undefined;
      if (children.length) return this._setModel(validateData(children), true);
      if (!script) return void this._loadBuiltIn();
      let parsed: unknown;
      try {
        parsed = JSON.parse(script.textContent ?? '');
      } catch (error) {
        return this._fail([{ path: '', message: `inline JSON is not valid: ${(error as Error).message}` }]);
      }
      if (this._isForeign(parsed)) void this._adapt({ json: parsed, format: this.format }, key, true);
      else void this._validate(parsed, key, true);
    }
  }

  /** The built-in data is a chunk of its own: pages with their own events never download it. */
  private async _loadBuiltIn(): Promise<void> {
    try {
      const { bidenXi } = await import('./data/biden-xi.js');
      if (this._sourceKey === BUILT_IN) this._setModel(validateData(bidenXi), true);
    } catch (error) {
      if (this._sourceKey === BUILT_IN)
        this._fail([{ path: '', message: `the built-in data could not be loaded: ${(error as Error).message}` }]);
    }
  }

  /** Whether a JSON value may be in another format (TimelineJS); a cheap look before loading the adapters. */
  private _isForeign(json: unknown): boolean {
    if (this.format === 'timelinejs' || this.format === 'csv') return true;
    try {
      if (this.format === 'json' || !json || typeof json !== 'object' || Array.isArray(json)) return false;
      const { title, events } = json as { title?: unknown; events?: unknown };
      const first: unknown = Array.isArray(events) ? events[0] : undefined;
      return (!!title && typeof title === 'object') || (!!first && typeof first === 'object' && 'start_date' in first);
    } catch {
      return false; // unreadable: validateData names what it cannot read
    }
  }

  /** Reads another format through the adapters (a chunk loaded on demand), then validates as usual. */
  private async _adapt(hints: FormatHints, key: unknown, announce: boolean): Promise<void> {
    try {
      const { adapt } = await import('./formats/load.js');
      const adapted = await adapt(hints);
      if (this._sourceKey === key) await this._validate(adapted.data, key, announce, adapted);
    } catch (error) {
      if (this._sourceKey === key)
        this._fail([{ path: '', message: `the data could not be read: ${(error as Error).message}` }]);
    }
  }

  /** Validates in slices, yielding to the page between them, and shows the result if it is still wanted. */
  private async _validate(
    input: unknown,
    key: unknown,
    announce: boolean,
    adapted?: Omit<Adapted, 'data'>,
  ): Promise<void> {
    const model = await validateDataInSlices(input);
    if (this._sourceKey !== key) return;
    if (adapted) {
      model.errors.unshift(...adapted.errors);
      model.warnings.unshift(...adapted.warnings);
    }
    // What the chart derives from the events is built a step a task, so a large load never freezes the page.
    await yieldToPage();
    const startIndex = indexLane(model.events);
    await yieldToPage();
    const lanes = this._layoutLanes(model.events);
    await yieldToPage();
    if (this._sourceKey === key) this._setModel(model, announce, { startIndex, lanes });
  }

  private async _fetch(src: string): Promise<void> {
    this._sourceKey = src;
    this._abort?.abort();
    const abort = (this._abort = new AbortController());
    this._loadError = undefined;
    let text: string;
    let contentType: string | null;
    try {
      const response = await fetch(new URL(src, document.baseURI), { signal: abort.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      contentType = response.headers.get('content-type');
      text = await response.text();
    } catch (error) {
      if (abort.signal.aborted) return;
      if (this._abort === abort) this._abort = undefined;
      return this._loadFailed(src, (error as Error).message || String(error));
    }
    if (abort.signal.aborted) return;
    if (this._abort === abort) this._abort = undefined;
    const csv = this.format === 'csv' || /\.csv(?:[?#]|$)/i.test(src) || /csv/i.test(contentType ?? '');
    let parsed: unknown;
    if (!csv) {
      try {
        parsed = JSON.parse(text);
      } catch {
        if (this.format === 'json' || /^\s*[[{]/.test(text)) return this._loadFailed(src, 'the response is not JSON');
      }
    }
    if (parsed !== undefined && !this._isForeign(parsed)) return this._validate(parsed, src, true);
    await this._adapt({ url: src, contentType, text, json: parsed, format: this.format }, src, true);
  }

  private _loadFailed(src: string, reason: string): void {
    this._loadError = this._str.loadFailed(src, reason);
    this._fail([{ path: 'src', message: `${JSON.stringify(src)} could not be loaded: ${reason}` }]);
  }

  private _fail(errors: DataError[]): void {
    this._setModel({ events: [], eras: [], errors, warnings: [] }, false);
    void this.updateComplete.then(() => this._emit<ErrorDetail>('mt-error', { errors }));
  }

  /** Shows a checked model; `derived` is what a sliced load already built from it. */
  private _setModel(model: TimelineData, announce: boolean, derived?: Derived): void {
    const events = model.events;
    this._model = model;
    this._names.clear();
    this._startIndex = derived?.startIndex ?? indexLane(events);
    this._extent = timeExtent(events, model.eras);
    this._idIndex = undefined;
    this._meetings = events.filter((e) => e.kind === 'in-person');
    this._lanes = derived?.lanes ?? this._layoutLanes(events);
    if (this.selected && !this._event(this.selected)) this.selected = null;
    this._rebuildBase();
    this._pendingView = this._initialView();
    this._selectFromHash();
    if (announce) {
      // After the render, so listeners added right after the element was created still hear it.
      void this.updateComplete.then(() => {
        if (this._model !== model) return;
        this._emit<LoadDetail>('mt-load', { events: model.events, skipped: model.errors });
        if (model.errors.length) this._emit<ErrorDetail>('mt-error', { errors: model.errors });
      });
    }
  }

  /** Right to left follows the inherited `dir` (read on connect and on resize, not every frame). */
  private _readDirection(): void {
    // :dir() follows the inherited `dir` attribute without a style recalculation (getComputedStyle forces one).
    const rtl = this.matches(':dir(rtl)');
    if (rtl !== this._rtl) {
      this._pendingView ??= this._width > 0 ? this._visibleDomainMs() : undefined;
      this._rtl = rtl;
      this._rebuildBase();
    }
  }

  /** With `history`, a page opened at `#event-id` selects that event and brings it into view. */
  private _selectFromHash(): void {
    const id = this.history ? decodeURIComponent(location.hash.slice(1)) : '';
    const event = id ? this._event(id) : undefined;
    if (!event || this.selected === id) return;
    this.selected = id;
    const [a, b] = this._pendingView ?? this._baseDomainMs();
    const half = (b - a) / 2;
    this._pendingView = [event.start.ms - half, event.start.ms + half];
    if (this._width > 0 && this._zoom) this._reveal(event);
  }

  private _onHashChange = (): void => this._selectFromHash();

  // Lit renders in a microtask, so the list is in the DOM before the browser lays out the printed page.
  private _onPrint = (e: Event): void => {
    this._printing = e.type === 'beforeprint';
  };

  /** With `history`, the selection is kept in the URL hash, so it can be shared and reloaded. */
  private _writeHash(): void {
    if (!this.history) return;
    const hash = this.selected ? `#${encodeURIComponent(this.selected)}` : '';
    if (location.hash !== hash) history.replaceState(history.state, '', hash || location.pathname + location.search);
  }

  private _retry(): void {
    if (this.src) void this._fetch(this.src);
  }

  // ---- scales and view ----

  private _baseDomainMs(): [number, number] {
    const [a, b] = this._base.domain();
    return [a.getTime(), b.getTime()];
  }

  /** The base scale spans every event and era, with a margin; zooming only changes the transform. */
  private _rebuildBase(): void {
    const extent = this._extent ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
    const [a, b] = padExtent(extent, 0.04, DAY * 2);
    const w = this._axisLength();
    // Right to left, time runs from the right edge to the left one; in the vertical layout it runs down.
    this._base = scaleTime()
      .domain([a, b])
      .range(this._rtl && !this._vertical ? [w, 0] : [0, w]);
  }

  /** Vertical below the breakpoint (attribute, else --mt-breakpoint, else 600 px) unless forced. */
  private _chooseLayout(): void {
    const style = getComputedStyle(this);
    const px = (name: string) => parseFloat(style.getPropertyValue(name));
    const breakpoint = this.breakpoint ?? (px('--mt-breakpoint') || BREAKPOINT);
    this._vertical = this.orientation === 'vertical' || (this.orientation !== 'horizontal' && this._width < breakpoint);
    this._length = Math.max(160, px('--mt-vertical-height') || VERTICAL_LENGTH);
    if (this._vertical && !this._verticalChart) this._waitFor(this._loadVertical());
  }

  /** Length in px of the time axis: the width, or in the vertical layout the chart's height. */
  private _axisLength(): number {
    return this._vertical ? this._length : Math.max(this._width, 1);
  }

  /** `view-start`/`view-end`, else the data's own `view`, each with a margin; else everything. */
  private _initialView(): [number, number] | undefined {
    const start = this.viewStart ? parseDate(this.viewStart) : undefined;
    const end = this.viewEnd ? parseDate(this.viewEnd) : undefined;
    const span: [number, number] | undefined =
      start && end && typeof start !== 'string' && typeof end !== 'string' ? [start.ms, end.endMs] : this._model.view;
    return span && padExtent(span, 0.06, DAY * 2);
  }

  /** The time scale of the current view (x across, or y down in the vertical layout). */
  private _x(): TimeScale {
    return this._vertical ? this._transform.rescaleY(this._base) : this._transform.rescaleX(this._base);
  }

  /** The visible span, earliest first (right to left, the scale's domain runs backwards). */
  private _visibleDomainMs(): [number, number] {
    const [a, b] = this._x()
      .domain()
      .map((d) => d.getTime());
    return a <= b ? [a, b] : [b, a];
  }

  private _visibleDomain(): [Date, Date] {
    const [a, b] = this._visibleDomainMs();
    return [new Date(a), new Date(b)];
  }

  private _setView(a: number, b: number, animate = false): void {
    this._applyTransform(this._transformFor(a, b), animate);
  }

  /** The zoom transform that shows `a` to `b` across the width (time runs either way: LTR or RTL). */
  private _transformFor(a: number, b: number): ZoomTransform {
    const x0 = this._base(a);
    const x1 = this._base(b);
    const k = this._axisLength() / Math.max(Math.abs(x1 - x0), 1e-9);
    const t = -Math.min(x0, x1);
    return zoomIdentity.scale(k).translate(this._vertical ? 0 : t, this._vertical ? t : 0);
  }

  private _applyTransform(transform: ZoomTransform, animate = false): void {
    if (!this._zoom || !this._svg) {
      this._transform = transform;
      return;
    }
    this._stopAnimation();
    if (animate && !reducedMotion()) this._animateTo(transform);
    else select(this._svg).call(this._zoom.transform, transform);
  }

  /**
   * Moves the view to `target` over 250 ms, one zoom transform a frame: the visible window's ends glide in
   * time (smoothstep). The zoom's `end` (and so `mt-rangechange`) waits for the last frame.
   */
  private _animateTo(target: ZoomTransform): void {
    const svgEl = this._svg!;
    const behaviour = this._zoom!;
    const [a0, b0] = this._visibleDomainMs();
    const scale = this._vertical ? target.rescaleY(this._base) : target.rescaleX(this._base);
    const [a1, b1] = scale
      .domain()
      .map(Number)
      .sort((p, q) => p - q);
    const began = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - began) / 250);
      const e = t * t * (3 - 2 * t);
      if (t >= 1) this._animation = undefined;
      else this._animation = requestAnimationFrame(frame);
      const step = t >= 1 ? target : this._transformFor(a0 + (a1 - a0) * e, b0 + (b1 - b0) * e);
      select(svgEl).call(behaviour.transform, step);
    };
    this._animation = requestAnimationFrame(frame);
  }

  private _stopAnimation(): void {
    if (this._animation) cancelAnimationFrame(this._animation);
    this._animation = undefined;
  }

  private _zoomBy(factor: number, aroundMs?: number): void {
    if (!this._zoom || !this._svg) return;
    this._userZoom = true;
    const at = aroundMs === undefined ? this._axisLength() / 2 : this._x()(aroundMs);
    const point: [number, number] = this._vertical ? [0, at] : [at, 0];
    // What d3-zoom's scaleBy does (scale about the point, within the scale and translate extents), as a target.
    const from = this._transform;
    const [kMin, kMax] = this._zoom.scaleExtent();
    const k = Math.max(kMin, Math.min(kMax, from.k * factor));
    const [px, py] = from.invert(point);
    const moved = zoomIdentity.translate(point[0] - px * k, point[1] - py * k).scale(k);
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [Math.max(this._width, 1), this._height],
    ];
    this._applyTransform(this._zoom.constrain()(moved, extent, this._zoom.translateExtent()), true);
  }

  private _fitByUser(): void {
    this._userZoom = true;
    this._applyTransform(zoomIdentity, true);
  }

  /** Pans (keeping the zoom) so the event is in view. */
  private _reveal(event: TimelineEvent): void {
    const [a, b] = this._visibleDomainMs();
    const s = event.start.ms;
    if (s >= a && s <= b) return;
    const half = (b - a) / 2;
    this._setView(s - half, s + half);
  }

  /** d3's multi-scale tick format, spelled by Intl in the reader's locale (UTC, like the scale). */
  private _tickLabel(date: Date): string {
    const options: Intl.DateTimeFormatOptions =
      utcMinute(date) < date || utcHour(date) < date
        ? { hour: 'numeric', minute: '2-digit' }
        : utcDay(date) < date
          ? { hour: 'numeric' }
          : utcMonth(date) < date
            ? { month: 'short', day: 'numeric' }
            : utcYear(date) < date
              ? { month: 'short' }
              : { year: 'numeric' };
    return formatter(this._loc, { ...options, timeZone: 'UTC' }).format(date);
  }

  // ---- layout ----

  private _layoutLanes(events = this._model.events): LaneLayout[] {
    let top = 0;
    return assignLanes(events).map((lane) => {
      const rows = Math.min(MAX_ROWS, lane.events.length);
      const badgeRow = lane.events.length > rows ? ROW : 0;
      const height = MARK_Y + 14 + rows * ROW + badgeRow + 6;
      const key = lane.key;
      const title = this._str.lanes[key] ?? (key || this._str.other);
      const layout = { lane, index: indexLane(lane.events), key, title, top, height, rows };
      top += height;
      return layout;
    });
  }

  /** Label width in px, measured once per text and weight on a canvas (no layout of the page). */
  private _labelWidth(text: string, bold = false): number {
    const key = bold ? `b:${text}` : text;
    let width = this._labelWidths.get(key);
    if (width === undefined) {
      this._measure ??= document.createElement('canvas').getContext('2d');
      const family = getComputedStyle(this).fontFamily || 'sans-serif';
      if (this._measure) this._measure.font = `${bold ? 'bold ' : ''}${LABEL_FONT} ${family}`;
      width = Math.ceil((this._measure?.measureText(text).width ?? text.length * 7) + 2);
      this._labelWidths.set(key, width);
    }
    return width;
  }

  // ---- interaction ----

  private _onEventClick(event: TimelineEvent): void {
    this._focusId = event.id;
    this._choose(event);
  }

  /** A selection by the reader: updates `selected` and fires `mt-select`. */
  private _choose(event: TimelineEvent): void {
    this.selected = event.id;
    this._emit<SelectDetail>('mt-select', { event });
  }

  /** Loads the details panel (a chunk) and, for an event with HTML or media, its sanitised content. */
  private async _loadDetails(): Promise<void> {
    const event = this.selected ? this._event(this.selected) : undefined;
    if (!event) return;
    try {
      if (!this._details) {
        const details = await import('./views/details-panel.js');
        const root = this.renderRoot as ShadowRoot;
        const sheet = details.detailsStyles.styleSheet;
        if (sheet && root.adoptedStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this._details = details;
      }
      const rich = await this._details.loadRich(event);
      if (rich && this.selected === event.id) this._rich = rich;
    } catch {
      // Without the chunk there is no panel; without the sanitiser it shows the plain summary, never raw HTML.
    }
  }

  /** Says the headline and date of the selection (not the whole body) in the polite live region. */
  private _announceSelection(): void {
    const event = this.selected ? this._event(this.selected) : undefined;
    if (event) this._announcement = `${event.title}, ${formatRange(event.start, event.end, this._loc)}`;
  }

  private _step(direction: 1 | -1, byUser: boolean): void {
    const events = this._model.events;
    if (!events.length) return;
    const current = this.selected ?? this._focusId;
    const index = current ? events.findIndex((e) => e.id === current) : -1;
    const next = events[Math.min(events.length - 1, Math.max(0, index < 0 ? 0 : index + direction))];
    this._reveal(next);
    if (byUser) this._choose(next);
    else this.selected = next.id;
  }

  private _onKeyDown(e: KeyboardEvent): void {
    const target = e.composedPath()[0] as Element | undefined;
    if (e.key === 'Escape' && this.selected) {
      e.preventDefault();
      const id = this.selected;
      this.selected = null;
      this._focusId = id;
      void this.updateComplete.then(() => this._focusEvent(id));
      return;
    }
    if (!target?.closest?.('svg')) return;
    const events = this._model.events;
    const index = this._focusId ? events.findIndex((ev) => ev.id === this._focusId) : -1;
    let move: number | undefined;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowLeft':
        // Later in time is to the right, or to the left when the layout runs right to left.
        move = index + ((e.key === 'ArrowRight') !== this._rtl ? 1 : -1);
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        // Time runs down in the vertical layout, where the lanes share one column.
        if (this._vertical) {
          move = index + (e.key === 'ArrowDown' ? 1 : -1);
          break;
        }
        const near = this._nearestInLane(e.key === 'ArrowUp' ? -1 : 1);
        move = near ? events.indexOf(near) : index;
        break;
      }
      case 'Home':
        move = 0;
        break;
      case 'End':
        move = events.length - 1;
        break;
      case 'Enter':
      case ' ': {
        const event = this._focusId ? this._event(this._focusId) : undefined;
        if (event && target.closest('[part~="event"]')) {
          e.preventDefault();
          this._choose(event);
        }
        return;
      }
      case '+':
      case '=':
        e.preventDefault();
        this._zoomBy(2, this._focusId ? this._event(this._focusId)?.start.ms : undefined);
        return;
      case '-':
        e.preventDefault();
        this._zoomBy(0.5, this._focusId ? this._event(this._focusId)?.start.ms : undefined);
        return;
      case '0':
        e.preventDefault();
        this._fitByUser();
        return;
      default:
        return;
    }
    e.preventDefault();
    const event = events[Math.max(0, Math.min(events.length - 1, move))];
    if (!event) return;
    this._focusId = event.id;
    this._reveal(event);
    void this.updateComplete.then(() => this._focusEvent(event.id));
  }

  /** The event nearest in time to the focused one, in the next non-empty lane above (-1) or below (1). */
  private _nearestInLane(direction: 1 | -1): TimelineEvent | undefined {
    const focused = this._focusId ? this._event(this._focusId) : undefined;
    if (!focused) return undefined;
    const from = this._lanes.findIndex((lane) => lane.lane.events.includes(focused));
    const lane = this._lanes[from + direction]?.lane;
    if (!lane) return undefined;
    const t = focused.start.ms;
    let best = lane.events[0];
    for (const event of lane.events) if (Math.abs(event.start.ms - t) < Math.abs(best.start.ms - t)) best = event;
    return best;
  }

  private _focusEvent(id: string): void {
    const mark = this.renderRoot.querySelector<SVGGElement>(`[part~="event"][data-id="${CSS.escape(id)}"]`);
    mark?.focus();
  }

  // ---- rendering ----

  override render(): TemplateResult {
    const t = this._str;
    const model = this._model;
    return html`
      <div class="width-probe" aria-hidden="true"></div>
      <div
        class="frame ${this._vertical ? 'vertical' : 'horizontal'}"
        role="region"
        aria-label=${model.title ?? t.timeline}
        @keydown=${this._onKeyDown}
      >
        ${this._renderHeader()}
        <div class="toolbar">
          <div part="notice" role="status" aria-live="polite">${this._renderNotice()}</div>
          <div part="controls" role="group" aria-label=${t.timeline}>
            <button
              type="button"
              class="zoom-in"
              aria-label=${t.zoomIn}
              title=${t.zoomIn}
              @click=${() => this._zoomBy(2)}
            >
              +
            </button>
            <button
              type="button"
              class="zoom-out"
              aria-label=${t.zoomOut}
              title=${t.zoomOut}
              @click=${() => this._zoomBy(0.5)}
            >
              −
            </button>
            <button type="button" class="fit" @click=${this._fitByUser}>${t.fit}</button>
            <button
              type="button"
              class="list-toggle"
              aria-pressed=${this.listView ? 'true' : 'false'}
              @click=${() => (this.listView = !this.listView)}
            >
              ${t.listView}
            </button>
            ${
              this.download
                ? html`<button
                      type="button"
                      class="download-svg"
                      aria-label=${t.downloadSvg}
                      title=${t.downloadSvg}
                      @click=${() => this._download('svg')}
                    >
                      SVG
                    </button>
                    <button
                      type="button"
                      class="download-png"
                      aria-label=${t.downloadPng}
                      title=${t.downloadPng}
                      @click=${() => this._download('png')}
                    >
                      PNG
                    </button>`
                : nothing
            }
          </div>
        </div>
        <div class="viewport">
          ${
            this.listView && !this._printing
              ? this._renderList()
              : !this._width
                ? nothing
                : this._vertical
                  ? this._renderVerticalChart()
                  : this._renderChart()
          }
          ${this._printing ? this._renderList() : nothing} ${this._renderDetails()}
        </div>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      </div>
    `;
  }

  /** The same events as a plain, readable HTML list. */
  private _renderList(): TemplateResult {
    const locale = this._loc;
    const level = Math.min(6, this._headingLevel() + 1);
    return html`<ol part="list" class="list-view">
      ${this._model.events.map(
        (event) =>
          html`<li>
            <div role="heading" aria-level=${level} class="list-title">
              <button
                type="button"
                class="link"
                aria-pressed=${event.id === this.selected ? 'true' : 'false'}
                @click=${() => this._choose(event)}
              >
                ${event.title}
              </button>
            </div>
            <p class="list-meta">
              ${formatRange(event.start, event.end, locale)}${event.place ? html` · ${placeText(event.place)}` : nothing}
            </p>
            ${event.summary ? html`<p>${event.summary}</p>` : nothing}
          </li>`,
      )}
    </ol>`;
  }

  private _headingLevel(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  private _renderHeader(): TemplateResult | typeof nothing {
    const model = this._model;
    const gap = this._inPersonGap();
    if (!model.title && !model.description && !gap) return nothing;
    return html`<div part="header" class="header">
      ${
        model.title
          ? html`<div class="title" role="heading" aria-level=${this._headingLevel()}>${model.title}</div>`
          : nothing
      }
      ${model.description ? html`<p>${model.description}</p>` : nothing}
      ${gap ? html`<p class="gap">${gap.sentence}</p>` : nothing}
    </div>`;
  }

  private _renderNotice(): TemplateResult | typeof nothing {
    const t = this._str;
    const errors = this._model.errors;
    if (this._exportError) return html`${this._exportError}`;
    if (this._loadError) {
      return html`${this._loadError} <button type="button" class="retry" @click=${this._retry}>${t.retry}</button>`;
    }
    if (!errors.length) return nothing;
    // An item with two bad fields is one skipped item.
    const items = new Set(errors.map((error) => /^(?:events|eras|rows)\[\d+\]/.exec(error.path)?.[0] ?? error.path))
      .size;
    const count = this._numbers.format(items);
    return html`${t.skipped(count, items)}
      <details>
        <summary>${t.why}</summary>
        <ul>
          ${errors.map((error) => html`<li>${error.path ? `${error.path}: ` : ''}${error.message}</li>`)}
        </ul>
      </details>`;
  }

  private _renderChart(): TemplateResult {
    const width = Math.max(this._width, 1);
    const lanesHeight = this._lanes.reduce((sum, lane) => sum + lane.height, 0);
    // Era titles get a strip of their own above the axis, so they never cover event labels.
    const eraStrip = this._model.eras.length ? ERA_STRIP : 0;
    this._height = lanesHeight + eraStrip + (this._model.events.length ? AXIS_HEIGHT : 0);
    const x = this._x();
    const [d0, d1] = this._visibleDomainMs();
    const scale = this._frameScale(x, d0, d1);
    const marks = this._frameMarks(scale, d0, d1);
    const lanes = this._lanes.map((lane, l) => this._renderLane(lane, marks[l], x, scale, width));
    // Every drawn event in one list, in time order, for screen readers and the tab order.
    const drawn = lanes
      .flatMap(({ singles }, l) =>
        singles.map((event) => ({ event, top: this._lanes[l].top, position: this._positionOf(event) })),
      )
      .sort((a, b) => a.position - b.position);
    // One tab stop (roving tabindex): the focused event when drawn, else the earliest one drawn.
    const tabStop = (drawn.find((d) => d.event.id === this._focusId) ?? drawn[0])?.event.id;
    return html`<svg part="chart" width=${width} height=${this._height} viewBox="0 0 ${width} ${this._height}">
      <defs>
        <clipPath id="plot"><rect width=${width} height=${this._height}></rect></clipPath>
      </defs>
      <g clip-path="url(#plot)">
        ${this._lanes.map(
          (lane) => svg`<g part="lane" class="lane" data-lane=${lane.key} transform="translate(0,${lane.top})">
            <rect class="lane-band" width=${width} height=${lane.height - 2}></rect>
            <line class="lane-rule" x2=${width} y1=${lane.height - 1} y2=${lane.height - 1}></line>
          </g>`,
        )}
        ${this._model.eras.map((era, i) => {
          const [e0, e1] = [x(era.start.ms), x(era.end.endMs)].sort((a, b) => a - b);
          const x0 = Math.max(e0, -1);
          const x1 = Math.min(e1, width + 1);
          if (x1 <= x0) return nothing;
          // A title is shown only where its era is wide enough to hold it.
          const title = this._labelWidth(era.title) + 8 < x1 - x0 ? era.title : '';
          return svg`<g class="era ${i % 2 ? 'odd' : 'even'}" aria-hidden="true"><rect x=${x0} width=${x1 - x0} height=${lanesHeight + eraStrip}></rect>
            ${
              title
                ? svg`<text x=${this._rtl ? x1 - 4 : x0 + 4} text-anchor=${this._rtl ? 'end' : 'start'} y=${lanesHeight + eraStrip - 5}>${title}</text>`
                : nothing
            }</g>`;
        })}
        ${this._lanes.map(
          (lane) =>
            svg`<text class="lane-label" aria-hidden="true" x=${this._rtl ? width - 8 : 8} text-anchor=${this._rtl ? 'end' : 'start'}
              y=${lane.top + 13}>${lane.title}</text>`,
        )}
        ${this._renderGap(x)} ${lanes.map((lane) => lane.decoration)}
        <g role="list" aria-label=${this._str.events}>
          ${drawn.map(({ event, top }) => this._renderMark(event, top + MARK_Y, x, event.id === tabStop))}
        </g>
      </g>
      ${
        this._model.events.length
          ? svg`<g part="axis" transform="translate(0,${lanesHeight + eraStrip})" aria-hidden="true">
              ${renderAxis(x, 'bottom', Math.max(2, Math.floor(width / 110)), (d) => this._tickLabel(d))}
            </g>`
          : nothing
      }
    </svg>`;
  }

  /** The vertical layout (a chunk, loaded when the element first turns vertical). */
  private _renderVerticalChart(): TemplateResult | typeof nothing {
    if (!this._verticalChart) return nothing;
    const [d0, d1] = this._visibleDomainMs();
    const events = this._model.events;
    const keepId = this._keepId(d0, d1);
    this._height = this._length;
    return this._verticalChart.renderVerticalChart({
      width: Math.max(this._width, 1),
      length: this._length,
      rtl: this._rtl,
      y: this._x(),
      visible: [d0, d1],
      origin: this._baseDomainMs()[0],
      events,
      eras: this._model.eras,
      index: this._startIndex,
      keep: keepId ? this._event(keepId) : undefined,
      keepId,
      focusId: this._focusId,
      strings: this._str,
      numbers: this._numbers,
      compact: this._compact,
      labelWidth: (text, bold) => this._labelWidth(text, bold),
      tickLabel: (date) => this._tickLabel(date),
      renderMark: (event, cross, y, tabStop) => this._renderMark(event, cross, y, tabStop),
      expand: (from, to, count) => this._expand(from, to, count),
    });
  }

  private async _loadVertical(): Promise<void> {
    try {
      this._verticalChart ??= await import('./views/vertical-chart.js');
    } catch {
      // Without the chunk the chart stays empty; the list view still shows every event.
    }
  }

  /** The level-of-detail scale of a frame: buckets are fixed in world px, so panning keeps them. */
  private _frameScale(x: TimeScale, d0: number, d1: number): FrameScale {
    const [r0, r1] = x.range();
    return { origin: this._baseDomainMs()[0], pxPerMs: Math.abs(r1 - r0) / (d1 - d0) };
  }

  /** The event always drawn, so the timeline keeps a tab stop: the focused, else selected, else earliest visible one. */
  private _keepId(d0: number, d1: number): string | undefined {
    const earliest = this._model.events[bisectLeft(this._startIndex.starts, d0)];
    return this._focusId ?? this.selected ?? (earliest && earliest.start.ms <= d1 ? earliest.id : undefined);
  }

  /** What each lane draws this frame: single events and count marks, bounded by the pixels in view. */
  private _frameMarks(scale: FrameScale, d0: number, d1: number): LaneMark[][] {
    const keepId = this._keepId(d0, d1);
    const kept = keepId ? this._event(keepId) : undefined;
    return this._lanes.map((lane) => {
      const keep = kept ? indexOfEvent(lane.lane.events, lane.index, kept) : -1;
      return frameMarks(lane.index, d0, d1, scale, BUCKET_PX, keep, keepId === this._focusId);
    });
  }

  /**
   * A lane's count marks, labels and "+N" badges (decoration, hidden from assistive technology), and its
   * event marks, which the chart gathers into one list in time order.
   */
  private _renderLane(
    lane: LaneLayout,
    marks: LaneMark[],
    x: TimeScale,
    scale: FrameScale,
    width: number,
  ): { decoration: TemplateResult; singles: TimelineEvent[] } {
    const events = lane.lane.events;
    const singles = marks.filter((m): m is number => typeof m === 'number').map((i) => events[i]);
    // Labels are placed in reading order: a label starts just after its mark (to its left when right to
    // left), or ends at it when it would run off the far edge. `logical` mirrors x for right to left.
    const logical = (px: number) => (this._rtl ? width - px : px);
    const screenLeft = (start: number, w: number) => (this._rtl ? width - start - w : start);
    const items = singles.map((event) => {
      const at = logical(x(event.start.ms));
      const w = this._labelWidth(event.title, event.kind === 'in-person');
      const start = at + 11 + w > width - 4 ? Math.max(at - 11 - w, width - 4 - w) : at + 11;
      return { x: Math.max(4, start), width: w };
    });
    const order = items.map((_, i) => i).sort((a, b) => items[a].x - items[b].x);
    const placed = placeLabels(
      order.map((i) => items[i]),
      { rows: lane.rows, gap: 10, badgeWidth: (n) => 16 + String(n).length * 7 },
    );
    const rowOf = new Int16Array(items.length);
    order.forEach((item, i) => (rowOf[item] = placed.row[i]));
    const t = this._str;
    const format = this._numbers;
    const labelTop = MARK_Y + 14 + 12;
    const decoration = svg`<g class="events" transform="translate(0,${lane.top})">
      ${marks.filter((m): m is MarkGroup => typeof m !== 'number').map((m) => this._renderCount(events, m, x, format, lane.index.starts, scale))}
      ${singles.flatMap((event, i) =>
        rowOf[i] < 0
          ? []
          : [
              svg`<text part="label" class=${event.kind === 'in-person' ? 'strong' : ''} aria-hidden="true"
              x=${screenLeft(items[i].x, items[i].width)} y=${labelTop + rowOf[i] * ROW}>${event.title}</text>`,
            ],
      )}
      ${placed.clusters.map((cluster) => {
        const y = labelTop + lane.rows * ROW - 12;
        const ends = [singles[order[cluster.first]], singles[order[cluster.last]]];
        const from = Math.min(...ends.map((e) => e.start.ms));
        const to = Math.max(...ends.map((e) => e.end?.endMs ?? e.start.endMs));
        const count = format.format(cluster.count);
        return svg`<g part="cluster" class="cluster" role="button" tabindex="-1" aria-label=${t.more(count)}
            transform="translate(${screenLeft(cluster.x, cluster.width)},${y})" @click=${() => this._expand(from, to, cluster.count + 1)}>
            <rect class="hit" y="-4.5" width=${Math.max(24, cluster.width)} height="24"></rect>
            <rect width=${cluster.width} height="15" rx="7"></rect>
            <text x=${cluster.width / 2} y="11" text-anchor="middle">+${count}</text>
          </g>`;
      })}
    </g>`;
    return { decoration, singles };
  }

  /**
   * One event's mark: a list item holding a focusable button, named by title, date and place. `cross` is
   * its centre across the time axis (y, or x in the vertical layout).
   */
  private _renderMark(event: TimelineEvent, cross: number, x: TimeScale, tabStop: boolean): TemplateResult {
    const x0 = x(event.start.ms);
    const kind = MARK_PATHS[event.kind] ? event.kind : 'other';
    const dx = event.end ? x(event.end.endMs) - x0 : 0;
    const bar = Math.abs(dx);
    // The focus and selection ring, only on the marks that can have focus or are selected.
    const ring = tabStop || event.id === this._focusId || event.id === this.selected;
    // Drawn across; the vertical layout swaps the axes of the bar and the hit area.
    const v = this._vertical;
    const box = (along: number, across: number, length: number, thickness: number) =>
      v ? { x: across, y: along, w: thickness, h: length } : { x: along, y: across, w: length, h: thickness };
    const barBox = box(Math.min(0, dx), -5, bar, 10);
    const hit = box(dx < 0 ? -Math.max(12, bar) : -12, -12, Math.max(24, bar + 12), 24);
    return svg`<g role="listitem" aria-posinset=${this._positionOf(event) + 1} aria-setsize=${this._model.events.length}
        transform="translate(${v ? cross : x0},${v ? x0 : cross})">
      <g part="event" class="event k-${kind}" data-id=${event.id} role="button" tabindex=${tabStop ? 0 : -1}
        aria-label=${this._accessibleName(event)} aria-pressed=${event.id === this.selected ? 'true' : 'false'}
        @click=${() => this._onEventClick(event)} @focus=${() => (this._focusId = event.id)}>
        ${bar > 1 ? svg`<rect class="bar" x=${barBox.x} y=${barBox.y} width=${barBox.w} height=${barBox.h}></rect>` : nothing}
        <rect class="hit" x=${hit.x} y=${hit.y} width=${hit.w} height=${hit.h}></rect>
        <path class="mark" d=${MARK_PATHS[kind]}></path>
        ${ring ? svg`<circle class="ring" r="12"></circle>` : nothing}
      </g>
    </g>`;
  }

  /** A count mark: several events too close to draw apart at this zoom. Clicking zooms in on them. */
  private _renderCount(
    events: readonly TimelineEvent[],
    group: MarkGroup,
    x: TimeScale,
    format: Intl.NumberFormat,
    starts: Float64Array,
    scale: FrameScale,
  ): TemplateResult {
    const first = events[group.first];
    const last = events[group.last];
    const count = format.format(group.count);
    // The pill fills its buckets, so neighbouring count marks touch but never overlap.
    const [e0, e1] = groupExtent(group, starts, scale, BUCKET_PX).map((px) => x(scale.origin + px / scale.pxPerMs));
    const x0 = Math.min(e0, e1);
    const w = Math.abs(e1 - e0);
    const label = group.count < 1000 ? count : this._compact.format(group.count);
    const to = Math.max(last.end?.endMs ?? last.start.endMs, first.end?.endMs ?? 0);
    return svg`<g part="count" class="count" role="button" tabindex="-1" aria-label=${this._str.more(count)}
        transform="translate(${x0},${MARK_Y - 12})" @click=${() => this._expand(first.start.ms, to, group.count)}>
        <rect width=${w} height="24" rx="12"></rect>
        <text x=${w / 2} y="16" text-anchor="middle">${label}</text>
      </g>`;
  }

  /**
   * Zooms in on `count` events from `from` to `to` (a count mark or a "+N" badge): far enough that, spread
   * evenly, they would stand 26 px apart (past the 24 px that merges marks), at least twice as far as now,
   * and no further than needed to show them all.
   */
  private _expand(from: number, to: number, count: number): void {
    this._userZoom = true;
    const [a, b] = this._visibleDomainMs();
    const apart = ((to - from) / Math.max(1, count - 1)) * (this._axisLength() / 26);
    const span = Math.max(MIN_SPAN, Math.min((to - from) * 1.2, apart, (b - a) / 2));
    const middle = (from + to) / 2;
    this._setView(middle - span / 2, middle + span / 2, true);
  }

  /** The in-person meetings, computed from the data, and the days between consecutive ones; once per model and text. */
  private _inPersonGap(): Gap | undefined {
    const key = [this._meetings, this._loc, this._str] as const;
    if (this._gap?.key.every((part, i) => part === key[i])) return this._gap.value;
    this._gap = { key, value: this._computeGap() };
    return this._gap.value;
  }

  private _computeGap(): Gap | undefined {
    const meetings = this._meetings;
    if (meetings.length < 2) return undefined;
    const from = meetings[meetings.length - 2];
    const to = meetings[meetings.length - 1];
    const n = daysBetween(from.start, to.start);
    const locale = this._loc;
    const t = this._str;
    const days = t.days(new Intl.NumberFormat(locale).format(n), n);
    return { from, to, days, sentence: t.between(days, formatDate(from.start, locale), formatDate(to.start, locale)) };
  }

  private _renderGap(x: TimeScale): TemplateResult | typeof nothing {
    const gap = this._inPersonGap();
    const lane = this._lanes.find((l) => l.key === 'in-person');
    if (!gap || !lane) return nothing;
    const [x0, x1] = [x(gap.from.start.ms), x(gap.to.start.ms)].sort((a, b) => a - b);
    const y = lane.top + MARK_Y;
    return svg`<g class="span" aria-hidden="true">
      <line x1=${x0 + 12} x2=${x1 - 12} y1=${y} y2=${y}></line>
      <text x=${(x0 + x1) / 2} y=${y - 6} text-anchor="middle">${gap.days}</text>
    </g>`;
  }

  private _renderDetails(): TemplateResult | typeof nothing {
    const event = this.selected ? this._event(this.selected) : undefined;
    if (!event || !this._details) return nothing;
    const events = this._model.events;
    const index = this._positionOf(event);
    return this._details.renderDetails({
      event,
      strings: this._str,
      locale: this._loc,
      rich: this._rich?.id === event.id ? this._rich : undefined,
      hasPrevious: index > 0,
      hasNext: index < events.length - 1,
      onClose: () => this._closeDetails(),
      onStep: (direction) => this._step(direction, true),
      onKeyDown: (e) => this._onKeyDown(e),
    });
  }

  /** Saves the chart through a temporary link to a blob URL, named after the dataset. */
  private async _download(type: 'svg' | 'png'): Promise<void> {
    this._exportError = undefined;
    try {
      const blob = type === 'svg' ? new Blob([await this.toSVG()], { type: 'image/svg+xml' }) : await this.toPNG();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      const name = (this._model.title ?? 'timeline')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '');
      link.href = url;
      link.download = `${name || 'timeline'}.${type}`;
      link.click();
      // The browser has taken the file by the next task.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      this._exportError = this._str.exportFailed(String((error as Error)?.message ?? error));
    }
  }

  private _closeDetails(): void {
    const id = this.selected;
    this.selected = null;
    if (id) void this.updateComplete.then(() => this._focusEvent(id));
  }

  private _accessibleName(event: TimelineEvent): string {
    let name = this._names.get(event.id);
    if (name === undefined) {
      const parts = [event.title, formatRange(event.start, event.end, this._loc)];
      if (event.place) parts.push(placeText(event.place));
      name = parts.filter(Boolean).join(', ');
      this._names.set(event.id, name);
    }
    return name;
  }

  private _locale(): string {
    const lang = this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en-US';
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en-US';
    } catch {
      return 'en-US';
    }
  }

  private _t(): TimelineStrings {
    return { ...en, ...this._localeStrings, ...this.strings };
  }

  /** Loads the interface text for the locale's language, a chunk of its own (English is built in). */
  private async _loadStrings(): Promise<void> {
    const locale = this._locale();
    const language = locale.split('-')[0];
    const load = STRINGS[language];
    if (!load) return void (this._localeStrings = undefined);
    try {
      const { strings } = await load();
      if (this._locale() === locale) this._localeStrings = strings;
    } catch {
      // The English text stays: a missing translation never breaks the timeline.
    }
  }

  private _emit<T>(name: string, detail: T): void {
    /** @internal The events are documented by the `@fires` tags above the class. */
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }
}

const BUILT_IN = Symbol('built-in');

let motionQuery: MediaQueryList | undefined;
/** Whether the reader asked for reduced motion (the query object made once; its `matches` stays live). */
function reducedMotion(): boolean {
  motionQuery ??= matchMedia('(prefers-reduced-motion: reduce)');
  return motionQuery.matches;
}

/** Interface text beyond English, by language; each is a chunk loaded when a page needs it. */
const STRINGS: Record<string, () => Promise<{ strings: TimelineStrings }>> = {
  ar: () => import('./i18n/ar.js'),
  de: () => import('./i18n/de.js'),
  es: () => import('./i18n/es.js'),
  fr: () => import('./i18n/fr.js'),
  zh: () => import('./i18n/zh.js'),
};

/** Inputs this large are validated in slices, so the page stays responsive while they load. */
function isLarge(input: unknown): boolean {
  try {
    const events = Array.isArray(input) ? input : (input as { events?: unknown } | null)?.events;
    return Array.isArray(events) && events.length > 20_000;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** Each event's position in the list, by id (ids are unique once validated). */
function positions(events: readonly TimelineEvent[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < events.length; i++) map.set(events[i].id, i);
  return map;
}

function toMs(value: DateInput | number): number {
  if (typeof value === 'number') return value;
  const point = parseDate(value);
  return typeof point === 'string' ? NaN : point.ms;
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
  }
}
