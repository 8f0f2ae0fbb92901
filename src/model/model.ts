// The model: what the element draws from, built once per load from validated data and never changed
// after. Views and controllers read it; a new load makes a new model.
import { assignLanes } from '../layout/lanes.js';
import { indexAt, indexOfEvent, indexSpans, type LaneIndex } from '../layout/lane-index.js';
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
  /** Whether an event starts at an exact moment (an offset, `Z` or a Date), not a date or a wall-clock time. */
  readonly exact: boolean;
  /** The venue `timeZone` every event that names one names, when every exact time names it: the axis's clock by default. */
  readonly zone?: string;
  /** The event with this id. */
  byId(id: string): TimelineEvent | undefined;
  /** Where an event is in time order (0 when it is not in the model). */
  positionOf(event: TimelineEvent): number;
}

/** The parts of a model that cost O(N) to build. */
interface Indexes {
  startIndex: LaneIndex;
  lanes: ModelLane[];
  /** The events' own span, `[first start, last end)`. */
  span?: [number, number];
  /** The kinds in the events, as they first appear (by kind, as their lanes come). */
  kinds: Set<string>;
  exact: boolean;
  zone?: string;
}

/**
 * Everything the model reads of the events, in one pass over them. The events are in time order but lie in
 * memory in input order, so every pass over them is a walk through scattered objects: at 50,000 events each
 * of the five passes this took (start index, lanes, each lane's index, extent, kinds) cost 5–25 ms.
 */
function indexesOf(events: readonly TimelineEvent[]): Indexes {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const kindOf = new Array<string>(n);
  const groupOf = new Array<string | undefined>(n);
  const order = new Float64Array(n);
  const kinds = new Set<string>();
  let last = -Infinity;
  let previous: string | undefined;
  let exact = false;
  let grouped = false;
  // Undefined until an event names a zone; null once two name different ones, or an exact time names none.
  let zone: string | null | undefined;
  // Minutes east of UTC that every exact time names, when no event names a zone; NaN once they differ.
  let offset: number | undefined;
  for (let i = 0; i < n; i++) {
    const { start, end, kind, group, index, timeZone } = events[i];
    const exactStart = start.offsetMinutes !== undefined || !!start.instant;
    if (timeZone ? timeZone !== zone : exactStart) zone = zone === undefined && timeZone ? timeZone : null;
    if (exactStart)
      offset = !timeZone && (offset ?? start.offsetMinutes) === start.offsetMinutes ? start.offsetMinutes : NaN;
    starts[i] = start.ms;
    ends[i] = end ? end.endMs : start.ms;
    last = Math.max(last, (end ?? start).endMs);
    // Kinds repeat: the set is asked only when the kind is not the one before.
    if (kind !== previous) kinds.add((previous = kind));
    kindOf[i] = kind;
    groupOf[i] = group;
    order[i] = index;
    grouped ||= !!group;
    exact ||= exactStart;
  }
  const startIndex = indexSpans(starts, ends);
  const lanes = assignLanes(kindOf, groupOf, order).map(({ key, positions }) => ({
    key,
    events: positions.map((at) => events[at]),
    index: indexAt(startIndex, positions),
  }));
  // Lanes by kind: the legend names the kinds in the lanes' order.
  return {
    startIndex,
    lanes,
    span: n ? [starts[0], last] : undefined,
    kinds: grouped ? kinds : new Set(lanes.map((lane) => lane.key)),
    exact,
    // Sessions written at one offset ("…T09:00+02:00"), no zone named: the axis tells the hours at that offset, as
    // ECMAScript 2024's offset zones ("+02:00", "+05:30"; Firefox 121 on, WebKit since late 2023, the Chromium tested
    // here), which an older engine does not know (axisZone then keeps UTC). On UTC their 9 AM stood at 7 AM.
    zone:
      zone ||
      (offset ? (offset < 0 ? '-' : '+') + new Date(Math.abs(offset) * 6e4).toISOString().slice(11, 16) : undefined),
  };
}

function assemble(data: TimelineData, { startIndex, lanes, span, kinds, exact, zone }: Indexes): TimelineModel {
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
    extent: timeExtent(span, data.eras),
    spans: spansOf(data),
    story: data.story,
    kinds: kindStyles([...KIND_ORDER.filter((k) => kinds.has(k)), ...kinds]),
    exact,
    zone,
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
  return assemble(data, indexesOf(data.events));
}

/** The same model, a task of its own, so a large load's validation and indexing are never one long task. */
export async function buildModelInSlices(
  data: TimelineData,
  pause: () => Promise<void> = yieldToPage,
): Promise<TimelineModel> {
  await pause();
  const indexes = indexesOf(data.events);
  await pause();
  return assemble(data, indexes);
}

/** The model of no data: what the element shows before a load, and after a failed one. */
export function emptyModel(errors: DataError[] = []): TimelineModel {
  return buildModel({ events: [], eras: [], spans: [], story: [], errors, warnings: [] });
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
