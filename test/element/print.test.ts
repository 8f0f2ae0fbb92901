// Printing: the list view plus a static snapshot of the chart, without the controls or the details panel.
// The element renders the list on `beforeprint`; the print stylesheet is checked under emulated print
// media in Chromium (CDP), and by reading the element's stylesheet in Firefox, which cannot emulate it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, $$, mountBuiltIn } from '../helpers.js';
import type { MeetingTimeline } from '../helpers.js';

async function emulatePrint(on: boolean): Promise<boolean> {
  try {
    await executeServerCommand('mt-emulate-media', { media: on ? 'print' : '' });
    return matchMedia('print').matches === on;
  } catch {
    return false;
  }
}

/** The element's style rules inside `@media print`, as text. */
function printRules(el: MeetingTimeline): string {
  const root = el.shadowRoot!;
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)];
  return sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /\bprint\b/.test(rule.conditionText))
    .map((rule) => rule.cssText)
    .join('\n');
}

describe('<meeting-timeline> print', () => {
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    await emulatePrint(false);
  });

  it('beforeprint adds the list view beside the chart; afterprint takes it away', async () => {
    const el = await mountBuiltIn();
    expect($(el, '[part="list"]')).to.not.exist;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($(el, 'svg[part="chart"]'), 'the chart snapshot').to.exist;
    const items = $$(el, '[part="list"] > li');
    expect(items).to.have.length(el.events.length);
    expect(items[items.length - 1].textContent).to.contain(el.events[el.events.length - 1].title);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($(el, '[part="list"]')).to.not.exist;
    expect($(el, 'svg[part="chart"]')).to.exist;
  });

  it('the list is there in the render beforeprint asks for, with no time to load anything (its chunk loads when idle)', async () => {
    const el = await mountBuiltIn();
    // The list's chunk adopts its styles when it has loaded, in the page's first idle time.
    const loaded = () =>
      el.shadowRoot!.adoptedStyleSheets.some((sheet) =>
        [...sheet.cssRules].some((r) => /\.list-view\b/.test(r.cssText)),
      );
    for (let waited = 0; !loaded() && waited < 5000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(loaded(), 'the list chunk, loaded without being asked for').to.equal(true);
    window.dispatchEvent(new Event('beforeprint'));
    // A browser lays the page out for print once beforeprint's microtasks have run: Lit's render is one of them.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect($$(el, '[part="list"] > li')).to.have.length(el.events.length);
  });

  it('an element moved in the page (detached and attached again at once) still loads the list when idle', async () => {
    const holder = document.createElement('div');
    document.body.append(holder);
    const el = document.createElement('meeting-timeline');
    holder.append(el);
    el.remove();
    holder.append(el);
    await el.updateComplete;
    const loaded = () =>
      el.shadowRoot!.adoptedStyleSheets.some((sheet) =>
        [...sheet.cssRules].some((r) => /\.list-view\b/.test(r.cssText)),
      );
    for (let waited = 0; !loaded() && waited < 5000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    holder.remove();
    expect(loaded(), 'the list chunk, loaded without being asked for').to.equal(true);
  });

  it('with the list view on, printing still shows the chart too', async () => {
    const el = await mountBuiltIn();
    el.listView = true;
    await el.updateComplete;
    expect($(el, 'svg[part="chart"]')).to.not.exist;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($(el, 'svg[part="chart"]')).to.exist;
    expect($(el, '[part="list"]')).to.exist;
  });

  it('the print stylesheet hides the controls and the details panel', async () => {
    const el = await mountBuiltIn();
    el.select('filoli-2023');
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    if (await emulatePrint(true)) {
      expect(getComputedStyle($(el, '[part="controls"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="details"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="list"]')!).display).to.not.equal('none');
      expect(getComputedStyle($(el, 'svg[part="chart"]')!).display).to.not.equal('none');
    } else {
      const rules = printRules(el);
      expect(rules).to.match(/\[part="?controls"?\][^{]*\{[^}]*display: none/);
      expect(rules).to.match(/\[part="?details"?\][^{]*\{[^}]*display: none/);
    }
    // On screen the controls are back.
    await emulatePrint(false);
    expect(getComputedStyle($(el, '[part="controls"]')!).display).to.not.equal('none');
  });
});
