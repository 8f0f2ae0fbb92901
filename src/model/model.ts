// The model: what the element draws from, built once per load from validated data and never changed
// after. Views and controllers read it; a new load makes a new model.
import { assignLanes } from '../layout/lanes.js';
import { indexLane, indexOfEvent, type LaneIndex } from '../layout/lane-index.js';
import { timeExtent } from '../layout/extent.js';
import { yieldToPage } from '../scheduling/yield-to-page.js';
import { KIND_ORDER, kindStyles, type KindStyle } from './kinds.js';
import type { DataError, Era, StoryStep, TimelineData, TimelineEvent } from '../types.js';

/** A span of the data, from one event to another. */
export interface ModelSpan {
  readonly from: TimelineEvent;
  readonly to: TimelineEvent;
  readonly label?: string;
  /** Whether the header says it in a sentence too. */
  readonly headline: boolean;
}

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
  /** Spans to draw, their events found. */
  readonly spans: readonly ModelSpan[];
  /** The data's own story, when it tells one (story mode reads the events in time order otherwise). */
  readonly story: readonly StoryStep[];
  /** The kinds in the data, built-in ones in their order then others as they first appear, and how each is drawn. */
  readonly kinds: ReadonlyMap<string, KindStyle>;
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
    spans: spansOf(data),
    story: data.story,
    kinds: kindsOf(events),
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
  return buildModel({ events: [], eras: [], spans: [], story: [], errors, warnings: [] });
}

/** The kinds among `events`, built-in ones first in their order, and their styles. */
function kindsOf(events: readonly TimelineEvent[]): Map<string, KindStyle> {
  const present = new Set<string>();
  for (const event of events) present.add(event.kind);
  return kindStyles([...KIND_ORDER.filter((k) => present.has(k)), ...present]);
}

/** The data's spans with their events, the earlier event first. */
function spansOf(data: TimelineData): ModelSpan[] {
  if (!data.spans.length) return [];
  const byId = new Map(data.events.map((e) => [e.id, e]));
  return data.spans.map((span) => {
    const [from, to] = [byId.get(span.from)!, byId.get(span.to)!].sort((a, b) => a.start.ms - b.start.ms);
    return { from, to, label: span.label, headline: span.headline };
  });
}
