import type { ReactiveController } from 'lit';
import type { ExportHost } from '../export/export-chart.js';
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
    private readonly host: ExportHost,
    private readonly config: ExportConfig,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async toSVG(): Promise<string> {
    return (await import('../export/export-chart.js')).chartSvg(this.host, this.config);
  }

  async toPNG(scale: number): Promise<Blob> {
    return (await import('../export/export-chart.js')).chartPng(this.host, this.config, scale);
  }

  async download(type: 'svg' | 'png'): Promise<void> {
    this.setError(undefined);
    try {
      await (await import('../export/export-chart.js')).downloadChart(this.host, this.config, type);
    } catch (error) {
      this.setError(this.config.strings().exportFailed(String((error as Error)?.message ?? error)));
    }
  }

  private setError(error: string | undefined): void {
    this.error = error;
    this.host.requestUpdate();
  }
}
