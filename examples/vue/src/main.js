// Vue 3 with the full build (template compiler included), so the template below is a plain string.
import { createApp, ref } from 'vue';
import 'meeting-timeline'; // registers <meeting-timeline>

const renovation = {
  title: 'Riverside Library renovation, 2024',
  description: 'The meetings, calls and visits of a year of building work.',
  events: [
    { id: 'kickoff', start: '2024-02-12', title: 'Kick-off meeting', kind: 'in-person' },
    { id: 'design-review', start: '2024-03-05', title: 'Design review', kind: 'video' },
    { id: 'site-survey', start: '2024-04-16', end: '2024-04-17', title: 'Site survey', kind: 'visit' },
    { id: 'handover', start: '2024-10-01', title: 'Handover', kind: 'in-person' },
  ],
};

const app = createApp({
  setup() {
    const selected = ref('');
    /** @param {CustomEvent<import('meeting-timeline').SelectDetail>} event */
    const onSelect = (event) => {
      selected.value = event.detail.event.title;
    };
    return { renovation, selected, onSelect };
  },
  // `.data` binds the DOM property (not an attribute); `@mt-select` listens for the element's event.
  template: `
    <main>
      <h1>meeting-timeline in Vue 3</h1>
      <meeting-timeline .data="renovation" heading-level="2" @mt-select="onSelect"></meeting-timeline>
      <h2>Selected event</h2>
      <p id="selected" aria-live="polite">{{ selected }}</p>
    </main>
  `,
});
// Tells Vue's template compiler that <meeting-timeline> is a custom element, not a Vue component.
app.config.compilerOptions.isCustomElement = (tag) => tag === 'meeting-timeline';
app.mount('#app');
