import { plural } from './plural.js';

/** The element's own interface text. Numbers and dates inside come already formatted for the locale. */
export interface TimelineStrings {
  timeline: string;
  events: string;
  listView: string;
  /** "Showing Nov 1, 2022 – Dec 1, 2023" */
  showing: (range: string) => string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  close: string;
  next: string;
  previous: string;
  retry: string;
  why: string;
  date: string;
  localTime: string;
  place: string;
  participants: string;
  outcomes: string;
  sources: string;
  details: string;
  lanes: Record<string, string>;
  other: string;
  /** "3 events skipped" */
  skipped: (count: string, n: number) => string;
  /** "could not load events.json: 404" */
  loadFailed: (src: string, reason: string) => string;
  /** "366 days between Nov 14, 2022 and Nov 15, 2023" (a span the data asks to be told) */
  between: (days: string, from: string, to: string) => string;
  /** Accessible name of a "+N" badge. */
  more: (count: string) => string;
  /** How many of a lane's events lie before the view, and after it (clicked, the view takes them in). */
  earlier: (count: string) => string;
  later: (count: string) => string;
  /** "366 days" */
  days: (count: string, n: number) => string;
  downloadSvg: string;
  downloadPng: string;
  /** "Could not export the chart: …" */
  exportFailed: (reason: string) => string;
  /** Accessible name of the legend of kinds. */
  legend: string;
  /** The polite status while a `src` loads. */
  loading: string;
  /** "2 values were ignored." (values dropped from kept items; listed under Why?) */
  ignored: (count: string, n: number) => string;
  /** The hint when a plain wheel lands on the chart: "Ctrl + scroll to zoom" (`key` is Ctrl or ⌘). */
  wheelHint: (key: string) => string;
  /** Heading of the story's steps in the list view and in print. */
  story: string;
  /** Heading of the eras, with their dates, in the list view and in print. */
  eras: string;
  /** The control that starts story mode. */
  tellStory: string;
  /** The control that leaves story mode to explore. */
  explore: string;
  /** "Step 4 of 12" */
  step: (n: string, total: string) => string;
  /** A time or date given roughly: "about 11:20 AM PST", "about 1964". */
  about: (text: string) => string;
  /** A date its source is unsure of (EDTF `1964?`): "perhaps 1964". */
  perhaps: (text: string) => string;
  /** Pauses and resumes an autoplaying story. */
  pause: string;
  play: string;
}

export const en: TimelineStrings = {
  timeline: 'Timeline',
  events: 'Events in time order',
  listView: 'List view',
  showing: (range) => `Showing ${range}`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  close: 'Close',
  next: 'Next',
  previous: 'Previous',
  retry: 'Retry',
  why: 'Why?',
  date: 'Date',
  localTime: 'Local time',
  place: 'Place',
  participants: 'Participants',
  outcomes: 'Outcomes',
  sources: 'Sources',
  details: 'Event details',
  lanes: { 'in-person': 'In person', video: 'Video', phone: 'Phone', visit: 'Visits', incident: 'Incidents' },
  other: 'Other',
  skipped: (count, n) => plural('en', n, { one: `${count} item was skipped.`, other: `${count} items were skipped.` }),
  loadFailed: (src, reason) => `Could not load ${src}: ${reason}.`,
  between: (days, from, to) => `${days} between ${from} and ${to}`,
  more: (count) => `${count} more events here; zoom in`,
  earlier: (count) => `${count} earlier`,
  later: (count) => `${count} later`,
  days: (count, n) => plural('en', n, { one: `${count} day`, other: `${count} days` }),
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  exportFailed: (reason) => `Could not export the chart: ${reason}`,
  legend: 'Kinds of event',
  loading: 'Loading…',
  ignored: (count, n) =>
    plural('en', n, { one: `${count} value was ignored.`, other: `${count} values were ignored.` }),
  wheelHint: (key) => `Use ${key} + scroll to zoom the timeline`,
  story: 'The story',
  eras: 'Eras',
  tellStory: 'Tell the story',
  explore: 'Explore',
  step: (n, total) => `Step ${n} of ${total}`,
  about: (text) => `about ${text}`,
  perhaps: (text) => `perhaps ${text}`,
  pause: 'Pause',
  play: 'Play',
};
