import type { ReactiveController } from 'lit';
import type { StoryConfig, StoryController, StoryHost } from '../story/story-controller.js';
import { addStyles } from '../views/add-styles.js';

/** Story mode's chunk. */
export type StoryModule = typeof import('../story/index.js');

/**
 * Where story mode docks into the element: its chunk is loaded the first time the page turns `story` on
 * (or the reader asks for the story), its styles adopted, and its controller added to the element.
 */
export class StoryDock implements ReactiveController {
  module?: StoryModule;
  story?: StoryController;
  private loading = false;
  /** The step to tell from once the chunk has loaded. */
  private from = 0;

  /** `wait` makes `updateComplete` wait for the chunk. */
  constructor(
    private readonly host: StoryHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly config: StoryConfig,
    private readonly wait: (work: Promise<unknown>) => void,
  ) {
    host.addController(this);
  }

  /** Tells the story from step `index` (from 0): story mode on, at that step now or once the chunk has loaded. */
  tellFrom(index: number): void {
    if (this.story) this.story.index = index;
    else this.from = index;
    this.host.story = true;
  }

  hostUpdate(): void {
    if (this.host.story && !this.loading) {
      this.loading = true;
      this.wait(this.load());
    }
  }

  private async load(): Promise<void> {
    try {
      const module = await import('../story/index.js');
      addStyles(this.host.renderRoot, module.storyStyles);
      this.module = module;
      this.story = new module.StoryController(this.host, this.config);
      this.story.index = this.from;
      this.host.requestUpdate();
    } catch {
      // Without the chunk there is no story mode; the timeline and its list view still show every event.
      this.loading = false;
    }
  }
}
