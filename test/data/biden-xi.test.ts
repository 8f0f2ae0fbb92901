import { expect } from '@open-wc/testing';
import { bidenXi } from '../../src/data/biden-xi.js';
import type { DateInput, Place, TimelineEventInput } from '../../src/types.js';

const LEADER_IDS = [
  'call-2021-02',
  'call-2021-09',
  'virtual-2021-11',
  'video-2022-03',
  'call-2022-07',
  'bali-2022',
  'filoli-2023',
];
/** How each of the seven is numbered in its title, in order, so a reader can count them on the chart. */
const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];
const LEADER_KINDS = ['in-person', 'video', 'phone'];
const KINDS = ['in-person', 'video', 'phone', 'visit', 'incident'];
const CONTEXT_IDS = ['pelosi-taiwan-2022'];

/** The groundwork between Bali and Filoli that the dataset must tell (section B of the facts). */
const GROUNDWORK_IDS = [
  'balloon-incident-2023',
  'blinken-postpones-trip-2023',
  'yellen-liu-he-zurich-2023',
  'blinken-wang-munich-2023',
  'sullivan-wang-vienna-2023',
  'blinken-beijing-2023',
  'yellen-beijing-2023',
  'blinken-wang-jakarta-2023',
  'kerry-beijing-2023',
  'raimondo-china-2023',
  'sullivan-wang-malta-2023',
  'xi-newsom-2023',
  'wang-yi-washington-2023',
  'sunnylands-statement-2023',
  'yellen-he-lifeng-san-francisco-2023',
  // The six the second audit found missing (section 6 of the facts).
  'harris-xi-bangkok-2022',
  'burns-beijing-2023',
  'austin-li-shangri-la-2023',
  'biden-li-qiang-new-delhi-2023',
  'blinken-han-zheng-new-york-2023',
  'schumer-xi-beijing-2023',
];

/**
 * Hosts a news editor accepts as a source: governments' own sites, Chinese state media (labelled as such in
 * the data), wire services and major news organisations. An event may cite others too, but at least one of
 * its sources must be here. Matched as the host itself or any subdomain of it.
 */
const ACCEPTED_HOSTS = [
  // Governments: the White House, State, Treasury, Commerce, Defense and the US Embassy in China; China's
  // foreign ministry and its embassies.
  'whitehouse.gov',
  'state.gov',
  'treasury.gov',
  'commerce.gov',
  'defense.gov',
  'usembassy-china.org.cn',
  'fmprc.gov.cn',
  'china-embassy.gov.cn',
  'chineseembassy.org',
  // Chinese state media, which the data labels as such.
  'news.cn',
  'xinhuanet.com',
  'people.cn',
  'cgtn.com',
  'chinadaily.com.cn',
  'globaltimes.cn',
  // Wire services and news agencies, on their own sites (BNN Bloomberg is Bloomberg News's Canadian outlet).
  'reuters.com',
  'apnews.com',
  'afp.com',
  'efe.com',
  'bloomberg.com',
  'bnnbloomberg.ca',
  'upi.com',
  // National and international news organisations: their own reports, or a wire story they carry under
  // their name, which the data labels "via".
  'alarabiya.net',
  'asia.nikkei.com',
  'axios.com',
  'bostonglobe.com',
  'caixinglobal.com',
  'cbsnews.com',
  'channelnewsasia.com',
  'cnn.com',
  'dawn.com',
  'dw.com',
  'hindustantimes.com',
  'independent.co.uk',
  'japantimes.co.jp',
  'khaleejtimes.com',
  'kurier.at',
  'npr.org',
  'nydailynews.com',
  'politico.com',
  'scmp.com',
  'straitstimes.com',
  'thehill.com',
  'thenationalnews.com',
  'thetimes.co.uk',
  'time.com',
  'timesofmalta.com',
  'todayonline.com',
  'usatoday.com',
  // Local stations of national networks (ABC, NBC), for events in their own area.
  'abc7news.com',
  'nbcbayarea.com',
];

/** Aggregators, mirrors and press-release sites the second audit found cited in place of the originals. */
const REJECTED_HOSTS = [
  'allusanewshub.com',
  'diyatvusa.com',
  'drgnews.com',
  'einpresswire.com',
  'exbulletin.com',
  'fa.news',
  'forexlive.com',
  'gigazine.net',
  'kinaforum.com',
  'markcamilleri.org',
  'mondovisione.com',
  'newsbreak.com',
  'news-pravda.com',
  'nordot.app',
  'resilientllp.com',
  'rocketnews.com',
  'urdupoint.com',
  'wfmz.com',
  // And two the source pass found: a site made of wire copy, and a finance portal carrying agency copy.
  'cash.ch',
  'japantoday.com',
];

/** Every event's dates, copied by hand from the facts file so that a typo in either place shows. */
const DATES: Record<string, [start: string, end?: string]> = {
  'call-2021-02': ['2021-02-10'],
  'call-2021-09': ['2021-09-09'],
  'virtual-2021-11': ['2021-11-15'],
  'video-2022-03': ['2022-03-18T09:03-04:00', '2022-03-18T10:53-04:00'],
  'call-2022-07': ['2022-07-28T08:33-04:00', '2022-07-28T10:50-04:00'],
  'pelosi-taiwan-2022': ['2022-08-02', '2022-08-05'],
  'bali-2022': ['2022-11-14T17:30+08:00'],
  'harris-xi-bangkok-2022': ['2022-11-19'],
  'yellen-liu-he-zurich-2023': ['2023-01-18'],
  'balloon-incident-2023': ['2023-01-28', '2023-02-04'],
  'blinken-postpones-trip-2023': ['2023-02-03'],
  'blinken-wang-munich-2023': ['2023-02-18'],
  'burns-beijing-2023': ['2023-05'],
  'sullivan-wang-vienna-2023': ['2023-05-10', '2023-05-11'],
  'austin-li-shangri-la-2023': ['2023-06-02', '2023-06-04'],
  'blinken-beijing-2023': ['2023-06-18', '2023-06-19'],
  'biden-dictator-remark-2023': ['2023-06-20'],
  'yellen-beijing-2023': ['2023-07-06', '2023-07-09'],
  'blinken-wang-jakarta-2023': ['2023-07-13'],
  'kerry-beijing-2023': ['2023-07-16', '2023-07-19'],
  'raimondo-china-2023': ['2023-08-27', '2023-08-30'],
  'biden-li-qiang-new-delhi-2023': ['2023-09-09', '2023-09-10'],
  'sullivan-wang-malta-2023': ['2023-09-16', '2023-09-17'],
  'blinken-han-zheng-new-york-2023': ['2023-09-18'],
  'schumer-xi-beijing-2023': ['2023-10-09'],
  'xi-newsom-2023': ['2023-10-25'],
  'wang-yi-washington-2023': ['2023-10-26', '2023-10-28'],
  'sunnylands-statement-2023': ['2023-11-04', '2023-11-07'],
  'yellen-he-lifeng-san-francisco-2023': ['2023-11-09', '2023-11-10'],
  'xi-arrives-2023': ['2023-11-14'],
  'filoli-2023': ['2023-11-15T11:20-08:00'],
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A month, for an event the sources date no closer (Burns's trip to Beijing, "last month"). */
const MONTH = /^(\d{4})-(\d{2})$/;
/** A date-time to the minute (or finer) that must carry a numeric UTC offset. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?([+-])(\d{2}):(\d{2})$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const events = bidenXi.events;

function byId(id: string): TimelineEventInput {
  const found = events.filter((e) => e.id === id);
  expect(found, id).to.have.length(1);
  return found[0];
}

function placeOf(event: TimelineEventInput): Place {
  expect(event.place, `${event.id}.place`).to.be.an('object');
  return event.place as Place;
}

/** The event's dates as strings; the dataset never uses `Date` objects. */
function datesOf(event: TimelineEventInput): string[] {
  return [event.start, event.end]
    .filter((d): d is DateInput => d !== undefined)
    .map((d) => {
      expect(d, `${event.id} date`).to.be.a('string');
      return d as string;
    });
}

/** The host of a source link, lower case. */
function hostOf(href: string): string {
  return new URL(href).hostname.toLowerCase();
}

/** Whether a host is `domain` or a subdomain of it. */
function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Whether y-m-d names a real calendar day. */
function isCalendarDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The instant a date-time names, and the offset it was written with (minutes east of UTC). */
function parseDateTime(value: string): { ms: number; offsetMinutes: number } {
  const m = DATE_TIME.exec(value);
  if (!m) throw new Error(`not a date-time with an offset: ${value}`);
  const [, y, mo, d, h, mi, s, sign, oh, om] = m;
  const offsetMinutes = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  return { ms: wall - offsetMinutes * 60_000, offsetMinutes };
}

/** The UTC offset (minutes east) of an IANA zone at an instant, as the browser's time-zone data has it. */
function zoneOffset(timeZone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(ms);
  const name = parts.find((p) => p.type === 'timeZoneName')!.value; // "GMT-08:00", or "GMT" at UTC
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) throw new Error(`unexpected time-zone name ${name}`);
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

describe('bidenXi', () => {
  it('bidenXi has a title, a description and events', () => {
    expect(bidenXi.title).to.be.a('string').and.not.be.empty;
    expect(bidenXi.description).to.be.a('string').and.not.be.empty;
    expect(events).to.be.an('array').with.length.greaterThan(LEADER_IDS.length);
  });

  it('bidenXi has the seven leader interactions, each exactly once', () => {
    for (const id of LEADER_IDS) byId(id);
  });

  it('bidenXi’s in-person, video and phone events are exactly the seven leader interactions', () => {
    const remote = events.filter((e) => LEADER_KINDS.includes(e.kind as string)).map((e) => e.id);
    expect(remote).to.have.members(LEADER_IDS);
    const inPerson = events.filter((e) => e.kind === 'in-person').map((e) => e.id);
    expect(inPerson).to.have.members(['bali-2022', 'filoli-2023']);
  });

  it('bidenXi’s leader interactions have Biden and Xi as participants', () => {
    for (const id of LEADER_IDS) expect(byId(id).participants, id).to.include.members(['Joe Biden', 'Xi Jinping']);
  });

  it('bidenXi’s leader interactions are in date order', () => {
    const starts = LEADER_IDS.map((id) => (byId(id).start as string).slice(0, 10));
    expect(starts).to.deep.equal([...starts].sort());
  });

  it('bidenXi has the groundwork between Bali and Filoli', () => {
    for (const id of GROUNDWORK_IDS) byId(id);
  });

  it('bidenXi event ids are unique and kebab-case', () => {
    const ids = events.map((e) => e.id);
    for (const id of ids) expect(id).to.be.a('string').and.match(KEBAB);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('bidenXi events have every field, with the right types', () => {
    for (const e of events) {
      const at = String(e.id);
      expect(e.title, `${at}.title`).to.be.a('string').and.not.be.empty;
      expect(e.summary, `${at}.summary`).to.be.a('string').with.length.greaterThan(40);
      expect(KINDS, `${at}.kind`).to.include(e.kind);
      expect(e.timeZone, `${at}.timeZone`)
        .to.be.a('string')
        .and.match(/^[A-Za-z_]+\/[A-Za-z_]+$/);
      for (const field of ['participants', 'outcomes'] as const) {
        expect(e[field], `${at}.${field}`).to.be.an('array');
        for (const item of e[field]!) expect(item, `${at}.${field}`).to.be.a('string').and.not.be.empty;
      }
      expect(e.sources, `${at}.sources`).to.be.an('array').and.not.be.empty;
      const place = placeOf(e);
      for (const key of ['name', 'city', 'country'] as const) {
        if (key in place) expect(place[key], `${at}.place.${key}`).to.be.a('string').and.not.be.empty;
      }
      expect(place.country, `${at}.place.country`).to.be.a('string');
    }
  });

  it('bidenXi events have a valid IANA time zone', () => {
    for (const e of events) {
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: e.timeZone }), String(e.id)).not.to.throw();
    }
  });

  it('bidenXi dates are ISO 8601 calendar dates or date-times with an explicit offset (or a month)', () => {
    for (const e of events) {
      for (const value of datesOf(e)) {
        const month = MONTH.exec(value);
        if (month) {
          expect(Number(month[2]), `${e.id}: ${value}`).to.be.within(1, 12);
          continue;
        }
        const m = DATE.exec(value) ?? DATE_TIME.exec(value);
        expect(m, `${e.id}: ${value}`).not.to.equal(null);
        expect(isCalendarDay(Number(m![1]), Number(m![2]), Number(m![3])), `${e.id}: ${value}`).to.equal(true);
        if (value.includes('T')) expect(value, `${e.id}`).to.match(/[+-]\d{2}:\d{2}$/);
      }
    }
  });

  it('bidenXi date-times carry the venue’s UTC offset for that date', () => {
    let checked = 0;
    for (const e of events) {
      for (const value of datesOf(e).filter((d) => d.includes('T'))) {
        const { ms, offsetMinutes } = parseDateTime(value);
        expect(offsetMinutes, `${e.id}: ${value} in ${e.timeZone}`).to.equal(zoneOffset(e.timeZone!, ms));
        checked++;
      }
    }
    expect(checked).to.equal(6);
  });

  it('bidenXi events end no earlier than they start', () => {
    for (const e of events) {
      if (e.end === undefined) continue;
      const start = e.start as string;
      const end = e.end as string;
      // Two date-times compare as instants; anything with a plain date compares by the written day.
      if (start.includes('T') && end.includes('T')) {
        expect(parseDateTime(end).ms, String(e.id)).to.be.greaterThan(parseDateTime(start).ms);
      } else {
        expect(end.slice(0, 10) >= start.slice(0, 10), String(e.id)).to.equal(true);
      }
    }
  });

  it('bidenXi events have the dates in the facts file', () => {
    expect(events.map((e) => e.id)).to.have.members(Object.keys(DATES));
    for (const e of events) {
      const [start, end] = DATES[e.id!];
      expect(e.start, `${e.id}.start`).to.equal(start);
      expect(e.end, `${e.id}.end`).to.equal(end);
    }
  });

  it('bidenXi has Bali at The Mulia from the handshake, about 17:30 WITA on 14 November 2022', () => {
    const bali = byId('bali-2022');
    expect(bali.kind).to.equal('in-person');
    expect(bali.start).to.equal('2022-11-14T17:30+08:00');
    expect(bali.approximate).to.equal(true);
    expect(bali.end).to.equal(undefined);
    expect(bali.timeZone).to.equal('Asia/Makassar');
    expect(placeOf(bali)).to.include({ name: 'The Mulia', country: 'Indonesia' });
    expect(placeOf(bali).city).to.match(/^Nusa Dua\b/);
    expect(parseDateTime(bali.start as string).ms).to.equal(Date.UTC(2022, 10, 14, 9, 30));
  });

  it('bidenXi has Filoli at Woodside from the start of the talks, about 11:20 PST on 15 November 2023', () => {
    const filoli = byId('filoli-2023');
    expect(filoli.kind).to.equal('in-person');
    expect(filoli.start).to.equal('2023-11-15T11:20-08:00');
    expect(filoli.approximate).to.equal(true);
    expect(filoli.end).to.equal(undefined);
    expect(filoli.timeZone).to.equal('America/Los_Angeles');
    expect(placeOf(filoli)).to.include({
      name: 'Filoli Historic House & Garden',
      city: 'Woodside',
      country: 'United States',
    });
    expect(parseDateTime(filoli.start as string).ms).to.equal(Date.UTC(2023, 10, 15, 19, 20));
  });

  it('bidenXi’s Filoli outcomes read as agreements, with when each began where a source gives it', () => {
    const outcomes = byId('filoli-2023').outcomes!;
    for (const o of outcomes) expect(o, o).to.match(/^Agreed\b/);
    const military = outcomes.find((o) => /military-to-military/i.test(o));
    expect(military)
      .to.be.a('string')
      .and.match(/21 December 2023/);
    const narcotics = outcomes.find((o) => /counter-?narcotics working group/i.test(o));
    expect(narcotics)
      .to.be.a('string')
      .and.match(/30 January 2024/);
    expect(outcomes.some((o) => /\bAI\b/.test(o))).to.equal(true);
  });

  it('bidenXi’s Filoli summary also says where the two stayed apart, and the "dictator" remark', () => {
    const summary = byId('filoli-2023').summary!;
    expect(summary).to.match(/\bTaiwan\b/);
    expect(summary).to.match(/\bdictator\b/);
  });

  it('bidenXi’s seven leader interactions are numbered one way in their titles, Filoli the second in person', () => {
    LEADER_IDS.forEach((id, i) => expect(byId(id).title, id).to.match(new RegExp(`^${ORDINALS[i]} of 7: `)));
    expect(byId('bali-2022').title).to.match(/^6th of 7: first in-person meeting\b/);
    expect(byId('filoli-2023').title).to.match(/^7th of 7: second in-person meeting\b/);
    const others = events.filter((e) => !LEADER_IDS.includes(e.id!));
    for (const e of others) expect(e.title, String(e.id)).not.to.match(/ of 7:/);
  });

  it('bidenXi’s approximate flags are booleans, set only on events with a clock time', () => {
    for (const e of events) {
      if (e.approximate === undefined) continue;
      expect(e.approximate, String(e.id)).to.be.a('boolean');
      expect(e.start, String(e.id)).to.include('T');
    }
  });

  it('bidenXi events each cite a government, wire service or major news organisation', () => {
    for (const e of events) {
      const hosts = e.sources!.map((s) => hostOf(s.href));
      const accepted = hosts.filter((h) => ACCEPTED_HOSTS.some((d) => onDomain(h, d)));
      expect(accepted, `${e.id}: ${hosts.join(', ')}`).to.not.be.empty;
    }
  });

  it('bidenXi cites no aggregator, mirror or press-release site', () => {
    for (const e of events) {
      for (const s of e.sources!) {
        const host = hostOf(s.href);
        expect(
          REJECTED_HOSTS.some((d) => onDomain(host, d)),
          `${e.id}: ${s.href}`,
        ).to.equal(false);
      }
    }
  });

  it('bidenXi labels Chinese state media as such', () => {
    const stateMedia = ['news.cn', 'xinhuanet.com', 'people.cn', 'cgtn.com', 'chinadaily.com.cn', 'globaltimes.cn'];
    for (const e of events) {
      for (const s of e.sources!) {
        if (!stateMedia.some((d) => onDomain(hostOf(s.href), d))) continue;
        expect(s.label, s.href).to.contain('Chinese state media');
      }
    }
  });

  it('bidenXi gives no venue for Munich, which no source it cites names', () => {
    expect(placeOf(byId('blinken-wang-munich-2023')).name).to.equal(undefined);
  });

  it('bidenXi source links are http(s) URLs', () => {
    for (const e of events) {
      for (const source of e.sources!) {
        expect(source.href, String(e.id)).to.match(/^https?:\/\/\S+$/);
        expect(() => new URL(source.href), source.href).not.to.throw();
        expect(source.label, source.href).to.be.a('string').and.not.be.empty;
      }
    }
  });

  it('bidenXi’s groundwork falls between Bali and Filoli', () => {
    const bali = (byId('bali-2022').start as string).slice(0, 10);
    const filoli = (byId('filoli-2023').start as string).slice(0, 10);
    const others = events.filter((e) => !LEADER_IDS.includes(e.id!) && !CONTEXT_IDS.includes(e.id!));
    expect(others.length).to.be.at.least(GROUNDWORK_IDS.length);
    for (const e of others) {
      const [first, last = first] = datesOf(e).map((d) => d.slice(0, 10));
      expect(first > bali, `${e.id} starts after Bali`).to.equal(true);
      expect(last < filoli, `${e.id} ends before Filoli`).to.equal(true);
    }
  });

  it('bidenXi pins have latitudes and longitudes in range', () => {
    for (const e of events) {
      const { lat, lon } = placeOf(e);
      expect(lat, `${e.id}.lat`).to.be.a('number').within(-90, 90);
      expect(lon, `${e.id}.lon`).to.be.a('number').within(-180, 180);
    }
  });

  it('bidenXi eras are ordered, do not overlap, and end with the groundwork for Filoli', () => {
    const eras = bidenXi.eras!;
    expect(eras).to.be.an('array').and.not.be.empty;
    let previousEnd = '';
    for (const era of eras) {
      const start = era.start as string;
      const end = era.end as string;
      expect(start, era.title).to.match(DATE);
      expect(end, era.title).to.match(DATE);
      expect(era.title).to.be.a('string').and.not.be.empty;
      expect(end >= start, era.title).to.equal(true);
      expect(start >= previousEnd, `${era.title} starts after the era before ends`).to.equal(true);
      previousEnd = end;
    }
    expect(eras.at(-1)).to.deep.equal({ title: 'Groundwork for Filoli', start: '2022-11-14', end: '2023-11-15' });
  });
});
