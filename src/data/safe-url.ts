/**
 * The one rule for URLs from data, shared by validation, the adapters and the sanitiser: only http:, https: and
 * mailto: URLs are used, for links and media alike (no `javascript:`, and no `data:` images either).
 */
import { describeValue } from './parse-date.js';

const PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** Any http(s) base: a relative URL resolves to an http(s) URL against the page, whatever the page's address. */
const SOME_PAGE = 'https://page.invalid/';

/** `url` resolved against `base` (without one, only an absolute URL resolves) when it is http:, https: or mailto:; else undefined. */
export function resolveLink(url: unknown, base?: string): string | undefined {
  if (typeof url !== 'string' || !url.trim()) return undefined;
  try {
    const parsed = new URL(url, base);
    return PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `url`, absolute or relative to the page, is one the element will use. */
export function isLink(url: string): boolean {
  return resolveLink(url, SOME_PAGE) !== undefined;
}

/** The warning for a URL that is not used. */
export function notALink(url: unknown): string {
  return `${describeValue(url)} is not an http:, https: or mailto: URL`;
}
