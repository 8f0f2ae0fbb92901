// Label widths measured on a canvas, once per word and weight: no layout of the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fitLabel } from '../layout/label-lines.js';

/** Font size of labels, as the stylesheet draws them. */
const LABEL_FONT = '12px';
/** The stylesheet's default family (`--mt-font` unset), which the idle warm-up loads. */
export const DEFAULT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
/** Widths kept at most; past this the cache starts again (a long zoom through 50,000 titles). */
const LIMIT = 4000;

export class TextMeasure implements ReactiveController {
  private readonly widths = new Map<string, number>();
  /** Each word's advance, px, as the canvas measures it (keys as `widths`'). */
  private readonly advances = new Map<string, number>();
  /** A canvas for regular text and one for bold: setting a context's `font` parses it, each time. */
  private readonly contexts: (CanvasRenderingContext2D | null | undefined)[] = [];
  private font?: string;

  /**
   * `family()` is read once, when the host is first connected: its style is fresh then (the size controller has
   * just measured its width), while a first measure in the middle of an update, with a new shadow tree in the
   * page, forced a style recalculation of all of it.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly family: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.font ??= this.family() || 'sans-serif';
  }

  /** The text cut (at a character, with an ellipsis) to fit `room` px; the whole text when it fits. */
  fit(text: string, room: number, bold = false): string {
    return fitLabel(text, room, (s) => this.width(s, bold));
  }

  /** The canvas context measuring regular or bold labels, its font set once. */
  private context(bold: boolean): CanvasRenderingContext2D | null {
    const i = bold ? 1 : 0;
    let context = this.contexts[i];
    if (context === undefined) {
      context = this.contexts[i] = document.createElement('canvas').getContext('2d');
      this.font ??= this.family() || 'sans-serif';
      if (context) context.font = `${bold ? 'bold ' : ''}${LABEL_FONT} ${this.font}`;
    }
    return context;
  }

  /** Width in px of a label, bold or not. */
  width(text: string, bold = false): number {
    const key = bold ? `b:${text}` : text;
    let width = this.widths.get(key);
    if (width === undefined) {
      const words = text.split(' ');
      let advance = 0;
      for (const word of words) advance += this.advance(word, bold);
      if (words.length > 1) advance += (words.length - 1) * this.advance(' ', bold);
      width = Math.ceil(advance + 2);
      if (this.widths.size >= LIMIT) this.widths.clear();
      this.widths.set(key, width);
    }
    return width;
  }

  /**
   * A word's advance, px, measured once. A text is its words' and spaces' advances: browsers shape text a word
   * at a time, and scripts join and ligate within words (a font could kern a letter with a space; in the fonts
   * tried, Latin, Arabic and Chinese titles in Chromium and Firefox, the sum equals the whole to 1e-5 px, and a
   * label has 2 px to spare). Titles share most of their words, so a new title costs a measure of its new words
   * only (a few µs), not of the whole (10–25 µs in Chromium).
   */
  private advance(word: string, bold: boolean): number {
    if (!word) return 0;
    const key = bold ? `b:${word}` : word;
    let advance = this.advances.get(key);
    if (advance === undefined) {
      const context = this.context(bold);
      advance = context ? context.measureText(word).width : word.length * 7;
      if (this.advances.size >= LIMIT) this.advances.clear();
      this.advances.set(key, advance);
    }
    return advance;
  }
}

/**
 * Loads the label font of `family`, regular and bold, into the page's font cache: the first text measured
 * in a font waits for the system to find it (5–25 ms), which a first render would otherwise pay.
 */
export function warmFonts(family = DEFAULT_FAMILY): void {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return;
  for (const weight of ['', 'bold ']) {
    context.font = `${weight}${LABEL_FONT} ${family}`;
    context.measureText('Bali 2022 — Filoli 2023');
  }
}
