// The package entry: registers <meeting-timeline> and exports its class, data helpers and types.
import './define.js';
export { defineMeetingTimeline } from './define.js';

export { MeetingTimeline } from './meeting-timeline.js';
export { TimelineEventElement } from './timeline-event.js';
export type { SelectDetail, RangeChangeDetail, LoadDetail, ErrorDetail, StepDetail } from './meeting-timeline.js';
export { validateData } from './data/validate.js';
export { parseDate } from './data/parse-date.js';
export type { TimelineStrings } from './i18n/strings.js';
export type * from './types.js';
