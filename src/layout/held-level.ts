// The level of detail while the view moves on step after step. DOM-free.
import type { FrameScale } from './lane-index.js';

/**
 * The level-of-detail scale of a frame that moves on from the last (`held`, that frame's): `held` while the
 * view's own scale `exact` is at least as close and less than twice as close; past that (or below it), `held`
 * times the power of two that brings `exact` back into that range. Count marks are then the same groups of
 * events step after step, and split in two (or merge by pairs) all at once. A scale of another origin (other
 * data) is not held.
 */
export function holdLevel(held: FrameScale, exact: FrameScale): FrameScale {
  if (held.origin !== exact.origin || !(held.pxPerMs > 0) || !(exact.pxPerMs > 0)) return exact;
  // Within a rounding error of a power of two is that power: a 2× zoom from a held level is the next level.
  const step = Math.floor(Math.log2(exact.pxPerMs / held.pxPerMs) + 1e-9);
  return step ? { origin: held.origin, pxPerMs: held.pxPerMs * 2 ** step } : held;
}
