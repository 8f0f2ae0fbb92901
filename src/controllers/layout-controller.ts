import { ERA_ROW, eraRows } from '../layout/era-rows.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addStyles } from '../views/add-styles.js';
import { layoutFrame, SPARSE_LIMIT, type FrameLayout } from '../layout/frame.js';
import { holdLevel } from '../layout/held-level.js';
import type { VerticalFrame } from '../layout/vertical-frame.js';
import type { VerticalChartModule } from './size-controller.js';
import type { ProgressiveDrawing } from '../views/mark-list.js';

/** The crowded-lane chunk. */
export type CrowdedModule = typeof import('../crowded.js');
import type { FrameScale } from '../layout/lane-index.js';
import type { TimeScale } from '../layout/time-scale.js';
import type { TimelineModel } from '../model/model.js';
import type { TimelineEvent } from '../types.js';

/** Height of the time axis, px. */
export const AXIS_HEIGHT = 40;
/** How long the level of detail keeps its scale after the view last moved, ms (see `lod`). */
export const LOD_HOLD_MS = 400;
/**
 * Script time a frame may spend making marks that came into view as the view moved, ms (see `progressive`): in
 * a frame that moves the view, and in one that only goes on drawing them.
 */
export const NEW_MARKS_MS = 2;
export const REST_MARKS_MS = 6;
/**
 * A load of more events than this asks for the crowded-lane chunk as it begins: spread over the five built-in
 * kinds' lanes, one of them has more events than a lane draws without count marks (SPARSE_LIMIT) in a view of
 * the whole span.
 */
export const CROWDED_LIKELY = SPARSE_LIMIT * 5;

/** What the layout controller asks of the element's other parts. */
export interface LayoutConfig {
  model(): TimelineModel;
  size: {
    readonly chartWidth: number;
    readonly rtl: boolean;
    readonly vertical: boolean;
    /** Px the visible span takes at an even density in the vertical layout. */
    readonly length: number;
    /** How far a mark's radius grew over 14 px marks (`--mt-mark-size`), px. */
    readonly markGrow: number;
    readonly verticalChart?: VerticalChartModule;
  };
  viewport: {
    readonly moving: boolean;
    scale(): TimeScale;
    visibleMs(): [number, number];
    frameScale(): FrameScale;
  };
  /** The events never folded away (focused, selected), and the one kept drawn outside the view (focused). */
  kept(): { keep: TimelineEvent[]; outside?: TimelineEvent };
  /** Width in px of an event's label as drawn, or of `text` (a part of it) in the label's weight. */
  labelWidth(event: TimelineEvent, text?: string): number;
  /** The events spans start from: their lanes get a line for the spans. */
  spanStarts(): readonly TimelineEvent[];
}

/**
 * The horizontal chart's layout for the current frame: lanes, rows, marks, labels and count marks, laid out
 * once an update (after the size and the viewport have settled), with the last frame kept so lanes grow but
 * do not shrink while the view moves. Its height is the chart's.
 */
export class LayoutController implements ReactiveController {
  frame?: FrameLayout;
  /** The vertical layout of this frame, when the element is vertical. */
  verticalFrame?: VerticalFrame;
  /** The crowded-lane chunk, loaded when a lane first has more events in view than its rows can label. */
  crowded?: CrowdedModule;
  private loadingCrowded = false;
  /** The svg's height: the chart's, with room to grow (see `canvasHeight`). */
  private heldHeight = 0;
  /** Whether this frame's view moved from the last one's (same events and width, another span). */
  private moved = false;
  /** The view came to rest after moving: the frame it gets then may bring hundreds of labelled marks (`held`). */
  private rested = false;
  /** Whether this frame draws its new marks over frames (see `progressive`). */
  private gradual = false;
  /** The level-of-detail scale of this frame (see `lod`). */
  private heldScale?: FrameScale;
  /** The level-of-detail scale of the last frame. */
  private lastScale?: FrameScale;
  private lodRelease?: ReturnType<typeof setTimeout>;
  private readonly drawing: ProgressiveDrawing;
  /** What the last update showed: whether the view moved since. */
  private view: { model?: TimelineModel; width: number; from: number; to: number } = { width: 0, from: 0, to: 0 };

  /** `wait` makes `updateComplete` wait for the crowded-lane chunk and for marks drawn over frames. */
  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly config: LayoutConfig,
    private readonly wait: (work: Promise<unknown>) => void,
  ) {
    host.addController(this);
    this.drawing = { budgetMs: NEW_MARKS_MS, restMs: REST_MARKS_MS, wait };
  }

  /**
   * How this frame's new marks are drawn: when the view moved, a step can bring hundreds into view at once (a
   * step into a crowded view splits its count marks), so those a frame has no time for are drawn in the next
   * ones, and `updateComplete` waits for them. New data's first frame draws the marks within the window's height
   * of the chart's top (`band`), and the rest over the frames after; a new width draws every mark at once.
   */
  get progressive(): ProgressiveDrawing | undefined {
    return this.gradual ? this.drawing : undefined;
  }

  /** Where the lanes start: below the era names' strip, a row for each overlapping era, when the data has eras. */
  get top(): number {
    // A row for each, 4 px below the last one's names.
    const { count } = eraRows(this.config.model().eras);
    return count && 4 + ERA_ROW * count;
  }

  /** The chart's height: the vertical layout's, or the horizontal one's era strip, lanes and axis. */
  get height(): number {
    if (this.config.size.vertical) return this.verticalFrame?.height ?? this.config.size.length;
    const model = this.config.model();
    return this.top + (this.frame?.height ?? 0) + (model.events.length ? AXIS_HEIGHT : 0);
  }

  /**
   * The chart's svg's own height, px: at least the chart's, and mostly more. Resizing an svg makes the browser lay
   * out every label in it again (12–24 ms for 500 events' few hundred, in Chromium, whatever their units), so the
   * svg is resized only when the chart outgrows it, to half as much again, or, outside a zoom's steps, takes less
   * than a third of it. A box of the chart's height clips the blank room below.
   */
  get canvasHeight(): number {
    return Math.max(this.height, this.heldHeight);
  }

  hostDisconnected(): void {
    clearTimeout(this.lodRelease);
    this.lodRelease = undefined;
    this.heldHeight = 0;
    this.heldScale = undefined;
  }

  /**
   * The level-of-detail scale of this frame: which events merge into count marks, and where those are drawn.
   * At rest it is the view's own. While the view moves step after step (a wheel or pinch zoom, a glide, a zoom
   * from code a frame at a time) it keeps the one it had, as long as the view is less than twice as close:
   * the same count marks are then the same nodes, moved, where a scale of its own each step
   * re-bucketed every event and rewrote each count mark's number and text (some 150 at 10,000 events, each
   * laid out again). Past twice as close (or below it) it steps by a power of two, so count marks split in two
   * (or merge by pairs) at once; LOD_HOLD_MS after the view last moved it is the view's own again.
   */
  get lod(): FrameScale {
    return this.heldScale ?? this.config.viewport.frameScale();
  }

  /** Sets the level of detail for this frame: held while the view moves on, else the view's own. */
  private holdScale(moved: boolean): void {
    const exact = this.config.viewport.frameScale();
    // A view that did not move is at rest. A first step from rest holds the scale it rested at: at the step's own,
    // every count mark was drawn anew (87 at 1,000 events, the slowest frame of a zoom), where held they move apart,
    // or merge by pairs, keeping their nodes. A key's or button's 2× is a level's step, the view's own.
    this.heldScale = moved ? holdLevel(this.lastScale ?? exact, exact) : undefined;
    this.lastScale = this.heldScale ?? exact;
    clearTimeout(this.lodRelease);
    this.lodRelease = undefined;
    if (!this.heldScale) return;
    this.lodRelease = setTimeout(() => {
      // Only crowded lanes (or a crowded vertical chart) draw by the level of detail; a horizontal chart's count
      // marks name their events only at rest (see FrameInput.atRest).
      const vertical = this.config.size.vertical;
      const differs = this.heldScale?.pxPerMs !== this.config.viewport.frameScale().pxPerMs;
      this.lodRelease = this.heldScale = undefined;
      const crowded = vertical ? this.verticalFrame?.crowded : this.frame?.crowded;
      const frame = vertical ? undefined : this.frame;
      if (crowded && (differs || frame?.counts.length || frame?.held)) {
        this.rested = true;
        this.host.requestUpdate();
      }
    }, LOD_HOLD_MS);
  }

  /**
   * A load of `events` events begins. When so many will likely crowd a lane, the crowded-lane chunk is asked for
   * now, while they are validated: asked for by the first frame that needs it, it came a round trip and a
   * render after the first picture, which drew the crowded lanes empty (at 50,000 events, 60 ms of 400).
   */
  expect(events: number): void {
    if (events > CROWDED_LIKELY) this.askCrowded();
  }

  hostUpdate(): void {
    const { size, viewport } = this.config;
    if (!size.chartWidth) return;
    const model = this.config.model();
    if (size.vertical) {
      const chunk = size.verticalChart;
      if (!chunk) return;
      // Count marks down the vertical layout hold their level as those across do (see `lod`).
      this.track(model, size.chartWidth, viewport.visibleMs());
      this.holdScale(this.moved);
      const room = chunk.labelRoom(size.chartWidth);
      this.verticalFrame = chunk.layoutVertical({
        events: model.events,
        index: model.startIndex,
        visible: viewport.visibleMs(),
        nominalLength: size.length,
        keep: this.config.kept().outside,
        eras: model.eras,
        lines: (event) => chunk.wrapLabel(event.title, room, (text) => this.config.labelWidth(event, text)),
      });
      this.hold();
      return;
    }
    const scale = viewport.scale();
    const visible = viewport.visibleMs();
    this.track(model, size.chartWidth, visible);
    this.holdScale(this.moved);
    const { keep, outside } = this.config.kept();
    const ends = model.events.length ? [model.events[0], model.events[model.events.length - 1]] : [];
    this.frame = layoutFrame({
      lanes: model.lanes,
      x: (ms) => scale(ms),
      visible,
      frame: this.lod,
      width: size.chartWidth,
      rtl: size.rtl,
      top: this.top,
      keep: [...keep, ...ends],
      outside,
      spanLanes: new Set(
        this.config
          .spanStarts()
          .map((event) => model.lanes.find((lane) => lane.events.includes(event))?.key)
          .filter((key): key is string => key !== undefined),
      ),
      labelWidth: this.config.labelWidth,
      markGrow: size.markGrow,
      previous: this.frame?.lanes.length === model.lanes.length ? this.frame : undefined,
      moving: viewport.moving,
      atRest: !this.moved,
      crowdedLane: this.crowded?.crowdedLane,
    });
    this.hold();
    if (this.frame.crowded) this.askCrowded();
  }

  /** Whether this frame's view moved from the last one's: the same events at the same width, another span. */
  private track(model: TimelineModel, width: number, [from, to]: [number, number]): void {
    const before = this.view;
    const same = before.model === model && before.width === width;
    // An update between a move's steps that moves nothing (a chunk arriving) is still part of the move: drawn at
    // rest, it laid every label out mid-zoom and let go of the svg's room, to be undone by the next step.
    this.moved = same && (from !== before.from || to !== before.to || this.lodRelease !== undefined);
    this.view = { model, width, from, to };
    // Drawn over frames: new marks a step brings into view, and the labelled marks of lanes held until rest.
    // New data's first picture is drawn over frames too, all that fits in the window in the first: at 500 events
    // the chart is some 3,700 px tall, and making every mark at once took a third of the render.
    const fresh = before.model !== model;
    this.drawing.band = fresh ? innerHeight : 0;
    this.gradual = this.moved || this.rested || fresh;
    this.rested = false;
  }

  /** Sets the svg's height for the frame just laid out, before it is drawn (see `canvasHeight`). */
  private hold(): void {
    const height = this.height;
    // Shrunk only by an update that does not move the view (new data or width, the view at rest), not by a zoom's step.
    if (height > this.heldHeight || (!this.moved && this.heldHeight > height * 3))
      this.heldHeight = Math.ceil(height * 1.5);
  }

  /** Asks for the crowded-lane chunk, once. */
  private askCrowded(): void {
    if (this.loadingCrowded) return;
    this.loadingCrowded = true;
    this.wait(this.loadCrowded());
  }

  private async loadCrowded(): Promise<void> {
    try {
      // The count marks' views are a chunk of their own (the vertical layout shares them) that the crowded-lane
      // chunk imports: asked for together, they load side by side, not one after the other has been read.
      const [crowded, marks] = await Promise.all([import('../crowded.js'), import('../views/crowded-marks.js')]);
      addStyles(this.host.renderRoot, marks.crowdedStyles);
      this.crowded = crowded;
      // The frame drawn without it, if crowded, is drawn again with it.
      if (this.frame?.crowded) this.host.requestUpdate();
    } catch {
      // Without the chunk, crowded lanes draw every mark their rows hold, without count marks.
    }
  }
}
