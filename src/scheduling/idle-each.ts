// Work a page can do before it is needed: in idle periods, a slice at a time, stopping when told.

/** What an idle period leaves for work, ms. */
export interface IdleDeadline {
  timeRemaining(): number;
}

export type IdleScheduler = (callback: (deadline: IdleDeadline) => void) => unknown;

type BrowserIdle = (callback: (deadline: IdleDeadline) => void, options: { timeout: number }) => unknown;

/**
 * The browser's idle callbacks (called within a second however busy the page, or hidden), else a timer giving a
 * slice of 8 ms.
 */
const defaultIdle: IdleScheduler = (callback) => {
  const idle = (globalThis as { requestIdleCallback?: BrowserIdle }).requestIdleCallback;
  return idle ? idle(callback, { timeout: 1000 }) : setTimeout(() => callback({ timeRemaining: () => 8 }), 50);
};

/**
 * Resolves in the page's first idle period after its next frame: what waits for it never runs before the picture
 * being drawn is painted (a busy Firefox gave an idle period before the first frame, and the zoom's chunk was asked
 * for while the first picture waited). A hidden page draws no frames: after a second, a timer stands in.
 */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    // Whichever comes first cancels the other: nothing is left pending.
    const idle = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      defaultIdle(() => resolve());
    };
    const frame = requestAnimationFrame(idle);
    const timer = setTimeout(idle, 1000);
  });
}

/**
 * Runs `work(0)` … `work(count - 1)` in the page's idle time: as many as fit in each idle period (leaving a
 * millisecond), then waits for the next, until all are done or `signal` aborts.
 */
export function idleEach(
  count: number,
  work: (i: number) => void,
  signal: AbortSignal,
  idle: IdleScheduler = defaultIdle,
): void {
  let i = 0;
  const slice = (deadline: IdleDeadline) => {
    if (signal.aborted) return;
    do work(i++);
    while (i < count && deadline.timeRemaining() > 1 && !signal.aborted);
    if (i < count && !signal.aborted) idle(slice);
  };
  if (count > 0) idle(slice);
}

/** Indices 0 … length-1 from `centre` outward: centre, centre - 1, centre + 1, centre - 2, … */
export function outward(centre: number, length: number): (k: number) => number {
  const c = Math.max(0, Math.min(length - 1, centre));
  return (k) => {
    const step = Math.ceil(k / 2);
    const below = c - step;
    const above = c + step;
    // Past one end, the rest come from the other side.
    if (below < 0) return k <= 2 * c ? (k % 2 ? below : above) : c + (k - c);
    if (above >= length) {
      const after = length - 1 - c;
      return k <= 2 * after ? (k % 2 ? below : above) : c - (k - after);
    }
    return k % 2 ? below : above;
  };
}
