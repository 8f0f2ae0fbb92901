// The phone's details sheet giving way to the chart by script, where the browser cannot tie an animation to
// scrolling (Firefox): the stylesheet's scroll-driven rule does it elsewhere. Without it the sheet stayed half the
// window tall with the page scrolled back up past the chart's top, and covered all of the chart in view.
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { sheetHeight } from '../layout/sheet-height.js';

class SheetFollow extends Directive {
  private panel?: HTMLElement;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('sheetFollow() goes on an element: <aside ${sheetFollow()}>');
  }

  render(): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart): typeof noChange {
    const panel = part.element as HTMLElement;
    if (panel !== this.panel && !CSS.supports('animation-timeline: view()')) this.follow((this.panel = panel));
    return noChange;
  }

  /**
   * Fits the panel's height to the chart's place, now and on each scroll and resize of the window: the browser sends
   * those once a frame, before the frame is drawn (put off to a frame of its own, the fit came a frame late).
   */
  private follow(panel: HTMLElement): void {
    const fit = () => {
      if (!panel.isConnected) {
        // Closed: its template is gone, and a panel drawn again comes with a new directive.
        removeEventListener('scroll', fit);
        removeEventListener('resize', fit);
        this.panel = undefined;
        return;
      }
      const style = getComputedStyle(panel);
      const column = panel.closest('.below')?.querySelector(':scope > .chart-column');
      // A sheet only (the stylesheet's one condition sets --_sheet): beside the chart or in story mode, nothing, and no
      // style written (a scroll of a wide page reads a clean style, and lays nothing out again).
      if (!column || !style.getPropertyValue('--_sheet')) {
        if (panel.style.maxHeight) panel.style.maxHeight = '';
        return;
      }
      // The stylesheet's height (half the window), read with this one's own taken off.
      panel.style.maxHeight = '';
      const least = 4.5 * parseFloat(getComputedStyle(document.documentElement).fontSize);
      const height = sheetHeight(column.getBoundingClientRect(), innerHeight, least, parseFloat(style.maxHeight));
      panel.style.maxHeight = `${height}px`;
    };
    addEventListener('scroll', fit, { passive: true });
    addEventListener('resize', fit, { passive: true });
    // Once drawn: the directive runs before a new panel is in the page.
    requestAnimationFrame(fit);
  }
}

/** On the details panel: its height as a sheet follows the chart's top where the stylesheet cannot. */
export const sheetFollow = directive(SheetFollow);
