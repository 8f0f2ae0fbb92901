import { isTimelineJS } from './timelinejs.js';

/** The data formats the element reads. */
export type DataFormat = 'json' | 'timelinejs' | 'csv';

/** What is known about a piece of data: where it came from, how it was served, its text and, when it parsed, its JSON. */
export interface FormatHints {
  url?: string;
  contentType?: string | null;
  text?: string;
  json?: unknown;
  /** An explicit choice (the element's `format` attribute); wins when it names a known format. */
  format?: string | null;
}

const FORMATS: readonly string[] = ['json', 'timelinejs', 'csv'];

/**
 * Which adapter reads the data: an explicit `format` wins; then a `.csv` URL (or a sheet export's
 * `format=csv` / `output=csv`), a CSV content type, or text that cannot be JSON mean CSV; then JSON
 * of TimelineJS's shape; else our own JSON.
 */
export function detectFormat({ url, contentType, text, json, format }: FormatHints): DataFormat {
  const named = format?.trim().toLowerCase();
  if (named && FORMATS.includes(named)) return named as DataFormat;
  const path = url?.split('#')[0] ?? '';
  if (/\.csv(?:[?]|$)|[?&](?:format|output)=csv(?:&|$)/i.test(path)) return 'csv';
  if (/^\s*(?:text\/(?:csv|comma-separated-values)|application\/csv)\s*(?:;|$)/i.test(contentType ?? '')) return 'csv';
  if (json === undefined && text !== undefined) {
    if (!/^\s*[[{]/.test(text)) return 'csv';
    try {
      json = JSON.parse(text);
    } catch {
      return 'json';
    }
  }
  return isTimelineJS(json) ? 'timelinejs' : 'json';
}
