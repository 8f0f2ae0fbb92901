// A box's height set through the CSSOM, which a strict style-src allows: a `style` attribute (what Lit's
// styleMap writes on a first render) it blocks.
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssHeight extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssHeight() goes on an element: <div ${cssHeight(px)}>');
  }

  // The height is set in update(), on the element; rendering alone has nothing to write.
  render(px: number | undefined): typeof noChange {
    void px;
    return noChange;
  }

  override update(part: ElementPart, [px]: [number | undefined]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const value = px === undefined ? '' : `${px}px`;
    if (style.height !== value) style.height = value;
    return noChange;
  }
}

/** Sets the element's height to `px` (none: the height its content gives it). */
export const cssHeight = directive(CssHeight);
