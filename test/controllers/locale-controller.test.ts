import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../src/controllers/locale-controller.js';
import { PendingWork } from '../../src/controllers/pending-work.js';
import { formatRange } from '../../src/data/format-date.js';
import { validateData } from '../../src/data/validate.js';
import { en, type TimelineStrings } from '../../src/i18n/strings.js';
import { strings as de } from '../../src/i18n/de.js';
import { strings as fr } from '../../src/i18n/fr.js';
import type { TimelineEvent } from '../../src/types.js';
import { TIMED_SESSIONS } from '../fixtures/timed-sessions.js';

/**
 * A bare host with the element's `locale` and `strings` properties; its `updateComplete` waits for the work
 * the controller hands to `wait` (a translation chunk), as the element's does. It shows one string.
 */
class LocaleHost extends LitElement {
  @property() locale?: string;
  @property({ attribute: false }) strings: Partial<TimelineStrings> = {};
  readonly waited: Promise<unknown>[] = [];
  private readonly work = new PendingWork();
  readonly text = new LocaleController(
    this,
    (work) => {
      this.waited.push(work);
      this.work.add(work);
    },
    (work) => this.work.add(work),
  );

  protected override getUpdateComplete(): Promise<boolean> {
    return this.work.settle(
      () => super.getUpdateComplete(),
      () => this.isUpdatePending,
    );
  }

  override render() {
    return html`<button type="button">${this.text.strings.zoomIn}</button>`;
  }
}
customElements.define('locale-host', LocaleHost);

declare global {
  interface HTMLElementTagNameMap {
    'locale-host': LocaleHost;
  }
}

/** A host with this `locale` (none: it reads `lang`), inside a div with this `lang`, rendered and its chunk loaded. */
async function mount(locale?: string, lang?: string): Promise<LocaleHost> {
  const holder = await fixture<HTMLDivElement>(html`<div lang=${lang ?? 'en-US'}></div>`);
  const host = document.createElement('locale-host');
  if (locale !== undefined) host.locale = locale;
  holder.append(host);
  await host.updateComplete;
  return host;
}

const [bali] = validateData([
  {
    id: 'bali',
    start: '2022-11-14',
    title: 'Bali meeting',
    place: { name: 'Mulia Hotel', city: 'Nusa Dua', country: 'Indonesia' },
  },
]).events;

describe('LocaleController', () => {
  it('controller.locale is the host’s locale property, with numbers and compact counts in it', async () => {
    const host = await mount('fr-FR', 'de-DE');
    expect(host.text.locale).to.equal('fr-FR');
    expect(host.text.numbers.resolvedOptions().locale).to.equal('fr-FR');
    expect(host.text.numbers.format(1234.5)).to.equal(new Intl.NumberFormat('fr-FR').format(1234.5));
    expect(host.text.compact.format(1200)).to.equal(
      new Intl.NumberFormat('fr-FR', { notation: 'compact', maximumFractionDigits: 1 }).format(1200),
    );
  });

  it('controller.locale without the property is the nearest lang', async () => {
    const host = await mount(undefined, 'de-CH');
    expect(host.text.locale).to.equal('de-CH');
    expect(host.text.numbers.resolvedOptions().locale).to.equal('de-CH');
  });

  it('controller.locale reads the host’s own lang before an ancestor’s', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div lang="de-DE"></div>`);
    const host = document.createElement('locale-host');
    host.setAttribute('lang', 'es-MX');
    holder.append(host);
    await host.updateComplete;
    expect(host.text.locale).to.equal('es-MX');
  });

  // A timeline inside another component's shadow tree reads the page's `lang`, through the shadow host.
  it('controller.locale without the property is the nearest lang across a shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fr-CA"><div></div></div>`);
    const root = outer.firstElementChild!.attachShadow({ mode: 'open' });
    const host = document.createElement('locale-host');
    root.append(host);
    await host.updateComplete;
    expect(host.text.locale).to.equal('fr-CA');
  });

  it('controller.locale is canonicalised', async () => {
    expect((await mount('EN-gb')).text.locale).to.equal('en-GB');
    expect((await mount('zh-hant-tw')).text.locale).to.equal('zh-Hant-TW');
    expect((await mount(undefined, 'DE-at')).text.locale).to.equal('de-AT');
  });

  it('controller.locale is en-US for a tag that is not BCP 47', async () => {
    for (const tag of ['not a locale!', 'en_US', '12']) {
      const host = await mount(tag, 'de-DE');
      expect(host.text.locale, tag).to.equal('en-US');
      expect(host.text.strings.zoomIn).to.equal(en.zoomIn);
    }
  });

  it('controller.strings are English for English and for languages with no translation', async () => {
    for (const locale of ['en-GB', 'ja-JP', 'pt-BR']) {
      const host = await mount(locale);
      expect(host.text.strings).to.deep.equal(en);
      expect(host.waited).to.deep.equal([]);
    }
  });

  it('controller.strings load a translation chunk (de) through wait, so updateComplete shows it rendered', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const host = document.createElement('locale-host');
    host.locale = 'de-DE';
    holder.append(host);
    expect(host.waited.length).to.equal(1);
    await host.updateComplete;
    expect(host.text.strings).to.deep.equal(de);
    expect(host.shadowRoot!.querySelector('button')!.textContent).to.equal('Vergrößern');
  });

  it('controller.strings load once per language, not once per region or update', async () => {
    const host = await mount('de-DE');
    expect(host.waited.length).to.equal(1);
    host.locale = 'de-AT';
    await host.updateComplete;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.waited.length).to.equal(1);
    expect(host.text.locale).to.equal('de-AT');
    expect(host.text.strings.zoomIn).to.equal('Vergrößern');
  });

  it('controller.strings follow a change of locale, back to English too', async () => {
    const host = await mount('de-DE');
    host.locale = 'fr-FR';
    await host.updateComplete;
    expect(host.text.strings).to.deep.equal(fr);
    expect(host.shadowRoot!.querySelector('button')!.textContent).to.equal(fr.zoomIn);
    host.locale = 'en-GB';
    await host.updateComplete;
    expect(host.text.strings).to.deep.equal(en);
    expect(host.shadowRoot!.querySelector('button')!.textContent).to.equal('Zoom in');
  });

  it('controller.strings end in the newer language when the locale changes while a chunk loads', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const host = document.createElement('locale-host');
    // Arabic's chunk is loaded nowhere else in this file, so it arrives after French's (loaded above).
    host.locale = 'ar-EG';
    holder.append(host);
    host.locale = 'fr-FR';
    await host.updateComplete;
    await Promise.all(host.waited);
    expect(host.waited.length).to.equal(2);
    expect(host.text.strings).to.deep.equal(fr);
    expect(host.shadowRoot!.querySelector('button')!.textContent).to.equal(fr.zoomIn);
  });

  it('controller.strings: the host’s strings override the English and the translation', async () => {
    const host = await mount('en-US');
    host.strings = { zoomIn: 'Closer' };
    await host.updateComplete;
    expect(host.text.strings.zoomIn).to.equal('Closer');
    expect(host.text.strings.zoomOut).to.equal(en.zoomOut);
    host.locale = 'de-DE';
    await host.updateComplete;
    expect(host.text.strings.zoomIn).to.equal('Closer');
    expect(host.text.strings.zoomOut).to.equal(de.zoomOut);
    expect(host.shadowRoot!.querySelector('button')!.textContent).to.equal('Closer');
  });

  it('controller.strings: overrides set before the chunk loads still win once it has', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const host = document.createElement('locale-host');
    host.locale = 'fr-FR';
    host.strings = { zoomIn: 'Plus près', fit: 'Tout' };
    holder.append(host);
    await host.updateComplete;
    expect(host.text.strings.zoomIn).to.equal('Plus près');
    expect(host.text.strings.fit).to.equal('Tout');
    expect(host.text.strings.zoomOut).to.equal(fr.zoomOut);
  });

  it('controller.strings: a new overrides object replaces the old one', async () => {
    const host = await mount('en-US');
    host.strings = { zoomIn: 'Closer' };
    await host.updateComplete;
    host.strings = { zoomOut: 'Further' };
    await host.updateComplete;
    expect(host.text.strings.zoomIn).to.equal(en.zoomIn);
    expect(host.text.strings.zoomOut).to.equal('Further');
  });

  it('controller.name(event) is the title, the date and the place, spelled in the locale', async () => {
    const host = await mount('en-US');
    expect(host.text.name(bali)).to.equal(
      '\u2068Bali meeting\u2069, Nov 14, 2022, \u2068Mulia Hotel, Nusa Dua, Indonesia\u2069',
    );
    const [plain] = validateData([{ start: '2023-11-15', title: 'Filoli' }]).events;
    expect(host.text.name(plain)).to.equal('\u2068Filoli\u2069, Nov 15, 2023');
  });

  it('controller.name(event) is made once per event', async () => {
    const host = await mount('en-US');
    const event: TimelineEvent = { ...bali };
    const first = host.text.name(event);
    // Events never change after validation; a changed copy here shows the name is not made again.
    event.title = 'Changed';
    expect(host.text.name(event)).to.equal(first);
    expect(host.text.name({ ...event })).to.match(/^\u2068Changed\u2069, /);
  });

  it('controller.name(event) is spelled again after a change of locale', async () => {
    const host = await mount('en-US');
    const event: TimelineEvent = { ...bali };
    expect(host.text.name(event)).to.match(/^\u2068Bali meeting\u2069, Nov 14, 2022/);
    event.title = 'Bali-Treffen';
    host.locale = 'de-DE';
    await host.updateComplete;
    expect(host.text.name(event)).to.equal(
      `\u2068Bali-Treffen\u2069, ${formatRange(event.start, undefined, 'de-DE')}, \u2068Mulia Hotel, Nusa Dua, Indonesia\u2069`,
    );
    expect(host.text.name(event)).to.include('14. Nov. 2022');
  });

  it('controller.name(event) is kept across updates that leave the locale as it is', async () => {
    const host = await mount('en-GB');
    const event: TimelineEvent = { ...bali };
    const first = host.text.name(event);
    event.title = 'Changed';
    host.strings = { zoomIn: 'Closer' };
    await host.updateComplete;
    expect(host.text.name(event)).to.equal(first);
  });

  // A screen reader walking a conference day heard "Jun 12, 2025" for every session.
  it('controller.name(event) says a timed event’s local time once the page is idle, as the details do', async () => {
    const host = await mount('en-US');
    const { events } = validateData(TIMED_SESSIONS);
    const [keynote, call] = ['keynote', 'call'].map((id) => events.find((event) => event.id === id)!);
    const names = host.text.names;
    // The first picture's names: no time yet (its chunk and formatters wait for idle time). The first test of this
    // file to ask for a time: once loaded, the times are the page's (the next test).
    expect(host.text.name(keynote, 'UTC')).to.equal('\u2068Closing keynote\u2069, Jun 12, 2025, \u2068Main hall\u2069');
    await host.updateComplete;
    expect(host.text.names, 'a new map, warmed again').not.to.equal(names);
    expect(host.text.name(keynote, 'UTC').replace(/\s/g, ' ')).to.equal(
      '\u2068Closing keynote\u2069, Jun 12, 2025, 4:20 – 5:00 PM GMT+2, \u2068Main hall\u2069',
    );
    expect(host.text.name(call, 'UTC').replace(/\s/g, ' ')).to.equal(
      '\u2068Call with New York\u2069, Jun 12, 2025, about 9:00 AM UTC\u22124',
    );
    // The element's time zone, asked for, tells an exact time with no venue zone on its clock.
    expect(host.text.name(call, 'Asia/Tokyo').replace(/\s/g, ' ')).to.contain('Jun 12, 2025, about 10:00 PM GMT+9');
  });

  // A timeline made once another has loaded the times (the page's warm-up draws one) drew every mark a second
  // time in its first idle time, only to add the times to their names.
  it('controller.name(event) says a time in the element’s zone from the first picture once a timeline of the page has loaded the times', async () => {
    const { events } = validateData(TIMED_SESSIONS);
    const [keynote, call] = ['keynote', 'call'].map((id) => events.find((event) => event.id === id)!);
    const first = await mount('en-US');
    first.text.name(call, 'UTC');
    await first.updateComplete;
    const later = await mount('en-US');
    const names = later.text.names;
    expect(later.text.name(call, 'UTC').replace(/\s/g, ' ')).to.equal(
      '\u2068Call with New York\u2069, Jun 12, 2025, about 9:00 AM UTC\u22124',
    );
    later.requestUpdate();
    await later.updateComplete;
    expect(later.text.names, 'spelled once, not again in idle time').to.equal(names);
    // A venue's own zone costs a formatter of its own: its time still waits for the first idle time.
    const third = await mount('en-US');
    expect(third.text.name(keynote, 'UTC')).to.equal(
      '\u2068Closing keynote\u2069, Jun 12, 2025, \u2068Main hall\u2069',
    );
    await third.updateComplete;
    expect(third.text.name(keynote, 'UTC').replace(/\s/g, ' ')).to.equal(
      '\u2068Closing keynote\u2069, Jun 12, 2025, 4:20 – 5:00 PM GMT+2, \u2068Main hall\u2069',
    );
  });

  it('controller.name(event) loads nothing for dates without a time', async () => {
    const host = await mount('en-US');
    const names = host.text.names;
    expect(host.text.name(bali, 'UTC')).to.equal(
      '\u2068Bali meeting\u2069, Nov 14, 2022, \u2068Mulia Hotel, Nusa Dua, Indonesia\u2069',
    );
    host.requestUpdate();
    await host.updateComplete;
    expect(host.text.names).to.equal(names);
  });
});
