// What the loading controller reads of the element, and the details of the events it fires.
import type { ReactiveControllerHost } from 'lit';
import type { DataError, TimelineEvent } from '../types.js';

/** `detail` of `mt-load`. */
export interface LoadDetail {
  events: readonly TimelineEvent[];
  /** Items that were skipped, with why. */
  skipped: readonly DataError[];
  /** Values that were dropped (or changed) from items that were kept, with why. */
  warnings: readonly DataError[];
}
/** `detail` of `mt-error`. */
export interface ErrorDetail {
  /** Items that were skipped, or why the load failed. */
  errors: readonly DataError[];
  /** Values that were dropped (or changed) from items that were kept. */
  warnings: readonly DataError[];
}

/** The data formats the `format` attribute names. */
export type FormatName = 'json' | 'timelinejs' | 'csv';

/** The element, as the loading controller reads it: its inputs. */
export interface LoadingHost extends ReactiveControllerHost, HTMLElement {
  readonly data?: unknown;
  readonly src?: string;
  readonly format?: FormatName;
  /** How long a `src` may take, ms, before the load fails (0: no limit). */
  readonly timeout: number;
}
