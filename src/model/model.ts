// The model: what the element draws from, built once per load from validated data and never changed
// after. Views and controllers read it; a new load makes a new model.
import { assignLanes } from '../layout/lanes.js';
import { indexLane, indexOfEvent, type LaneIndex } from '../layout/level-of-detail.js';
import { timeExtent } from '../layout/extent.js';
import { yieldToPage } from '../scheduling/yield-to-page.js';
import { IN_PERSON } from './kinds.js';
import type { DataError, Era, TimelineData, TimelineEvent } from '../types.js';

/** A lane of the model: its key (kind or group), its events in start order, and their index. */
export interface ModelLane {
  readonly key: string;
  readonly events: readonly TimelineEvent[];
  readonly index: LaneIndex;
}

/** Everything the element draws from one load. */
export interface TimelineModel {
  readonly title?: string;
  readonly description?: string;
  /** Valid events, sorted by start. */
  readonly events: readonly TimelineEvent[];
  readonly eras: readonly Era[];
  /** The span to show first, in ms, when the data named one. */
  readonly view?: readonly [number, number];
  readonly errors: readonly DataError[];
  readonly warnings: readonly DataError[];
  /** Index of all events in start order. */
  readonly startIndex: LaneIndex;
  readonly lanes: readonly ModelLane[];
  /** The span `[start, end)` in ms of the events and eras; undefined when there are none. */
  readonly extent?: readonly [number, number];
  /** The in-person meetings, in time order. */
  readonly meetings: readonly TimelineEvent[];
  /** The event with this id. */
  byId(id: string): TimelineEvent | undefined;
  /** Where an event is in time order (0 when it is not in the model). */
  positionOf(event: TimelineEvent): number;
}

/** The parts of a model that cost O(N) to build, so a large load can build them a task at a time. */
interface Indexes {
  startIndex: LaneIndex;
  lanes: ModelLane[];
}

function lanesOf(events: readonly TimelineEvent[]): ModelLane[] {
  return assignLanes(events).map(({ key, events: laneEvents }) => ({
    key,
    events: laneEvents,
    index: indexLane(laneEvents),
  }));
}

function assemble(data: TimelineData, { startIndex, lanes }: Indexes): TimelineModel {
  const events = data.events;
  // The map from ids is built on first use: most loads never look an id up.
  let ids: Map<string, number> | undefined;
  return Object.freeze({
    title: data.title,
    description: data.description,
    events,
    eras: data.eras,
    view: data.view,
    errors: data.errors,
    warnings: data.warnings,
    startIndex,
    lanes,
    extent: timeExtent(events, data.eras),
    meetings: events.filter((e) => e.kind === IN_PERSON),
    byId(id: string) {
      if (!ids) {
        ids = new Map();
        for (let i = 0; i < events.length; i++) ids.set(events[i].id, i);
      }
      const i = ids.get(id);
      return i === undefined ? undefined : events[i];
    },
    positionOf(event: TimelineEvent) {
      return Math.max(0, indexOfEvent(events, startIndex, event));
    },
  });
}

/** The model of validated data. */
export function buildModel(data: TimelineData): TimelineModel {
  return assemble(data, { startIndex: indexLane(data.events), lanes: lanesOf(data.events) });
}

/** The same model, its indexes built a step a task, so a large load never freezes the page. */
export async function buildModelInSlices(
  data: TimelineData,
  pause: () => Promise<void> = yieldToPage,
): Promise<TimelineModel> {
  await pause();
  const startIndex = indexLane(data.events);
  await pause();
  const lanes = lanesOf(data.events);
  await pause();
  return assemble(data, { startIndex, lanes });
}

/** The model of no data: what the element shows before a load, and after a failed one. */
export function emptyModel(errors: DataError[] = []): TimelineModel {
  return buildModel({ events: [], eras: [], errors, warnings: [] });
}
