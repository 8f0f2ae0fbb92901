/**
 * Lets the page handle input and paint between the slices of a long job, then resumes it: a MessageChannel
 * message, a task of its own.
 * Not setTimeout: nested timers are clamped to 4 ms each, which added tens of ms to a 50,000-event load.
 * Not scheduler.yield(): its continuations run ahead of rendering, and frames went unpainted for 100 ms.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
