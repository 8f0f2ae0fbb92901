/** How long an animated zoom glides, ms. */
const DURATION = 250;

/**
 * A glide of the visible window from one span to another, one step an animation frame: both ends move in
 * time along a smoothstep curve over 250 ms. The viewport turns each step into a zoom transform.
 */
export class Glide {
  private frame?: number;

  /** Whether a glide is under way (its last step not yet taken). */
  get running(): boolean {
    return this.frame !== undefined;
  }

  /** Glides from `[a0, b0]` to `[a1, b1]` (ms), calling `step(a, b, last)` each frame; stops any glide under way. */
  start([a0, b0]: readonly [number, number], [a1, b1]: readonly [number, number], step: GlideStep): void {
    this.stop();
    const began = performance.now();
    const frame = (now: number) => {
      // A frame's time is when the frame began, which can be before the glide did (a start within that frame).
      const t = Math.max(0, Math.min(1, (now - began) / DURATION));
      const e = t * t * (3 - 2 * t);
      this.frame = t >= 1 ? undefined : requestAnimationFrame(frame);
      if (t >= 1) step(a1, b1, true);
      else step(a0 + (a1 - a0) * e, b0 + (b1 - b0) * e, false);
    };
    this.frame = requestAnimationFrame(frame);
  }

  stop(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}

/** One step of a glide: the window's ends, and whether it is the last step. */
export type GlideStep = (a: number, b: number, last: boolean) => void;
