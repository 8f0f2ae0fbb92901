// A plain <textarea> with line numbers and marked lines: a gutter beside it and a layer of bands behind it,
// both moved with the textarea's scroll. The textarea stays the one control: it keeps its label, its undo
// history and the browser's own keyboard handling (Tab still leaves it). Gutter and bands are aria-hidden;
// the page says what is wrong in its own live region.

export class LineEditor {
  /** `box` holds `.gutter` and `.code` (with `.bands` and the textarea): see index.html. */
  constructor(box) {
    this.textarea = box.querySelector('textarea');
    this.gutter = box.querySelector('.gutter');
    this.bands = box.querySelector('.bands');
    this.numbers = [];
    this.marks = new Map();
    this.textarea.addEventListener('input', () => this.refresh());
    this.textarea.addEventListener('scroll', () => this.follow());
    // The textarea's resize handle, a font that loads late, a zoomed page: all change where lines are.
    new ResizeObserver(() => this.refresh()).observe(this.textarea);
    this.refresh();
  }

  /** The height of one line in CSS px (the textarea does not wrap, so a line of text is one row). */
  get lineHeight() {
    return parseFloat(getComputedStyle(this.textarea).lineHeight) || 20;
  }

  /** Marks lines: a Map from 1-based line to 'error' or 'warning'; an empty Map clears them. */
  mark(marks) {
    this.marks = marks;
    this.refresh();
  }

  /** Puts the caret at the start of `line`, scrolls it into the middle and focuses the textarea. */
  goToLine(line) {
    const { value } = this.textarea;
    let offset = 0;
    for (let l = 1; l < line; l++) {
      const next = value.indexOf('\n', offset);
      if (next === -1) break;
      offset = next + 1;
    }
    this.textarea.focus();
    this.textarea.setSelectionRange(offset, offset);
    this.textarea.scrollTop = Math.max(0, (line - 1) * this.lineHeight - this.textarea.clientHeight / 2);
    this.follow();
  }

  /** Redraws the numbers and bands for the current text and marks. */
  refresh() {
    const count = this.textarea.value.split('\n').length;
    if (count !== this.numbers.length) {
      const fragment = document.createDocumentFragment();
      this.numbers = [];
      for (let n = 1; n <= count; n++) {
        const span = document.createElement('span');
        span.textContent = String(n);
        this.numbers.push(span);
        fragment.append(span);
      }
      this.gutter.firstElementChild.replaceChildren(fragment);
      // Room for the widest number (the numbers are absolutely placed, so they do not size the gutter).
      this.gutter.style.width = `calc(${Math.max(2, String(count).length)}ch + 1.1rem + 3px)`;
    }
    this.numbers.forEach((span, i) => {
      const mark = this.marks.get(i + 1);
      if (mark) span.dataset.mark = mark;
      else delete span.dataset.mark;
    });
    const lineHeight = this.lineHeight;
    const top = parseFloat(getComputedStyle(this.textarea).paddingTop) || 0;
    this.bands.replaceChildren(
      ...[...this.marks].map(([line, mark]) => {
        const band = document.createElement('div');
        band.dataset.mark = mark;
        band.style.top = `${top + (line - 1) * lineHeight}px`;
        band.style.height = `${lineHeight}px`;
        return band;
      }),
    );
    this.follow();
  }

  /** Moves the gutter's numbers and the bands with the textarea's scroll. */
  follow() {
    const shift = `translateY(${-this.textarea.scrollTop}px)`;
    this.gutter.firstElementChild.style.transform = shift;
    this.bands.style.transform = shift;
  }
}
