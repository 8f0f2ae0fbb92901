// JSX typings for React 19: `import type {} from 'meeting-timeline/react'` (or any import of this module)
// checks the props of <meeting-timeline> and <timeline-event>. Types only: the built module is empty, and
// nothing else in the package imports it, so projects without React never load these types.
//
// React 19 passes a prop to a custom element as a property when the element has one of that name
// (`data`, `strings`, `selected`, `src`, `locale`, `theme`, `history`, `format`), and as an attribute
// otherwise (`view-start`, `view-end`, `heading-level`, `list-view`, `time-zone`). A prop `on<event>` adds
// a listener for `<event>`, case kept, so `onmt-select` listens for `mt-select`. The element must be
// registered (`import 'meeting-timeline'`) before React renders it, or `data` would become an attribute.
import type { ClassAttributes, HTMLAttributes } from 'react';
import type {
  MeetingTimeline,
  SelectDetail,
  RangeChangeDetail,
  LoadDetail,
  ErrorDetail,
  StepDetail,
} from './meeting-timeline.js';
import type { TimelineEventElement } from './timeline-event.js';
import type { TimelineStrings } from './i18n/strings.js';
import type { TimelineDataInput, TimelineEventInput } from './types.js';

/** A heading level, as a number or as the attribute's text. */
type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`;

/** The props of `<meeting-timeline>` in React 19 JSX. */
export interface MeetingTimelineProps extends ClassAttributes<MeetingTimeline>, HTMLAttributes<MeetingTimeline> {
  /** Events as a JavaScript value (set as the `data` property). Takes precedence over `src`. */
  data?: TimelineEventInput[] | TimelineDataInput;
  /** URL of a JSON file with the events. */
  src?: string;
  /** Id of the selected event; its details panel is open while it is set. */
  selected?: string | null;
  /** BCP 47 locale for dates and numbers. */
  locale?: string;
  /** Start of the first view (ISO 8601), used together with `view-end`. */
  'view-start'?: string;
  /** End of the first view (ISO 8601). */
  'view-end'?: string;
  /** Outline level (1–6) of the timeline's title. */
  'heading-level'?: HeadingLevel;
  /** Colour scheme: `light` (default), `dark`, or `auto` to follow `prefers-color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';
  /** Keeps the selected event in the URL hash. */
  history?: boolean;
  /** The data's format; detected when unset. */
  format?: 'json' | 'timelinejs' | 'csv';
  /** The time zone the axis tells the hours of exact moments in: an IANA name, or `local`; default `UTC`. */
  'time-zone'?: string;
  /** Shows the events as a plain HTML list instead of the chart. */
  'list-view'?: boolean;
  /** Replacements for the interface text (set as the `strings` property). */
  strings?: Partial<TimelineStrings>;
  /** The reader selected an event. */
  'onmt-select'?: (event: CustomEvent<SelectDetail>) => void;
  /** The reader finished a zoom or a pan. */
  'onmt-rangechange'?: (event: CustomEvent<RangeChangeDetail>) => void;
  /** A load from `src`, an inline JSON script or the built-in data finished. */
  'onmt-load'?: (event: CustomEvent<LoadDetail>) => void;
  /** A load skipped items or failed. */
  'onmt-error'?: (event: CustomEvent<ErrorDetail>) => void;
  /** In story mode, the reader moved to another step. */
  'onmt-step'?: (event: CustomEvent<StepDetail>) => void;
}

/** The props of `<timeline-event>` (one event written in HTML) in React 19 JSX. */
export interface TimelineEventProps
  extends ClassAttributes<TimelineEventElement>, HTMLAttributes<TimelineEventElement> {
  /** When it began: an ISO 8601 date or date-time. */
  start?: string;
  /** When it ended, if it lasted (ISO 8601). */
  end?: string;
  /** Its kind: `in-person`, `video`, `phone`, `visit`, `incident` or any other word. */
  kind?: string;
  /** Where it happened, as a name. */
  place?: string;
  /** Its lane, when lanes follow groups. */
  group?: string;
  /** The venue's IANA time zone, e.g. `America/Los_Angeles`. */
  'time-zone'?: string;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace
  namespace JSX {
    interface IntrinsicElements {
      'meeting-timeline': MeetingTimelineProps;
      'timeline-event': TimelineEventProps;
    }
  }
}
