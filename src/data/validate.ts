import type {
  Span,
  StoryStep,
  DataError,
  Era,
  Media,
  Place,
  Source,
  TimePoint,
  TimelineData,
  TimelineEvent,
} from '../types.js';
import { yieldToPage } from '../scheduling/yield-to-page.js';
import { describeValue, parseDate } from './parse-date.js';
import { parseInterval, type DateSpan } from './parse-edtf.js';
import { at, bag, guard, own, type Bag } from './read-json.js';
import { isBlank } from './blank.js';
import { inTimeOrder } from './time-order.js';
import { isLink, notALink, resolveLink } from './safe-url.js';

/** Zone names seen, and whether Intl knows them; the names come from data, so the memo is cleared at 200. */
const zones = new Map<string, boolean>();

/**
 * Takes the `events`' time zones as zones Intl knows, unchecked: the built-in data's, which its tests check in each
 * engine. A formatter made to check each of its 13 zones was 5–10 ms of the story's first picture.
 */
export function knownZones(events: readonly { timeZone?: string }[]): void {
  for (const { timeZone } of events) if (timeZone) zones.set(timeZone, true);
}

/** Whether Intl knows the zone: it refuses to make a formatter for one it does not. */
function isTimeZone(name: string): boolean {
  let known = zones.get(name);
  if (known === undefined) {
    if (zones.size >= 200) zones.clear();
    try {
      // Made here rather than through the shared formatter cache, which bad names from data would flush.
      new Intl.DateTimeFormat(undefined, { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    zones.set(name, known);
  }
  return known;
}

/** Reports at `path` a value of the wrong type or form: "expected `what`, got" the value, quoted. */
function expected(list: DataError[], path: string, what: string, value: unknown): void {
  list.push({ path, message: `expected ${what}, got ${describeValue(value)}` });
}

/** An optional string; null counts as absent, any other type is dropped with a warning. */
function text(bag: Bag, key: string, path: string, warnings: DataError[]): string | undefined {
  const value = own(bag, key);
  if (typeof value === 'string') return value;
  if (value !== undefined && value !== null) {
    expected(warnings, at(path, key), 'a string', value);
  }
  return undefined;
}

/** An optional list, item by item; bad items are dropped with a warning. */
function list<T>(
  bag: Bag,
  key: string,
  path: string,
  warnings: DataError[],
  item: (value: unknown, path: string, warnings: DataError[]) => T | undefined,
): T[] {
  const value = own(bag, key);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    expected(warnings, at(path, key), 'an array', value);
    return [];
  }
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const kept = item(value[i], at(at(path, key), i), warnings);
    if (kept !== undefined) out.push(kept);
  }
  return out;
}

function stringItem(value: unknown, path: string, warnings: DataError[]): string | undefined {
  if (typeof value === 'string') return value;
  expected(warnings, path, 'a string', value);
  return undefined;
}

function sourceItem(value: unknown, path: string, warnings: DataError[]): Source | undefined {
  const link = bag(value);
  if (!link) {
    expected(warnings, path, 'a {href, label} link', value);
    return undefined;
  }
  const href = own(link, 'href');
  const url = resolveLink(href);
  if (!url) {
    warnings.push({
      path: at(path, 'href'),
      message: `${describeValue(href)} is not an absolute http:, https: or mailto: URL`,
    });
    return undefined;
  }
  const source: Source = { href: url };
  const label = text(link, 'label', path, warnings);
  if (label !== undefined) source.label = label;
  return source;
}

function readPlace(item: Bag, path: string, warnings: DataError[]): Place | undefined {
  const value = own(item, 'place');
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return { name: value };
  const where = at(path, 'place');
  const fields = bag(value);
  if (!fields) {
    expected(warnings, where, 'a place name or a {name, city, country, lat, lon} object', value);
    return undefined;
  }
  const place: Place = {};
  for (const key of ['name', 'city', 'country'] as const) {
    const name = text(fields, key, where, warnings);
    if (name !== undefined) place[key] = name;
  }
  for (const [key, limit] of [
    ['lat', 90],
    ['lon', 180],
  ] as const) {
    const degrees = own(fields, key);
    if (typeof degrees === 'number' && Math.abs(degrees) <= limit) place[key] = degrees;
    else if (degrees !== undefined && degrees !== null) {
      expected(warnings, at(where, key), `a number from -${limit} to ${limit}`, degrees);
    }
  }
  return Object.keys(place).length ? place : undefined;
}

/**
 * The required start, optional end and title shared by events and eras. Problems go to `errors`, and any
 * means the item is skipped (the caller compares the length).
 */
function readSpan(item: Bag, path: string, endRequired: boolean, errors: DataError[]) {
  const rawStart = own(item, 'start');
  const rawEnd = own(item, 'end');
  let start = parseDate(rawStart);
  let end: TimePoint | string | undefined;
  let open: DateSpan['open'];
  const endGiven = rawEnd !== undefined && rawEnd !== null;
  // An EDTF interval (`1964-06/1964-08`) is the whole span: tried only once the start is no plain date.
  const interval = typeof start === 'string' && typeof rawStart === 'string' ? readInterval(rawStart) : undefined;
  if (typeof interval === 'string') start = interval;
  else if (interval) {
    if (endGiven) start = `${describeValue(rawStart)} is an interval, and end ${describeValue(rawEnd)} is given too`;
    else ({ start, end, open } = interval);
  }
  if (typeof start === 'string') errors.push({ path: at(path, 'start'), message: start });
  if (interval && typeof interval !== 'string') {
    if (endRequired && !end) errors.push({ path: at(path, 'end'), message: 'expected an end, got an open interval' });
    else if (end && typeof end !== 'string' && typeof start !== 'string' && end.endMs <= start.ms)
      errors.push({ path: at(path, 'start'), message: `${describeValue(rawStart)} ends before it starts` });
  } else if (endRequired || endGiven) {
    end = parseDate(rawEnd);
    if (typeof end === 'string') errors.push({ path: at(path, 'end'), message: end });
    // The end names a span too (a day, a minute); it is before start only when all of it is.
    else if (typeof start !== 'string' && end.endMs <= start.ms) {
      errors.push({
        path: at(path, 'end'),
        message: `${describeValue(rawEnd)} is before start ${describeValue(rawStart)}`,
      });
    }
  }
  const title = own(item, 'title');
  if (typeof title !== 'string' || isBlank(title)) {
    // Zero-width characters quoted would look like "": name them.
    const got =
      typeof title === 'string' && title.trim()
        ? `only invisible characters (${codePoints(title)})`
        : describeValue(title);
    errors.push({ path: at(path, 'title'), message: `expected a non-empty string, got ${got}` });
  }
  return { start, end, title, open };
}

/** `value` read as an EDTF interval, or undefined when it holds no slash. */
function readInterval(value: string): DateSpan | string | undefined {
  return parseInterval(value, describeValue(value), parseDate);
}

/** The first code points of `text` as `U+200B U+FEFF`. */
function codePoints(text: string): string {
  const points = [...text].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return points.length > 8 ? `${points.slice(0, 8).join(' ')} …` : points.join(' ');
}

/**
 * Renames repeated ids, in input order: a taken id gets the first free `-2`, `-3`… suffix, with a warning.
 * Whether any id repeats is asked first by sorting them, as nearly always none does: hashing 50,000 ids into a
 * Set took 40–60 ms in Chromium, sorting them 5–10.
 */
function renameRepeatedIds(events: readonly TimelineEvent[], warnings: DataError[]): void {
  const sorted = events.map((e) => e.id).sort();
  let repeats = false;
  for (let i = 1; i < sorted.length && !repeats; i++) repeats = sorted[i] === sorted[i - 1];
  if (!repeats) return;
  const used = new Set<string>();
  const next = new Map<string, number>();
  for (const event of events) {
    const { id } = event;
    if (!used.has(id)) {
      used.add(id);
      continue;
    }
    let n = next.get(id) ?? 2;
    while (used.has(`${id}-${n}`)) n++;
    next.set(id, n + 1);
    event.id = `${id}-${n}`;
    used.add(event.id);
    warnings.push({
      path: at(at('events', event.index), 'id'),
      message: `duplicate id ${describeValue(id)}, renamed ${describeValue(event.id)}`,
    });
  }
}

/** An event's optional text fields; a loop over indices, as `for…of` walks an iterator, slow before optimising. */
const TEXT_KEYS = ['summary', 'group', 'html', 'displayDate'] as const;

function readEvent(value: unknown, index: number, data: TimelineData): TimelineEvent | undefined {
  const path = at('events', index);
  const item = bag(value);
  if (!item) {
    expected(data.errors, path, 'an event object', value);
    return undefined;
  }
  const before = data.errors.length;
  const { start, end, title, open } = readSpan(item, path, false, data.errors);
  if (data.errors.length > before || typeof start === 'string' || typeof end === 'string' || typeof title !== 'string')
    return undefined;
  const { warnings } = data;
  const rawKind = own(item, 'kind');
  let kind = 'event';
  if (typeof rawKind === 'string' && rawKind) kind = rawKind;
  else if (rawKind !== undefined && rawKind !== null && rawKind !== '') {
    expected(warnings, at(path, 'kind'), 'a string', rawKind);
  }
  const event: TimelineEvent = {
    // Unique once every event is read (renameRepeatedIds).
    id: text(item, 'id', path, warnings) || `event-${index}`,
    title,
    kind,
    start,
    participants: list(item, 'participants', path, warnings, stringItem),
    outcomes: list(item, 'outcomes', path, warnings, stringItem),
    sources: list(item, 'sources', path, warnings, sourceItem),
    index,
  };
  if (end) event.end = end;
  if (open) event.open = open;
  // Rich text (`html`) is kept as given: the details panel sanitises it before showing it.
  for (let k = 0; k < TEXT_KEYS.length; k++) {
    const key = TEXT_KEYS[k];
    const value = text(item, key, path, warnings);
    if (value !== undefined) event[key] = value;
  }
  const place = readPlace(item, path, warnings);
  if (place) event.place = place;
  const timeZone = text(item, 'timeZone', path, warnings);
  if (timeZone !== undefined) {
    if (isTimeZone(timeZone)) event.timeZone = timeZone;
    else warnings.push({ path: at(path, 'timeZone'), message: `${describeValue(timeZone)} is not an IANA time zone` });
  }
  const approximate = own(item, 'approximate');
  if (approximate === true) event.approximate = true;
  else if (approximate !== undefined && approximate !== null && approximate !== false)
    expected(warnings, at(path, 'approximate'), 'true or false', approximate);
  const rawMedia = own(item, 'media');
  const media = bag(rawMedia);
  if (media) {
    const kept: Media = {};
    for (const key of ['url', 'caption', 'credit', 'thumbnail', 'alt', 'link'] as const) {
      const field = text(media, key, at(path, 'media'), warnings);
      if (field === undefined) continue;
      // The details panel would not use it: say so here, where the path is known.
      if (key === 'url' || key === 'thumbnail' || key === 'link') {
        if (!field.trim()) continue;
        if (!isLink(field)) {
          warnings.push({ path: at(at(path, 'media'), key), message: notALink(field) });
          continue;
        }
      }
      kept[key] = field;
    }
    event.media = kept;
  } else if (rawMedia !== undefined && rawMedia !== null) {
    expected(warnings, at(path, 'media'), 'a media object', rawMedia);
  }
  return event;
}

function readEra(value: unknown, index: number, data: TimelineData): Era | undefined {
  const path = at('eras', index);
  const item = bag(value);
  if (!item) {
    expected(data.errors, path, 'an era object', value);
    return undefined;
  }
  const before = data.errors.length;
  const { start, end, title } = readSpan(item, path, true, data.errors);
  if (
    data.errors.length > before ||
    typeof start === 'string' ||
    !end ||
    typeof end === 'string' ||
    typeof title !== 'string'
  )
    return undefined;
  return { title, start, end };
}

/**
 * Events `from` to `to`, each guarded like guard() but inline: no closure or path string per event. A plain
 * function, not the generator's own loop, so the engine optimises it while it runs.
 */
function readEvents(events: unknown[], from: number, to: number, data: TimelineData): void {
  for (let i = from; i < to; i++) {
    try {
      const event = readEvent(events[i], i, data);
      if (event) data.events.push(event);
    } catch {
      data.errors.push({ path: at('events', i), message: 'could not be read' });
    }
  }
}

/** Checks any input item by item: bad items go to `errors` and are skipped, fixable ones to `warnings`. Never throws. */
export function validateData(input: unknown): TimelineData {
  const run = validationSteps(input, Infinity);
  let step = run.next();
  while (!step.done) step = run.next();
  return step.value;
}

/**
 * The same check for large inputs: it pauses after every `slice` events (`pause` yields to the page,
 * a task by default), so 100,000 events never freeze the page.
 */
export async function validateDataInSlices(
  input: unknown,
  slice = 4000,
  pause: () => Promise<unknown> = yieldToPage,
): Promise<TimelineData> {
  const run = validationSteps(input, slice);
  let step = run.next();
  while (!step.done) {
    await pause();
    step = run.next();
  }
  return step.value;
}

/** Spans between events: each names two events of the data by id; a bad one is dropped with a warning. */
function readSpans(spans: unknown[], data: TimelineData): void {
  if (!spans.length) return;
  const ids = new Set(data.events.map((e) => e.id));
  for (let i = 0; i < spans.length; i++) {
    const path = at('spans', i);
    guard(path, data.warnings, () => {
      const span = bag(spans[i]);
      if (!span) {
        expected(data.warnings, path, 'a {from, to} span', spans[i]);
        return;
      }
      const from = own(span, 'from');
      const to = own(span, 'to');
      for (const [key, id] of [
        ['from', from],
        ['to', to],
      ] as const) {
        if (typeof id !== 'string' || !ids.has(id)) {
          data.warnings.push({ path: at(path, key), message: `${describeValue(id)} is not the id of an event` });
          return;
        }
      }
      const kept: Span = { from: from as string, to: to as string, headline: own(span, 'headline') === true };
      const label = text(span, 'label', path, data.warnings);
      if (label !== undefined) kept.label = label;
      data.spans.push(kept);
    });
  }
}

/**
 * The story's steps: each names an event by id, or a stretch of time by `start` and `end`, or neither (all
 * of it), and has a caption; a step that names what is not there, or has no caption, is dropped with a warning.
 */
function readStory(steps: unknown[], data: TimelineData): void {
  if (!steps.length) return;
  const ids = new Set(data.events.map((e) => e.id));
  for (let i = 0; i < steps.length; i++) {
    const path = at('story', i);
    guard(path, data.warnings, () => {
      const step = bag(steps[i]);
      if (!step) {
        expected(data.warnings, path, 'a {event, caption} step', steps[i]);
        return;
      }
      const caption = own(step, 'caption');
      if (typeof caption !== 'string' || isBlank(caption)) {
        expected(data.warnings, at(path, 'caption'), 'a caption', caption);
        return;
      }
      const kept: StoryStep = { caption };
      const event = own(step, 'event');
      if (event !== undefined && event !== null) {
        if (typeof event !== 'string' || !ids.has(event)) {
          data.warnings.push({ path: at(path, 'event'), message: `${describeValue(event)} is not the id of an event` });
          return;
        }
        kept.event = event;
      } else if (own(step, 'start') !== undefined || own(step, 'end') !== undefined) {
        const start = parseDate(own(step, 'start'));
        const end = parseDate(own(step, 'end'));
        if (typeof start === 'string' || typeof end === 'string' || end.endMs <= start.ms) {
          data.warnings.push({ path, message: 'expected an event, or start and end dates, end after start' });
          return;
        }
        kept.span = [start.ms, end.endMs];
      }
      const title = text(step, 'title', path, data.warnings);
      if (title !== undefined) kept.title = title;
      data.story.push(kept);
    });
  }
}

/** A list beside the events (`eras`, `spans`, `story`): anything but an array is dropped with a warning. */
function optionalList(root: Bag, key: string, what: string, warnings: DataError[]): unknown[] {
  const value = own(root, key);
  if (Array.isArray(value)) return value;
  if (value !== undefined && value !== null) expected(warnings, key, `an array of ${what}`, value);
  return [];
}

/** The validation as a generator that stops after every `slice` events. */
function* validationSteps(input: unknown, slice: number): Generator<void, TimelineData> {
  const data: TimelineData = { events: [], eras: [], spans: [], story: [], errors: [], warnings: [] };
  let events: unknown[] = [];
  let eras: unknown[] = [];
  let spans: unknown[] = [];
  let story: unknown[] = [];
  guard('', data.errors, () => {
    if (Array.isArray(input)) {
      events = input;
      return;
    }
    const root = bag(input);
    if (!root) {
      expected(data.errors, '', 'an array of events or an object with events', input);
      return;
    }
    const title = text(root, 'title', '', data.warnings);
    if (title !== undefined) data.title = title;
    const description = text(root, 'description', '', data.warnings);
    if (description !== undefined) data.description = description;
    const rawEvents = own(root, 'events');
    if (Array.isArray(rawEvents)) events = rawEvents;
    else expected(data.errors, 'events', 'an array of events', rawEvents);
    eras = optionalList(root, 'eras', 'eras', data.warnings);
    spans = optionalList(root, 'spans', 'spans', data.warnings);
    story = optionalList(root, 'story', 'steps', data.warnings);
    const rawView = own(root, 'view');
    if (rawView !== undefined && rawView !== null) {
      const view = bag(rawView);
      const start = view ? parseDate(own(view, 'start')) : '';
      const end = view ? parseDate(own(view, 'end')) : '';
      if (typeof start !== 'string' && typeof end !== 'string' && end.endMs > start.ms)
        data.view = [start.ms, end.endMs];
      else expected(data.warnings, 'view', '{start, end} dates, end after start', rawView);
    }
  });
  let count = 0;
  guard('events', data.errors, () => (count = events.length));
  for (let from = 0; from < count; from += slice) {
    const to = Math.min(count, from + slice);
    readEvents(events, from, to, data);
    if (to % slice === 0) yield;
  }
  renameRepeatedIds(data.events, data.warnings);
  guard('eras', data.errors, () => {
    for (let i = 0; i < eras.length; i++) {
      guard(at('eras', i), data.errors, () => {
        const era = readEra(eras[i], i, data);
        if (era) data.eras.push(era);
      });
    }
  });
  guard('spans', data.warnings, () => readSpans(spans, data));
  guard('story', data.warnings, () => readStory(story, data));
  // Sorting 100,000 events takes tens of ms: a task of its own.
  if (count >= slice) yield;
  data.events = inTimeOrder(data.events);
  data.eras.sort((a, b) => a.start.ms - b.start.ms || a.end.endMs - b.end.endMs);
  return data;
}
