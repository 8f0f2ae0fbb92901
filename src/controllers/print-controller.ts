import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: between `beforeprint` and `afterprint` the element lays its list
 * view out beside the chart. Lit renders in a microtask, so the list is in the DOM before the page is laid out.
 */
export class PrintController implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly onPrint = (e: Event): void => {
    this.printing = e.type === 'beforeprint';
    this.host.requestUpdate();
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
  }
}
