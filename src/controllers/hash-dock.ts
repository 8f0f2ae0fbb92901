import type { ReactiveController } from 'lit';
import type { HashController, HashHost, HashOpeners } from './hash-controller.js';

/**
 * Where the URL hash docks into the element: with `history`, the hash controller's chunk is loaded at the
 * first update that has it on, and goes where the hash names as soon as it is there (and after each load).
 * Pages without `history` never load it.
 */
export class HashDock implements ReactiveController {
  private controller?: HashController;
  private loading = false;
  /** Where the last update left the element, until `history` comes on: a move since then is written. */
  private last?: Pick<HashHost, 'selected' | 'storyStep'>;

  /** `wait` makes `updateComplete` wait for the chunk. */
  constructor(
    private readonly host: HashHost,
    private readonly openers: HashOpeners,
    private readonly wait: (work: Promise<unknown>) => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (!this.host.history || this.loading) return;
    this.loading = true;
    const from = this.last;
    this.wait(
      import('./hash-controller.js').then(
        ({ HashController }) => {
          this.controller = new HashController(this.host, this.openers, from);
          this.read();
          this.host.requestUpdate();
        },
        // Without the chunk the hash is not followed; the timeline works as without `history`.
        () => (this.loading = false),
      ),
    );
  }

  hostUpdated(): void {
    if (this.loading) return;
    const { selected, storyStep } = this.host;
    this.last = { selected, storyStep };
  }

  /** Goes where the hash names, once the chunk is there (see HashController.read). */
  read(): void {
    this.controller?.read();
  }
}
