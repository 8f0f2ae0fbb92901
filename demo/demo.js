// Wires up the demo page: plain JS, no build step. The element is defined by ../dist/meeting-timeline.js,
// which the page loads first.

const byId = (id) => document.getElementById(id);

/** A Date as `1969-07-20 20:17 UTC`: the timeline's scale is in UTC, so the range is shown in UTC too. */
const utc = (date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** `events[3].start: "2023-02-30" is not a calendar date`; the whole input has the path ''. */
const describe = (error) => `${error.path || '(whole input)'}: ${error.message}`;

/** A paragraph and, when there are items, a list, replacing the children of `parent`. */
function show(parent, sentence, items = []) {
  const p = document.createElement('p');
  p.textContent = sentence;
  const nodes = [p];
  if (items.length) {
    const ul = document.createElement('ul');
    for (const item of items) {
      const li = document.createElement('li');
      li.textContent = item;
      ul.append(li);
    }
    nodes.push(ul);
  }
  parent.replaceChildren(...nodes);
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

// ---- 1. The built-in timeline: mt-select and mt-rangechange fire only on the reader's actions. ----

const builtIn = byId('built-in');
builtIn.addEventListener('mt-select', (e) => {
  const { event } = e.detail;
  byId('last-select').textContent = `${event.title} (id "${event.id}")`;
});
builtIn.addEventListener('mt-rangechange', (e) => {
  byId('last-range').textContent = `from ${utc(e.detail.from)} to ${utc(e.detail.to)}`;
});

// ---- 2. The JSON editor: sets `data`, which fires no event, then reads `events` and `errors`. ----

const editor = byId('editor');
const edited = byId('edited');
const editorStatus = byId('editor-status');
let timer;
let run = 0;

async function applyEditor() {
  const mine = ++run;
  let parsed;
  try {
    parsed = JSON.parse(editor.value);
  } catch (error) {
    editor.setAttribute('aria-invalid', 'true');
    editorStatus.dataset.state = 'bad';
    show(editorStatus, `Not valid JSON: ${error.message}. The timeline still shows the last valid data.`);
    return;
  }
  editor.removeAttribute('aria-invalid');
  edited.data = parsed;
  await edited.updateComplete;
  if (mine !== run) return; // a newer edit has taken over
  const { events, errors } = edited;
  editorStatus.dataset.state = errors.length ? 'bad' : 'good';
  show(
    editorStatus,
    errors.length
      ? `${plural(events.length, 'event', 'events')} shown; ${plural(errors.length, 'item', 'items')} skipped (timeline.errors):`
      : `${plural(events.length, 'event', 'events')} shown; nothing skipped.`,
    errors.map(describe),
  );
}

editor.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(applyEditor, 300);
});

// ---- 3. Loading by src: mt-load and mt-error. ----

const loaded = byId('loaded');
const log = byId('load-log');
const srcButtons = [...document.querySelectorAll('button[data-src]')];

function note(text) {
  const li = document.createElement('li');
  li.textContent = text;
  log.append(li);
}

loaded.addEventListener('mt-load', (e) => {
  const { events, skipped } = e.detail;
  note(`mt-load: ${plural(events.length, 'event', 'events')}, ${skipped.length} skipped`);
});
loaded.addEventListener('mt-error', (e) => {
  note(`mt-error: ${e.detail.errors.map(describe).join('; ')}`);
});

for (const button of srcButtons) {
  button.addEventListener('click', () => {
    const src = button.dataset.src;
    if (loaded.getAttribute('src') === src) return;
    for (const other of srcButtons) other.setAttribute('aria-pressed', String(other === button));
    log.replaceChildren();
    note(`src = "${src}"`);
    loaded.src = src;
  });
}
note(`src = "${loaded.getAttribute('src')}"`);

// ---- 4. The embed snippet: copy to the clipboard, or select it for Ctrl+C. ----

const snippet = byId('snippet');
const copyStatus = byId('copy-status');
byId('copy').addEventListener('click', async () => {
  const text = snippet.textContent;
  try {
    if (!navigator.clipboard) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied to the clipboard.';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(snippet);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    copyStatus.textContent = 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }
});

// The editor's first value, once the element is defined (the bundle loads before this module).
await customElements.whenDefined('meeting-timeline');
await applyEditor();
