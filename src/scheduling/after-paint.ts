import { yieldToPage } from './yield-to-page.js';

/**
 * Resolves in a task of its own after the next frame: once what is in the DOM now has been painted. For work
 * the first picture does not need (the zoom's chunk), which would otherwise be fetched, compiled and run
 * between the first frame and the next. A hidden page draws no frames: after `latestMs` it goes on anyway, so
 * what waits on it (`updateComplete`) does not wait for the page to be shown.
 */
export function afterPaint(latestMs = 100): Promise<void> {
  return new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, latestMs);
  }).then(yieldToPage);
}
