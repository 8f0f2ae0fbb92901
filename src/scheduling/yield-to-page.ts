interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the page handle input and paint between the slices of a long job, then resumes it.
 * Not setTimeout: nested timers are clamped to 4 ms each, which added tens of ms to a 50,000-event load.
 * `scheduler.yield()` where the browser has it (it resumes ahead of other queued tasks), else a
 * MessageChannel message, which is a task of its own with no clamp.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
