// Wires up the demo page: plain JS, no build step. The element is defined by ../dist/meeting-timeline.js,
// which the page loads first; validateData comes from the same module, so nothing is loaded twice.
import { validateData } from '../dist/meeting-timeline.js';
import { LineEditor } from './line-editor.js';
import { lineOf, offsetOfPath, parseErrorOffset, scan } from './json-locate.js';

const byId = (id) => document.getElementById(id);
const plural = (n, one, many) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** How many items the errors name: an event with a bad start and a bad end is one item, as the notice counts. */
const itemCount = (errors) => new Set(errors.map((error) => /^[^.]*/.exec(error.path)[0])).size;

/** A Date as `1969-07-20 20:17 UTC`: the timeline's scale is in UTC, so the range is shown in UTC too. */
const utc = (date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

// ---- 1. The story: mt-select and mt-rangechange fire only on the reader's actions (read out further down). ----

const story = byId('story');
story.addEventListener('mt-select', (e) => {
  const { event } = e.detail;
  byId('last-select').textContent = `${event.title} (id "${event.id}")`;
});
story.addEventListener('mt-rangechange', (e) => {
  byId('last-range').textContent = `from ${utc(e.detail.from)} to ${utc(e.detail.to)}`;
});
story.addEventListener('mt-step', (e) => {
  const { index, event } = e.detail;
  byId('last-step').textContent = `step ${index + 1}${event ? `: ${event.title}` : ''}`;
});

// "Tell the story" above the chart sets the element's `story`; the element's own Explore (or Escape) clears it,
// and the attribute it reflects turns this button back.
const tell = byId('tell-story');
const showTelling = () => {
  tell.textContent = story.story ? 'Explore it yourself' : 'Tell the story';
  tell.setAttribute('aria-pressed', String(story.story));
};
tell.addEventListener('click', () => {
  story.story = !story.story;
  if (story.story) story.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
});
new MutationObserver(showTelling).observe(story, { attributes: true, attributeFilter: ['story'] });
showTelling();

// ---- 2. The gallery: one element, its `src` switched by a radio group; mt-load and mt-error said below it. ----

const gallery = byId('gallery');
const heard = byId('gallery-heard');

function chooseDataset(src) {
  // Shown on a phone, where the cards keep only their names (a screen reader hears the note in the card).
  const card = document.querySelector(`input[name="dataset"][value="${src}"]`)?.closest('.card');
  const text = (selector) => card.querySelector(selector).textContent.replace(/\s+/g, ' ').trim();
  byId('chosen-note').textContent = card ? `${text('.name')}: ${text('.note')}` : '';
  if (gallery.getAttribute('src') === src) return;
  heard.textContent = `Loading ${src}…`;
  gallery.src = src;
  byId('gallery-code').textContent = `<meeting-timeline src="${src}">`;
  byId('gallery-file').href = src;
}

byId('gallery-choices').addEventListener('change', (e) => {
  if (e.target instanceof HTMLInputElement && e.target.name === 'dataset') chooseDataset(e.target.value);
});
gallery.addEventListener('mt-load', (e) => {
  const { events, skipped } = e.detail;
  heard.textContent = `mt-load: ${plural(events.length, 'event', 'events')} drawn, ${
    skipped.length ? `${plural(itemCount(skipped), 'item', 'items')} skipped (see the notice)` : 'nothing skipped'
  }.`;
});
gallery.addEventListener('mt-error', (e) => {
  // A failed load fires mt-error alone; skipped items fire it right after mt-load, which already counted them.
  if (e.detail.errors.some((error) => error.path === 'src'))
    heard.textContent = `mt-error: ${e.detail.errors[0].message}`;
});
// The browser may restore a checked radio on reload: show what it shows.
chooseDataset(document.querySelector('input[name="dataset"]:checked')?.value ?? gallery.getAttribute('src'));

// ---- 3. The live editor: sets `data` as the reader types; marks the line of a parse error or a skipped item. ----

const editorBox = new LineEditor(byId('editor-box'));
const editor = editorBox.textarea;
const edited = byId('edited');
const problems = byId('editor-problems');
let timer;
let run = 0;
let shown = '';

/**
 * Says what is wrong, beside the editor and in its live region, and marks the lines. `items` are
 * `{ line, mark: 'error' | 'warning', path, message }`; the region is rewritten only when its text changes,
 * so a screen reader does not hear the same sentence after every keystroke.
 */
function report(state, sentence, items = []) {
  editorBox.mark(new Map(items.filter((item) => item.line).map((item) => [item.line, item.mark])));
  const key = JSON.stringify([state, sentence, items]);
  if (key === shown) return;
  shown = key;
  problems.dataset.state = state;
  const p = document.createElement('p');
  p.textContent = sentence;
  const nodes = [p];
  if (items.length) {
    const ul = document.createElement('ul');
    for (const item of items) {
      const li = document.createElement('li');
      li.dataset.mark = item.mark;
      if (item.line) {
        const go = document.createElement('button');
        go.type = 'button';
        go.textContent = `Line ${item.line}`;
        go.dataset.line = String(item.line);
        li.append(go);
      }
      if (item.path) {
        const path = document.createElement('span');
        path.className = 'path';
        path.textContent = `${item.path}: `;
        li.append(path);
      }
      li.append(item.message);
      ul.append(li);
    }
    nodes.push(ul);
  }
  problems.replaceChildren(...nodes);
}

problems.addEventListener('click', (e) => {
  const go = e.target instanceof Element && e.target.closest('button[data-line]');
  if (go) editorBox.goToLine(Number(go.dataset.line));
});

/** The line of each `{path, message}` in the editor's text (undefined when no value there matches). */
function locate(text, list, mark) {
  const { starts } = scan(text);
  return list.map(({ path, message }) => {
    const offset = offsetOfPath(text, path, starts);
    return {
      line: offset === undefined ? undefined : lineOf(text, offset),
      mark,
      path: path || '(whole input)',
      message,
    };
  });
}

async function applyEditor() {
  const mine = ++run;
  const text = editor.value;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    editor.setAttribute('aria-invalid', 'true');
    const line = lineOf(text, parseErrorOffset(error, text));
    // V8 quotes the text in some of its messages ("…" is not valid JSON); the line says where, so drop it.
    const message = String(error.message).replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '');
    report('bad', 'This is not valid JSON yet. The timeline keeps the last data that was.', [
      { line, mark: 'error', path: '', message },
    ]);
    return;
  }
  edited.data = parsed;
  await edited.updateComplete;
  if (mine !== run) return; // a newer edit has taken over
  // Setting `data` fires no event (the code that set it knows); `errors` is the `{path, message}` list that
  // mt-error carries for a load. The warnings (kept, but changed) come from validateData, as the README says.
  const { events, errors } = edited;
  const { warnings } = validateData(parsed);
  const items = [...locate(text, errors, 'error'), ...locate(text, warnings, 'warning')];
  editor.toggleAttribute('aria-invalid', errors.length > 0);
  const drawn = `${plural(events.length, 'event', 'events')} drawn`;
  const sentence =
    errors.length || warnings.length
      ? `${drawn}; ${plural(itemCount(errors), 'item', 'items')} skipped${
          warnings.length ? `, ${plural(warnings.length, 'value', 'values')} kept but changed` : ''
        }:`
      : `${drawn}; nothing skipped.`;
  report(errors.length ? 'bad' : 'good', sentence, items);
}

function soon() {
  clearTimeout(timer);
  timer = setTimeout(applyEditor, 250);
}
editor.addEventListener('input', soon);

byId('editor-reset').addEventListener('click', () => {
  editor.value = editor.defaultValue;
  editorBox.refresh();
  void applyEditor();
});
// Takes out the first comma that ends a line, as a slip of the finger would.
byId('editor-typo').addEventListener('click', () => {
  const at = editor.value.search(/,\s*\n/);
  if (at === -1) return;
  editor.focus();
  editor.setSelectionRange(at, at + 1);
  // execCommand keeps the edit in the textarea's undo history, so Ctrl+Z puts the comma back.
  if (!document.execCommand('delete')) editor.setRangeText('', at, at + 1, 'start');
  editor.dispatchEvent(new Event('input'));
});

// ---- 4. Theming: the CSS shown is the stylesheet the newsroom timeline uses. ----

fetch('newsroom.css')
  .then((response) => (response.ok ? response.text() : Promise.reject(new Error(response.statusText))))
  .then((css) => {
    byId('newsroom-css').firstElementChild.textContent = css.replace(/^\/\*.*?\*\/\n/s, '').trim();
  })
  .catch(() => {}); // the placeholder line stays

// ---- 5. The snippets: copy to the clipboard, or select for Ctrl+C. ----

const copyStatus = byId('copy-status');
for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const block = byId(button.dataset.copy);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard API');
      await navigator.clipboard.writeText(block.textContent);
      copyStatus.textContent = 'Copied to the clipboard.';
    } catch {
      const range = document.createRange();
      range.selectNodeContents(block);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      copyStatus.textContent = 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  });
}

// The editor's first value, once the element is defined (the bundle loads before this module).
await customElements.whenDefined('meeting-timeline');
await applyEditor();
