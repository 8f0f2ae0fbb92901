// The selected event's details panel, once its chunk has loaded: what the panel needs of the selection,
// the model and the locale.
import { nothing, type TemplateResult } from 'lit';
import type { SelectionController } from '../controllers/selection-controller.js';
import type { TimelineModel } from '../model/model.js';
import type { TimelineStrings } from '../i18n/strings.js';

/** The details of the selected event, or nothing while none is selected or the panel's chunk is loading. */
export function renderSelection(
  selection: Pick<SelectionController, 'event' | 'details' | 'rich' | 'step'>,
  model: TimelineModel,
  text: { readonly locale: string; readonly strings: TimelineStrings },
  timeZone: string,
  actions: { onClose(): void; onKeyDown(e: KeyboardEvent): void; walk: boolean },
): TemplateResult | typeof nothing {
  const { event, details, rich } = selection;
  if (!event || !details) return nothing;
  const index = model.positionOf(event);
  return details.renderDetails({
    event,
    strings: text.strings,
    locale: text.locale,
    timeZone,
    rich: rich?.id === event.id ? rich : undefined,
    hasPrevious: index > 0,
    hasNext: index < model.events.length - 1,
    onClose: actions.onClose,
    onStep: actions.walk ? (direction) => selection.step(direction, true) : undefined,
    onKeyDown: actions.onKeyDown,
  });
}
