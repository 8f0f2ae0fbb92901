import { useRef, useState } from 'react';
import type { MeetingTimeline, TimelineDataInput } from 'meeting-timeline';
// JSX typings for <meeting-timeline> (types only: nothing is bundled from this import).
import type {} from 'meeting-timeline/react';

const renovation: TimelineDataInput = {
  title: 'Riverside Library renovation, 2024',
  description: 'The meetings, calls and visits of a year of building work.',
  events: [
    { id: 'kickoff', start: '2024-02-12', title: 'Kick-off meeting', kind: 'in-person' },
    { id: 'design-review', start: '2024-03-05', title: 'Design review', kind: 'video' },
    { id: 'site-survey', start: '2024-04-16', end: '2024-04-17', title: 'Site survey', kind: 'visit' },
    { id: 'handover', start: '2024-10-01', title: 'Handover', kind: 'in-person' },
  ],
};

export function App() {
  const timeline = useRef<MeetingTimeline>(null);
  const [selected, setSelected] = useState<string>('');

  return (
    <main>
      <h1>meeting-timeline in React 19</h1>
      {/* React 19 sets `data` as a property (the element has one) and listens for `mt-select`. */}
      <meeting-timeline
        ref={timeline}
        data={renovation}
        heading-level={2}
        onmt-select={(event) => setSelected(event.detail.event.title)} // event: CustomEvent<SelectDetail>
      />
      <button type="button" onClick={() => timeline.current?.fit()}>
        Show every event
      </button>
      <h2>Selected event</h2>
      <p id="selected" aria-live="polite">
        {selected}
      </p>
    </main>
  );
}
