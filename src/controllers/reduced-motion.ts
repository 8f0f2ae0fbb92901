// Whether the reader asked for reduced motion: glides jump, and the details panel scrolls into view at once.

let motionQuery: MediaQueryList | undefined;
/** Whether the reader asked for reduced motion (the query object made once; its `matches` stays live). */
export function reducedMotion(): boolean {
  motionQuery ??= matchMedia('(prefers-reduced-motion: reduce)');
  return motionQuery.matches;
}
