// Theming: the public --mt-* custom properties reach what they name, and the parts are styleable.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { $, mark, mountBuiltIn, mountData } from '../helpers.js';

describe('<meeting-timeline> theming', () => {
  it('--mt-accent colours the links and focus ring (and --mt-focus overrides it)', async () => {
    const el = await mountBuiltIn();
    el.style.setProperty('--mt-accent', 'rgb(200, 0, 100)');
    el.select('filoli-2023');
    await el.updateComplete;
    const link = $(el, '[part="details"] .sources a')!;
    expect(getComputedStyle(link).color).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle($(el, '.zoom-in')!).getPropertyValue('--_focus').trim()).to.contain('200, 0, 100');
    el.style.setProperty('--mt-focus', 'rgb(0, 90, 0)');
    expect(getComputedStyle(link).color).to.equal('rgb(0, 90, 0)');
  });

  it('--mt-kind-* colours the marks of that kind only', async () => {
    const el = await mountBuiltIn();
    el.style.setProperty('--mt-kind-video', 'rgb(1, 100, 200)');
    const video = mark(el, 'virtual-2021-11') ?? mark(el, 'video-2022-03');
    el.fit();
    await el.updateComplete;
    const videoMark = (mark(el, 'virtual-2021-11') ?? video)!.querySelector('.mark')!;
    expect(getComputedStyle(videoMark).fill).to.equal('rgb(1, 100, 200)');
    expect(getComputedStyle(mark(el, 'bali-2022')!.querySelector('.mark')!).fill).to.not.equal('rgb(1, 100, 200)');
  });

  it('--mt-palette-* colours the kinds the element does not know, in turn, with defaults for light and dark', async () => {
    const el = await mountData([
      { start: '2020-01-01', title: 'A', kind: 'launch' },
      { start: '2020-03-01', title: 'B', kind: 'landing' },
    ]);
    const fill = (id: string) => getComputedStyle(mark(el, id)!.querySelector('.mark')!).fill;
    const ids = el.events.map((e) => e.id);
    expect(fill(ids[0])).to.equal('rgb(142, 59, 142)');
    expect(fill(ids[1])).to.equal('rgb(15, 110, 122)');
    el.setAttribute('theme', 'dark');
    expect(fill(ids[0])).to.equal('rgb(240, 143, 240)');
    el.style.setProperty('--mt-palette-1', 'rgb(1, 2, 3)');
    expect(fill(ids[1])).to.equal('rgb(1, 2, 3)');
    expect(fill(ids[0])).to.equal('rgb(240, 143, 240)');
  });

  it('--mt-mark-size scales the marks about their centre', async () => {
    const el = await mountBuiltIn();
    const shape = () => mark(el, 'bali-2022')!.querySelector('.mark')!.getBoundingClientRect();
    const before = shape();
    el.style.setProperty('--mt-mark-size', '28');
    const after = shape();
    expect(after.width).to.be.closeTo(before.width * 2, 1);
    expect(after.left + after.width / 2).to.be.closeTo(before.left + before.width / 2, 1);
    expect(after.top + after.height / 2).to.be.closeTo(before.top + before.height / 2, 1);
  });

  it('--mt-mark-size keeps each label as far from its mark, and the focus ring round it, as at 14', async () => {
    const el = await mountBuiltIn(1280);
    el.select('filoli-2023');
    await el.updateComplete;
    const events = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="event"]')].filter(
      (event) => event.querySelector('[part="label"]')?.textContent.trim() && !event.querySelector('.leader'),
    );
    expect(events.length).to.be.above(10);
    // A label's near edge from its mark's centre, and the mark's half width as filled (boxes in Firefox take in
    // the stroke's miters), on whichever side the label is.
    const measure = (event: SVGGElement) => {
      const shape = event.querySelector<SVGGraphicsElement>('.mark')!;
      const m = shape.getBoundingClientRect();
      const l = event.querySelector('[part="label"]')!.getBoundingClientRect();
      const centre = m.left + m.width / 2;
      const half = (shape.getBBox().width / 2) * Number(getComputedStyle(shape).scale);
      return { off: l.left >= centre ? l.left - centre : centre - l.right, half };
    };
    const ring = () => {
      const g = mark(el, 'filoli-2023')!;
      return g.querySelector('.ring')!.getBoundingClientRect().width / 2 - measure(g).half;
    };
    const before = events.map(measure);
    const gap = ring();
    el.style.setProperty('--mt-mark-size', '24');
    const after = events.map(measure);
    // Marks grew by 10 px (18 to 31 in person): labels moved out as far as their marks grew (they touched or ran
    // under the mark), and the ring with the mark.
    after.forEach(({ off, half }, i) => {
      expect(half - before[i].half, `mark ${i}`).to.be.above(4.9);
      expect(off - before[i].off, `label ${i}`).to.be.closeTo(half - before[i].half, 0.5);
    });
    expect(ring()).to.be.closeTo(gap, 0.5);
  });

  it('--mt-mark-size keeps a label as far from the next mark in its row as at 14', async () => {
    // Set before the element lays out (it reads the property with its width). At 24 px a label came within 4.6 px
    // of the next event's mark: the rows' spacing was for 14 px marks, and marks and labels had grown into it.
    const holder = await fixture<HTMLDivElement>(html`<div style="width:1280px; --mt-mark-size: 24"></div>`);
    const el = document.createElement('meeting-timeline');
    el.locale = 'en-US';
    const loaded = oneEvent(el, 'mt-load');
    holder.append(el);
    await loaded;
    await el.updateComplete;
    const events = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="event"]')];
    const marks = events.map((g) => ({ id: g.dataset.id, box: g.querySelector('.mark')!.getBoundingClientRect() }));
    const labels = events
      .filter((g) => g.querySelector('[part="label"]')?.textContent.trim())
      .map((g) => ({ id: g.dataset.id, box: g.querySelector('[part="label"]')!.getBoundingClientRect() }));
    expect(labels.length).to.be.above(20);
    for (const label of labels) {
      for (const other of marks) {
        if (other.id === label.id || other.box.bottom <= label.box.top + 2 || other.box.top >= label.box.bottom - 2)
          continue;
        const gap = Math.max(other.box.left - label.box.right, label.box.left - other.box.right);
        expect(gap, `${label.id}'s label and ${other.id}'s mark`).to.be.at.least(8);
      }
    }
  });

  it('--mt-font, --mt-text and --mt-lane reach the text and the lanes', async () => {
    const el = await mountBuiltIn();
    el.style.setProperty('--mt-font', 'Georgia, serif');
    el.style.setProperty('--mt-text', 'rgb(10, 20, 30)');
    el.style.setProperty('--mt-surface', 'rgb(250, 240, 230)');
    expect(getComputedStyle($(el, '.frame')!).fontFamily).to.contain('Georgia');
    expect(getComputedStyle($(el, '[part="label"]')!).fill).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle($(el, '.lane-band')!).fill).to.equal('rgb(250, 240, 230)');
  });

  it('parts are styleable from the page with ::part()', async () => {
    const el = await mountBuiltIn();
    const style = document.createElement('style');
    style.textContent = 'meeting-timeline::part(controls) { outline: 2px solid rgb(9, 8, 7); }';
    document.head.append(style);
    try {
      expect(getComputedStyle($(el, '[part="controls"]')!).outlineColor).to.equal('rgb(9, 8, 7)');
    } finally {
      style.remove();
    }
  });
});
