// Accessibility audits with axe-core: the built-in timeline, with and without the details panel.
import { expect, waitUntil } from '@open-wc/testing';
import { violations } from '../axe.js';
import { $, mark, mountBuiltIn } from '../helpers.js';

describe('<meeting-timeline> accessibility (axe-core)', () => {
  it('the built-in timeline has no violations', async () => {
    const el = await mountBuiltIn();
    expect(await violations(el)).to.deep.equal([]);
  });

  it('has no violations with the details panel open', async () => {
    const el = await mountBuiltIn();
    el.select('filoli-2023');
    await el.updateComplete;
    expect($(el, '[part="details"]')).to.exist;
    expect(await violations(el)).to.deep.equal([]);
  });

  it('the list view has no violations, with the details panel open under its item (narrow) and beside (wide)', async () => {
    for (const width of [700, 1280]) {
      const el = await mountBuiltIn(width);
      el.listView = true;
      await el.updateComplete;
      await waitUntil(() => $(el, '[part="list"]'), 'no list');
      expect(await violations(el), `${width} px, no selection`).to.deep.equal([]);
      el.select('filoli-2023');
      await el.updateComplete;
      await waitUntil(() => $(el, '[part="details"]'), 'no details');
      expect(await violations(el), `${width} px, details open`).to.deep.equal([]);
    }
  });

  it('has no violations zoomed out to everything, with a notice', async () => {
    const el = await mountBuiltIn();
    el.data = [
      ...el.events.map((e) => ({
        ...e,
        start: new Date(e.start.ms),
        end: e.end && new Date(e.end.endMs - 1),
        place: e.place,
      })),
      { start: 'bad', title: 'Bad' },
    ];
    await el.updateComplete;
    el.fit();
    await el.updateComplete;
    expect(mark(el, 'call-2021-02')).to.exist;
    expect(await violations(el)).to.deep.equal([]);
  });

  it('theme="dark" has no violations, with and without the details panel', async () => {
    const el = await mountBuiltIn();
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 24, 30)');
    expect(await violations(el)).to.deep.equal([]);
    el.select('bali-2022');
    await el.updateComplete;
    expect(await violations(el)).to.deep.equal([]);
  });

  it('--mt-* custom properties override the theme', async () => {
    const el = await mountBuiltIn();
    el.theme = 'dark';
    el.style.setProperty('--mt-background', 'rgb(1, 2, 3)');
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(1, 2, 3)');
  });
});
