/**
 * CSV → our input, in one of two layouts told apart by the header (matched ignoring case, spaces,
 * `_` and `-`):
 * - the TimelineJS spreadsheet template (a `Year` column): Year, Month, Day, Time, End Year, End Month,
 *   End Day, End Time, Display Date, Headline, Text (HTML), Media, Media Credit, Media Caption,
 *   Media Thumbnail, Alt Text, Type (`title`, `era` or blank), Group or Tag (a Background column is ignored:
 *   the chart draws no slides);
 * - our own simple form (a `start` column): start, end, title, summary, kind, group, place, id.
 *
 * Paths count data rows from 1, as a spreadsheet's rows below its header: `rows[1]` is the first
 * row after the header (sheet row 2), and name the column as the header writes it
 * (`rows[4].End Year: "abc" is not a year`). Blank rows are skipped without a word.
 */
import { csvParseRows } from 'd3-dsv';
import { describeValue, parseDate } from '../data/parse-date.js';
import { at, guard } from '../data/read-json.js';
import { isBlank } from '../data/blank.js';
import type { DataError, TimelineDataInput, TimelineEventInput } from '../types.js';
import type { Adapted } from './load.js';
import { htmlToText, isoSpan, slideEvent, type DatePart, type DateParts, type SlideField } from './timelinejs.js';

type Cells = (key: string) => string;

// 11:20, 11:20:30, 11:20:30.250, 2:30 PM, 2 p.m.
const TIME = /^(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?)?\s*(?:([ap])\.?\s*m\.?)?$/i;

const normalise = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

/** Hour, minute, second and millisecond of a Time cell, or an error message. */
function parseTime(cell: string): DateParts | string {
  const m = TIME.exec(cell);
  const bad = `${describeValue(cell)} is not a time such as 11:20, 11:20:30 or 2:30 PM`;
  if (!m || (m[2] === undefined && !m[5])) return bad;
  const [, h, minute = '0', second, ms, half] = m;
  let hour = Number(h);
  if (half) {
    if (hour < 1 || hour > 12) return bad;
    hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return bad;
  return { hour, minute, second, millisecond: ms?.padEnd(3, '0') };
}

/** Date parts of a template row (`prefix` is "" or "end"), with the column each part came from; undefined after an error. */
function templateDate(
  cells: Cells,
  where: Cells,
  prefix: string,
  errors: DataError[],
): [DateParts, (part: DatePart) => string] | undefined {
  const time = cells(`${prefix}time`);
  const parts = time ? parseTime(time) : {};
  if (typeof parts === 'string') {
    errors.push({ path: where(`${prefix}time`), message: parts });
    return undefined;
  }
  for (const part of ['year', 'month', 'day'] as const) parts[part] = cells(prefix + part);
  return [parts, (part) => where(prefix + (part === 'year' || part === 'month' || part === 'day' ? part : 'time'))];
}

function templateRow(
  cells: Cells,
  where: Cells,
  data: TimelineDataInput,
  errors: DataError[],
  warnings: DataError[],
): void {
  const type = cells('type').toLowerCase();
  if (type === 'title') {
    if (data.title !== undefined || data.description !== undefined) {
      errors.push({ path: where('type'), message: 'a second title row; only the first is used' });
      return;
    }
    const title = htmlToText(cells('headline'));
    const description = htmlToText(cells('text'));
    if (title) data.title = title;
    if (description) data.description = description;
    return;
  }
  if (type && type !== 'era' && type !== 'event') {
    warnings.push({
      path: where('type'),
      message: `${describeValue(cells('type'))} is not a type (title, era or blank); read as an event`,
    });
  }
  const start = templateDate(cells, where, '', errors);
  const end = templateDate(cells, where, 'end', errors);
  if (!start || !end) return;
  const span = isoSpan(start[0], end[0], start[1], end[1], errors, warnings);
  if (!span) return;
  if (type === 'era') {
    if (!span[1]) {
      errors.push({ path: where('endyear'), message: 'an era needs an end date' });
      return;
    }
    let title = htmlToText(cells('headline'));
    if (isBlank(title)) {
      title = 'Untitled';
      warnings.push({ path: where('headline'), message: 'no headline; titled "Untitled"' });
    }
    (data.eras ??= []).push({ start: span[0], end: span[1], title });
    return;
  }
  const group = cells('group') ? 'group' : 'tag';
  const slide = {
    headline: cells('headline'),
    text: cells('text'),
    media: {
      url: cells('media'),
      credit: cells('mediacredit'),
      caption: cells('mediacaption'),
      thumbnail: cells('mediathumbnail'),
      alt: cells('alttext'),
    },
    group: cells(group),
    displayDate: cells('displaydate'),
  };
  const columns: Partial<Record<SlideField, string>> = {
    'media.url': 'media',
    'media.credit': 'mediacredit',
    'media.caption': 'mediacaption',
    'media.thumbnail': 'mediathumbnail',
    'media.alt': 'alttext',
    group,
    displayDate: 'displaydate',
  };
  data.events.push(slideEvent(slide, span, (field) => where(columns[field] ?? field), warnings));
}

function simpleRow(cells: Cells, where: Cells, data: TimelineDataInput, errors: DataError[]): void {
  const rawStart = cells('start');
  const rawEnd = cells('end');
  const title = cells('title');
  const count = errors.length;
  const start = parseDate(rawStart);
  const end = rawEnd ? parseDate(rawEnd) : undefined;
  if (typeof start === 'string') errors.push({ path: where('start'), message: start });
  if (typeof end === 'string') errors.push({ path: where('end'), message: end });
  else if (end && typeof start !== 'string' && end.endMs <= start.ms) {
    errors.push({ path: where('end'), message: `${describeValue(rawEnd)} is before start ${describeValue(rawStart)}` });
  }
  if (isBlank(title)) errors.push({ path: where('title'), message: 'expected a title' });
  if (errors.length > count) return;
  const event: TimelineEventInput = { start: rawStart, title };
  if (rawEnd) event.end = rawEnd;
  for (const key of ['summary', 'kind', 'group', 'place', 'id'] as const) {
    const value = cells(key);
    if (value) event[key] = value;
  }
  data.events.push(event);
}

/** Converts CSV text to our input, row by row. Never throws. */
export function fromCSV(text: string): Adapted<TimelineDataInput> {
  const data: TimelineDataInput = { events: [] };
  const errors: DataError[] = [];
  const warnings: DataError[] = [];
  guard('', errors, () => {
    // Rows as arrays: csvParse builds its row objects with `new Function`, which a page whose
    // Content-Security-Policy has no 'unsafe-eval' (or that enforces Trusted Types) refuses.
    const [header = [], ...rows] = csvParseRows(String(text));
    // Our key (normalised header) → the column's index; the first of a repeated name wins.
    const columns = new Map<string, number>();
    header.forEach((name, i) => {
      if (!columns.has(normalise(name))) columns.set(normalise(name), i);
    });
    const template = columns.has('year');
    if (!template && !columns.has('start')) {
      const found = header.length ? header.map((name) => JSON.stringify(name)).join(', ') : 'none';
      errors.push({
        path: 'columns',
        message: `expected a Year column (TimelineJS template) or a start column, got ${found}`,
      });
      return;
    }
    rows.forEach((row, i) => {
      const n = i + 1;
      guard(at('rows', n), errors, () => {
        if (!row.some((cell) => cell.trim())) return;
        const cells: Cells = (key) => {
          const index = columns.get(key);
          return index === undefined ? '' : (row[index]?.trim() ?? '');
        };
        const where: Cells = (key) => {
          const index = columns.get(key);
          return at(at('rows', n), index === undefined ? key : header[index]);
        };
        if (template) templateRow(cells, where, data, errors, warnings);
        else simpleRow(cells, where, data, errors);
      });
    });
  });
  return { data, errors, warnings };
}
