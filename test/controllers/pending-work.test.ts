import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { PendingWork } from '../../src/controllers/pending-work.js';

/** A promise and the functions that settle it. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Whether `promise` has settled once the microtasks queued now have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await aTimeout(0);
  return done;
}

/** A bare host whose `updateComplete` waits for its pending work, as the element's does. */
class WorkHost extends LitElement {
  readonly work = new PendingWork();
  @property() text = '';

  protected override getUpdateComplete(): Promise<boolean> {
    return this.work.settle(
      () => super.getUpdateComplete(),
      () => this.isUpdatePending,
    );
  }

  override render() {
    return html`<p>${this.text}</p>`;
  }
}
customElements.define('work-host', WorkHost);

declare global {
  interface HTMLElementTagNameMap {
    'work-host': WorkHost;
  }
}

describe('PendingWork', () => {
  it('work.settle(update) with no work is the update’s own result', async () => {
    const work = new PendingWork();
    expect(
      await work.settle(
        () => Promise.resolve(true),
        () => false,
      ),
    ).to.equal(true);
    expect(
      await work.settle(
        () => Promise.resolve(false),
        () => false,
      ),
    ).to.equal(false);
  });

  it('work.settle(update) waits for work added before it', async () => {
    const work = new PendingWork();
    const chunk = deferred();
    work.add(chunk.promise);
    const waiting = work.settle(
      () => Promise.resolve(true),
      () => false,
    );
    expect(await settled(waiting)).to.equal(false);
    chunk.resolve();
    expect(await waiting).to.equal(true);
  });

  it('work.settle(update) waits for work added while it waits', async () => {
    const work = new PendingWork();
    const first = deferred();
    const second = deferred();
    work.add(first.promise);
    const waiting = work.settle(
      () => Promise.resolve(true),
      () => false,
    );
    work.add(second.promise);
    first.resolve();
    expect(await settled(waiting)).to.equal(false);
    second.resolve();
    expect(await waiting).to.equal(true);
  });

  it('work.settle(update) resolves when work fails: a failure is the work’s own business', async () => {
    const work = new PendingWork();
    const chunk = deferred();
    work.add(chunk.promise);
    const waiting = work.settle(
      () => Promise.resolve(true),
      () => false,
    );
    chunk.reject(new Error('chunk failed'));
    expect(await waiting).to.equal(true);
  });

  it('work.settle(update, pending) runs the update again while one is pending', async () => {
    const work = new PendingWork();
    let pending = 3;
    let updates = 0;
    const result = await work.settle(
      () => {
        updates++;
        return Promise.resolve(true);
      },
      () => pending-- > 0,
    );
    expect(result).to.equal(true);
    expect(updates).to.equal(4);
  });

  it('host.updateComplete waits for work added to the host, and the render it requests', async () => {
    const host = await fixture<WorkHost>(html`<work-host></work-host>`);
    const chunk = deferred<string>();
    host.work.add(chunk.promise.then((text) => (host.text = text)));
    const complete = host.updateComplete;
    expect(await settled(complete)).to.equal(false);
    chunk.resolve('loaded');
    expect(await complete).to.equal(true);
    expect(host.shadowRoot!.querySelector('p')!.textContent).to.equal('loaded');
  });

  it('host.updateComplete resolves when the host’s work fails', async () => {
    const host = await fixture<WorkHost>(html`<work-host></work-host>`);
    host.work.add(Promise.reject(new Error('no chunk')));
    expect(await host.updateComplete).to.equal(true);
  });

  it('host.updateComplete resolves again once work is done (no work left to wait for)', async () => {
    const host = await fixture<WorkHost>(html`<work-host></work-host>`);
    host.work.add(Promise.resolve());
    await host.updateComplete;
    expect(await settled(host.updateComplete)).to.equal(true);
  });
});
