// The hint a plain wheel over the chart shows once, and the zoom key's name in it: part of the zoom's chunk, whose
// wheel alone shows it.

/** Whether the reader's platform names the zoom key ⌘ rather than Ctrl. */
export function zoomKey(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
}

/** The hint a plain wheel over the chart shows once: the page scrolls, and how to zoom instead. */
export class WheelHint {
  /** Whether the hint shows now. */
  showing = false;
  /** The zoom key's name, for the hint's text. */
  readonly key = zoomKey();
  private shown = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: { requestUpdate(): void }) {}

  /** Shows the hint for 2.5 s, the first time only. */
  show(): void {
    if (this.shown) return;
    this.shown = this.showing = true;
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.showing = false;
      this.host.requestUpdate();
    }, 2500);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
