// The controls: zoom in, zoom out, show all, the list view's toggle and, with `download`, the export buttons.
import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineStrings } from '../i18n/strings.js';

/** What the controls show, and the element's actions behind them. */
export interface ControlsView {
  strings: TimelineStrings;
  listView: boolean;
  download: boolean;
  /** Whether zooming by `factor` would move the view (not at the closest zoom, or already showing everything). */
  canZoom(factor: number): boolean;
  onZoom(factor: number): void;
  onFit(): void;
  onToggleList(): void;
  /** Whether story mode is on; undefined when the data tells no story (no "Tell the story" control). */
  story?: boolean;
  onToggleStory(): void;
  onDownload(type: 'svg' | 'png'): void;
}

/**
 * The controls. At a limit a zoom button is aria-disabled ("−" after "Show all" did nothing, and looked as if it
 * would), not disabled: it keeps the keyboard's focus. "Show all" likewise, with everything shown.
 */
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
    <button
      type="button"
      class="zoom-in"
      aria-label=${t.zoomIn}
      title=${t.zoomIn}
      aria-disabled=${!view.canZoom(2)}
      @click=${() => view.onZoom(2)}
    >
      +
    </button>
    <button
      type="button"
      class="zoom-out"
      aria-label=${t.zoomOut}
      title=${t.zoomOut}
      aria-disabled=${!view.canZoom(0.5)}
      @click=${() => view.onZoom(0.5)}
    >
      −
    </button>
    <button type="button" class="fit" aria-disabled=${!view.canZoom(0.5)} @click=${view.onFit}>${t.fit}</button>
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
