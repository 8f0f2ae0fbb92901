// The header (the dataset's title, description and the sentence about its span) and the notice (the polite
// status line about a failed load, a failed download or skipped items).
import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineStrings } from '../i18n/strings.js';
import type { DataError } from '../types.js';

/** What the header shows. */
export interface HeaderView {
  title?: string;
  description?: string;
  /** A sentence about the data, e.g. the days between the in-person meetings. */
  sentence?: string;
  /** Outline level of the title, 1–6. */
  level: number;
}

export function renderHeader({ title, description, sentence, level }: HeaderView): TemplateResult | typeof nothing {
  if (!title && !description && !sentence) return nothing;
  return html`<div part="header" class="header">
    ${title ? html`<div class="title" role="heading" aria-level=${level} dir="auto">${title}</div>` : nothing}
    ${description ? html`<p dir="auto">${description}</p>` : nothing}
    ${sentence ? html`<p class="gap">${sentence}</p>` : nothing}
  </div>`;
}

/** What the notice says. */
export interface NoticeView {
  strings: TimelineStrings;
  numbers: Intl.NumberFormat;
  /** Why the last download failed. */
  exportError?: string;
  /** Why the last `src` could not be loaded; with a Retry button. */
  loadFailure?: { src: string; reason: string };
  /** Whether a `src` is being fetched. */
  loading: boolean;
  /** Items of the input that were skipped. */
  errors: readonly DataError[];
  /** Values that were dropped (or changed) from items that were kept. */
  warnings: readonly DataError[];
  onRetry(): void;
}

export function renderNotice(view: NoticeView): TemplateResult | typeof nothing {
  const { strings: t, errors } = view;
  if (view.exportError) return html`${view.exportError}`;
  if (view.loading) return html`${t.loading}`;
  if (view.loadFailure) {
    const { src, reason } = view.loadFailure;
    return html`${t.loadFailed(src, reason)}
      <button type="button" class="retry" @click=${view.onRetry}>${t.retry}</button>`;
  }
  const { warnings } = view;
  if (!errors.length && !warnings.length) return nothing;
  // An item with two bad fields is one skipped item.
  const items = new Set(errors.map((error) => /^(?:events|eras|rows)\[\d+\]/.exec(error.path)?.[0] ?? error.path)).size;
  const line = (error: DataError) => html`<li>${error.path ? `${error.path}: ` : ''}${error.message}</li>`;
  return html`${errors.length ? t.skipped(view.numbers.format(items), items) : nothing}
    ${warnings.length ? t.ignored(view.numbers.format(warnings.length), warnings.length) : nothing}
    <details>
      <summary>${t.why}</summary>
      <ul>
        ${errors.map(line)}${warnings.map(line)}
      </ul>
    </details>`;
}
