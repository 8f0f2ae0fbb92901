// The controls: zoom in, zoom out, show all, the list view's toggle and, with `download`, the export buttons.
import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineStrings } from '../i18n/strings.js';

/** What the controls show, and the element's actions behind them. */
export interface ControlsView {
  strings: TimelineStrings;
  listView: boolean;
  download: boolean;
  onZoom(factor: number): void;
  onFit(): void;
  onToggleList(): void;
  /** Whether story mode is on; undefined when the data tells no story (no "Tell the story" control). */
  story?: boolean;
  onToggleStory(): void;
  onDownload(type: 'svg' | 'png'): void;
}

export function renderControls(view: ControlsView): TemplateResult {
  const t = view.strings;
  return html`<div part="controls" role="group" aria-label=${t.timeline}>
    ${
      view.story === undefined
        ? nothing
        : html`<button
            type="button"
            class="story-toggle"
            aria-pressed=${view.story ? 'true' : 'false'}
            @click=${view.onToggleStory}
          >
            ${view.story ? t.explore : t.tellStory}
          </button>`
    }
    <button type="button" class="zoom-in" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => view.onZoom(2)}>
      +
    </button>
    <button type="button" class="zoom-out" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${() => view.onZoom(0.5)}>
      −
    </button>
    <button type="button" class="fit" @click=${view.onFit}>${t.fit}</button>
    <button
      type="button"
      class="list-toggle"
      aria-pressed=${view.listView ? 'true' : 'false'}
      @click=${view.onToggleList}
    >
      ${t.listView}
    </button>
    ${
      view.download
        ? html`<button
              type="button"
              class="download-svg"
              aria-label=${t.downloadSvg}
              title=${t.downloadSvg}
              @click=${() => view.onDownload('svg')}
            >
              SVG
            </button>
            <button
              type="button"
              class="download-png"
              aria-label=${t.downloadPng}
              title=${t.downloadPng}
              @click=${() => view.onDownload('png')}
            >
              PNG
            </button>`
        : nothing
    }
  </div>`;
}
