// The span between the last two in-person meetings, and the header's sentence about it.
import { daysBetween, formatDate } from '../data/format-date.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { IN_PERSON } from './kinds.js';
import type { TimelineEvent } from '../types.js';

export interface Gap {
  from: TimelineEvent;
  to: TimelineEvent;
  /** "366 days" */
  label: string;
  /** The lane the span is drawn along: the in-person meetings'. */
  lane: string;
  /** "366 days between the in-person meetings of Nov 14, 2022 and Nov 15, 2023" */
  sentence: string;
}

const worked = new WeakMap<readonly TimelineEvent[], { locale: string; t: TimelineStrings; gap?: Gap }>();

/**
 * The days between the last two of `meetings` (in time order), spelled in the locale; none with fewer than
 * two. Worked out once per list of meetings and text.
 */
export function inPersonGap(
  meetings: readonly TimelineEvent[],
  locale: string,
  numbers: Intl.NumberFormat,
  t: TimelineStrings,
): Gap | undefined {
  const cached = worked.get(meetings);
  if (cached?.locale === locale && cached.t === t) return cached.gap;
  const gap = computeGap(meetings, locale, numbers, t);
  worked.set(meetings, { locale, t, gap });
  return gap;
}

function computeGap(
  meetings: readonly TimelineEvent[],
  locale: string,
  numbers: Intl.NumberFormat,
  t: TimelineStrings,
): Gap | undefined {
  if (meetings.length < 2) return undefined;
  const from = meetings[meetings.length - 2];
  const to = meetings[meetings.length - 1];
  const n = daysBetween(from.start, to.start);
  const days = t.days(numbers.format(n), n);
  const sentence = t.between(days, formatDate(from.start, locale), formatDate(to.start, locale));
  return { from, to, label: days, lane: IN_PERSON, sentence };
}
