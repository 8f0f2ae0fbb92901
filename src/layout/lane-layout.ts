// The horizontal layout's vertical arithmetic: where each lane sits and how tall it is, and the chart's
// height. DOM-free.
import type { ModelLane } from '../model/model.js';

/** Mark centre, px from the lane's top. */
export const MARK_Y = 30;
/** Label row height, px. */
export const ROW = 17;
/** Label rows a lane has at most. */
export const MAX_ROWS = 3;
/** Height of the time axis, px. */
export const AXIS_HEIGHT = 28;
/** Height of the strip for era titles above the axis, px. */
export const ERA_STRIP = 18;

/** A lane placed in the chart. */
export interface LaneLayout {
  lane: ModelLane;
  /** Top, px from the chart's top. */
  top: number;
  height: number;
  /** Label rows. */
  rows: number;
}

/** Stacks the lanes top to bottom, each tall enough for its mark row and up to three label rows. */
export function layoutLanes(lanes: readonly ModelLane[]): LaneLayout[] {
  let top = 0;
  return lanes.map((lane) => {
    const rows = Math.min(MAX_ROWS, lane.events.length);
    const badgeRow = lane.events.length > rows ? ROW : 0;
    const height = MARK_Y + 14 + rows * ROW + badgeRow + 6;
    const layout = { lane, top, height, rows };
    top += height;
    return layout;
  });
}

/** Total height of the lanes, px. */
export function lanesHeight(lanes: readonly LaneLayout[]): number {
  return lanes.reduce((sum, lane) => sum + lane.height, 0);
}

/** The horizontal chart's height: lanes, the era strip when there are eras, the axis when there are events. */
export function chartHeight(lanes: readonly LaneLayout[], hasEras: boolean, hasEvents: boolean): number {
  return lanesHeight(lanes) + (hasEras ? ERA_STRIP : 0) + (hasEvents ? AXIS_HEIGHT : 0);
}
