// The `view-start` and `view-end` attributes as the element reads them: dates, and what was wrong with them.
import { parseDate } from './parse-date.js';
import type { DataError, TimePoint } from '../types.js';

/** The initial view the attributes ask for, and warnings about how they were read. */
export interface ViewRange {
  start?: TimePoint;
  end?: TimePoint;
  /** Unreadable values, and a pair the wrong way round (read swapped). */
  warnings: DataError[];
}

/** Reads `view-start` and `view-end`; an unreadable one is left out with a warning. */
export function readViewRange(start: string | undefined, end: string | undefined): ViewRange {
  const a = start ? parseDate(start) : undefined;
  const b = end ? parseDate(end) : undefined;
  const warnings: DataError[] = [];
  if (typeof a === 'string') warnings.push({ path: 'view-start', message: a });
  if (typeof b === 'string') warnings.push({ path: 'view-end', message: b });
  const range: ViewRange = { warnings };
  if (a && typeof a !== 'string') range.start = a;
  if (b && typeof b !== 'string') range.end = b;
  if (range.start && range.end && range.end.endMs <= range.start.ms)
    warnings.push({
      path: 'view-end',
      message: `${JSON.stringify(end)} is before view-start ${JSON.stringify(start)}: read the other way round`,
    });
  return range;
}
