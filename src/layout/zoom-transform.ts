// A zoom transform, as d3-zoom's: scale k, then translate (x, y). The element's own, so the core holds the
// transform arithmetic without d3-zoom itself, which is a chunk bound once the chart is drawn (d3-zoom works
// with any object of this shape: it reads k, x and y and calls these methods).
import type { ZoomTransform as D3ZoomTransform } from 'd3-zoom';

/** A zoom transform; interchangeable with d3-zoom's. */
export type ZoomTransform = D3ZoomTransform;

class Transform {
  constructor(
    readonly k: number,
    readonly x: number,
    readonly y: number,
  ) {}

  scale(k: number): Transform {
    return k === 1 ? this : new Transform(this.k * k, this.x, this.y);
  }

  translate(x: number, y: number): Transform {
    return x === 0 && y === 0 ? this : new Transform(this.k, this.x + this.k * x, this.y + this.k * y);
  }

  apply(point: [number, number]): [number, number] {
    return [point[0] * this.k + this.x, point[1] * this.k + this.y];
  }

  applyX(x: number): number {
    return x * this.k + this.x;
  }

  applyY(y: number): number {
    return y * this.k + this.y;
  }

  invert(location: [number, number]): [number, number] {
    return [(location[0] - this.x) / this.k, (location[1] - this.y) / this.k];
  }

  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  invertY(y: number): number {
    return (y - this.y) / this.k;
  }

  rescaleX<S extends Rescalable>(x: S): S {
    return x.copy().domain(x.range().map((r) => x.invert(this.invertX(r)))) as S;
  }

  rescaleY<S extends Rescalable>(y: S): S {
    return y.copy().domain(y.range().map((r) => y.invert(this.invertY(r)))) as S;
  }

  toString(): string {
    return `translate(${this.x},${this.y}) scale(${this.k})`;
  }
}

/** A scale a transform can rescale: d3's continuous scales, and the element's time scale. */
interface Rescalable {
  copy(): Rescalable;
  range(): number[];
  invert(value: number): Date | number;
  domain(domain: ReadonlyArray<Date | number>): Rescalable;
}

/** The transform that changes nothing. */
export const zoomIdentity: ZoomTransform = new Transform(1, 0, 0);
