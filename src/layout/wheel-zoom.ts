// How far Ctrl (or ⌘) + wheel zooms. A trackpad pinch arrives as Ctrl + wheel events with small pixel deltas, many
// a gesture, which d3-zoom's own rate (2^(-deltaY × 0.002 × 10)) makes follow the fingers; but at that rate one
// notch of a mouse wheel (100–120 px, or 3 lines) zoomed 4× at once, from a year to three months. DOM-free.

/** The most one wheel event zooms, as a power of two: 1.5× a mouse notch. */
export const NOTCH = Math.log2(1.5);

/** Px a wheel delta stands for, by its `deltaMode`: pixels, lines or pages. */
const PX_PER_UNIT = [1, 20, 800];

/** d3-zoom's `wheelDelta` for a zooming wheel event: the scale is multiplied by 2 to this power. */
export function wheelZoomDelta(deltaY: number, deltaMode: number): number {
  const px = deltaY * (PX_PER_UNIT[deltaMode] ?? 1);
  return -Math.sign(px) * Math.min(Math.abs(px) * 0.02, NOTCH);
}
