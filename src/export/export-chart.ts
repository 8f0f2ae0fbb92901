// The element's chart as a file: the part of export that needs the element (its chart, size, title and
// background), in the export chunk with the serialiser, so the core carries only the controller's state.
import type { ReactiveControllerHost } from 'lit';
import type { ExportConfig } from '../controllers/export-controller.js';
import { saveFile, serializeSvg, svgToPng } from './export-image.js';

/** The element an export reads: its render root and whether it is in a document. */
export type ExportHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The chart as a standalone SVG; rejects when the element is not in a document or shows no chart. */
export async function chartSvg(host: ExportHost, config: ExportConfig): Promise<string> {
  // A detached element never renders, so its update would never complete.
  if (!host.isConnected) throw new Error('meeting-timeline: not in a document, so there is no chart to export');
  await host.updateComplete;
  const chart = host.renderRoot.querySelector<SVGSVGElement>('svg[part~="chart"]');
  if (!chart?.isConnected) throw new Error('meeting-timeline: no chart to export (the list view is shown)');
  return serializeSvg(chart, {
    background: getComputedStyle(host).backgroundColor,
    title: config.title() ?? config.strings().timeline,
    height: config.size()[1],
  });
}

/** The chart as a PNG at `scale` (kept within 8,192 px a side). */
export async function chartPng(host: ExportHost, config: ExportConfig, scale: number): Promise<Blob> {
  const text = await chartSvg(host, config);
  const [w, h] = config.size();
  const width = Math.max(w, 1);
  const height = Math.max(h, 1);
  return svgToPng(text, width, height, Math.max(0.1, Math.min(scale, 8192 / Math.max(width, height))));
}

/** Saves the chart through a temporary link to a blob URL, named after the dataset. */
export async function downloadChart(host: ExportHost, config: ExportConfig, type: 'svg' | 'png'): Promise<void> {
  const blob =
    type === 'svg'
      ? new Blob([await chartSvg(host, config)], { type: 'image/svg+xml' })
      : await chartPng(host, config, 2);
  saveFile(blob, config.title() ?? 'timeline', type);
}
