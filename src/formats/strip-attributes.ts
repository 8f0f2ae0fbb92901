/**
 * HTML with its attributes and raw-text elements removed, without a DOM, for the sanitiser to parse next.
 * Chromium reports every style element, style attribute and inline event handler it parses to the page's
 * Content-Security-Policy, even in an inert document where none can run; parsing only what this module writes,
 * it never meets one.
 *
 * The input is split into text, tags and comments the way the HTML tokenizer splits it: quoted attribute values
 * may hold `<` and `>`, `/` separates attributes, a raw-text element such as `<style>` ends only at its end tag,
 * and an unterminated tag is no tag. Each tag is then written anew with only the kept attributes, quoted and
 * escaped, and text with `<` and `>` escaped, so the browser reads the output into the same tags, whatever the
 * input. Which tags to keep is the sanitiser's business: this only takes away what a parse would evaluate.
 */

/** Elements whose content the tokenizer reads as text up to their end tag (RAWTEXT, RCDATA and script data). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'title', 'textarea']);
/** The raw-text element whose text a sanitiser shows (as text); the others go with their content. */
const KEEP_TEXT = 'textarea';
const SPACE = /[\t\n\f\r ]/;
const LETTER = /[a-z]/i;

/** Lowercase ASCII only, as HTML lowercases names (`İ` stays itself). */
const lower = (name: string) => name.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
const escapeText = (text: string) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `html` with every tag kept but only the attributes `keep` names for it (lowercase tag → lowercase attribute
 * names; the first of a repeated attribute wins); script, style, plaintext and the other raw-text elements but
 * textarea removed with their content; comments and doctypes removed. `&` is left as it is: it cannot start a
 * tag. Never throws.
 */
export function stripAttributes(html: string, keep: ReadonlyMap<string, readonly string[]>): string {
  const input = String(html);
  const { length } = input;
  let out = '';
  let i = 0;
  while (i < length) {
    const lt = input.indexOf('<', i);
    if (lt < 0) {
      out += escapeText(input.slice(i));
      break;
    }
    out += escapeText(input.slice(i, lt));
    const next = input[lt + 1] ?? '';
    if (LETTER.test(next) || (next === '/' && LETTER.test(input[lt + 2] ?? ''))) {
      const tag = readTag(input, lt);
      // An unterminated tag is dropped with the rest of the input, as the tokenizer drops it.
      if (!tag) break;
      i = tag.end;
      // Everything after <plaintext> is its text.
      if (tag.name === 'plaintext' && !tag.closing) break;
      const raw = RAW_TEXT.has(tag.name);
      if (!raw || tag.name === KEEP_TEXT) out += writeTag(tag, keep.get(tag.name));
      if (raw && !tag.closing) {
        const close = findEndTag(input, tag.name, i);
        if (tag.name === KEEP_TEXT) out += escapeText(input.slice(i, close));
        i = close;
      }
    } else if (input.startsWith('<!--', lt)) {
      i = commentEnd(input, lt + 4);
    } else if (next === '!' || next === '?' || next === '/') {
      // A doctype, a CDATA section or a processing instruction out of place, `</>` or `</3`: a bogus comment.
      const gt = input.indexOf('>', lt + 2);
      i = gt < 0 ? length : gt + 1;
    } else {
      out += '&lt;';
      i = lt + 1;
    }
  }
  return out;
}

interface Tag {
  name: string;
  closing: boolean;
  /** Written `<svg/>`: in SVG and MathML, that closes the element. */
  selfClosing: boolean;
  attributes: Map<string, string>;
  /** The index after the tag's `>`. */
  end: number;
}

/** The tag that starts at `lt`, or undefined when the input ends inside it. */
function readTag(input: string, lt: number): Tag | undefined {
  const closing = input[lt + 1] === '/';
  let i = lt + (closing ? 2 : 1);
  const start = i;
  while (i < input.length && !SPACE.test(input[i]) && input[i] !== '/' && input[i] !== '>') i++;
  const name = lower(input.slice(start, i));
  const attributes = new Map<string, string>();
  for (;;) {
    let slash = false;
    while (i < input.length && (SPACE.test(input[i]) || input[i] === '/')) slash = input[i++] === '/';
    if (i >= input.length) return undefined;
    if (input[i] === '>') return { name, closing, selfClosing: slash, attributes, end: i + 1 };
    // An attribute name runs to a space, `/`, `>` or `=`; a leading `=` belongs to it.
    const nameStart = i++;
    while (i < input.length && !SPACE.test(input[i]) && !'/>='.includes(input[i])) i++;
    const attribute = lower(input.slice(nameStart, i));
    let j = i;
    while (j < input.length && SPACE.test(input[j])) j++;
    let value = '';
    if (input[j] === '=') {
      j++;
      while (j < input.length && SPACE.test(input[j])) j++;
      const quote = input[j];
      if (quote === '"' || quote === "'") {
        const close = input.indexOf(quote, j + 1);
        if (close < 0) return undefined;
        value = input.slice(j + 1, close);
        i = close + 1;
      } else {
        const valueStart = j;
        while (j < input.length && !SPACE.test(input[j]) && input[j] !== '>') j++;
        value = input.slice(valueStart, j);
        i = j;
      }
    }
    if (!attributes.has(attribute)) attributes.set(attribute, value);
  }
}

/** Where the raw text of `name` that began at `from` ends: at its end tag (`</style` then a space, `/` or `>`), else at the end. */
function findEndTag(input: string, name: string, from: number): number {
  const end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'ig');
  end.lastIndex = from;
  return end.exec(input)?.index ?? input.length;
}

/** The index after a comment whose text starts at `from`: after `-->` or `--!>`, or at once for `<!-->` and `<!--->`. */
function commentEnd(input: string, from: number): number {
  if (input[from] === '>') return from + 1;
  if (input.startsWith('->', from)) return from + 2;
  const end = /--!?>/g;
  end.lastIndex = from;
  const found = end.exec(input);
  return found ? found.index + found[0].length : input.length;
}

/** The tag written anew: its name (which holds no space, `/` or `>`), then the kept attributes, quoted. */
function writeTag({ name, closing, selfClosing, attributes }: Tag, kept: readonly string[] = []): string {
  if (closing) return `</${name}>`;
  let tag = `<${name}`;
  for (const attribute of kept) {
    const value = attributes.get(attribute);
    if (value !== undefined) tag += ` ${attribute}="${value.replace(/"/g, '&quot;')}"`;
  }
  return `${tag}${selfClosing ? '/' : ''}>`;
}
