import { expect } from '@open-wc/testing';
import { warmUp } from '../../src/scheduling/warm-up.js';

describe('warmUp', () => {
  it('warmUp() does its work later, when the page is idle, not in the calling task', async () => {
    const own = Object.getOwnPropertyDescriptor(Intl, 'DateTimeFormat')!;
    const made: string[] = [];
    const Original = Intl.DateTimeFormat;
    const Counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made.push(JSON.stringify(args[1] ?? {}));
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Object.defineProperty(Intl, 'DateTimeFormat', { ...own, value: Counting });
    try {
      warmUp();
      const inTask = made.length;
      await new Promise<void>((resolve) =>
        'requestIdleCallback' in window
          ? requestIdleCallback(() => resolve(), { timeout: 3000 })
          : setTimeout(() => resolve(), 100),
      );
      expect(inTask).to.equal(0);
    } finally {
      Object.defineProperty(Intl, 'DateTimeFormat', own);
    }
  });
});
