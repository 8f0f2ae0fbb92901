/**
 * TimelineJS JSON → our input. The CSV adapter reuses the date, text and slide helpers, since the
 * TimelineJS spreadsheet template holds the same slides.
 *
 * Items that cannot be converted are left out of `data` with an error naming the source path
 * (`events[3].start_date.year`), so `validateData()` only sees items that pass. A negative year
 * is a year BC as the author wrote it and TimelineJS shows it: `-44` reads "44 BCE" there, so it
 * becomes ISO `-0043` (44 BC; ISO counts a year 0, which is 1 BC). Year 0, which TimelineJS shows as
 * "0", becomes ISO `0000` too.
 *
 * Deep time: a year of any size (TimelineJS's cosmological example starts at -13798000000) becomes a
 * year-only date on the timeline's deep-time axis; past the range of `Date` (about ±271,800 years) a
 * month or day has no calendar to be in, and is ignored with a warning.
 */
import { describeValue, parseDate } from '../data/parse-date.js';
import { MAX_YEAR } from '../data/deep-time.js';
import { at, bag, guard, own, type Bag } from '../data/read-json.js';
import { isBlank } from '../data/blank.js';
import { isLink, notALink } from '../data/safe-url.js';
import type { Adapted } from './load.js';
import type {
  DataError,
  EraInput,
  Media,
  Place,
  StoryStepInput,
  TimePoint,
  TimelineDataInput,
  TimelineEventInput,
} from '../types.js';

export type DatePart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';
export type DateParts = Partial<Record<DatePart, unknown>>;

/** The largest year either way whose months and days `Date` holds, rounded down; past it, years stand alone. */
const CALENDAR_YEARS = 270_000;
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
      errors.push({
        path: where(part),
        message: `${value} is beyond what this timeline can show (±1,000 billion years)`,
      });
      return undefined;
    }
    if (part !== 'year' && Math.abs(n[0]) > CALENDAR_YEARS) {
      warnings.push({
        path: where(part),
        message: `${describeValue(raw)} is ignored in year ${n[0]}, beyond the calendar`,
      });
      continue;
    }
    if (!(number >= min && number <= max)) {
      errors.push({ path: where(part), message: `${describeValue(raw)} is not ${noun}` });
      return undefined;
    }
    n.push(number);
  }
  const [written, month, day, hour, minute, second, ms] = n as [number, ...number[]];
  // TimelineJS shows year -44 as "44 BCE", which ISO writes -0043. Beyond the calendar a year is said
  // as a distance ("13.8 billion years ago"), where the number stays as written.
  const year = written < 0 && written >= -CALENDAR_YEARS ? written + 1 : written;
  // parseDate takes four digits with an optional sign, or six with a sign: -0044, +012345.
  // Years past six digits are written plainly (-13798000000), as parseDate reads deep time.
  let iso =
    Math.abs(year) <= 9999
      ? `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}`
      : Math.abs(year) <= 999_999
        ? `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`
        : String(year);
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
  /** TimelineJS 2's {name, lat, lon}, which becomes a place. */
  location?: unknown;
}

/** A field of a slide, by our name: `where` turns it into its path in the source (`events[2].media.url`, `rows[3].Media`). */
export type SlideField = Exclude<keyof Slide, 'media'> | `media.${keyof Media}`;

/** A value that is there but is neither text nor a finite number: dropped, with a warning. */
function unreadable(value: unknown): boolean {
  return value !== undefined && value !== null && typeof value !== 'string' && str(value) === undefined;
}

/**
 * The event of one slide. Media given as HTML (a `<blockquote>` or embed code rather than a URL) joins
 * the rich text, where sanitising keeps the quote and drops the embed. A slide without a headline
 * (TimelineJS allows one) is titled from its media caption or display date, or "Untitled", with a warning.
 * What cannot be used is dropped with a warning at its source path: a value that is not text, a media URL
 * that is not http:, https: or mailto: (a `javascript:` or `data:` URL), a coordinate out of range.
 */
export function slideEvent(
  slide: Slide,
  span: [string, string | undefined],
  where: (field: SlideField) => string,
  warnings: DataError[],
): TimelineEventInput {
  const read = (value: unknown, field: SlideField): string | undefined => {
    if (unreadable(value))
      warnings.push({ path: where(field), message: `expected a string, got ${describeValue(value)}` });
    return str(value);
  };
  const link = (value: unknown, field: SlideField): string | undefined => {
    const url = read(value, field);
    if (url === undefined || isLink(url)) return url;
    warnings.push({ path: where(field), message: notALink(url) });
    return undefined;
  };
  let html = read(slide.text, 'text') ?? '';
  const media: Media = {};
  const rawUrl = read(slide.media?.url, 'media.url');
  if (rawUrl?.startsWith('<')) html += rawUrl;
  else {
    const url = link(rawUrl, 'media.url');
    if (url) media.url = url;
  }
  for (const key of ['caption', 'credit', 'alt'] as const) {
    const text = htmlToText(read(slide.media?.[key], `media.${key}`) ?? '');
    if (text) media[key] = text;
  }
  for (const key of ['thumbnail', 'link'] as const) {
    const url = link(slide.media?.[key], `media.${key}`);
    if (url) media[key] = url;
  }
  const displayDate = read(slide.displayDate, 'displayDate');
  let title = htmlToText(read(slide.headline, 'headline') ?? '');
  if (isBlank(title)) {
    const [from, named] =
      media.caption && !isBlank(media.caption)
        ? ['the media caption', media.caption]
        : displayDate && !isBlank(displayDate)
          ? ['the display date', displayDate]
          : ['', 'Untitled'];
    title = named;
    warnings.push({
      path: where('headline'),
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
  const id = read(slide.id, 'id');
  if (id) event.id = id;
  const group = read(slide.group, 'group');
  if (group) event.group = group;
  if (Object.keys(media).length) event.media = media;
  const place = readLocation(slide.location, where('location'), warnings);
  if (place) event.place = place;
  if (displayDate) event.displayDate = displayDate;
  return event;
}

/** TimelineJS 2's location {name, lat, lon} as a place; coordinates may be numbers or numeric strings. */
function readLocation(value: unknown, path: string, warnings: DataError[]): Place | undefined {
  if (value === undefined || value === null) return undefined;
  const location = bag(value);
  if (!location) {
    warnings.push({ path, message: `expected a {name, lat, lon} location, got ${describeValue(value)}` });
    return undefined;
  }
  const place: Place = {};
  const name = own(location, 'name');
  if (unreadable(name))
    warnings.push({ path: at(path, 'name'), message: `expected a string, got ${describeValue(name)}` });
  else if (str(name)) place.name = str(name);
  for (const [key, limit] of [
    ['lat', 90],
    ['lon', 180],
  ] as const) {
    const raw = own(location, key);
    const degrees = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? Number(raw) : undefined;
    if (degrees !== undefined && Math.abs(degrees) <= limit) place[key] = degrees;
    else if (raw !== undefined && raw !== null && raw !== '') {
      warnings.push({
        path: at(path, key),
        message: `expected a number from -${limit} to ${limit}, got ${describeValue(raw)}`,
      });
    }
  }
  return Object.keys(place).length ? place : undefined;
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
  const text = object(own(item, 'text'), at(path, 'text'), 'a {headline, text} object', warnings);
  const media = object(own(item, 'media'), at(path, 'media'), 'a media object', warnings);
  const start = bag(own(item, 'start_date'));
  // TimelineJS 3 writes display_date on the slide or its start date; older files display_text.
  const [displayDate, displayPath] = firstGiven([
    [own(item, 'display_date'), at(path, 'display_date')],
    [own(start, 'display_date'), at(path, 'start_date.display_date')],
    [own(start, 'display_text'), at(path, 'start_date.display_text')],
  ]);
  // `thumb` was the older spelling of `thumbnail`.
  const [thumbnail, thumbnailPath] = firstGiven([
    [own(media, 'thumbnail'), at(path, 'media.thumbnail')],
    [own(media, 'thumb'), at(path, 'media.thumb')],
  ]);
  const paths: Partial<Record<SlideField, string>> = {
    headline: at(path, 'text.headline'),
    text: at(path, 'text.text'),
    id: at(path, 'unique_id'),
    displayDate: displayPath,
    'media.thumbnail': thumbnailPath,
  };
  return slideEvent(
    {
      headline: own(text, 'headline'),
      text: own(text, 'text'),
      media: {
        url: own(media, 'url'),
        caption: own(media, 'caption'),
        credit: own(media, 'credit'),
        thumbnail,
        alt: own(media, 'alt'),
        link: own(media, 'link'),
      },
      group: own(item, 'group'),
      id: own(item, 'unique_id'),
      location: own(item, 'location'),
      displayDate,
    },
    span,
    (field) => paths[field] ?? at(path, field),
    warnings,
  );
}

/** The value as an object; any other value but absence is dropped with a warning. */
function object(value: unknown, path: string, expected: string, warnings: DataError[]): Bag | undefined {
  const found = bag(value);
  if (!found && value !== undefined && value !== null)
    warnings.push({ path, message: `expected ${expected}, got ${describeValue(value)}` });
  return found;
}

/** The first value given (not absent or empty), with its path; else undefined with the first path. */
function firstGiven(candidates: [value: unknown, path: string][]): [value: unknown, path: string] {
  const given = (value: unknown) =>
    value !== undefined && value !== null && (typeof value !== 'string' || !!value.trim());
  return candidates.find(([value]) => given(value)) ?? [undefined, candidates[0][1]];
}

function readEra(value: unknown, path: string, errors: DataError[], warnings: DataError[]): EraInput | undefined {
  const item = bag(value);
  if (!item) {
    errors.push({ path, message: `expected an era object, got ${describeValue(value)}` });
    return undefined;
  }
  const span = slideSpan(item, path, true, errors, warnings);
  if (!span) return undefined;
  const text = object(own(item, 'text'), at(path, 'text'), 'a {headline, text} object', warnings);
  const headline = own(text, 'headline');
  if (unreadable(headline))
    warnings.push({ path: at(path, 'text.headline'), message: `expected a string, got ${describeValue(headline)}` });
  let title = htmlToText(str(headline) ?? '');
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
    const titleSlide = object(own(root, 'title'), 'title', 'a title slide object', warnings);
    const titleText = object(own(titleSlide, 'text'), 'title.text', 'a {headline, text} object', warnings);
    const [title, description] = (['headline', 'text'] as const).map((key) => {
      const value = own(titleText, key);
      if (unreadable(value))
        warnings.push({ path: at('title.text', key), message: `expected a string, got ${describeValue(value)}` });
      return htmlToText(str(value) ?? '');
    });
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
    data.story = storyOf(data, title, description);
  });
  return { data, errors, warnings };
}

/**
 * A TimelineJS file's slides as a story: its title slide first (all of the timeline), then a step a slide
 * in time order, captioned with the slide's text (its first sentences) or, without text, its headline.
 */
function storyOf(data: TimelineDataInput, title: string, description: string): StoryStepInput[] {
  const steps: StoryStepInput[] = [];
  if (title || description) steps.push({ title: title || description, caption: description || title });
  const startOf = (event: TimelineEventInput) => {
    const start = parseDate(event.start);
    return typeof start === 'string' ? Infinity : start.ms;
  };
  const slides = data.events.map((event, i) => ({ event, id: event.id ?? `event-${i}`, ms: startOf(event) }));
  slides.sort((a, b) => a.ms - b.ms);
  for (const { event, id } of slides) steps.push({ event: id, caption: shortCaption(event.summary || event.title) });
  return steps;
}

/** A caption from a slide's text: its whole text up to 220 characters, else its first sentences that fit. */
function shortCaption(text: string): string {
  if (text.length <= 220) return text;
  const sentences = text.match(/[^.!?]+[.!?]+["'”’)]*\s*/g) ?? [];
  let caption = '';
  for (const sentence of sentences) {
    if ((caption + sentence).trim().length > 220) break;
    caption += sentence;
  }
  return caption.trim() || `${text.slice(0, 219).trimEnd()}…`;
}
