import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The text of the element's polite live region: what a screen reader is told after a change. */
export class Announcer implements ReactiveController {
  text = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `text` (a changed text is what a screen reader reads out). */
  say(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  hostConnected(): void {}
}
