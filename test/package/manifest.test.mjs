// The custom elements manifest (custom-elements.json, made by `npm run manifest` from the JSDoc in
// src/). A Node test, run by `npm run test:package`. `npm run build` writes the manifest: run it first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';

const manifestUrl = new URL('../../custom-elements.json', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('package.json names the manifest, and it exists (run `npm run build` first)', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(existsSync(manifestUrl), 'custom-elements.json is missing: run `npm run build` (or `npm run manifest`)');
});

const manifest = existsSync(manifestUrl) ? JSON.parse(readFileSync(manifestUrl, 'utf8')) : { modules: [] };
const declarations = manifest.modules.flatMap((mod) =>
  (mod.declarations ?? []).map((declaration) => ({ mod, declaration })),
);
const found = declarations.find(
  ({ declaration }) => declaration.customElement && declaration.tagName === 'meeting-timeline',
);
const element = found?.declaration ?? {};
const names = (list) => (list ?? []).map((item) => item.name);

test('declares <meeting-timeline> as a custom element, defined by a shipped module', () => {
  assert.ok(found, 'no custom element declaration with tagName meeting-timeline');
  assert.equal(element.name, 'MeetingTimeline');
  assert.match(found.mod.path, /^dist\/lib\/.+\.js$/);
  const definitions = manifest.modules.flatMap((mod) =>
    (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition'),
  );
  assert.ok(definitions.some((e) => e.name === 'meeting-timeline' && e.declaration.name === 'MeetingTimeline'));
});

test('documents the attributes', () => {
  const attributes = names(element.attributes);
  for (const name of ['src', 'selected', 'locale', 'view-start', 'view-end', 'heading-level']) {
    assert.ok(attributes.includes(name), `attribute ${name} is missing`);
  }
  for (const attribute of element.attributes) {
    assert.ok(attribute.description, `attribute ${attribute.name} has no description`);
  }
});

test('documents the public properties and methods', () => {
  const members = (element.members ?? []).filter(
    (member) => member.privacy === undefined || member.privacy === 'public',
  );
  const fields = members.filter((member) => member.kind === 'field').map((member) => member.name);
  const properties = ['data', 'src', 'selected', 'locale', 'viewStart', 'viewEnd', 'headingLevel', 'strings'];
  for (const name of [...properties, 'events', 'errors', 'range']) {
    assert.ok(fields.includes(name), `property ${name} is missing`);
  }
  const methods = members.filter((member) => member.kind === 'method').map((member) => member.name);
  for (const name of ['zoomTo', 'fit', 'select', 'next', 'previous']) {
    assert.ok(methods.includes(name), `method ${name} is missing`);
  }
});

test('documents the events', () => {
  const events = names(element.events);
  for (const name of ['mt-select', 'mt-rangechange', 'mt-load', 'mt-error', 'mt-step']) {
    assert.ok(events.includes(name), `event ${name} is missing`);
  }
});

// Needs `@fires {CustomEvent<SelectDetail>} mt-select - …` (and so on) in the class JSDoc, and an
// `/** @internal */` on the dispatchEvent in _emit() so the analyzer stops listing an event named "name".
test('types each event with its detail, and lists no other event', () => {
  const expected = {
    'mt-select': 'CustomEvent<SelectDetail>',
    'mt-rangechange': 'CustomEvent<RangeChangeDetail>',
    'mt-load': 'CustomEvent<LoadDetail>',
    'mt-error': 'CustomEvent<ErrorDetail>',
    'mt-step': 'CustomEvent<StepDetail>',
  };
  assert.deepEqual(names(element.events).sort(), Object.keys(expected).sort());
  for (const event of element.events) assert.equal(event.type?.text, expected[event.name], `type of ${event.name}`);
});

test('documents the slot', () => {
  assert.ok(
    (element.slots ?? []).some((slot) => slot.name === ''),
    'the default slot is missing',
  );
});

test('documents the CSS parts', () => {
  const parts = names(element.cssParts);
  for (const name of ['event', 'details', 'axis', 'notice', 'controls']) {
    assert.ok(parts.includes(name), `CSS part ${name} is missing`);
  }
});

test('documents the CSS custom properties, each --mt-* with a default', () => {
  const properties = element.cssProperties ?? [];
  assert.ok(properties.length > 0, 'no CSS custom properties');
  for (const property of properties) {
    assert.match(property.name, /^--mt-/);
    assert.ok(property.default, `${property.name} has no default`);
    assert.ok(property.description, `${property.name} has no description`);
  }
});
