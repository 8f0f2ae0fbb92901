import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineStrings } from '../i18n/strings.js';

/** What the export controller asks of its element. */
export interface ExportConfig {
  /** The chart's size in CSS px. */
  size(): [number, number];
  /** The dataset's title, if it has one: the document's title and the downloaded file's name. */
  title(): string | undefined;
  strings(): TimelineStrings;
}

/**
 * The chart as a file: a standalone SVG (styles inlined, text kept as text) or a PNG, made by the export
 * chunk, and the download behind the SVG and PNG buttons. Owns the message of the last failed download.
 */
export class ExportController implements ReactiveController {
  /** Why the last download failed, shown in the notice. */
  error?: string;

  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly config: ExportConfig,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async toSVG(): Promise<string> {
    // A detached element never renders, so its update would never complete.
    if (!this.host.isConnected) throw new Error('meeting-timeline: not in a document, so there is no chart to export');
    await this.host.updateComplete;
    const chart = this.host.renderRoot.querySelector<SVGSVGElement>('svg[part~="chart"]');
    if (!chart?.isConnected) throw new Error('meeting-timeline: no chart to export (the list view is shown)');
    const { serializeSvg } = await import('../export/export-image.js');
    return serializeSvg(chart, {
      background: getComputedStyle(this.host).backgroundColor,
      title: this.config.title() ?? this.config.strings().timeline,
      height: this.config.size()[1],
    });
  }

  async toPNG(scale: number): Promise<Blob> {
    const text = await this.toSVG();
    const { svgToPng } = await import('../export/export-image.js');
    const [w, h] = this.config.size();
    const width = Math.max(w, 1);
    const height = Math.max(h, 1);
    return svgToPng(text, width, height, Math.max(0.1, Math.min(scale, 8192 / Math.max(width, height))));
  }

  /** Saves the chart through a temporary link to a blob URL, named after the dataset. */
  async download(type: 'svg' | 'png'): Promise<void> {
    this.setError(undefined);
    try {
      const blob = type === 'svg' ? new Blob([await this.toSVG()], { type: 'image/svg+xml' }) : await this.toPNG(2);
      const { saveFile } = await import('../export/export-image.js');
      saveFile(blob, this.config.title() ?? 'timeline', type);
    } catch (error) {
      this.setError(this.config.strings().exportFailed(String((error as Error)?.message ?? error)));
    }
  }

  private setError(error: string | undefined): void {
    this.error = error;
    this.host.requestUpdate();
  }
}
