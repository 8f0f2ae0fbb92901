/**
 * Reading untrusted parsed JSON (or any value a page hands over) without being fooled or thrown at: the
 * helpers the validator and the format adapters share.
 */
import type { DataError } from '../types.js';

/** A plain object read as a bag of named values. */
export type Bag = Record<string, unknown>;

/** The value as a bag when it is a non-array object, else undefined. */
export function bag(value: unknown): Bag | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Bag) : undefined;
}

/** An own property only, so neither `__proto__` tricks nor a polluted Object.prototype leak in. */
export function own(from: Bag | undefined, key: string): unknown {
  return from !== undefined && Object.prototype.hasOwnProperty.call(from, key) ? from[key] : undefined;
}

/** The path of `key` inside `path`: `at('events', 3)` is `events[3]`, `at('events[3]', 'start')` `events[3].start`. */
export function at(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/**
 * Runs one item's reading; a hostile item (a throwing getter, a revoked Proxy) becomes a `could not be read`
 * error at `path` instead of a throw.
 */
export function guard(path: string, errors: DataError[], read: () => void): void {
  try {
    read();
  } catch {
    errors.push({ path, message: 'could not be read' });
  }
}
