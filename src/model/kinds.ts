// The kinds of event: the built-in ones (their lane order, shapes and colours, and the kind a span is
// measured between) and, for any other kind a dataset names, a shape and colour of its own from a palette,
// so that kinds are told apart by shape and by colour and a legend can explain them.

/** In-person meetings: a bold label and a larger mark. */
export const IN_PERSON = 'in-person';

/** The built-in kinds, in the order their lanes are drawn. */
export const KIND_ORDER: readonly string[] = [IN_PERSON, 'video', 'phone', 'visit', 'incident'];

/** The kind of an event whose data names none: drawn with the generic mark. */
export const DEFAULT_KIND = 'event';

/** The generic mark's style name. */
export const OTHER_KIND = 'other';

// Shapes, not only colours, tell kinds apart. Maps, so a kind named `constructor` or `__proto__` finds nothing.
const BUILT_IN = new Map<string, string>([
  [IN_PERSON, 'M0,-9A9,9 0 1,1 0,9A9,9 0 1,1 0,-9Z'],
  ['video', 'M-6,-6H6V6H-6Z'],
  ['phone', 'M0,-7.5L7.5,0L0,7.5L-7.5,0Z'],
  ['visit', 'M0,-7.5L7,6H-7Z'],
  ['incident', 'M-2.5,-7.5H2.5V-2.5H7.5V2.5H2.5V7.5H-2.5V2.5H-7.5V-2.5H-2.5Z'],
  [OTHER_KIND, 'M0,-6A6,6 0 1,1 0,6A6,6 0 1,1 0,-6Z'],
]);

/** Shapes for kinds the element does not know, 14 px across like the built-in ones. */
const EXTRA_SHAPES: readonly string[] = [
  'M0,7.5L7,-6H-7Z', // a triangle pointing down
  'M-3.5,-6.5H3.5L7,0L3.5,6.5H-3.5L-7,0Z', // a hexagon
  'M0,-7.5L2.2,-2.6L7.5,-2.3L3.4,1.1L4.6,6.5L0,3.6L-4.6,6.5L-3.4,1.1L-7.5,-2.3L-2.2,-2.6Z', // a star
  'M0,-7L6.7,-2.2L4.1,5.7H-4.1L-6.7,-2.2Z', // a pentagon
  'M-6,-6L0,-1.5L6,-6V6L0,1.5L-6,6Z', // an hourglass on its side
  'M-7,-3H7V3H-7Z', // a wide bar
];
/** Colours for kinds the element does not know (`.k-x0` … in the stylesheet). */
export const EXTRA_COLOURS = 8;

/** How a kind is drawn: the class that colours it (`k-visit`, `k-x3`) and its shape. */
export interface KindStyle {
  kind: string;
  /** Suffix of the mark's `k-` class. */
  style: string;
  path: string;
}

/** The style of every kind among `kinds` (in the order given): built-in kinds their own, others one each from the palette. */
export function kindStyles(kinds: Iterable<string>): Map<string, KindStyle> {
  const styles = new Map<string, KindStyle>();
  let extra = 0;
  for (const kind of kinds) {
    if (styles.has(kind)) continue;
    if (BUILT_IN.has(kind) && kind !== OTHER_KIND) styles.set(kind, { kind, style: kind, path: BUILT_IN.get(kind)! });
    else if (kind === DEFAULT_KIND || kind === OTHER_KIND)
      styles.set(kind, { kind, style: OTHER_KIND, path: BUILT_IN.get(OTHER_KIND)! });
    else {
      const n = extra++;
      styles.set(kind, {
        kind,
        style: `x${n % EXTRA_COLOURS}`,
        path: EXTRA_SHAPES[n % EXTRA_SHAPES.length],
      });
    }
  }
  return styles;
}

/** The style of a kind outside any dataset's palette: built in, else the generic mark. */
export function builtInStyle(kind: string): KindStyle {
  return BUILT_IN.has(kind) && kind !== OTHER_KIND
    ? { kind, style: kind, path: BUILT_IN.get(kind)! }
    : { kind, style: OTHER_KIND, path: BUILT_IN.get(OTHER_KIND)! };
}

/** Whether events of this kind get a bold label. */
export function isStrong(kind: string): boolean {
  return kind === IN_PERSON;
}
