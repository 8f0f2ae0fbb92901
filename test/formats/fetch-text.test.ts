import { expect } from '@open-wc/testing';
import { fetchText } from '../../src/formats/fetch-text.js';

/** A URL the dev server answers; `?delay=ms` holds its answer back that long (web-test-runner.config.mjs). */
const fixture = (path: string) => new URL(`/test/fixtures/${path}`, location.href);

/** What fetchText's promise came to: its value, or the error it rejected with. */
async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: Error }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error: error as Error };
  }
}

/** An abort error such as fetch rejects with. */
const abortError = () => new DOMException('The operation was aborted.', 'AbortError');

/**
 * A response whose headers arrive but whose body never ends: it errors, as a real fetch's does, when the
 * request's signal aborts.
 */
function endless(signal: AbortSignal): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"events": ['));
      signal.addEventListener('abort', () => controller.error(abortError()));
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

describe('fetchText', () => {
  const realFetch = window.fetch.bind(window);
  /** The requests the stub saw. */
  let requests: { url: string; signal: AbortSignal }[] = [];

  /** Replaces fetch with `respond`, which gets the request's signal. */
  function stubFetch(respond: (signal: AbortSignal) => Promise<Response>) {
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const signal = init?.signal ?? new AbortController().signal;
      requests.push({ url: input instanceof Request ? input.url : String(input), signal });
      return respond(signal);
    };
  }

  /** A fetch that answers nothing until its signal aborts, then rejects as fetch does. */
  const silent = (signal: AbortSignal) =>
    new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(abortError())));

  afterEach(() => {
    window.fetch = realFetch;
    requests = [];
  });

  it('fetchText(url, signal, timeout) reads the body as text, with its content type', async () => {
    const result = await fetchText(fixture('events-a.json'), new AbortController().signal, 10_000);
    expect((JSON.parse(result.text) as { events: unknown }).events).to.be.an('array');
    expect(result.contentType).to.match(/^application\/json/);
  });

  it('fetchText(…) decodes the body as UTF-8, without its byte order mark, as response.text() does', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"title":"Bali — 巴厘岛 🌏"}')]);
    stubFetch(() => Promise.resolve(new Response(bytes, { headers: { 'content-type': 'application/json' } })));
    const result = await fetchText(new URL('https://example.test/'), new AbortController().signal, 1000);
    expect(result.text).to.equal(await new Response(bytes).text());
    expect(result.text).to.equal('{"title":"Bali — 巴厘岛 🌏"}');
    // A byte that is not UTF-8 reads as U+FFFD, as it does there.
    stubFetch(() => Promise.resolve(new Response(new Uint8Array([0x61, 0xff, 0x62]))));
    const bad = await fetchText(new URL('https://example.test/'), new AbortController().signal, 1000);
    expect(bad.text).to.equal('a\ufffdb');
  });

  it('fetchText(…) gives a null content type when the response has none', async () => {
    stubFetch(() => Promise.resolve(new Response(new Blob(['a,b\n1,2']))));
    const result = await fetchText(new URL('https://example.test/data.csv'), new AbortController().signal, 1000);
    expect(result).to.deep.equal({ text: 'a,b\n1,2', contentType: null });
    expect(requests.map((r) => r.url)).to.deep.equal(['https://example.test/data.csv']);
  });

  it('fetchText(…) rejects an HTTP error with its status', async () => {
    const { error } = await settle(fetchText(fixture('missing.json'), new AbortController().signal, 10_000));
    expect(error?.message).to.equal('HTTP 404');
    stubFetch(() => Promise.resolve(new Response('busy', { status: 503 })));
    const busy = await settle(fetchText(new URL('https://example.test/'), new AbortController().signal, 1000));
    expect(busy.error?.message).to.equal('HTTP 503');
  });

  it('fetchText(…, timeout) gives up on a body that never ends, and says so', async () => {
    stubFetch((signal) => Promise.resolve(endless(signal)));
    const started = performance.now();
    const { value, error } = await settle(
      fetchText(new URL('https://example.test/'), new AbortController().signal, 100),
    );
    expect(value).to.equal(undefined);
    expect(error?.message).to.equal('no complete response within 0.1 s');
    // The body's own error, kept as the cause.
    expect(error?.cause).to.not.equal(undefined);
    expect(performance.now() - started).to.be.below(5000);
    expect(requests[0].signal.aborted).to.equal(true);
  });

  it('fetchText(…, timeout) gives up on a server that never answers', async () => {
    stubFetch(silent);
    const { error } = await settle(fetchText(new URL('https://example.test/'), new AbortController().signal, 250));
    expect(error?.message).to.equal('no complete response within 0.3 s');
  });

  it('fetchText(…, timeout) gives up on the real fetch of a response held back', async () => {
    const { error } = await settle(fetchText(fixture('events-a.json?delay=3000'), new AbortController().signal, 200));
    expect(error?.message).to.equal('no complete response within 0.2 s');
  });

  it('fetchText(…, timeout) writes whole seconds without a decimal', async () => {
    stubFetch(silent);
    const { error } = await settle(fetchText(new URL('https://example.test/'), new AbortController().signal, 1000));
    expect(error?.message).to.equal('no complete response within 1 s');
  });

  it('fetchText(…, 0 or Infinity) has no timeout', async () => {
    for (const timeout of [0, Infinity]) {
      // Answers after 150 ms unless aborted first, as fetch would be by a timer.
      stubFetch(
        (signal) =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(() => resolve(new Response('late')), 150);
            signal.addEventListener('abort', () => {
              clearTimeout(timer);
              reject(abortError());
            });
          }),
      );
      const { value } = await settle(
        fetchText(new URL('https://example.test/'), new AbortController().signal, timeout),
      );
      expect(value?.text, String(timeout)).to.equal('late');
    }
  });

  it('fetchText(url, signal) rejects as an abort, not a timeout, when signal aborts', async () => {
    stubFetch(silent);
    const outer = new AbortController();
    const pending = settle(fetchText(new URL('https://example.test/'), outer.signal, 10_000));
    outer.abort();
    const { error } = await pending;
    expect(error?.name).to.equal('AbortError');
    expect(error?.message).to.not.contain('no complete response');
    expect(requests[0].signal.aborted).to.equal(true);
  });

  it('fetchText(url, signal) with the real fetch rejects as an abort when signal aborts before the answer', async () => {
    const outer = new AbortController();
    const pending = settle(fetchText(fixture('events-a.json?delay=3000'), outer.signal, 10_000));
    setTimeout(() => outer.abort(), 50);
    const { error } = await pending;
    expect(error?.name).to.equal('AbortError');
  });

  it('fetchText(url, signal) rejects with the body’s error, not a timeout, when signal aborts mid-body', async () => {
    stubFetch((signal) => Promise.resolve(endless(signal)));
    const outer = new AbortController();
    const reading = settle(fetchText(new URL('https://example.test/'), outer.signal, 10_000));
    setTimeout(() => outer.abort(), 50);
    const { value, error } = await reading;
    expect(value).to.equal(undefined);
    expect(error).to.not.equal(undefined);
    expect(error?.message).to.not.contain('no complete response');
  });

  it('fetchText(url, signal) lets go of signal once settled', async () => {
    stubFetch(() => Promise.resolve(new Response('done')));
    const outer = new AbortController();
    await fetchText(new URL('https://example.test/'), outer.signal, 1000);
    outer.abort();
    expect(requests[0].signal.aborted).to.equal(false);
  });

  // Bug: the outer signal is followed with an 'abort' listener, which never fires for a signal aborted already,
  // so fetchText given one fetches and resolves where fetch itself rejects at once. (The loading controller makes
  // a fresh controller for each fetch, so the element is not affected.) Checking `signal.aborted` first, or
  // `AbortSignal.any([signal, own.signal])`, fixes it.
  it('fetchText(url, signal) rejects at once when signal has already aborted', async () => {
    stubFetch((signal) =>
      signal.aborted ? Promise.reject(abortError()) : Promise.resolve(new Response('fetched anyway')),
    );
    const outer = new AbortController();
    outer.abort();
    const { value, error } = await settle(fetchText(new URL('https://example.test/'), outer.signal, 1000));
    expect(value).to.equal(undefined);
    expect(error?.name).to.equal('AbortError');
  });
});
