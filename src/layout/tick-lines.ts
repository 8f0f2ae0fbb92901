// A deep-time tick's words on the lines they take in the narrow gutter of the vertical axis. DOM-free: text is
// measured by the caller.

/** The size of words that take two lines, px, against the ticks' 11. */
export const SMALL_TICK_SIZE = 10;

/**
 * `words` ("14B years ago") on the lines they take in `room` px, as `width` measures them at the ticks' 11 px: one
 * where they fit, else broken at a space onto two at {@link SMALL_TICK_SIZE} px (at 11, "years ago" was a pixel
 * wider than the gutter), the second as full as it goes, so the count heads each tick and the words under it read
 * the same down the axis ("14B" over "years ago", "4B" over "years ago"); undefined where two lines do not hold
 * them. Spaces only: a count keeps its unit ("14 Mrd.", joined by a no-break space). Three lines, for German's
 * "vor 14 Mrd. Jahren", lost ticks near the breaks.
 */
export function tickLines(words: string, room: number, width: (text: string) => number): string[] | undefined {
  if (width(words) <= room) return [words];
  const small = (text: string) => (width(text) * SMALL_TICK_SIZE) / 11;
  const pieces = words.split(' ');
  let at = 1;
  while (at < pieces.length - 1 && small(pieces.slice(at).join(' ')) > room) at++;
  const lines = [pieces.slice(0, at).join(' '), pieces.slice(at).join(' ')];
  return pieces.length > 1 && lines.every((line) => small(line) <= room) ? lines : undefined;
}
