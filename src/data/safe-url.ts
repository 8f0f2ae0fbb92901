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

// The URL parser costs microseconds a call, which tells in 100,000 events: the common cases are answered without
// it. An http(s) URL whose host is a plain name (its last label starts with a letter, so it is no IPv4 number, and
// no label is punycode) always parses; so does a path relative to the page, once neither a scheme nor a host can
// hide in it (no leading control or space, no tab or newline, no leading `//`).
const PLAIN_HTTP = /^https?:\/\/(?:[a-z\d-]+\.)*[a-z][a-z\d-]*(?::\d{1,4})?(?:[/?#]|$)/i;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const HIDING = /^[\0- ]|^[/\\]{2}|[\t\n\r]|xn--/i;

/** Whether `url`, absolute or relative to the page, is one the element will use. */
export function isLink(url: string): boolean {
  if (url.trim() && !HIDING.test(url) && (PLAIN_HTTP.test(url) || !SCHEME.test(url))) return true;
  return resolveLink(url, SOME_PAGE) !== undefined;
}

/** The warning for a URL that is not used. */
export function notALink(url: unknown): string {
  return `${describeValue(url)} is not an http:, https: or mailto: URL`;
}
