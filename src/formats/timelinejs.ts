/**
 * TimelineJS JSON → our input. The CSV adapter reuses the date, text and slide helpers, since the
 * TimelineJS spreadsheet template holds the same slides.
 *
 * Items that cannot be converted are left out of `data` with an error naming the source path
 * (`events[3].start_date.year`), so `validateData()` only sees items that pass. Dates are
 * proleptic Gregorian years as ISO writes them (year 0 is 1 BC, -44 is 45 BC), which is how
 * TimelineJS's own `Date` arithmetic reads its numbers.
 *
 * Deep time: `Date`, and so the whole timeline, ends about 271,800 years either side of 1970.
 * Rather than a second, year-only scale, a year beyond ±270,000 makes its item an error
 * (`events[0].start_date.year: -13798000000 is beyond what this timeline can show (±270,000 years)`).
 */
import { describeValue, parseDate } from '../data/parse-date.js';
import { at, bag, guard, own, type Bag } from '../data/read-json.js';
import { isBlank } from '../data/blank.js';
import type { Adapted } from './load.js';
import type { DataError, EraInput, Media, Place, TimePoint, TimelineDataInput, TimelineEventInput } from '../types.js';

export type DatePart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';
export type DateParts = Partial<Record<DatePart, unknown>>;

/** The largest year either way that `Date` holds, rounded down. */
const MAX_YEAR = 270_000;
const PARTS: DatePart[] = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'];
const LIMITS: Record<DatePart, [min: number, max: number, noun: string]> = {
  year: [-MAX_YEAR, MAX_YEAR, 'a year'],
  month: [1, 12, 'a month (1–12)'],
  day: [1, 31, 'a day (1–31)'],
  hour: [0, 23, 'an hour (0–23)'],
  minute: [0, 59, 'a minute (0–59)'],
  second: [0, 59, 'a second (0–59)'],
  millisecond: [0, 999, 'a millisecond (0–999)'],
};
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  shy: '',
};

/** A trimmed, non-empty string (numbers too, as spreadsheets and old files write ids and years both ways). */
function str(value: unknown): string | undefined {
  const text =
    typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  return text || undefined;
}

/** Plain text of an HTML fragment without a DOM: script and style dropped, tags removed, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(?:br|\/?(?:p|div|li|ul|ol|blockquote|h[1-6]|tr|td|th))\b[^<>]*>/gi, ' ')
    .replace(/<\/?[a-z!][^<>]*>/gi, '')
    .replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi, (entity, dec?: string, hex?: string, name?: string) => {
      if (name) return ENTITIES[name.toLowerCase()] ?? entity;
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function hasAny(parts: DateParts | undefined): boolean {
  return !!parts && PARTS.some((part) => str(parts[part]) !== undefined);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * The ISO string and TimePoint of TimelineJS date parts (strings or numbers). A part after a missing
 * one (a day without a month) is ignored with a warning; an hour alone means hh:00. `where` names each
 * part's source for messages. Returns undefined, with an error, for anything that is not a date.
 */
function isoDate(
  parts: DateParts,
  where: (part: DatePart) => string,
  errors: DataError[],
  warnings: DataError[],
): { iso: string; point: TimePoint } | undefined {
  if (str(parts.year) === undefined) {
    errors.push({ path: where('year'), message: `expected a year, got ${describeValue(parts.year)}` });
    return undefined;
  }
  const n: number[] = [];
  let gap: DatePart | undefined;
  for (const part of PARTS) {
    const raw = parts[part];
    const value = str(raw);
    if (value === undefined) {
      if (part === 'minute' && n.length === 4) n.push(0);
      else gap ??= part;
      continue;
    }
    if (gap) {
      warnings.push({
        path: where(part),
        message: `${describeValue(raw)} is ignored without ${gap === 'hour' ? 'an' : 'a'} ${gap}`,
      });
      continue;
    }
    const [min, max, noun] = LIMITS[part];
    const number = /^[+-]?\d+$/.test(value) ? Number(value) : NaN;
    if (part === 'year' && Math.abs(number) > MAX_YEAR) {
      errors.push({ path: where(part), message: `${value} is beyond what this timeline can show (±270,000 years)` });
      return undefined;
    }
    if (!(number >= min && number <= max)) {
      errors.push({ path: where(part), message: `${describeValue(raw)} is not ${noun}` });
      return undefined;
    }
    n.push(number);
  }
  const [year, month, day, hour, minute, second, ms] = n as [number, ...number[]];
  // parseDate takes four digits with an optional sign, or six with a sign: -0044, +012345.
  let iso =
    Math.abs(year) <= 9999
      ? `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}`
      : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
  if (month !== undefined) iso += `-${pad(month)}`;
  if (day !== undefined) iso += `-${pad(day)}`;
  if (hour !== undefined) iso += `T${pad(hour)}:${pad(minute)}`;
  if (second !== undefined) iso += `:${pad(second)}`;
  if (ms !== undefined) iso += `.${pad(ms, 3)}`;
  const point = parseDate(iso);
  // Each part is in range, so only a day past its month's end (Feb 30) fails here.
  if (typeof point === 'string') {
    errors.push({ path: where('day'), message: point });
    return undefined;
  }
  return { iso, point };
}

/** Start and optional end ISO strings, or undefined when either is bad or the end is wholly before the start. */
export function isoSpan(
  start: DateParts,
  end: DateParts | undefined,
  whereStart: (part: DatePart) => string,
  whereEnd: (part: DatePart) => string,
  errors: DataError[],
  warnings: DataError[],
): [start: string, end: string | undefined] | undefined {
  const from = isoDate(start, whereStart, errors, warnings);
  const to = hasAny(end) ? isoDate(end!, whereEnd, errors, warnings) : undefined;
  if (!from || (hasAny(end) && !to)) return undefined;
  if (to && to.point.endMs <= from.point.ms) {
    errors.push({ path: whereEnd('year'), message: `${to.iso} is before start ${from.iso}` });
    return undefined;
  }
  return [from.iso, to?.iso];
}

/** The fields of one TimelineJS slide, read from JSON or from a sheet row. */
export interface Slide {
  headline?: unknown;
  text?: unknown;
  media?: Partial<Record<keyof Media, unknown>>;
  group?: unknown;
  id?: unknown;
  displayDate?: unknown;
  /** TimelineJS 2's {name, lat, lon}, which validateData checks as a place. */
  location?: unknown;
}

/**
 * The event of one slide. Media given as HTML (a `<blockquote>` or embed code rather than a URL) joins
 * the rich text, where sanitising keeps the quote and drops the embed. A slide without a headline
 * (TimelineJS allows one) is titled from its media caption or display date, or "Untitled", with a warning.
 */
export function slideEvent(
  slide: Slide,
  span: [string, string | undefined],
  headlinePath: string,
  warnings: DataError[],
): TimelineEventInput {
  let html = str(slide.text) ?? '';
  const media: Media = {};
  const url = str(slide.media?.url);
  if (url?.startsWith('<')) html += url;
  else if (url) media.url = url;
  for (const key of ['caption', 'credit', 'alt'] as const) {
    const text = htmlToText(str(slide.media?.[key]) ?? '');
    if (text) media[key] = text;
  }
  for (const key of ['thumbnail', 'link'] as const) {
    const link = str(slide.media?.[key]);
    if (link) media[key] = link;
  }
  const displayDate = str(slide.displayDate);
  let title = htmlToText(str(slide.headline) ?? '');
  if (isBlank(title)) {
    const [from, named] =
      media.caption && !isBlank(media.caption)
        ? ['the media caption', media.caption]
        : displayDate && !isBlank(displayDate)
          ? ['the display date', displayDate]
          : ['', 'Untitled'];
    title = named;
    warnings.push({
      path: headlinePath,
      message: `no headline; titled ${JSON.stringify(title)}${from ? ` from ${from}` : ''}`,
    });
  }
  const event: TimelineEventInput = { start: span[0], title };
  if (span[1]) event.end = span[1];
  const summary = htmlToText(html);
  if (summary) {
    event.summary = summary;
    event.html = html;
  }
  const id = str(slide.id);
  if (id) event.id = id;
  const group = str(slide.group);
  if (group) event.group = group;
  if (Object.keys(media).length) event.media = media;
  const place = bag(slide.location);
  if (place) event.place = { name: str(own(place, 'name')), lat: own(place, 'lat'), lon: own(place, 'lon') } as Place;
  if (displayDate) event.displayDate = displayDate;
  return event;
}

/** Whether parsed JSON has TimelineJS's shape: events with `start_date` objects, or a title slide with `text`. */
export function isTimelineJS(json: unknown): boolean {
  // Each look is guarded on its own: one slide that cannot be read must not make the whole file "our JSON".
  const look = (read: () => unknown): unknown => {
    try {
      return read();
    } catch {
      return undefined;
    }
  };
  const root = look(() => bag(json)) as Bag | undefined;
  const events = look(() => own(root, 'events'));
  const count = Number(look(() => Array.isArray(events) && events.length)) || 0;
  for (let i = 0; i < count; i++) if (look(() => bag(own(bag((events as unknown[])[i]), 'start_date')))) return true;
  return !!look(() => bag(own(bag(own(root, 'title')), 'text')));
}

function dateParts(value: unknown): DateParts | undefined {
  const from = bag(value);
  return from && Object.fromEntries(PARTS.map((part) => [part, own(from, part)]));
}

/** Start and end of a slide or era at `path`; `endRequired` for eras. */
function slideSpan(item: Bag, path: string, endRequired: boolean, errors: DataError[], warnings: DataError[]) {
  const start = dateParts(own(item, 'start_date'));
  const end = dateParts(own(item, 'end_date'));
  if (!start) {
    errors.push({
      path: at(path, 'start_date'),
      message: `expected a date object such as {"year": 2023}, got ${describeValue(own(item, 'start_date'))}`,
    });
    return undefined;
  }
  if (endRequired && !hasAny(end)) {
    errors.push({
      path: at(path, 'end_date'),
      message: `an era needs an end date, got ${describeValue(own(item, 'end_date'))}`,
    });
    return undefined;
  }
  return isoSpan(
    start,
    end,
    (part) => at(at(path, 'start_date'), part),
    (part) => at(at(path, 'end_date'), part),
    errors,
    warnings,
  );
}

function readEvent(
  value: unknown,
  path: string,
  errors: DataError[],
  warnings: DataError[],
): TimelineEventInput | undefined {
  const item = bag(value);
  if (!item) {
    errors.push({ path, message: `expected a slide object, got ${describeValue(value)}` });
    return undefined;
  }
  const span = slideSpan(item, path, false, errors, warnings);
  if (!span) return undefined;
  const text = bag(own(item, 'text'));
  const start = bag(own(item, 'start_date'));
  return slideEvent(
    {
      headline: own(text, 'headline'),
      text: own(text, 'text'),
      media: mediaFields(bag(own(item, 'media'))),
      group: own(item, 'group'),
      id: own(item, 'unique_id'),
      location: own(item, 'location'),
      // TimelineJS 3 writes display_date on the slide or its start date; older files display_text.
      displayDate: str(own(item, 'display_date')) ?? str(own(start, 'display_date')) ?? own(start, 'display_text'),
    },
    span,
    at(path, 'text.headline'),
    warnings,
  );
}

/** TimelineJS media fields under our names (`thumb` was the older spelling of `thumbnail`). */
function mediaFields(media: Bag | undefined): Slide['media'] {
  return {
    url: own(media, 'url'),
    caption: own(media, 'caption'),
    credit: own(media, 'credit'),
    thumbnail: own(media, 'thumbnail') ?? own(media, 'thumb'),
    alt: own(media, 'alt'),
    link: own(media, 'link'),
  };
}

function readEra(value: unknown, path: string, errors: DataError[], warnings: DataError[]): EraInput | undefined {
  const item = bag(value);
  if (!item) {
    errors.push({ path, message: `expected an era object, got ${describeValue(value)}` });
    return undefined;
  }
  const span = slideSpan(item, path, true, errors, warnings);
  if (!span) return undefined;
  let title = htmlToText(str(own(bag(own(item, 'text')), 'headline')) ?? '');
  if (isBlank(title)) {
    title = 'Untitled';
    warnings.push({ path: at(path, 'text.headline'), message: 'no headline; titled "Untitled"' });
  }
  return { start: span[0], end: span[1]!, title };
}

/** Converts TimelineJS JSON to our input, slide by slide. Never throws. */
export function fromTimelineJS(json: unknown): Adapted<TimelineDataInput> {
  const data: TimelineDataInput = { events: [] };
  const errors: DataError[] = [];
  const warnings: DataError[] = [];
  guard('', errors, () => {
    const root = bag(json);
    if (!root) {
      errors.push({ path: '', message: `expected a TimelineJS object with events, got ${describeValue(json)}` });
      return;
    }
    const titleText = bag(own(bag(own(root, 'title')), 'text'));
    const title = htmlToText(str(own(titleText, 'headline')) ?? '');
    const description = htmlToText(str(own(titleText, 'text')) ?? '');
    if (title) data.title = title;
    if (description) data.description = description;
    const events = own(root, 'events');
    if (Array.isArray(events)) {
      for (let i = 0; i < events.length; i++) {
        guard(at('events', i), errors, () => {
          const event = readEvent(events[i], at('events', i), errors, warnings);
          if (event) data.events.push(event);
        });
      }
    } else if (events !== undefined || !titleText) {
      errors.push({ path: 'events', message: `expected an array of slides, got ${describeValue(events)}` });
    }
    const eras = own(root, 'eras');
    if (Array.isArray(eras)) {
      const kept: EraInput[] = [];
      for (let i = 0; i < eras.length; i++) {
        guard(at('eras', i), errors, () => {
          const era = readEra(eras[i], at('eras', i), errors, warnings);
          if (era) kept.push(era);
        });
      }
      if (kept.length) data.eras = kept;
    } else if (eras !== undefined && eras !== null) {
      warnings.push({ path: 'eras', message: `expected an array of eras, got ${describeValue(eras)}` });
    }
  });
  return { data, errors, warnings };
}
