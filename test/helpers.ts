// Shared helpers for the element tests: mount a timeline, wait for it, read its shadow DOM.
import { fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import '../src/index.js';
import type { MeetingTimeline } from '../src/meeting-timeline.js';
import type { TimelineDataInput, TimelineEventInput } from '../src/types.js';

export type { MeetingTimeline };

// A failed assertion's values go to the runner as they are, and an element (with its document and shadow tree)
// took the browser past the file's 300 s timeout to serialise: a failing `expect(element).to.equal(null)` hung
// instead of failing. Each file importing these helpers sends a node as its outer HTML's first 200 characters.
afterEach(function () {
  const err = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!err) return;
  for (const key of ['actual', 'expected'] as const) {
    const value = err[key];
    if (value instanceof Node) err[key] = value instanceof Element ? value.outerHTML.slice(0, 200) : value.nodeName;
  }
});

/** A timeline showing the built-in data, once `mt-load` has fired. */
export async function mountBuiltIn(width = 1000, locale = 'en-US'): Promise<MeetingTimeline> {
  const holder = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  return appendBuiltIn(holder, locale);
}

/** The built-in data right to left: in a holder with `dir="rtl"` and `lang="ar"`, whose locale it takes. */
export async function mountBuiltInRtl(width = 1000): Promise<MeetingTimeline> {
  const holder = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width:${width}px"></div>`);
  return appendBuiltIn(holder);
}

/** A timeline of the built-in data put in `holder`, once `mt-load` has fired and it has drawn. */
async function appendBuiltIn(holder: HTMLElement, locale?: string): Promise<MeetingTimeline> {
  const el = document.createElement('meeting-timeline');
  if (locale) el.locale = locale;
  const loaded = oneEvent(el, 'mt-load');
  holder.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

/** A timeline with `data` set (events, a data object, or anything at all, to test validation), in direction `dir`. */
export async function mountData(
  data: unknown,
  width = 1000,
  locale = 'en-US',
  dir: 'ltr' | 'rtl' = 'ltr',
): Promise<MeetingTimeline> {
  const holder = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width:${width}px"></div>`);
  const el = document.createElement('meeting-timeline');
  el.locale = locale;
  el.data = data as TimelineDataInput;
  holder.append(el);
  await el.updateComplete;
  return el;
}

export function $(el: MeetingTimeline, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: MeetingTimeline, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/**
 * Each tick label of the axis as drawn, by its lines: its tspans (each a bidi isolate, whose marks are left out), or
 * its one text.
 */
export function tickLines(el: MeetingTimeline): string[][] {
  return $$(el, '[part="axis"] .tick text').map((t) =>
    (t.children.length ? [...t.children] : [t]).map((line) => (line.textContent ?? '').replace(/[\u2068\u2069]/g, '')),
  );
}

/** The mark of the event with this id, if it is rendered. */
export function mark(el: MeetingTimeline, id: string): SVGGElement | null {
  return el.shadowRoot!.querySelector<SVGGElement>(`[part~="event"][data-id="${id}"]`);
}

/** Records the named events fired on `el` while `action` runs and for `settle` ms after. */
export async function eventsDuring(
  el: EventTarget,
  names: string[],
  action: () => unknown,
  settle = 400,
): Promise<string[]> {
  const seen: string[] = [];
  const listener = (event: Event) => seen.push(event.type);
  for (const name of names) el.addEventListener(name, listener);
  try {
    await action();
    await aTimeout(settle);
  } finally {
    for (const name of names) el.removeEventListener(name, listener);
  }
  return seen;
}

/** Width in ms of the visible span. */
export function span(el: MeetingTimeline): number {
  const { from, to } = el.range;
  return to.getTime() - from.getTime();
}

export const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** `n` events spread over `days` days of 2023, one a minute apart: enough on each day to need count marks. */
export function crowdedEvents(n: number, days: number): TimelineEventInput[] {
  const start = Date.UTC(2023, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    start: new Date(start + (i % days) * 86_400_000 + i * 60_000).toISOString(),
    title: `Event ${i}`,
  }));
}

/** The page's resource timing of the file whose path ends with `path`. */
export function resourceTiming(path: string): PerformanceResourceTiming | undefined {
  return performance
    .getEntriesByType('resource')
    .find((entry): entry is PerformanceResourceTiming => new URL(entry.name).pathname.endsWith(path));
}

/** Four eras of which three overlap at once (a presidency, a war within it, a recession within both). */
export const OVERLAPPING_ERAS = [
  { start: '2001-01-20', end: '2009-01-20', title: 'Bush presidency' },
  { start: '2003-03-20', end: '2011-12-18', title: 'Iraq War' },
  { start: '2007-12-01', end: '2009-06-30', title: 'Great Recession' },
  { start: '2009-01-20', end: '2017-01-20', title: 'Obama presidency' },
];
export const PRESIDENTS_EVENTS = [
  { id: 'sept11', start: '2001-09-11', title: 'September 11 attacks' },
  { id: 'iraq', start: '2003-03-20', title: 'Invasion of Iraq' },
  { id: 'katrina', start: '2005-08-29', title: 'Hurricane Katrina' },
  { id: 'lehman', start: '2008-09-15', title: 'Lehman Brothers collapses' },
  { id: 'recovery', start: '2009-02-17', title: 'Recovery Act signed' },
  { id: 'aca', start: '2010-03-23', title: 'Affordable Care Act' },
  { id: 'obergefell', start: '2015-06-26', title: 'Obergefell v. Hodges' },
];
