// <meeting-timeline> in other languages: interface text, dates and numbers follow the locale.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { $, $$, mountBuiltIn } from '../helpers.js';

const CASES = [
  { locale: 'de', lane: 'Persönlich', zoomIn: 'Vergrößern', days: '366 Tage' },
  { locale: 'zh-CN', lane: '面对面', zoomIn: '放大', days: '366 天' },
  // 366 ends in 66, Arabic's "many" category (11–99 after the hundreds): the singular in the accusative.
  { locale: 'ar', lane: 'لقاءات مباشرة', zoomIn: 'تكبير', days: `${new Intl.NumberFormat('ar').format(366)} يومًا` },
  { locale: 'es', lane: 'En persona', zoomIn: 'Acercar', days: '366 días' },
  { locale: 'fr', lane: 'En personne', zoomIn: 'Zoom avant', days: '366 jours' },
];

describe('<meeting-timeline> languages', () => {
  for (const { locale, lane, zoomIn, days } of CASES) {
    it(`locale="${locale}" translates the interface, dates and numbers`, async () => {
      const el = await mountBuiltIn(1000, locale);
      expect($$(el, '.lane-label')[0].textContent).to.equal(lane);
      expect($(el, '.zoom-in')!.getAttribute('aria-label')).to.equal(zoomIn);
      expect($(el, '.header .gap')!.textContent).to.contain(days);
      const bali = el.events.find((e) => e.id === 'bali-2022')!;
      const date = new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(2022, 10, 14));
      const name = el.shadowRoot!.querySelector('[data-id="bali-2022"]')!.getAttribute('aria-label')!;
      expect(name).to.contain(bali.title);
      expect(name).to.contain(date);
    });
  }

  it('the locale defaults to the nearest lang attribute', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div lang="de" style="width:1000px"></div>`);
    const el = document.createElement('meeting-timeline');
    const loaded = oneEvent(el, 'mt-load');
    holder.append(el);
    await loaded;
    await el.updateComplete;
    expect($(el, '.fit')!.textContent).to.equal('Alles zeigen');
  });

  it('strings overrides any interface text', async () => {
    const el = await mountBuiltIn(1000, 'de');
    el.strings = { fit: 'Gesamtansicht' };
    await el.updateComplete;
    expect($(el, '.fit')!.textContent).to.equal('Gesamtansicht');
    expect($(el, '.zoom-in')!.getAttribute('aria-label')).to.equal('Vergrößern');
  });
});
