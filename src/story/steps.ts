// The steps of a story and what each shows: the data's own story, or its events in time order; and the
// stretch of time a step's view spans. DOM-free.
import type { TimelineModel } from '../model/model.js';
import type { TimelineEvent } from '../types.js';

/** A step as story mode tells it. */
export interface Step {
  /** The event the step shows (and selects), if it shows one. */
  event?: TimelineEvent;
  /** The stretch of time the step shows instead, ms; with neither, all of the timeline. */
  span?: readonly [number, number];
  title: string;
  caption: string;
}

/** The model's story: its own steps, or, when it tells none, a step an event in time order. */
export function storySteps(model: TimelineModel): Step[] {
  if (!model.story.length) {
    return model.events.map((event) => ({ event, title: event.title, caption: event.summary ?? '' }));
  }
  return model.story.map((step) => {
    const event = step.event === undefined ? undefined : model.byId(step.event);
    return {
      event,
      span: step.span,
      title: step.title ?? event?.title ?? '',
      caption: step.caption,
    };
  });
}

/** The least a step shows around an event: a month and a half on either side. */
const CONTEXT = 45 * 86_400_000;

/**
 * The stretch of time a step's view spans, ms: around its event (the event and some time on either side,
 * a tenth of the whole at least), or its own stretch with a margin, or all of `extent`.
 */
export function stepWindow(step: Step, extent: readonly [number, number]): [number, number] {
  const whole = extent[1] - extent[0];
  if (step.event) {
    const from = step.event.start.ms;
    const to = (step.event.end ?? step.event.start).endMs;
    const side = Math.max(CONTEXT, whole / 20, (to - from) / 2);
    return [from - side, to + side];
  }
  if (step.span) {
    const [a, b] = step.span;
    const margin = (b - a) * 0.06;
    return [a - margin, b + margin];
  }
  return [extent[0], extent[1]];
}
