/** A response read whole: its text and how it was served. */
export interface FetchedText {
  text: string;
  contentType: string | null;
}

/**
 * Fetches `url` and reads its body, giving up after `timeoutMs` (headers sent but a body that never ends
 * counts too): then it rejects with a message that says so. An abort of `signal` rejects as fetch does.
 */
export async function fetchText(url: URL, signal: AbortSignal, timeoutMs: number): Promise<FetchedText> {
  const own = new AbortController();
  const stop = () => own.abort();
  if (signal.aborted) own.abort();
  signal.addEventListener('abort', stop);
  let timedOut = false;
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          own.abort();
        }, timeoutMs)
      : undefined;
  try {
    const response = await fetch(url, { signal: own.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const contentType = response.headers.get('content-type');
    return { text: await response.text(), contentType };
  } catch (error) {
    if (timedOut)
      throw new Error(`no complete response within ${Math.round(timeoutMs / 100) / 10} s`, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}
