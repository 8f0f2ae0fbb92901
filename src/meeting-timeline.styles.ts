import { css } from 'lit';

// Each public --mt-* property is read once here, into a private --_* name (the extra kinds' colours, read in one rule
// each, are not renamed); the rest uses only those.
// Defaults come in light and dark pairs (light-dark()); `theme` sets the colour scheme that picks one.
export const styles = css`
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host {
    /* Light unless the theme says otherwise (the theme's selectors weigh more). */
    color-scheme: light;
    --_font: var(--mt-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--mt-text, light-dark(#1d2330, #e8eaf0));
    --_muted: var(--mt-muted, light-dark(#545b69, #b3b9c5));
    --_bg: var(--mt-background, light-dark(#fff, #15181e));
    --_surface: var(--mt-surface, light-dark(#f4f5f8, #1f232b));
    --_lane: var(--mt-lane, light-dark(#e3e6ec, #363c48));
    --_axis: var(--mt-axis, light-dark(#545b69, #b3b9c5));
    --_era: var(--mt-era, light-dark(#efe6d2, #3b3426));
    --_era-alt: var(--mt-era-alt, light-dark(#dfe8f1, #25364a));
    --_focus: var(--mt-focus, var(--mt-accent, light-dark(#1a5fd0, #8ab4ff)));
    --_mark-size: var(--mt-mark-size, 14);
    --_in-person: var(--mt-kind-in-person, light-dark(#b4232a, #ff8a8a));
    --_video: var(--mt-kind-video, light-dark(#1b6b5a, #4fd1ad));
    --_phone: var(--mt-kind-phone, light-dark(#5a3d99, #c2a8ff));
    --_visit: var(--mt-kind-visit, light-dark(#1e5a96, #7db8ff));
    --_incident: var(--mt-kind-incident, light-dark(#8a5300, #e9aa4f));
    --_other: var(--mt-kind-other, light-dark(#4a5160, #aab1bd));
    --_details-width: var(--mt-details-width, 22rem);

    display: block;
    position: relative;
    font-family: var(--_font);
    font-size: 14px;
    line-height: 1.4;
    color: var(--_text);
    background: var(--_bg);
    container-type: inline-size;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  /* Until its first data arrive, the element keeps the room they will take, so the page does not jump: about
     what the built-in story takes at this width, or --mt-reserve. A vertical timeline outgrows the screen. */
  .frame.reserving {
    min-height: var(--mt-reserve, clamp(360px, calc(1040px - 25cqw), 860px));
  }
  .frame.vertical.reserving {
    min-height: var(--mt-reserve, max(100svh, 720px));
  }
  /* Empty, so no height; the strip around it too. */
  .details-probe {
    width: var(--_details-width);
  }
  .header {
    padding: 0.75rem 1rem 0.25rem;
    overflow-wrap: anywhere;
  }
  .title {
    margin: 0;
    font-size: 1.25rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .header p {
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }
  .gap {
    font-weight: 600;
    color: var(--_text);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.25rem 1rem;
  }
  [part='controls'] {
    display: inline-flex;
    /* A label is never broken over two lines: past the row's width the buttons go onto another row. */
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.25rem;
    margin-inline-start: auto;
  }
  /* At phone width the buttons are a little narrower, so the five of them still fit one row at 390 px, and with
     less room around them on a 360 px phone (or a 390 px one with a page margin or a scrollbar). */
  @container (max-width: 30rem) {
    [part='controls'] button {
      padding-inline: 0.3rem;
    }
  }
  @container (max-width: 24rem) {
    .toolbar {
      padding-inline: 0.5rem;
    }
    [part='controls'] {
      gap: 0.125rem;
    }
    [part='controls'] button {
      padding-inline: 0.2rem;
    }
  }
  button {
    white-space: nowrap;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_lane);
    border-radius: 4px;
    min-width: 2rem;
    min-height: 2rem;
    padding: 0.125rem 0.5rem;
    cursor: pointer;
  }
  /* A step with nowhere to go (the details panel's Next at the last event) looked like the other and did nothing.
     aria-disabled, not disabled: a disabled button loses focus, and the keyboard's place with it. */
  [aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='notice']:not(:empty) {
    padding: 0.5rem 1rem;
    margin: 0.25rem 1rem;
    background: var(--_surface);
    border-inline-start: 4px solid var(--_incident);
  }
  [part='notice'] details {
    margin-top: 0.25rem;
  }
  [part='notice'] ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    font-family: ui-monospace, monospace;
    font-size: 12px;
  }
  .viewport {
    position: relative;
    /* Clips without scrolling, so the details panel beside the chart can stick in the window. */
    overflow: clip;
  }
  /* Wide: the details panel sits beside the chart, which narrows; narrow: under it. Never over it. */
  .viewport.beside.with-details {
    display: grid;
    grid-template-columns: minmax(0, 1fr) var(--_details-width);
  }
  svg {
    /* Positions are computed for either direction; text anchors are set explicitly. */
    direction: ltr;
    display: block;
    width: 100%;
    user-select: none;
    -webkit-user-select: none;
    font-family: var(--_font);
    cursor: grab;
    /* A vertical swipe scrolls the page; horizontal swipes and pinches are the timeline's. */
    touch-action: pan-y;
  }
  /* The chart's box, the chart's height: the svg in it keeps room to grow into, below the chart (chart-box.ts). */
  .plot {
    overflow: clip;
  }
  .lane-band {
    fill: var(--_surface);
  }
  .lane-rule {
    stroke: var(--_lane);
  }
  /* A lane's name, and its "2 earlier" (lane-cues.ts, which colours it). */
  .lane-label,
  .more {
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 4px;
    fill: var(--_muted);
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  /* Eras tint the lanes: neighbouring eras in two distinct colours. */
  .era rect {
    fill: var(--_era);
    opacity: 0.75;
  }
  .era.odd rect {
    fill: var(--_era-alt);
  }
  .era text {
    fill: var(--_text);
    font-size: 11px;
    font-weight: 600;
  }
  [part='axis'] {
    color: var(--_axis);
    font-size: 11px;
  }
  [part~='event'] {
    cursor: pointer;
    outline: none;
  }
  [part~='event'] .mark {
    /* The shapes are drawn 14 px across, about their centre. */
    transform-box: fill-box;
    transform-origin: center;
    scale: calc(var(--_mark-size) / 14);
    fill: var(--_color);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  /* A duration: a solid bar in the kind's colour (3:1 or more against the lane in both themes). */
  [part~='event'] .bar {
    fill: var(--_color);
  }
  /* Under a label drawn on it: a band the label reads on, with no halo to cut into it. */
  [part~='event'] .bar.faint {
    fill-opacity: 0.25;
  }
  [part~='label'].on-bar {
    stroke: none;
  }
  /* An uncertain or approximate date (EDTF 1964?, 1964~, 196X): the span it could cover, faded and dashed. */
  [part~='event'] .extent {
    fill: var(--_color);
    fill-opacity: 0.18;
    stroke: var(--_color);
    stroke-dasharray: 3 2;
  }
  /* An interval open at one end (1964/..): a dashed line running on. */
  [part~='event'] .open {
    stroke: var(--_color);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  [part~='event'] .leader {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  /* Hover styles only where a pointer hovers: a phone's tap leaves :hover on what it hit (Chromium), so a mark stayed
     lifted and underlined after the selection moved on, and a zoom button bordered after its tap. */
  @media (hover) {
    /* A dimmed button has nothing to offer on hover. */
    button:hover:not([aria-disabled='true']) {
      border-color: var(--_muted);
    }
    /* Mark and label are one target: hovering either lifts both. */
    [part~='event']:hover .mark {
      scale: calc(var(--_mark-size) / 14 * 1.25);
    }
    [part~='event']:hover [part~='label'] {
      text-decoration: underline;
    }
  }
  /* Marks larger (or smaller) than 14 px keep their labels as far off as at 14: a label moves out by what the mark
     grew on its side (--_r: a mark's radius per px of --mt-mark-size; an in-person mark is 18 px across at 14).
     The layout's gaps are for 14. */
  [part~='event'] [part~='label'] {
    translate: calc((var(--_mark-size) - 14) * var(--_r, 0.5px));
  }
  [part~='event'] [text-anchor='end'] {
    translate: calc((14 - var(--_mark-size)) * var(--_r, 0.5px));
  }
  /* Hit areas: every target is at least 24 × 24 px, whatever it draws. */
  .hit {
    fill: transparent;
    stroke: none;
  }
  /* A ring is drawn only selected (in the text's colour) or focused (in the focus colour). */
  [part~='event'][aria-pressed='true'] .ring {
    stroke: var(--_text);
  }
  [part~='event']:focus-visible .ring {
    stroke: var(--_focus);
  }
  .ring {
    fill: none;
    stroke: none;
    stroke-width: 3;
    r: calc(var(--_mark-size) * var(--_r, 0.5px) + 3.5px);
  }
  /* The larger mark: its ring and its label as clear of it as the others' are. */
  .k-in-person {
    --_color: var(--_in-person);
    --_r: calc(9px / 14);
  }
  .k-video {
    --_color: var(--_video);
  }
  .k-phone {
    --_color: var(--_phone);
  }
  .k-visit {
    --_color: var(--_visit);
  }
  .k-incident {
    --_color: var(--_incident);
  }
  .k-other {
    --_color: var(--_other);
  }
  /* Kinds the element does not know take these in turn; each is 3:1 or more against lanes and eras. (Each is read
     only here, so it has no private name.) */
  .k-x0 {
    --_color: var(--mt-palette-0, light-dark(#8e3b8e, #f08ff0));
  }
  .k-x1 {
    --_color: var(--mt-palette-1, light-dark(#0f6e7a, #6fd3df));
  }
  .k-x2 {
    --_color: var(--mt-palette-2, light-dark(#6b5200, #e0c060));
  }
  .k-x3 {
    --_color: var(--mt-palette-3, light-dark(#a33b00, #ff9e66));
  }
  .k-x4 {
    --_color: var(--mt-palette-4, light-dark(#2e6b2e, #8fd18f));
  }
  .k-x5 {
    --_color: var(--mt-palette-5, light-dark(#5b4fc4, #b3a8ff));
  }
  .k-x6 {
    --_color: var(--mt-palette-6, light-dark(#9c2f5a, #ff8fb8));
  }
  .k-x7 {
    --_color: var(--mt-palette-7, light-dark(#3d5366, #aab8c6));
  }
  .chart-column {
    min-width: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0.5rem 1rem;
    list-style: none;
    font-size: 13px;
    color: var(--_muted);
  }
  /* A name too long for the row wraps beside its whole swatch; others stay on one line (flex lines break first). */
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    overflow-wrap: anywhere;
  }
  .legend svg {
    flex: 0 0 16px;
  }
  .legend .mark {
    fill: var(--_color);
  }
  [part='axis'] .context {
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
  }
  [part~='label'] {
    /* A title's own direction controls stay inside it. */
    unicode-bidi: isolate;
    fill: var(--_text);
    font-size: 12px;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  [part~='label'].strong {
    font-weight: 700;
  }
  .span path,
  .span line {
    fill: none;
    stroke: var(--_in-person);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .span text {
    fill: var(--_in-person);
    font-size: 12px;
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    [part~='event'] .mark,
    .span line {
      fill: CanvasText;
      stroke: Canvas;
    }
    [part~='event'] .extent,
    [part~='event'] .open {
      fill: none;
      stroke: CanvasText;
    }
    [part~='event']:focus-visible .ring,
    [part~='event'][aria-pressed='true'] .ring {
      stroke: Highlight;
    }
    .lane-band {
      fill: Canvas;
      stroke: CanvasText;
    }
    [part~='label'],
    .lane-label,
    .span text {
      fill: CanvasText;
    }
  }
`;
