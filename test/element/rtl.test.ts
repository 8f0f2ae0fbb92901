// <meeting-timeline> right to left: under an inherited dir="rtl" time runs right to left and the layout mirrors.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, mark, mountBuiltInRtl, mountData } from '../helpers.js';
import { violations } from '../axe.js';

/** The writing direction an element's text is laid out in. */
const direction = (node: Element | null | undefined) => node && getComputedStyle(node).direction;

const centre = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.left + box.width / 2;
};

describe('<meeting-timeline> right to left', () => {
  it('time runs from right to left', async () => {
    const el = await mountBuiltInRtl();
    expect(centre(mark(el, 'filoli-2023')!)).to.be.below(centre(mark(el, 'bali-2022')!));
    expect(el.range.from.getTime()).to.be.below(el.range.to.getTime());
    expect(el.range.from.getTime()).to.be.below(Date.UTC(2022, 10, 14));
    const ticks = $$(el, '[part="axis"] .tick');
    expect(centre(ticks[0])).to.be.above(centre(ticks[ticks.length - 1]));
  });

  it('lane labels sit at the right edge, and labels read leftwards from their marks without overlapping', async () => {
    const el = await mountBuiltInRtl();
    const svgBox = $(el, 'svg')!.getBoundingClientRect();
    for (const label of $$(el, '.lane-label'))
      expect(label.getBoundingClientRect().right).to.be.closeTo(svgBox.right - 8, 5);
    const boxes = $$(el, '[part~="label"]').map((t) => t.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `labels ${i} and ${j}`).to.equal(false);
      }
    for (const box of boxes) {
      expect(box.left).to.be.at.least(svgBox.left - 1);
      expect(box.right).to.be.at.most(svgBox.right + 1);
    }
  });

  it('ArrowLeft moves to the next event in time', async () => {
    const el = await mountBuiltInRtl();
    mark(el, 'bali-2022')!.focus();
    const index = el.events.findIndex((e) => e.id === 'bali-2022');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal(el.events[index + 1].id);
  });

  it('the details panel opens on the left, and there are no accessibility violations', async () => {
    const el = await mountBuiltInRtl();
    el.select('filoli-2023');
    await el.updateComplete;
    const panel = $(el, '[part="details"]')!.getBoundingClientRect();
    expect(panel.left).to.be.closeTo(el.getBoundingClientRect().left, 2);
    expect(await violations(el)).to.deep.equal([]);
  });

  it('text from data reads in its own direction: English in a right-to-left element', async () => {
    const el = await mountBuiltInRtl();
    // Under an inherited dir="rtl" an English sentence's full stop and commas went to its other end.
    expect(direction($(el, '[part="header"] p'))).to.equal('ltr');
    expect(direction($(el, '[part="header"] .title'))).to.equal('ltr');
    el.select('bali-2022');
    await el.updateComplete;
    await waitUntil(() => $(el, '[part="details"] .sources li'), 'the details panel', { timeout: 3000 });
    for (const selector of ['.summary', '.place', '.participants', '.outcomes li', '.sources li'])
      expect(direction($(el, `[part="details"] ${selector}`)), selector).to.equal('ltr');
    // The panel's own words stay right to left.
    expect(direction($(el, '[part="details"] dt'))).to.equal('rtl');
    el.listView = true;
    await waitUntil(() => $(el, '[part="list"] .list-meta + p'), 'the list view', { timeout: 3000 });
    expect(direction($(el, '[part="list"] .list-meta + p'))).to.equal('ltr');
    el.story = true;
    await waitUntil(() => $(el, '[part="story"] .caption'), 'the story panel', { timeout: 3000 });
    expect(direction($(el, '[part="story"] .caption'))).to.equal('ltr');
  });

  it('text from data reads in its own direction: Arabic in a left-to-right element', async () => {
    const el = await mountData({
      title: 'قمة',
      description: 'لقاءات بين الزعيمين.',
      events: [
        { id: 'a', start: '2023-11-15', title: 'لقاء في فيلولي', summary: 'تحدثا أربع ساعات.', outcomes: ['اتفاق.'] },
      ],
    });
    expect(direction($(el, '[part="header"] p'))).to.equal('rtl');
    expect(direction($(el, '[part="header"] .title'))).to.equal('rtl');
    el.select('a');
    await el.updateComplete;
    await waitUntil(() => $(el, '[part="details"] .outcomes li'), 'the details panel', { timeout: 3000 });
    expect(direction($(el, '[part="details"] .summary'))).to.equal('rtl');
    expect(direction($(el, '[part="details"] .outcomes li'))).to.equal('rtl');
    expect(direction($(el, '[part="details"] dt'))).to.equal('ltr');
  });

  it('Previous and Next point outward: arrows mirrored, in the details and the story', async () => {
    const el = await mountBuiltInRtl();
    // An arrow's glyph as drawn: "←" mirrored points right.
    const points = (button: Element) => {
      const arrow = button.querySelector('.arrow')!;
      const glyph = arrow.textContent.trim() === '←' ? -1 : 1;
      return getComputedStyle(arrow).scale === '-1 1' ? -glyph : glyph;
    };
    const outward = (button: Element) => {
      // Right of the button's centre, an arrow points right; left of it, left.
      const side = centre(button.querySelector('.arrow')!) > centre(button) ? 1 : -1;
      expect(points(button), button.className).to.equal(side);
      // Outward: Previous on the right (toward earlier time, right to left), Next on the left.
      expect(side, button.className).to.equal(/previous/.test(button.className) ? 1 : -1);
    };
    el.select('filoli-2023');
    await el.updateComplete;
    for (const button of $$(el, '[part="details"] .walk button')) outward(button);
    el.story = true;
    await el.updateComplete;
    await waitUntil(() => $(el, '[part="story"]'), 'the story panel', { timeout: 3000 });
    for (const button of $$(el, '.story-previous, .story-next')) outward(button);
  });

  it('in the vertical layout a wrapped label’s lines end at its mark: the space between lines starts the next', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width:390px"></div>`);
    const el = document.createElement('meeting-timeline');
    const title = 'حصار القسطنطينية المشترك من الفرس والآفار والسلاف وإنقاذ المدينة';
    el.data = [
      { id: 'a', start: '0626-07-29', title },
      { id: 'b', start: '0627-12-12', title: 'معركة نينوى' },
    ];
    holder.append(el);
    await el.updateComplete;
    expect(el.layout).to.equal('vertical');
    const spans = [...mark(el, 'a')!.querySelectorAll('[part="label"] tspan')];
    expect(spans.length).to.be.at.least(2);
    expect(spans[0].closest('text')!.getAttribute('text-anchor')).to.equal('end');
    // A space after a line stood at its end anchor, before the mark: the line's words ended a space short of the
    // other lines' and labels'. Before the next line's words it is at the far end, and the text still reads whole.
    for (const span of spans) expect(span.textContent).to.not.match(/ $/);
    expect(spans.map((span) => span.textContent).join('')).to.equal(title);
  });

  it('zoomTo shows the span asked for', async () => {
    const el = await mountBuiltInRtl();
    el.zoomTo('2023-06-01', '2023-07-01');
    await el.updateComplete;
    expect(el.range.from.getTime()).to.be.closeTo(Date.UTC(2023, 5, 1), 3_600_000);
    expect(el.range.to.getTime()).to.be.closeTo(Date.UTC(2023, 6, 1), 3_600_000);
  });
});
