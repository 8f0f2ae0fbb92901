// What d3-zoom needs of d3-interpolate, for the embed only (rollup.config.mjs resolves 'd3-interpolate' here).
// d3-zoom uses interpolateZoom only to animate a zoom inside a d3 transition, and the embed runs none (see
// d3-transition.ts). The real module keeps its colour interpolators, and with them all of d3-color (about
// 3 KiB gzip), because their definitions run at load. The library build (dist/lib) keeps the real import.

/** A zoom interpolator that jumps to its end: never called, as the embed runs no d3 transitions. */
export function interpolateZoom(
  _from: [number, number, number],
  to: [number, number, number],
): ((t: number) => [number, number, number]) & { duration: number } {
  return Object.assign(() => to, { duration: 0 });
}
