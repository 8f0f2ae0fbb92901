/**
 * Work the element does outside its render (a chunk loading, an adapter reading data) that
 * `updateComplete` waits for, so a test or a page that awaits it sees the finished picture.
 */
export class PendingWork {
  private current?: Promise<void>;

  /** Adds work to wait for; a failure is the work's own business, never the waiter's. */
  add(work: Promise<unknown>): void {
    this.current = Promise.all([this.current, work.catch(() => undefined)]).then(() => undefined);
  }

  /**
   * `updateComplete` that also waits for this work: resolves once no work is pending and `update()` (the
   * host's own `updateComplete`) leaves no render pending either.
   */
  async settle(update: () => Promise<boolean>, pending: () => boolean): Promise<boolean> {
    for (;;) {
      const result = await update();
      const work = this.current;
      if (!work) {
        if (!pending()) return result;
        continue;
      }
      await work;
      if (this.current === work) this.current = undefined;
    }
  }
}
