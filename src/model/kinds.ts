// The kinds of event the built-in marks know: their lane order, their shapes, and the one kind the story
// counts (in-person meetings). Any other kind is drawn with the generic mark.

/** In-person meetings: a bold label, and the span between the last two is measured. */
export const IN_PERSON = 'in-person';

/** The built-in kinds, in the order their lanes are drawn. */
export const KIND_ORDER: readonly string[] = [IN_PERSON, 'video', 'phone', 'visit', 'incident'];

/** The generic mark's kind, for any kind not in {@link KIND_ORDER}. */
export const OTHER_KIND = 'other';

// Shapes, not only colours, tell kinds apart. A Map, so a kind named `constructor` or `__proto__` finds nothing.
const MARK_PATHS = new Map<string, string>([
  [IN_PERSON, 'M0,-9A9,9 0 1,1 0,9A9,9 0 1,1 0,-9Z'],
  ['video', 'M-6,-6H6V6H-6Z'],
  ['phone', 'M0,-7.5L7.5,0L0,7.5L-7.5,0Z'],
  ['visit', 'M0,-7.5L7,6H-7Z'],
  ['incident', 'M-2.5,-7.5H2.5V-2.5H7.5V2.5H2.5V7.5H-2.5V2.5H-7.5V-2.5H-2.5Z'],
  [OTHER_KIND, 'M0,-5A5,5 0 1,1 0,5A5,5 0 1,1 0,-5Z'],
]);

/** The kind whose mark draws `kind`: itself when built in, else {@link OTHER_KIND}. */
export function markKind(kind: string): string {
  return MARK_PATHS.has(kind) ? kind : OTHER_KIND;
}

/** The SVG path of the mark of `kind`, drawn 14 px across about its centre. */
export function markPath(kind: string): string {
  return MARK_PATHS.get(markKind(kind))!;
}

/** Whether events of this kind get a bold label. */
export function isStrong(kind: string): boolean {
  return kind === IN_PERSON;
}
