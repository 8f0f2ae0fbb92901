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

/** Media types that are never JSON or CSV, though a JSON body under a page's type is still read (see `notDataReason`). */
const PAGE_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/;
const XML_TYPES = /^(?:(?:text|application)\/xml|[\w.-]+\/[\w.-]+\+xml)$/;
const MEDIA_TYPES = /^(?:(?:image|audio|video|font)\/[\w.+-]+|application\/(?:pdf|zip|gzip))$/;

/**
 * Why text loaded as data is neither JSON nor CSV, or undefined when it may be either: by content type first (an
 * HTML page, XML, an image…), then by content (empty, or markup). A body that starts like JSON is left to the
 * JSON parser even under an HTML or XML type, as servers send JSON as `text/html` by default. The reason is a
 * short lowercase phrase (`the response is an HTML page, not JSON or CSV`) that never quotes the body.
 */
export function notDataReason({ url, contentType, text }: FormatHints): string | undefined {
  if (text === undefined) return undefined;
  const what = url !== undefined || typeof contentType === 'string' ? 'the response' : 'the text';
  const type = /^\s*([^;\s]+)/.exec(contentType ?? '')?.[1].toLowerCase() ?? '';
  const start = String(text).trimStart();
  const json = /^[[{]/.test(start);
  if (PAGE_TYPES.test(type) && !json) return `${what} is an HTML page, not JSON or CSV`;
  if (XML_TYPES.test(type) && !json) return `${what} is an XML document, not JSON or CSV`;
  if (MEDIA_TYPES.test(type)) return `${what} is ${type}, not JSON or CSV`;
  if (!start) return `${what} is empty`;
  // Neither JSON nor a CSV header starts with markup.
  if (/^<\?xml[\s?]/i.test(start)) return `${what} is an XML document, not JSON or CSV`;
  if (start.startsWith('<')) return `${what} is an HTML page, not JSON or CSV`;
  return undefined;
}
