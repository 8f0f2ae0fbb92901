import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { layoutFrame, type FrameLayout } from '../layout/frame.js';
import type { VerticalFrame } from '../layout/vertical-frame.js';
import type { VerticalChartModule } from './size-controller.js';

/** The crowded-lane chunk. */
export type CrowdedModule = typeof import('../crowded.js');
import type { FrameScale } from '../layout/lane-index.js';
import type { TimeScale } from '../layout/time-scale.js';
import type { TimelineModel } from '../model/model.js';
import type { TimelineEvent } from '../types.js';

/** Height of the strip at the top of the chart that holds the eras' names, px. */
export const ERA_STRIP = 20;
/** Height of the time axis, px. */
export const AXIS_HEIGHT = 30;

/** What the layout controller asks of the element's other parts. */
export interface LayoutConfig {
  model(): TimelineModel;
  size: {
    readonly chartWidth: number;
    readonly rtl: boolean;
    readonly vertical: boolean;
    /** Px the visible span takes at an even density in the vertical layout. */
    readonly length: number;
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
  /** Width in px of an event's label as drawn. */
  labelWidth(event: TimelineEvent): number;
  /** An event's label wrapped to lines no wider than `width` px. */
  wrap(event: TimelineEvent, width: number): string[];
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

  /** `wait` makes `updateComplete` wait for the crowded-lane chunk. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: LayoutConfig,
    private readonly wait: (work: Promise<unknown>) => void,
  ) {
    host.addController(this);
  }

  /** Where the lanes start: below the era names' strip when the data has eras. */
  get top(): number {
    return this.config.model().eras.length ? ERA_STRIP : 0;
  }

  /** The chart's height: the vertical layout's, or the horizontal one's era strip, lanes and axis. */
  get height(): number {
    if (this.config.size.vertical) return this.verticalFrame?.height ?? this.config.size.length;
    const model = this.config.model();
    return this.top + (this.frame?.height ?? 0) + (model.events.length ? AXIS_HEIGHT : 0);
  }

  hostConnected(): void {}

  hostUpdate(): void {
    const { size, viewport } = this.config;
    if (!size.chartWidth) return;
    const model = this.config.model();
    if (size.vertical) {
      const chunk = size.verticalChart;
      if (!chunk) return;
      const room = chunk.labelRoom(size.chartWidth);
      this.verticalFrame = chunk.layoutVertical({
        events: model.events,
        index: model.startIndex,
        visible: viewport.visibleMs(),
        nominalLength: size.length,
        keep: this.config.kept().outside,
        lines: (event) => this.config.wrap(event, room),
      });
      return;
    }
    const scale = viewport.scale();
    const { keep, outside } = this.config.kept();
    const ends = model.events.length ? [model.events[0], model.events[model.events.length - 1]] : [];
    this.frame = layoutFrame({
      lanes: model.lanes,
      x: (ms) => scale(ms),
      visible: viewport.visibleMs(),
      frame: viewport.frameScale(),
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
      previous: this.frame?.lanes.length === model.lanes.length ? this.frame : undefined,
      moving: viewport.moving,
      crowdedLane: this.crowded?.crowdedLane,
    });
    if (this.frame.crowded && !this.crowded && !this.loadingCrowded) {
      this.loadingCrowded = true;
      this.wait(this.loadCrowded());
    }
  }

  private async loadCrowded(): Promise<void> {
    try {
      this.crowded = await import('../crowded.js');
      this.host.requestUpdate();
    } catch {
      // Without the chunk, crowded lanes draw every mark their rows hold, without count marks.
    }
  }
}
