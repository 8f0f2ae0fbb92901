import { MeetingTimeline } from './meeting-timeline.js';
import { TimelineEventElement } from './timeline-event.js';
import { warmUp } from './scheduling/warm-up.js';

/**
 * Registers `<meeting-timeline>`. Two copies of the bundle on one page must not break it: when the
 * tag is already taken, this warns and steps aside. Returns whether this call registered it.
 */
export function defineMeetingTimeline(): boolean {
  if (customElements.get('meeting-timeline')) {
    console.warn('meeting-timeline: <meeting-timeline> is already defined; this copy was not registered.');
    return false;
  }
  customElements.define('meeting-timeline', MeetingTimeline);
  if (!customElements.get('timeline-event')) customElements.define('timeline-event', TimelineEventElement);
  warmUp();
  return true;
}

defineMeetingTimeline();
