// A lane's count of its events beyond the view, in its title row: "2 earlier" after its name, "3 later" at the
// far edge. An empty lane says why it is empty, and a reader sees there is more without zooming out to look.
// Clicking a count glides out to take those events in, with what is in view now. The vertical chart says the same
// of all its events above its first row and below its last.
import { css, svg, nothing, type TemplateResult } from 'lit';
import { beyondView, spanReaching } from '../layout/beyond-view.js';
import { fitLabel } from '../layout/label-lines.js';
import type { LaneIndex } from '../layout/lane-index.js';
import type { LaneBox } from '../layout/frame.js';
import type { MarkContext } from './marks.js';

/** What the cues read of the chart. */
export interface LaneCueView {
  visible: readonly [number, number];
  width: number;
  rtl: boolean;
  marks: MarkContext;
  /** Width in px of a text as labels are drawn (12 px), bold or not. */
  labelWidth(text: string, bold: boolean): number;
}

/** Between a lane's name and its "2 earlier". */
const GAP = '\u00a0\u00a0';
/**
 * Around each name and cue, bidi isolates: each is set in its own script's direction, and they follow one another
 * in the page's. Right to left without them, an English "3 later" read "later 3", and a Latin name came after its cue.
 */
const [FSI, PDI] = ['\u2068', '\u2069'];
/** How far the hit area of a cue reaches past its text at either end, px. */
const REACH = 4;

/**
 * About the width in px of a text drawn as the cues and the lanes' names are (11 px, semi-bold capitals spaced
 * 0.04 em apart), from the labels' measure (12 px bold, so a little over): hit areas may be generous, and a name
 * cut to the room its cues leave errs short.
 */
function capsWidth(view: LaneCueView, text: string): number {
  return (view.labelWidth(text.toUpperCase(), true) * 11) / 12 + text.length * 0.44;
}

/**
 * A cue's hit area: 24 px tall about the text's middle (on `baseline`), from `x0` to `x1`. The text is 11 px; the
 * area makes it a target as large as every mark and button is.
 */
function hitArea(x0: number, x1: number, baseline: number, onClick: () => void): TemplateResult {
  const [from, to] = [Math.min(x0, x1) - REACH, Math.max(x0, x1) + REACH];
  return svg`<rect class="beyond-hit" x=${from} y=${baseline - 16} width=${to - from} height="24" @click=${onClick}></rect>`;
}

/** Glides out to the events beyond the view, out to `ms`, with what is in view. */
function reach(view: LaneCueView, ms: number): () => void {
  return () => view.marks.reach(...spanReaching(view.visible, ms));
}

/** "2 earlier", in the locale. */
function say(view: LaneCueView, count: number, text: (count: string) => string): string {
  return text(view.marks.numbers.format(count));
}

/**
 * A lane's title row: its name at the lane's start edge, then "2 earlier" (set in the direction of the page, so
 * right to left it is the name's left that it follows, whatever the name's script), and "3 later" at the far edge.
 */
export function renderLaneTitle(
  view: LaneCueView & { laneTitle(key: string): string },
  { lane, top }: LaneBox,
): TemplateResult {
  const [before, after] = beyondView(lane, view.visible);
  const { marks: ctx, rtl, width } = view;
  const { starts, maxEnd } = lane.index;
  const title = view.laneTitle(lane.key);
  const baseline = top + 13;
  const start = rtl ? width - 8 : 8;
  const sign = rtl ? -1 : 1;
  const earlier = before ? say(view, before, ctx.strings.earlier) : '';
  const later = after ? say(view, after, ctx.strings.later) : '';
  // The name gives way to the cues: a long group name ran through "2 earlier" into "3 later" at 640 px. Cut, it
  // is whole on hover.
  const room = width - 16 - (earlier ? capsWidth(view, earlier) + 6 : 0) - (later ? capsWidth(view, later) + 16 : 0);
  const name = fitLabel(title, room, (text) => capsWidth(view, text));
  const toEarlier = reach(view, starts[0]);
  const toLater = reach(view, maxEnd[maxEnd.length - 1]);
  // Where "2 earlier" begins: past the name and the gap (about: only its hit area is placed by it).
  const cueAt = start + sign * (capsWidth(view, name) + 6);
  const cue = (text: string, onClick: () => void) =>
    svg`${FSI}<tspan class="more" part="beyond" @click=${onClick}>${text}</tspan>${PDI}`;
  return svg`<text aria-hidden="true" x=${start} y=${baseline} direction=${rtl ? 'rtl' : 'ltr'}>${
    name === title ? nothing : svg`<title>${title}</title>`
  }${FSI}<tspan
      class="lane-label">${name}</tspan>${PDI}${earlier ? GAP : nothing}${earlier ? cue(earlier, toEarlier) : nothing}${
        later
          ? // A text chunk of its own (`x`), its end at the far edge.
            svg`<tspan x=${width - start} text-anchor="end">${cue(later, toLater)}</tspan>`
          : nothing
      }</text>${earlier ? hitArea(cueAt, cueAt + sign * capsWidth(view, earlier), baseline, toEarlier) : nothing}${
        later ? hitArea(width - start, width - start - sign * capsWidth(view, later), baseline, toLater) : nothing
      }`;
}

/**
 * The vertical chart's cues, for all its events (`index`): "6 earlier" in the room above the first row, "3 later"
 * in the room below the last, at the edge away from the axis, `height` px down being the chart's foot.
 */
export function renderEndCues(view: LaneCueView, index: LaneIndex, height: number): TemplateResult {
  const [before, after] = beyondView({ index }, view.visible);
  const { marks: ctx, rtl, width } = view;
  const edge = rtl ? 8 : width - 8;
  const cue = (count: number, text: (n: string) => string, ms: number, baseline: number) => {
    if (!count) return nothing;
    const said = say(view, count, text);
    const onClick = reach(view, ms);
    // Its end at the edge, in the page's direction ("٢ أقدم", or "6 earlier", in an Arabic page).
    return svg`<text aria-hidden="true" x=${edge} y=${baseline} direction=${rtl ? 'rtl' : 'ltr'} text-anchor="end"
        >${FSI}<tspan class="more" part="beyond" @click=${onClick}>${said}</tspan>${PDI}</text>${hitArea(
          edge,
          edge + (rtl ? 1 : -1) * capsWidth(view, said),
          baseline,
          onClick,
        )}`;
  };
  return svg`${cue(before, ctx.strings.earlier, index.starts[0], 18)}${cue(
    after,
    ctx.strings.later,
    index.maxEnd[index.maxEnd.length - 1],
    height - 6,
  )}`;
}

/** Drawn as the lane's name is (the core's `.lane-label, .more`), in the focus colour: it can be clicked. */
export const laneCueStyles = css`
  .more {
    fill: var(--_focus);
    cursor: pointer;
  }
  .beyond-hit {
    fill: #0000;
    cursor: pointer;
  }
`;
