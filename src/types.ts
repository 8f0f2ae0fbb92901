/**
 * Public data types of meeting-timeline: what you may give the element (`*Input`) and what it makes of it.
 * The JSON Schema in `meeting-timeline.schema.json` describes the same input shape for editors.
 */

/** The kinds the built-in marks know; any other string is accepted and drawn with a generic mark. */
export type EventKind = 'in-person' | 'video' | 'phone' | 'visit' | 'incident';

/** Where an event happened. Coordinates are optional map pins. */
export interface Place {
  name?: string;
  city?: string;
  country?: string;
  lat?: number;
  lon?: number;
}

/** A link that backs an event up. */
export interface Source {
  href: string;
  label?: string;
}

/** A picture or other medium that illustrates an event; URLs are checked (`safeURL`) before use. */
export interface Media {
  /** An image or a page to link to. */
  url?: string;
  caption?: string;
  credit?: string;
  /** A smaller image for the same medium. */
  thumbnail?: string;
  /** Alternative text for an image. */
  alt?: string;
  /** Where a click on the medium leads. */
  link?: string;
}

/**
 * A date as given: an ISO 8601 string (`2023`, `2023-11`, `2023-11-15`, `2023-11-15T11:00-08:00`), an EDTF
 * level 1 string (`1964?` uncertain, `1964~` approximate, `1964%` both, `196X` a decade, `19XX` a century,
 * `1964-06/1964-08` an interval, `1964/..` and `../1964` open ones), a year of any size (`-13800000000`,
 * `Y-13800000000`, or `{ year: -13.8e9 }`, optionally with `month` and `day` inside the calendar), or a `Date`.
 * Intervals are taken as an event's `start` (the event spans them) and nowhere else.
 */
export type DateInput = string | Date | YearInput;

/** A year of any size (astronomical: 0 is 1 BC), with month (1–12) and day only inside the range of `Date`. */
export interface YearInput {
  year: number | string;
  month?: number | string;
  day?: number | string;
}

/** One event as written in JSON or passed to `data`. Unknown fields are kept and ignored. */
export interface TimelineEventInput {
  id?: string;
  start: DateInput;
  end?: DateInput;
  title: string;
  summary?: string;
  /** Decides the mark's shape and, unless the data has groups, its lane. */
  kind?: EventKind | (string & {});
  /** Lane name; when any event has a group, lanes follow groups instead of kinds. */
  group?: string;
  /** A place object, or just its name. */
  place?: Place | string;
  /** IANA time zone of the venue (e.g. `America/Los_Angeles`), used to name the local time. */
  timeZone?: string;
  participants?: string[];
  outcomes?: string[];
  sources?: Source[];
  /** Rich text (untrusted HTML, to be sanitised before display); `summary` holds its plain text. */
  html?: string;
  media?: Media;
  /** How the source wants the date written (TimelineJS `display_date`), shown instead of the formatted date. */
  displayDate?: string;
  /** True when the source gives the clock time only roughly ("about 11:20", "shortly after 5:30 p.m."). */
  approximate?: boolean;
  [field: string]: unknown;
}

/** A background band: a named stretch of time. */
export interface EraInput {
  start: DateInput;
  end: DateInput;
  title: string;
}

/**
 * A span the data asks to be drawn: a bracket from one event's mark to another's, labelled with the days
 * between them unless a `label` is given; with `headline`, the header says it in a sentence too.
 */
export interface SpanInput {
  /** Id of the event the span starts at. */
  from: string;
  /** Id of the event it ends at. */
  to: string;
  label?: string;
  headline?: boolean;
}

/**
 * A step of a story told over the timeline: the event it shows (by id), or a stretch of time (`start` and
 * `end`), or, with neither, all of it; and a short caption of its own.
 */
export interface StoryStepInput {
  event?: string;
  start?: DateInput;
  end?: DateInput;
  /** A heading for a step that shows a stretch of time (an event's step is headed by its title). */
  title?: string;
  caption: string;
}

/** The object form of `data`. */
export interface TimelineDataInput {
  title?: string;
  description?: string;
  events: TimelineEventInput[];
  eras?: EraInput[];
  /** The span shown first (with a margin); without it the view fits every event. */
  view?: { start: DateInput; end: DateInput };
  /** Spans to draw between events (e.g. the days between two meetings). */
  spans?: SpanInput[];
  /** The story the data tells, step by step (story mode); without it, the steps are the events in time order. */
  story?: StoryStepInput[];
}

/** How finely a date was given; `decade` and `century` are EDTF's `196X` and `19XX`. */
export type DatePrecision =
  'century' | 'decade' | 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

/**
 * A parsed date. `ms` is where it begins on the timeline and `endMs` where the span it names ends
 * (exclusive): `2023` covers the whole year, `196X` the whole decade. Calendar dates are placed at UTC
 * midnight so that every reader, in every time zone, sees the same day. Years beyond the range of `Date`
 * (about ±271,800 years) continue the same axis at 365.2425 days a year, so `ms` may exceed ±8.64e15.
 */
export interface TimePoint {
  ms: number;
  endMs: number;
  precision: DatePrecision;
  /** Minutes east of UTC when the value carried an offset (`-08:00` is -480); absent for dates and floating times. */
  offsetMinutes?: number;
  /** True for a `Date` object: a real instant, shown in the reader's own zone. */
  instant?: boolean;
  /** EDTF `?` (or `%`): the source is not sure of the date; shown as "1964?". */
  uncertain?: boolean;
  /** EDTF `~` (or `%`): the date is approximate; shown as "c. 1964", read as "about 1964". */
  approximate?: boolean;
}

/** A validated event, as `events` returns it. */
export interface TimelineEvent {
  id: string;
  title: string;
  summary?: string;
  kind: string;
  group?: string;
  start: TimePoint;
  end?: TimePoint;
  place?: Place;
  timeZone?: string;
  participants: string[];
  outcomes: string[];
  sources: Source[];
  /** Rich text (HTML) as given; sanitised before it is shown. */
  html?: string;
  /** How the source wants the date written, shown instead of the formatted date. */
  displayDate?: string;
  /** The time (or date) is approximate: the details say "about". */
  approximate?: boolean;
  /** An EDTF interval open at one end (`1964/..` its end, `../1964` its start): it ran on, or began, at a time not given. */
  open?: 'start' | 'end';
  media?: Media;
  /** Index of the event in the input's `events` array. */
  index: number;
}

/** A validated era. */
export interface Era {
  title: string;
  start: TimePoint;
  end: TimePoint;
}

/** A validated span: both ids name events of the data. */
export interface Span {
  from: string;
  to: string;
  label?: string;
  headline: boolean;
}

/** A validated step of the story: an event's id, or a stretch of time in ms, or neither (all of it). */
export interface StoryStep {
  event?: string;
  span?: [number, number];
  title?: string;
  caption: string;
}

/** A problem with one item of the input, as `mt-error` reports it. */
export interface DataError {
  /** JSON path of the bad value, e.g. `events[3].start`. */
  path: string;
  message: string;
}

/** What validation makes of an input. */
export interface TimelineData {
  title?: string;
  description?: string;
  events: TimelineEvent[];
  eras: Era[];
  /** The span to show first, in ms, when the input named one. */
  view?: [number, number];
  /** Spans to draw between events. */
  spans: Span[];
  /** The data's own story, when it tells one. */
  story: StoryStep[];
  /** Items that were skipped, with why. */
  errors: DataError[];
  /** Items that were kept but changed (e.g. a duplicate id made unique). */
  warnings: DataError[];
}
