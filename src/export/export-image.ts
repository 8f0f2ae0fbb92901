// A chart's <svg> as a standalone SVG document and as a PNG. The chart lives in a shadow root whose
// stylesheet does not travel with it, so the computed styles are written onto the copy. Nothing here parses
// markup into the page (no innerHTML, no eval): it works under a strict CSP with Trusted Types enforced.

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/**
 * Inherited properties that change how the chart looks, written where an element's value differs from its
 * parent's. `text-transform` and `direction` are not presentation attributes, but browsers apply them to SVG
 * text (upper-case lane labels; the sense of `text-anchor`).
 */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'visibility',
  'paint-order',
  'letter-spacing',
  'text-transform',
  'direction',
] as const;

/** Properties written where they differ from their initial value (SVG 1.1 renderers do not inherit `dominant-baseline`). */
const NOT_INHERITED = { opacity: '1', 'dominant-baseline': 'auto' } as const;

/** Attributes that only mean something on the live page: focus, roles, ARIA, data, event handlers. */
const NOISE = /^(?:tabindex|role|aria-.*|data-.*|on.*)$/i;

/** Elements dropped from the copy: scripts never belong in an image, and the styles are inlined. */
const DROPPED = new Set(['script', 'style']);

/**
 * What XML 1.0 forbids in text and attribute values: C0 controls other than tab, newline and carriage return
 * (U+0000 from a CSV cell, U+000B…), U+FFFE, U+FFFF and lone surrogates. The browser draws the text anyway, but
 * XMLSerializer writes them as they are, and the document then does not parse (nor load as an image).
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text XML 1.0 can carry: controls (drawn as nothing) dropped; the rest (drawn as a replacement glyph) U+FFFD. */
function xmlText(text: string): string {
  return text.replace(NOT_XML, (char) => (char < ' ' ? '' : '\ufffd'));
}

/** What `serializeSvg` adds to the copy. */
export interface SerializeSvgOptions {
  /** A CSS colour painted under the chart, across the viewBox (transparent without); var() would not travel. */
  background?: string;
  /** The document's title, written as the first child of the root. */
  title?: string;
  /** The height to draw, px, when the svg is taller than what it shows (it keeps room while a zoom moves). */
  height?: number;
}

/**
 * The chart as a standalone SVG document: a copy of `svg` carrying the computed styles of the original as
 * `style` attributes (resolved values: colours in rgb(), custom properties and light-dark() settled), with
 * explicit width, height and viewBox, without elements that are not displayed, comments, scripts, styles
 * and interactive or ARIA attributes. Text stays text, without the characters XML 1.0 forbids (see `xmlText`).
 * `svg` must be in a document, to have styles.
 */
export function serializeSvg(svg: SVGSVGElement, options: SerializeSvgOptions = {}): string {
  if (!svg.isConnected) throw new Error('serializeSvg: the <svg> is not in a document, so it has no computed styles');
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // cloneNode copies the tree as it is, so the two lists pair each element with its copy.
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const computed = new Map<Element, CSSStyleDeclaration>();
  const dropped: Element[] = [];
  originals.forEach((original, i) => {
    const target = copies[i];
    const style = getComputedStyle(original);
    computed.set(original, style);
    if (original !== svg && (style.display === 'none' || DROPPED.has(original.localName))) {
      dropped.push(target);
      return;
    }
    const parent = original === svg ? undefined : computed.get(original.parentElement!);
    inlineStyle(original, target, style, parent);
    for (const attribute of [...target.attributes])
      if (NOISE.test(attribute.name)) target.removeAttributeNode(attribute);
  });
  for (const element of dropped) element.remove();
  removeComments(copy);

  const size = sizeOf(svg);
  const width = size.width;
  const height = options.height ?? size.height;
  copy.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  copy.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (options.height !== undefined) {
    const box = svg.viewBox.baseVal;
    copy.setAttribute('viewBox', `${box.x} ${box.y} ${box.width || width} ${height}`);
  } else if (!svg.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);

  if (options.background !== undefined) {
    const box = copy.viewBox.baseVal;
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(box.x));
    rect.setAttribute('y', String(box.y));
    rect.setAttribute('width', String(box.width));
    rect.setAttribute('height', String(box.height));
    // Through the CSSOM, which a strict style-src allows, and which says whether the colour is valid.
    rect.style.setProperty('fill', options.background);
    if (!rect.style.getPropertyValue('fill'))
      throw new Error(`serializeSvg: background "${options.background}" is not a CSS colour`);
    rect.style.setProperty('fill-opacity', '1');
    rect.style.setProperty('stroke', 'none');
    rect.style.setProperty('opacity', '1');
    copy.prepend(rect);
  }
  if (options.title !== undefined) {
    for (const old of copy.querySelectorAll(':scope > title')) old.remove();
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = options.title;
    copy.prepend(title);
  }
  // Markup never holds these characters, so cleaning the whole document cleans every text and attribute value.
  return xmlText(new XMLSerializer().serializeToString(copy));
}

/**
 * Writes `original`'s computed style onto `target` where the copy would not get the same value without it:
 * the property differs from what it inherits (or its initial value), or the element sets it itself (as a
 * presentation attribute or inline style, which the stylesheet may have overridden).
 */
function inlineStyle(
  original: Element,
  target: Element,
  style: CSSStyleDeclaration,
  parent: CSSStyleDeclaration | undefined,
): void {
  const inline = (target as SVGElement).style as CSSStyleDeclaration | undefined;
  if (!inline) return; // an element outside the SVG and HTML namespaces has no style to write to
  const own = (original as SVGElement).style as CSSStyleDeclaration | undefined;
  const setsItself = (name: string) => original.hasAttribute(name) || !!own?.getPropertyValue(name);
  for (const name of INHERITED) {
    const value = style.getPropertyValue(name);
    if (value && (value !== parent?.getPropertyValue(name) || setsItself(name))) inline.setProperty(name, value);
  }
  for (const [name, initial] of Object.entries(NOT_INHERITED)) {
    const value = style.getPropertyValue(name);
    if (value && (value !== initial || setsItself(name))) inline.setProperty(name, value);
  }
}

/** Removes the comments (Lit's markers among them) from `root`'s subtree. */
function removeComments(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** The size of `svg` in CSS pixels: its width and height attributes when absolute, else its viewBox, else its box. */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const viewBox = svg.hasAttribute('viewBox') ? svg.viewBox.baseVal : undefined;
  const box = svg.getBoundingClientRect();
  return {
    width: absolute(svg.width.baseVal) ?? (viewBox?.width || box.width),
    height: absolute(svg.height.baseVal) ?? (viewBox?.height || box.height),
  };
}

/** A length's value when it is given in user units or pixels (not a percentage, em…), else undefined. */
function absolute(length: SVGLength): number | undefined {
  const { unitType } = length;
  return unitType === SVGLength.SVG_LENGTHTYPE_NUMBER || unitType === SVGLength.SVG_LENGTHTYPE_PX
    ? length.value
    : undefined;
}

/**
 * An SVG document (as from `serializeSvg`) drawn into a PNG of `width * scale` × `height * scale` pixels.
 * The SVG is loaded from a `data:` URL, which a CSP allowing `img-src data:` accepts (blob: URLs would need
 * their own permission). An SVG drawn as an image loads nothing: no external images or web fonts.
 */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  for (const [name, value] of [
    ['width', width],
    ['height', height],
    ['scale', scale],
  ] as const) {
    if (!(Number.isFinite(value) && value > 0)) throw new Error(`svgToPng: ${name} ${value} is not a positive number`);
  }
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const size = `${canvas.width}×${canvas.height} px`;
  return new Promise<Blob>((resolve, reject) => {
    const failed = (cause?: unknown) =>
      reject(
        new Error(`svgToPng: the ${size} canvas could not be drawn as PNG (too large for this browser?)`, { cause }),
      );
    try {
      // Too large a canvas: Chromium gives no context or a null blob, Firefox throws from drawImage.
      const context = canvas.getContext('2d');
      if (!context) return failed();
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : failed()), 'image/png');
    } catch (error) {
      failed(error); // also a SecurityError, were the canvas tainted
    }
  });
}

/** The image at `url`, once loaded. */
function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () =>
      reject(new Error('svgToPng: the SVG did not load as an image (not well-formed, or without width and height?)'));
    image.src = url;
  });
}

/** Saves a file through a temporary link to a blob URL, named after `title` (`biden-and-xi.svg`). */
export function saveFile(blob: Blob, title: string, extension: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  const name = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  link.href = url;
  link.download = `${name || 'timeline'}.${extension}`;
  link.click();
  // The browser has taken the file by the next task.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
