import { adoptStyles, type CSSResult } from 'lit';

/**
 * Adds a chunk's styles to the element's shadow root, after those it has: Lit's `adoptStyles` (already in the
 * core) sets the root's sheets, or where a browser cannot adopt sheets, appends a style element.
 */
export function addStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  const shadow = root as ShadowRoot;
  const sheets = shadow.adoptedStyleSheets ?? [];
  // Two chunks share the count marks' styles: added once.
  if (!sheets.includes(styles.styleSheet!)) adoptStyles(shadow, [...sheets, styles]);
}
