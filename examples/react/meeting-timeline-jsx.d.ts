// JSX typings for <meeting-timeline> in React 19 (proposed for src/; kept here until it moves).
//
// React 19 passes a prop to a custom element as a property when the element has one of that name
// (`data`, `strings`, `selected`, `src`, `locale`, `theme`), and as an attribute otherwise
// (`view-start`, `view-end`, `heading-level`, `list-view`). A prop `on<event>` adds a listener for
// `<event>`, case kept, so `onmt-select` listens for `mt-select`. The element must be registered
// (`import 'meeting-timeline'`) before React renders it, or `data` would become an attribute.
import type { ClassAttributes, HTMLAttributes } from 'react';
import type {
  MeetingTimeline,
  SelectDetail,
  RangeChangeDetail,
  LoadDetail,
  ErrorDetail,
  TimelineDataInput,
  TimelineEventInput,
  TimelineStrings,
} from 'meeting-timeline';

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
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`;
  /** Colour scheme: `light` (default), `dark`, or `auto` to follow `prefers-color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';
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
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'meeting-timeline': MeetingTimelineProps;
    }
  }
}
