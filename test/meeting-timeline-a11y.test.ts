// Accessibility audits with axe-core: the built-in timeline, with and without the details panel.
import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js'; // a UMD script: it sets window.axe
import type { AxeResults, RunOptions } from 'axe-core';

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;
import { $, mark, mountBuiltIn, type MeetingTimeline } from './helpers.js';

async function violations(el: MeetingTimeline): Promise<string[]> {
  const results = await axe.run(el, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

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

  it('has no violations zoomed out to everything, with a notice', async () => {
    const el = await mountBuiltIn();
    el.data = [...el.events.map((e) => ({ ...e, start: new Date(e.start.ms), end: e.end && new Date(e.end.endMs - 1), place: e.place })), { start: 'bad', title: 'Bad' }];
    await el.updateComplete;
    el.fit();
    await el.updateComplete;
    expect(mark(el, 'call-2021-02')).to.exist;
    expect(await violations(el)).to.deep.equal([]);
  });
});
