import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/data/parse-date.js';
import { knownZones, validateData, validateDataInSlices } from '../../src/data/validate.js';
import type { TimePoint } from '../../src/types.js';

function point(value: string): TimePoint {
  const result = parseDate(value);
  if (typeof result === 'string') throw new Error(result);
  return result;
}

/** A valid event with the given fields replaced. */
function event(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { start: '2023-11-15', title: 'Filoli', ...fields };
}

describe('validateData', () => {
  it('validateData(array) reads an array of events', () => {
    const data = validateData([event()]);
    expect(data.errors).to.deep.equal([]);
    expect(data.warnings).to.deep.equal([]);
    expect(data.eras).to.deep.equal([]);
    expect(data.events).to.deep.equal([
      {
        id: 'event-0',
        title: 'Filoli',
        kind: 'event',
        start: point('2023-11-15'),
        participants: [],
        outcomes: [],
        sources: [],
        index: 0,
      },
    ]);
  });

  it('validateData(object) reads title, description, events and eras', () => {
    const data = validateData({
      title: 'Biden and Xi',
      description: 'From Bali to Filoli',
      events: [event({ end: '2023-11-16' })],
      eras: [{ start: '2022-11', end: '2023-11', title: 'Thaw' }],
    });
    expect(data.title).to.equal('Biden and Xi');
    expect(data.description).to.equal('From Bali to Filoli');
    expect(data.events[0]?.end).to.deep.equal(point('2023-11-16'));
    expect(data.eras).to.deep.equal([{ title: 'Thaw', start: point('2022-11'), end: point('2023-11') }]);
    expect(data.errors).to.deep.equal([]);
  });

  it('validateData(object) drops a wrong-typed title with a warning', () => {
    const data = validateData({ title: 5, description: ['x'], events: [] });
    expect(data.title).to.equal(undefined);
    expect(data.description).to.equal(undefined);
    expect(data.warnings).to.deep.equal([
      { path: 'title', message: 'expected a string, got number 5' },
      { path: 'description', message: 'expected a string, got an array' },
    ]);
  });

  it('validateData(neither array nor object) is one error and no events', () => {
    for (const input of [null, undefined, 5, 'events', true, Symbol('x'), () => []]) {
      const data = validateData(input);
      expect(data.events).to.deep.equal([]);
      expect(data.errors).to.have.length(1);
      expect(data.errors[0]?.path).to.equal('');
      expect(data.errors[0]?.message).to.match(/^expected an array of events or an object with events, got /);
    }
    expect(validateData(null).errors[0]?.message).to.equal(
      'expected an array of events or an object with events, got null',
    );
  });

  it('validateData(object without events) is an error at events', () => {
    expect(validateData({ title: 'x' }).errors).to.deep.equal([
      { path: 'events', message: 'expected an array of events, got undefined' },
    ]);
    expect(validateData({ events: 'x' }).errors).to.deep.equal([
      { path: 'events', message: 'expected an array of events, got "x"' },
    ]);
  });

  it('validateData(impossible start) skips the event at events[3].start', () => {
    const input = [event(), event(), event(), event({ start: '2023-02-30' }), event()];
    for (const data of [validateData(input), validateData({ events: input })]) {
      expect(data.errors).to.deep.equal([{ path: 'events[3].start', message: '"2023-02-30" is not a calendar date' }]);
      expect(data.events.map((e) => e.index)).to.deep.equal([0, 1, 2, 4]);
    }
  });

  it('validateData(missing or wrong-typed start) skips the event', () => {
    const data = validateData([
      { title: 'a' },
      event({ start: 20231115 }),
      event({ start: 'Nov 15 2023' }),
      event({ start: null }),
    ]);
    expect(data.events).to.deep.equal([]);
    expect(data.errors).to.deep.equal([
      { path: 'events[0].start', message: 'expected an ISO 8601 date string or a Date, got undefined' },
      { path: 'events[1].start', message: 'expected an ISO 8601 date string or a Date, got number 20231115' },
      {
        path: 'events[2].start',
        message: '"Nov 15 2023" is not an ISO 8601 date such as 2023-11-15 or 2023-11-15T11:00-08:00',
      },
      { path: 'events[3].start', message: 'expected an ISO 8601 date string or a Date, got null' },
    ]);
  });

  it('validateData(Date start) keeps it as an instant', () => {
    const data = validateData([event({ start: new Date(Date.UTC(2023, 10, 15)) })]);
    expect(data.events[0]?.start.instant).to.equal(true);
  });

  it('validateData(invalid end) skips the event', () => {
    const data = validateData([event({ end: '2023-11-31' }), event({ end: 5 })]);
    expect(data.events).to.deep.equal([]);
    expect(data.errors).to.deep.equal([
      { path: 'events[0].end', message: '"2023-11-31" is not a calendar date' },
      { path: 'events[1].end', message: 'expected an ISO 8601 date string or a Date, got number 5' },
    ]);
  });

  it('validateData(end before start) skips the event', () => {
    const data = validateData([
      event({ start: '2023-11-15', end: '2023-11-14' }),
      event({ start: '2023-11-15T11:00-08:00', end: '2023-11-15T10:00-08:00' }),
    ]);
    expect(data.events).to.deep.equal([]);
    expect(data.errors).to.deep.equal([
      { path: 'events[0].end', message: '"2023-11-14" is before start "2023-11-15"' },
      { path: 'events[1].end', message: '"2023-11-15T10:00-08:00" is before start "2023-11-15T11:00-08:00"' },
    ]);
  });

  it('validateData(end on the start day, or null) keeps the event', () => {
    const data = validateData([
      event({ start: '2023-11-15', end: '2023-11-15' }),
      event({ start: '2023-11-15T11:00', end: '2023-11-15' }),
      event({ end: null }),
    ]);
    expect(data.errors).to.deep.equal([]);
    expect(data.events).to.have.length(3);
    expect(data.events.find((e) => e.index === 2)?.end).to.equal(undefined);
  });

  it('validateData(missing title) skips the event', () => {
    const data = validateData([
      event({ title: undefined }),
      event({ title: '' }),
      event({ title: '  ' }),
      event({ title: 7 }),
    ]);
    expect(data.events).to.deep.equal([]);
    expect(data.errors).to.deep.equal([
      { path: 'events[0].title', message: 'expected a non-empty string, got undefined' },
      { path: 'events[1].title', message: 'expected a non-empty string, got ""' },
      { path: 'events[2].title', message: 'expected a non-empty string, got "  "' },
      { path: 'events[3].title', message: 'expected a non-empty string, got number 7' },
    ]);
  });

  it('validateData(title of only invisible characters) skips the event: zero-width is blank', () => {
    const data = validateData({
      events: [
        event({ title: '\u200b' }),
        event({ title: '\u200c\u200d \u2060\ufeff\t' }),
        event({ title: '\u00ad\u034f\u180e\u200e\u202e\u2066\ufe0f\u0001\u0085' }),
        event({ title: '\u200bBali\u200b' }),
      ],
      eras: [{ start: '2023', end: '2024', title: '\u200b\u200b' }],
    });
    expect(data.events.map((e) => e.title)).to.deep.equal(['\u200bBali\u200b']);
    expect(data.eras).to.deep.equal([]);
    expect(data.errors).to.deep.equal([
      { path: 'events[0].title', message: 'expected a non-empty string, got only invisible characters (U+200B)' },
      {
        path: 'events[1].title',
        message:
          'expected a non-empty string, got only invisible characters (U+200C U+200D U+0020 U+2060 U+FEFF U+0009)',
      },
      {
        path: 'events[2].title',
        message:
          'expected a non-empty string, got only invisible characters (U+00AD U+034F U+180E U+200E U+202E U+2066 U+FE0F U+0001 …)',
      },
      { path: 'eras[0].title', message: 'expected a non-empty string, got only invisible characters (U+200B U+200B)' },
    ]);
  });

  it('validateData(event with several problems) reports each of them', () => {
    const data = validateData([{ start: '2023-02-30', end: 'soon' }]);
    expect(data.errors.map((e) => e.path)).to.deep.equal(['events[0].start', 'events[0].end', 'events[0].title']);
  });

  it('validateData(non-object event) skips it', () => {
    const data = validateData([5, null, 'x', ['2023'], event()]);
    expect(data.events).to.have.length(1);
    expect(data.errors).to.deep.equal([
      { path: 'events[0]', message: 'expected an event object, got number 5' },
      { path: 'events[1]', message: 'expected an event object, got null' },
      { path: 'events[2]', message: 'expected an event object, got "x"' },
      { path: 'events[3]', message: 'expected an event object, got an array' },
    ]);
  });

  it('validateData(wrong-typed optional fields) drops them with warnings and keeps the event', () => {
    const data = validateData([
      event({
        summary: 5,
        group: {},
        participants: 'Biden',
        outcomes: ['talks', 3],
        sources: 'https://example.com',
        place: 5,
        timeZone: 'Mars/Olympus_Mons',
      }),
    ]);
    expect(data.errors).to.deep.equal([]);
    expect(data.events).to.deep.equal([
      {
        id: 'event-0',
        title: 'Filoli',
        kind: 'event',
        start: point('2023-11-15'),
        participants: [],
        outcomes: ['talks'],
        sources: [],
        index: 0,
      },
    ]);
    expect(data.warnings).to.deep.equal([
      { path: 'events[0].participants', message: 'expected an array, got "Biden"' },
      { path: 'events[0].outcomes[1]', message: 'expected a string, got number 3' },
      { path: 'events[0].sources', message: 'expected an array, got "https://example.com"' },
      { path: 'events[0].summary', message: 'expected a string, got number 5' },
      { path: 'events[0].group', message: 'expected a string, got an object' },
      {
        path: 'events[0].place',
        message: 'expected a place name or a {name, city, country, lat, lon} object, got number 5',
      },
      { path: 'events[0].timeZone', message: '"Mars/Olympus_Mons" is not an IANA time zone' },
    ]);
  });

  it("knownZones() takes events' zones as time zones unchecked (the built-in data's, which its tests check)", () => {
    const zone = (timeZone: string) => validateData([event({ timeZone })]);
    expect(zone('Atlantis/Poseidonia').warnings.map((w) => w.message)).to.deep.equal([
      '"Atlantis/Poseidonia" is not an IANA time zone',
    ]);
    knownZones([{ timeZone: 'Atlantis/Poseidonia' }, {}]);
    const data = zone('Atlantis/Poseidonia');
    expect(data.warnings).to.deep.equal([]);
    expect(data.events[0].timeZone).to.equal('Atlantis/Poseidonia');
  });

  it('validateData(optional fields) keeps good ones', () => {
    const data = validateData([
      event({
        summary: 'Four hours at Filoli',
        group: 'leaders',
        kind: 'in-person',
        timeZone: 'America/Los_Angeles',
        participants: ['Joe Biden', 'Xi Jinping'],
        outcomes: ['military talks resume'],
        place: { name: 'Filoli', city: 'Woodside', country: 'US', lat: 37.47, lon: -122.31 },
        extra: 'kept in the input, ignored',
      }),
    ]);
    expect(data.warnings).to.deep.equal([]);
    const [e] = data.events;
    expect(e?.summary).to.equal('Four hours at Filoli');
    expect(e?.group).to.equal('leaders');
    expect(e?.kind).to.equal('in-person');
    expect(e?.timeZone).to.equal('America/Los_Angeles');
    expect(e?.participants).to.deep.equal(['Joe Biden', 'Xi Jinping']);
    expect(e?.outcomes).to.deep.equal(['military talks resume']);
    expect(e?.place).to.deep.equal({ name: 'Filoli', city: 'Woodside', country: 'US', lat: 37.47, lon: -122.31 });
    expect(e).not.to.have.property('extra');
  });

  it('validateData(media URLs) keeps http, https, mailto and relative ones, and drops the rest with warnings', () => {
    const data = validateData([
      event({
        media: {
          url: 'javascript:alert(1)',
          thumbnail: 'data:image/png;base64,AAAA',
          link: 'vbscript:x',
          caption: 'c',
        },
      }),
      event({ media: { url: 'img/a.png', thumbnail: 'https://x.example/t.png', link: 'mailto:a@x.example', alt: '' } }),
      event({ media: { url: '', thumbnail: ' ' } }),
    ]);
    expect(data.events.map((e) => e.media)).to.deep.equal([
      { caption: 'c' },
      { url: 'img/a.png', thumbnail: 'https://x.example/t.png', link: 'mailto:a@x.example', alt: '' },
      {},
    ]);
    expect(data.warnings).to.deep.equal([
      { path: 'events[0].media.url', message: '"javascript:alert(1)" is not an http:, https: or mailto: URL' },
      {
        path: 'events[0].media.thumbnail',
        message: '"data:image/png;base64,AAAA" is not an http:, https: or mailto: URL',
      },
      { path: 'events[0].media.link', message: '"vbscript:x" is not an http:, https: or mailto: URL' },
    ]);
  });

  it('validateData(place string) is a place with that name', () => {
    expect(validateData([event({ place: 'Filoli' })]).events[0]?.place).to.deep.equal({ name: 'Filoli' });
  });

  it('validateData(bad lat/lon) drops them with warnings', () => {
    const data = validateData([
      event({ place: { name: 'Filoli', lat: 91, lon: '-122' } }),
      event({ place: { lat: NaN, city: 3 } }),
    ]);
    expect(data.events.map((e) => e.place)).to.deep.equal([{ name: 'Filoli' }, undefined]);
    expect(data.warnings).to.deep.equal([
      { path: 'events[0].place.lat', message: 'expected a number from -90 to 90, got number 91' },
      { path: 'events[0].place.lon', message: 'expected a number from -180 to 180, got "-122"' },
      { path: 'events[1].place.city', message: 'expected a string, got number 3' },
      { path: 'events[1].place.lat', message: 'expected a number from -90 to 90, got number NaN' },
    ]);
  });

  it('validateData(sources) keeps absolute http, https and mailto links only', () => {
    const data = validateData([
      event({
        sources: [
          { href: 'https://www.whitehouse.gov/briefing-room/', label: 'White House' },
          { href: 'http://example.com' },
          { href: 'mailto:press@example.com', label: 'Press' },
          { href: 'javascript:alert(1)', label: 'x' },
          { href: '/relative/path' },
          { href: 'data:text/html,<b>x</b>' },
          { label: 'no href' },
          { href: 'https://example.org', label: 5 },
          'https://example.net',
        ],
      }),
    ]);
    expect(data.events[0]?.sources).to.deep.equal([
      { href: 'https://www.whitehouse.gov/briefing-room/', label: 'White House' },
      { href: 'http://example.com/' },
      { href: 'mailto:press@example.com', label: 'Press' },
      { href: 'https://example.org/' },
    ]);
    expect(data.warnings).to.deep.equal([
      {
        path: 'events[0].sources[3].href',
        message: '"javascript:alert(1)" is not an absolute http:, https: or mailto: URL',
      },
      {
        path: 'events[0].sources[4].href',
        message: '"/relative/path" is not an absolute http:, https: or mailto: URL',
      },
      {
        path: 'events[0].sources[5].href',
        message: '"data:text/html,<b>x</b>" is not an absolute http:, https: or mailto: URL',
      },
      { path: 'events[0].sources[6].href', message: 'undefined is not an absolute http:, https: or mailto: URL' },
      { path: 'events[0].sources[7].label', message: 'expected a string, got number 5' },
      { path: 'events[0].sources[8]', message: 'expected a {href, label} link, got "https://example.net"' },
    ]);
  });

  it('validateData(kind) defaults to "event" and keeps any string', () => {
    const data = validateData([event(), event({ kind: 'summit' }), event({ kind: 3 })]);
    expect(data.events.map((e) => e.kind)).to.deep.equal(['event', 'summit', 'event']);
    expect(data.warnings).to.deep.equal([{ path: 'events[2].kind', message: 'expected a string, got number 3' }]);
  });

  it('validateData(ids) defaults to event-<index>', () => {
    const data = validateData([event({ id: 'bali' }), event(), event({ id: '' }), event({ id: 4 })]);
    expect(data.events.map((e) => e.id)).to.deep.equal(['bali', 'event-1', 'event-2', 'event-3']);
    expect(data.warnings).to.deep.equal([{ path: 'events[3].id', message: 'expected a string, got number 4' }]);
  });

  it('validateData(duplicate ids) makes them unique with warnings', () => {
    const data = validateData([
      event({ id: 'x' }),
      event({ id: 'x' }),
      event({ id: 'x' }),
      event({ id: 'x-2' }),
      event({ id: 'event-5' }),
      event(),
    ]);
    expect(data.events.map((e) => e.id)).to.deep.equal(['x', 'x-2', 'x-3', 'x-2-2', 'event-5', 'event-5-2']);
    expect(data.warnings).to.deep.equal([
      { path: 'events[1].id', message: 'duplicate id "x", renamed "x-2"' },
      { path: 'events[2].id', message: 'duplicate id "x", renamed "x-3"' },
      { path: 'events[3].id', message: 'duplicate id "x-2", renamed "x-2-2"' },
      { path: 'events[5].id', message: 'duplicate id "event-5", renamed "event-5-2"' },
    ]);
  });

  it('validateData(skipped event) does not take an id', () => {
    const data = validateData([event({ id: 'x', title: '' }), event({ id: 'x' })]);
    expect(data.events.map((e) => e.id)).to.deep.equal(['x']);
    expect(data.warnings).to.deep.equal([]);
  });

  it('validateData(events) sorts by start, then end, then index, keeping input indexes', () => {
    const data = validateData([
      event({ id: 'c', start: '2023-11-15T11:00-08:00' }),
      event({ id: 'b2', start: '2023-11-15', end: '2023-11-17' }),
      event({ id: 'b1', start: '2023-11-15', end: '2023-11-16' }),
      event({ id: 'a', start: '2022-11-14' }),
      event({ id: 'b0', start: '2023-11-15' }),
      event({ id: 'b0-twin', start: '2023-11-15' }),
    ]);
    expect(data.events.map((e) => e.id)).to.deep.equal(['a', 'b0', 'b0-twin', 'b1', 'b2', 'c']);
    expect(data.events.map((e) => e.index)).to.deep.equal([3, 4, 5, 2, 1, 0]);
  });

  it('validateData(eras) checks them like events', () => {
    const data = validateData({
      events: [],
      eras: [
        { start: '2023', end: '2022', title: 'backwards' },
        { start: '2022', title: 'no end' },
        { start: '2022', end: '2023' },
        'era',
        { start: '2023-06', end: '2023-07', title: 'summer' },
        { start: '2022', end: '2023', title: 'year' },
      ],
    });
    expect(data.errors).to.deep.equal([
      { path: 'eras[0].end', message: '"2022" is before start "2023"' },
      { path: 'eras[1].end', message: 'expected an ISO 8601 date string or a Date, got undefined' },
      { path: 'eras[2].title', message: 'expected a non-empty string, got undefined' },
      { path: 'eras[3]', message: 'expected an era object, got "era"' },
    ]);
    expect(data.eras.map((e) => e.title)).to.deep.equal(['year', 'summer']);
  });

  it('validateData(eras not an array) warns', () => {
    expect(validateData({ events: [], eras: 5 }).warnings).to.deep.equal([
      { path: 'eras', message: 'expected an array of eras, got number 5' },
    ]);
  });

  it('validateData(__proto__ keys) neither pollutes nor inherits', () => {
    const input: unknown = JSON.parse(
      '{"__proto__": {"polluted": true}, "events": [{"__proto__": {"title": "inherited"}, "start": "2023"}, {"start": "2023", "title": "ok", "place": {"__proto__": {"name": "x"}}}]}',
    );
    const data = validateData(input);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(data.errors).to.deep.equal([
      { path: 'events[0].title', message: 'expected a non-empty string, got undefined' },
    ]);
    expect(data.events[0]?.place).to.equal(undefined);
    const inheriting = Object.create({ title: 'inherited', start: '2023' }) as object;
    expect(validateData([inheriting]).events).to.deep.equal([]);
  });

  it('validateData(junk) never throws', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const throwing = {
      get events(): unknown {
        throw new Error('boom');
      },
    };
    const throwingEvent = {
      start: '2023',
      get title(): unknown {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a getter that throws a non-Error, on purpose
        throw Symbol('not even an Error');
      },
    };
    let deep: unknown = event();
    for (let i = 0; i < 1000; i++) deep = { events: [deep], place: deep };
    const junk: unknown[] = [
      proxy,
      throwing,
      { events: [throwingEvent, event()] },
      { events: [proxy, event()] },
      deep,
      Object.create(null) as unknown,
      { events: Object.create(null) as unknown },
      // eslint-disable-next-line no-sparse-arrays -- holes, on purpose
      [, , event()],
      [new Date(), NaN, Infinity, 10n, Symbol('s'), () => 0, new Map(), [[[]]]],
      { events: [{ start: { toString: () => '2023' }, title: { toString: () => 'x' } }] },
      {
        events: [
          {
            start: '2023',
            title: 'x',
            sources: [null, { href: { toString: () => 'https://x' } }],
            place: { lat: Infinity },
          },
        ],
      },
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
          getOwnPropertyDescriptor: () => {
            throw new Error('trap');
          },
        },
      ),
    ];
    for (const input of junk) expect(() => validateData(input)).not.to.throw();
    expect(validateData(throwing).errors).to.deep.equal([{ path: '', message: 'could not be read' }]);
    const partly = validateData({ events: [throwingEvent, event()] });
    expect(partly.errors).to.deep.equal([{ path: 'events[0]', message: 'could not be read' }]);
    expect(partly.events.map((e) => e.index)).to.deep.equal([1]);
    // eslint-disable-next-line no-sparse-arrays -- holes, on purpose
    expect(validateData([, , event()]).events.map((e) => e.index)).to.deep.equal([2]);
  });
});

describe('validateData(view)', () => {
  it('validateData({view}) keeps the initial view span in ms', () => {
    const data = validateData({ events: [], view: { start: '2022-11-14', end: '2023-11-15' } });
    expect(data.view).to.deep.equal([Date.UTC(2022, 10, 14), Date.UTC(2023, 10, 16)]);
  });

  it('validateData({view}) with a bad view warns and ignores it', () => {
    const data = validateData({ events: [], view: { start: '2023-02-30', end: '2023-01-01' } });
    expect(data.view).to.equal(undefined);
    expect(data.warnings.map((w) => w.path)).to.deep.equal(['view']);
  });
});

/** The parts of the JSON Schema that the tests read. */
interface SchemaPart {
  type?: string;
  properties?: Record<string, unknown>;
  required?: string[];
  pattern?: string;
}
interface Schema {
  oneOf: SchemaPart[];
  $defs: Record<string, SchemaPart>;
}

async function loadSchema(): Promise<Schema> {
  const response = await fetch(new URL('../../meeting-timeline.schema.json', import.meta.url));
  return (await response.json()) as Schema;
}

describe('validateData(spans)', () => {
  const bali = event({ id: 'bali', start: '2022-11-14', title: 'Bali' });
  const filoli = event({ id: 'filoli', start: '2023-11-15', title: 'Filoli' });

  it('validateData({spans}) keeps a span between two events, with its label and headline', () => {
    const data = validateData({
      events: [bali, filoli],
      spans: [{ from: 'bali', to: 'filoli', label: '366 days', headline: true }],
    });
    expect(data.spans).to.deep.equal([{ from: 'bali', to: 'filoli', label: '366 days', headline: true }]);
    expect(data.warnings).to.deep.equal([]);
    expect(data.errors).to.deep.equal([]);
  });

  it('validateData({spans}) has no label unless given one, and a headline only when it is true', () => {
    const data = validateData({
      events: [bali, filoli],
      spans: [
        { from: 'bali', to: 'filoli' },
        { from: 'filoli', to: 'bali', headline: 'yes', label: null },
      ],
    });
    expect(data.spans).to.deep.equal([
      { from: 'bali', to: 'filoli', headline: false },
      { from: 'filoli', to: 'bali', headline: false },
    ]);
    expect(data.warnings).to.deep.equal([]);
  });

  it('validateData({spans}) drops a span naming an unknown id with a warning at its from or to', () => {
    const data = validateData({
      events: [bali, filoli],
      spans: [
        { from: 'bali', to: 'woodside' },
        { from: 'sunnylands', to: 'filoli' },
        { from: 'bali', to: 'filoli' },
      ],
    });
    expect(data.spans).to.deep.equal([{ from: 'bali', to: 'filoli', headline: false }]);
    expect(data.warnings).to.deep.equal([
      { path: 'spans[0].to', message: '"woodside" is not the id of an event' },
      { path: 'spans[1].from', message: '"sunnylands" is not the id of an event' },
    ]);
    expect(data.errors).to.deep.equal([]);
  });

  it('validateData({spans}) drops a span whose ids are not strings', () => {
    const data = validateData({
      events: [event({ id: '5' }), filoli],
      spans: [{ from: 5, to: 'filoli' }, { to: 'filoli' }, { from: 'filoli', to: ['5'] }],
    });
    expect(data.spans).to.deep.equal([]);
    expect(data.warnings).to.deep.equal([
      { path: 'spans[0].from', message: 'number 5 is not the id of an event' },
      { path: 'spans[1].from', message: 'undefined is not the id of an event' },
      { path: 'spans[2].to', message: 'an array is not the id of an event' },
    ]);
  });

  it('validateData({spans}) names events by their ids as validated: skipped events are unknown, renamed ones by the new id', () => {
    const data = validateData({
      events: [
        bali,
        event({ id: 'bali', start: '2023-06-18', title: 'Blinken in Beijing' }),
        event({ id: 'bad', start: 'soon' }),
      ],
      spans: [
        { from: 'bali', to: 'bali-2' },
        { from: 'bali', to: 'bad' },
      ],
    });
    expect(data.spans).to.deep.equal([{ from: 'bali', to: 'bali-2', headline: false }]);
    expect(data.warnings.filter((w) => w.path.startsWith('spans'))).to.deep.equal([
      { path: 'spans[1].to', message: '"bad" is not the id of an event' },
    ]);
  });

  it('validateData({spans}) keeps the span but drops a wrong-typed label with a warning', () => {
    const data = validateData({ events: [bali, filoli], spans: [{ from: 'bali', to: 'filoli', label: 366 }] });
    expect(data.spans).to.deep.equal([{ from: 'bali', to: 'filoli', headline: false }]);
    expect(data.warnings).to.deep.equal([{ path: 'spans[0].label', message: 'expected a string, got number 366' }]);
  });

  it('validateData({spans}) drops a span that is not an object with a warning', () => {
    const data = validateData({ events: [bali, filoli], spans: ['bali-filoli', null, [1, 2]] });
    expect(data.spans).to.deep.equal([]);
    expect(data.warnings).to.deep.equal([
      { path: 'spans[0]', message: 'expected a {from, to} span, got "bali-filoli"' },
      { path: 'spans[1]', message: 'expected a {from, to} span, got null' },
      { path: 'spans[2]', message: 'expected a {from, to} span, got an array' },
    ]);
  });

  it('validateData({spans: not an array}) warns at spans; null or absent spans are none', () => {
    const object = validateData({ events: [bali, filoli], spans: { from: 'bali', to: 'filoli' } });
    expect(object.spans).to.deep.equal([]);
    expect(object.warnings).to.deep.equal([{ path: 'spans', message: 'expected an array of spans, got an object' }]);
    expect(validateData({ events: [bali], spans: 'bali' }).warnings).to.deep.equal([
      { path: 'spans', message: 'expected an array of spans, got "bali"' },
    ]);
    for (const input of [{ events: [bali], spans: null }, { events: [bali] }, [bali]]) {
      const data = validateData(input);
      expect(data.spans).to.deep.equal([]);
      expect(data.warnings).to.deep.equal([]);
    }
  });

  it('validateData({spans}) takes no id from the prototype chain', () => {
    const data = validateData(
      JSON.parse(
        '{"events": [{"id": "bali", "start": "2022-11-14", "title": "Bali"}], "spans": [' +
          '{"from": "__proto__", "to": "bali"}, {"from": "bali", "to": "constructor"}, {"from": "toString", "to": "bali"},' +
          '{"__proto__": {"from": "bali", "to": "bali"}}]}',
      ),
    );
    expect(data.spans).to.deep.equal([]);
    expect(data.warnings).to.deep.equal([
      { path: 'spans[0].from', message: '"__proto__" is not the id of an event' },
      { path: 'spans[1].to', message: '"constructor" is not the id of an event' },
      { path: 'spans[2].from', message: '"toString" is not the id of an event' },
      { path: 'spans[3].from', message: 'undefined is not the id of an event' },
    ]);
    const inherited = Object.create({ from: 'bali', to: 'bali' }) as object;
    expect(validateData({ events: [bali], spans: [inherited] }).spans).to.deep.equal([]);
  });

  it('validateData({spans}) keeps a span between events whose ids are prototype members', () => {
    const data = validateData(
      JSON.parse(
        '{"events": [{"id": "__proto__", "start": "2023", "title": "A"}, {"id": "constructor", "start": "2024", "title": "B"}],' +
          '"spans": [{"from": "__proto__", "to": "constructor"}]}',
      ),
    );
    expect(data.events.map((e) => e.id)).to.deep.equal(['__proto__', 'constructor']);
    expect(data.spans).to.deep.equal([{ from: '__proto__', to: 'constructor', headline: false }]);
    expect(data.warnings).to.deep.equal([]);
  });

  it('validateData({spans}) never throws on a span that throws when read', () => {
    const throwing = {
      from: 'bali',
      get to(): unknown {
        throw new Error('boom');
      },
    };
    const data = validateData({ events: [bali, filoli], spans: [throwing, { from: 'bali', to: 'filoli' }] });
    expect(data.spans).to.deep.equal([{ from: 'bali', to: 'filoli', headline: false }]);
    expect(data.warnings).to.deep.equal([{ path: 'spans[0]', message: 'could not be read' }]);
  });
});

describe('meeting-timeline.schema.json', () => {
  it('the schema describes every top-level field validateData reads', async () => {
    const schema = await loadSchema();
    const objectForm = schema.oneOf.find((form) => form.type === 'object')!;
    expect(Object.keys(objectForm.properties!)).to.include.members([
      'title',
      'description',
      'events',
      'eras',
      'view',
      'spans',
      'story',
    ]);
    expect(schema.$defs.span.required).to.deep.equal(['from', 'to']);
    expect(schema.$defs.storyStep.required).to.deep.equal(['caption']);
    const event = schema.$defs.event;
    expect(Object.keys(event.properties!)).to.include.members([
      'id',
      'start',
      'end',
      'title',
      'summary',
      'kind',
      'group',
      'place',
      'timeZone',
      'participants',
      'outcomes',
      'sources',
      'approximate',
    ]);
    expect(event.required).to.include.members(['start', 'title']);
  });

  it('the schema date pattern agrees with parseDate on examples', async () => {
    const schema = await loadSchema();
    const pattern = new RegExp(schema.$defs.date.pattern!);
    for (const good of [
      '2023',
      '2023-11',
      '2023-11-15',
      '2023-11-15T11:00-08:00',
      '2023-11-15T11:00Z',
      '-0044-03-15',
      '1964?',
      '1964~',
      '1964%',
      '196X',
      '19XX',
      '1964-06-XX',
      '-13800000000',
      'Y-13800000000',
    ]) {
      expect(pattern.test(good), good).to.equal(true);
      expect(typeof parseDate(good), good).to.equal('object');
    }
    for (const bad of ['Nov 15 2023', '2023/11/15', '', '20231115', '19X', '1964??']) {
      expect(pattern.test(bad), bad).to.equal(false);
      expect(typeof parseDate(bad), bad).to.equal('string');
    }
  });

  it('the schema interval pattern agrees with validateData on examples', async () => {
    const schema = await loadSchema();
    const pattern = new RegExp(schema.$defs.dateOrInterval.pattern!);
    for (const good of ['1964-06/1964-08', '1964/..', '../1964~', '2023']) {
      expect(pattern.test(good), good).to.equal(true);
      expect(validateData([{ start: good, title: 'x' }]).errors, good).to.deep.equal([]);
    }
    for (const bad of ['1964/1965/1966', 'abc/..', 'x/1964']) {
      expect(pattern.test(bad), bad).to.equal(false);
      expect(validateData([{ start: bad, title: 'x' }]).errors, bad).to.have.length(1);
    }
  });
});

describe('validateDataInSlices', () => {
  const events = Array.from({ length: 10_001 }, (_, i) => ({
    id: `e${i}`,
    start: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
    title: `E${i}`,
  }));

  it('validateDataInSlices(input) gives what validateData gives', async () => {
    const sliced = await validateDataInSlices(events, 4000, () => Promise.resolve());
    expect(sliced).to.deep.equal(validateData(events));
  });

  it('validateDataInSlices(input, slice) pauses after every slice of events, and before sorting them', async () => {
    let pauses = 0;
    await validateDataInSlices({ events }, 4000, () => Promise.resolve(pauses++));
    // After events 4,000 and 8,000, then before the sort.
    expect(pauses).to.equal(3);
    pauses = 0;
    await validateDataInSlices({ events: events.slice(0, 100) }, 4000, () => Promise.resolve(pauses++));
    expect(pauses).to.equal(0);
  });
});
