import { expect } from '@open-wc/testing';
import { yieldToPage } from '../../src/scheduling/yield-to-page.js';

describe('yieldToPage', () => {
  it('yieldToPage() resolves in a later task: the current task and its microtasks finish first', async () => {
    const order: string[] = [];
    const yielded = yieldToPage().then(() => order.push('resumed'));
    void Promise.resolve().then(() => order.push('microtask'));
    order.push('task');
    await yielded;
    expect(order).to.deep.equal(['task', 'microtask', 'resumed']);
  });

  it('yieldToPage() never waits on a timer (nested timers are clamped to 4 ms each)', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'setTimeout');
    const original = window.setTimeout.bind(window);
    let timers = 0;
    window.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
      timers++;
      return original(...args);
    }) as typeof setTimeout;
    try {
      for (let i = 0; i < 20; i++) await yieldToPage();
    } finally {
      if (own) Object.defineProperty(window, 'setTimeout', own);
    }
    expect(timers).to.equal(0);
  });
});
