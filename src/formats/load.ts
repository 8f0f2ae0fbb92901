import { detectFormat, notDataReason, type FormatHints } from './detect.js';
import type { DataError } from '../types.js';

/**
 * What an adapter makes of a file: input for `validateData()` (`Data`: what the adapter promises of it), and
 * what it skipped (errors) or changed or dropped (warnings), with paths into the source format.
 */
export interface Adapted<Data = unknown> {
  data: Data;
  errors: DataError[];
  warnings: DataError[];
}

/**
 * Reads data in any supported format (our JSON, TimelineJS JSON, CSV) into our input shape. Loaded on
 * demand by the element, and it loads the CSV parser only for CSV. Rejects, with `notDataReason`'s short
 * message (`the response is an HTML page, not JSON or CSV`, `the response is empty`), for text that is neither
 * JSON nor CSV: a failed load, not a file of zero events.
 */
export async function adapt(hints: FormatHints): Promise<Adapted> {
  const reason = notDataReason(hints);
  if (reason) throw new Error(reason);
  const format = detectFormat(hints);
  if (format === 'csv') {
    const { fromCSV } = await import('./csv.js');
    return fromCSV(hints.text ?? '');
  }
  let json = hints.json;
  if (json === undefined) {
    try {
      json = JSON.parse(hints.text ?? '');
    } catch (error) {
      return { data: [], errors: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }], warnings: [] };
    }
  }
  if (format === 'timelinejs') {
    const { fromTimelineJS } = await import('./timelinejs.js');
    return fromTimelineJS(json);
  }
  return { data: json, errors: [], warnings: [] };
}
