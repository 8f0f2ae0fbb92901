/**
 * Untrusted HTML (TimelineJS `text`) to a safe fragment, and untrusted URLs to safe ones. The element
 * loads this module with `import()` only when some data carries HTML or media, so nothing else imports it.
 */
import DOMPurify from 'dompurify';
import { stripAttributes } from './strip-attributes.js';
import { resolveLink } from '../data/safe-url.js';

const CONFIG = {
  ALLOWED_TAGS: ['p', 'br', 'em', 'i', 'strong', 'b', 'ul', 'ol', 'li', 'a', 'blockquote'],
  ALLOWED_ATTR: ['href'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true as const,
};

// Chromium reports every style element, style attribute and inline event handler it parses to the page's
// Content-Security-Policy, even in the inert document DOMPurify parses into: a strict-CSP page would get a
// violation report for each one, though none can run. The allow-list drops them anyway, so DOMPurify is given
// the HTML without them: every attribute but a link's href, and style, script and the other raw-text elements.
const KEPT_ATTRIBUTES = new Map([['a', ['href']]]);

/** An absolute http:, https: or mailto: URL (a relative one resolved against the page), or undefined. For links and media alike: no `data:` images either. */
export function safeURL(url: unknown): string | undefined {
  return resolveLink(url, globalThis.document?.baseURI);
}

// An instance of our own, so that the hook below leaves a page's shared DOMPurify alone.
const purify = DOMPurify(globalThis.window);
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName !== 'A') return;
  const href = safeURL(node.getAttribute('href'));
  if (href) node.setAttribute('href', href);
  else node.removeAttribute('href');
  node.setAttribute('rel', 'noopener noreferrer');
  node.setAttribute('target', '_blank');
});

/**
 * A fragment holding only p, br, em, i, strong, b, ul, ol, li, blockquote and links (`href` of
 * http:, https: or mailto: only, opening in a new tab with `rel="noopener noreferrer"`); everything
 * else is dropped, keeping the text of unknown elements but not of script or style. Where DOMPurify
 * cannot run, a string: the bare text, to be shown as text.
 */
export function sanitizeHTML(html: string): DocumentFragment | string {
  const dirty = String(html);
  try {
    if (purify.isSupported) {
      return purify.sanitize(stripAttributes(dirty, KEPT_ATTRIBUTES), CONFIG);
    }
  } catch {
    // fall through to text
  }
  return dirty
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
