import { expect } from '@open-wc/testing';
import { afterPaint } from '../../src/scheduling/after-paint.js';

describe('afterPaint', () => {
  it('afterPaint() resolves after the next animation frame, in a task of its own', async () => {
    const order: string[] = [];
    const painted = afterPaint(10_000).then(() => order.push('after paint'));
    requestAnimationFrame(() => order.push('frame'));
    void Promise.resolve().then(() => order.push('microtask'));
    await painted;
    expect(order).to.deep.equal(['microtask', 'frame', 'after paint']);
  });

  it('afterPaint() goes on after latestMs when no frame comes (a hidden page draws none)', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'requestAnimationFrame');
    window.requestAnimationFrame = () => 0;
    try {
      const started = performance.now();
      await afterPaint(30);
      expect(performance.now() - started).to.be.at.least(25);
    } finally {
      if (own) Object.defineProperty(window, 'requestAnimationFrame', own);
    }
  });
});
