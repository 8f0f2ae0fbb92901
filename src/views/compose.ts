// The element's picture composed from its parts' state: the frame, header, notice, controls, chart or list,
// story panel, legend and details, each drawn by its own view. Holds no state; the element's render() calls it.
import { nothing, type TemplateResult } from 'lit';
import { isStrong } from '../model/kinds.js';
import type { TimelineModel } from '../model/model.js';
import type { SpanText } from '../model/span-text.js';
import type { DataError } from '../types.js';
import type { LocaleController } from '../controllers/locale-controller.js';
import type { SizeController } from '../controllers/size-controller.js';
import type { LoadingController } from '../controllers/loading-controller.js';
import type { ViewportController } from '../controllers/viewport-controller.js';
import type { SelectionController } from '../controllers/selection-controller.js';
import type { FocusController } from '../controllers/focus-controller.js';
import type { LayoutController } from '../controllers/layout-controller.js';
import type { StoryDock } from '../controllers/story-dock.js';
import type { PrintController } from '../controllers/print-controller.js';
import type { ListDock } from '../controllers/list-dock.js';
import type { ExportController } from '../controllers/export-controller.js';
import type { Announcer } from '../controllers/announcer.js';
import { axisZone } from '../data/zone-offset.js';
import type { TextMeasure } from './text-measure.js';
import { renderTimeline } from './timeline.js';
import { renderLegend } from './legend.js';
import { renderChart } from './chart.js';
import { renderSelection } from './selection.js';

/** The element's own properties the picture reads (and the toggles it flips). */
export interface ComposeHost {
  selected: string | null;
  listView: boolean;
  download: boolean;
  story: boolean;
  autoplay?: number;
  readonly layout: 'horizontal' | 'vertical';
  timeZone: string;
}

/** The model and what the element's controllers hold, as the picture reads them. */
export interface TimelineParts {
  model: TimelineModel;
  spans: SpanText[];
  warnings: readonly DataError[];
  /** Outline level of the title, 1–6. */
  headingLevel: number;
  locale: LocaleController;
  size: SizeController;
  loading: LoadingController;
  viewport: ViewportController;
  selection: SelectionController;
  focus: FocusController;
  layout: LayoutController;
  story: StoryDock;
  print: PrintController;
  list: ListDock;
  export: ExportController;
  text: TextMeasure;
  announcer: Announcer;
}

export function composeTimeline(host: ComposeHost, parts: TimelineParts): TemplateResult {
  const { model, locale, loading, viewport, selection, focus } = parts;
  const t = locale.strings;
  const printing = parts.print.printing;
  const timeZone = axisZone(host.timeZone === 'auto' ? (model.zone ?? 'UTC') : host.timeZone);
  const details = renderSelection(selection, model, locale, timeZone, {
    onClose: () => {
      const id = selection.clear();
      if (id) focus.focusAfterUpdate(id);
    },
    onKeyDown: focus.onKeyDown,
    // In story mode the story's panel walks: the details' own Previous and Next beside it walked the events.
    walk: !host.story,
  });
  // Under a list (narrow), the panel opened below the whole list, thousands of px from its item: it opens under it
  // (printed too, where the panel is not shown).
  const inList = host.listView && !parts.size.detailsBeside;
  // The list's chunk loads when the list is first asked for (and in the page's first idle time).
  const list = () =>
    parts.list.module?.renderList({
      details: inList && details,
      events: model.events,
      story: model.story,
      eras: model.eras,
      byId: (id) => model.byId(id),
      storyHeading: t.story,
      erasHeading: t.eras,
      selectedId: host.selected,
      locale: locale.locale,
      timeZone,
      about: t.about,
      level: Math.min(6, parts.headingLevel + 1),
      whole: printing,
      onSelect: (event) => selection.choose(event),
    }) ?? nothing;
  return renderTimeline({
    layout: host.layout,
    reserving: !loading.settled,
    busy: !loading.settled || loading.loading,
    label: model.title ?? t.timeline,
    header: {
      title: model.title,
      description: model.description,
      sentence: parts.spans.find((span) => span.sentence)?.sentence,
      level: parts.headingLevel,
    },
    notice: {
      strings: t,
      numbers: locale.numbers,
      exportError: parts.export.error,
      loadFailure: loading.failure,
      loading: loading.loading,
      errors: model.errors,
      warnings: parts.warnings,
      onRetry: () => loading.retry(),
    },
    controls: {
      strings: t,
      listView: host.listView,
      download: host.download,
      canZoom: (factor) => viewport.canZoom(factor),
      onZoom: (factor) => viewport.zoomBy(factor),
      onFit: () => viewport.fitByUser(),
      // The story is told on the chart, and the list holds its steps: either leaves the other (the story's panel sat
      // below the whole list, out of sight).
      onToggleList: () => (host.listView = !host.listView) && (host.story = false),
      story: model.story.length > 0 || host.story ? host.story : undefined,
      onToggleStory: () => (host.story = !host.story) && (host.listView = false),
      onDownload: (type) => void parts.export.download(type),
    },
    detailsBeside: parts.size.detailsBeside,
    withDetails: details !== nothing,
    column: [
      host.listView && !printing ? list() : chart(host, parts, timeZone),
      printing ? list() : nothing,
      story(host, parts),
      renderLegend(model.kinds, t),
    ],
    details: inList ? nothing : details,
    hint: viewport.wheelHint?.showing ? t.wheelHint(viewport.wheelHint.key) : undefined,
    announcement: parts.announcer.text,
    onKeyDown: focus.onKeyDown,
  });
}

function chart(host: ComposeHost, parts: TimelineParts, timeZone: string): TemplateResult | typeof nothing {
  const { size, layout, viewport, focus, selection, text } = parts;
  return renderChart({
    model: parts.model,
    layout: layout.frame,
    verticalLayout: layout.verticalFrame,
    nominalLength: size.length,
    crowded: layout.crowded,
    top: layout.top,
    width: size.chartWidth,
    height: layout.height,
    canvasHeight: layout.canvasHeight,
    progressive: layout.progressive,
    vertical: size.vertical,
    rtl: size.rtl,
    verticalChart: size.verticalChart,
    scale: viewport.scale(),
    visible: viewport.visibleMs(),
    timeZone,
    frame: layout.lod,
    selectedId: host.selected,
    focusedId: focus.focusedId,
    text: parts.locale,
    spans: parts.spans,
    labelWidth: (label, bold) => text.width(label, bold),
    fitLabel: (event, room) => text.fit(event.title, room, isStrong(event.kind)),
    onSelect: (event) => {
      focus.focused(event);
      selection.choose(event);
    },
    onFocus: (event) => focus.focused(event),
    expand: (from, to, count) => viewport.expand(from, to, count),
    reach: (a, b) => viewport.reach(a, b),
    cues: viewport.cues,
  });
}

/** Story mode's caption and controls, under the chart, once its chunk has loaded. */
function story(host: ComposeHost, parts: TimelineParts): TemplateResult | typeof nothing {
  const { module, story } = parts.story;
  if (!host.story || !module || !story) return nothing;
  return module.renderStoryPanel(story, parts.locale.strings, parts.locale.numbers, !!host.autoplay);
}
