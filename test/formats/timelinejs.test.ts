import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/data/format-date.js';
import { validateData } from '../../src/data/validate.js';
import { fromTimelineJS, htmlToText, isTimelineJS } from '../../src/formats/timelinejs.js';

const FIXTURES = new URL('../fixtures/timelinejs/', import.meta.url).href;

async function load(name: string): Promise<{ events: unknown[]; [key: string]: unknown }> {
  const response = await fetch(FIXTURES + name);
  return (await response.json()) as { events: unknown[]; [key: string]: unknown };
}

/** A one-slide TimelineJS file with the given start date (and slide fields). */
function slide(start_date: unknown, fields: Record<string, unknown> = {}) {
  return { events: [{ start_date, text: { headline: 'Slide' }, ...fields }] };
}

/** The ISO start of a one-slide file, or its errors. */
function start(start_date: unknown): string | string[] {
  const { data, errors } = fromTimelineJS(slide(start_date));
  return errors.length
    ? errors.map((e) => `${e.path}: ${e.message}`)
    : String((data.events[0]?.start as string | undefined) ?? 'undefined');
}

// Slides in each file, counted by hand, and which of them cannot be read (none: deep time is read too).
const FILES: Record<string, [slides: number, deep: number[]]> = {
  'cosmological.json': [6, []],
  'eras.json': [20, []],
  'groups_test_2.json': [8, []],
  'marktwain.json': [24, []],
  'seventh_century.json': [21, []],
  'welcome.json': [26, []],
  'years.json': [5, []],
};

describe('fromTimelineJS fixtures', () => {
  for (const [name, [slides, deep]] of Object.entries(FILES)) {
    it(`fromTimelineJS(${name}) keeps every slide${deep.length ? ' within reach' : ''}`, async () => {
      const json = await load(name);
      expect(json.events.length).to.equal(slides);
      expect(isTimelineJS(json)).to.equal(true);
      const { data, errors } = fromTimelineJS(json);
      const valid = validateData(data);
      expect(valid.errors).to.deep.equal([]);
      expect(valid.warnings).to.deep.equal([]);
      expect(valid.events.length).to.equal(json.events.length - deep.length);
      expect([...new Set(errors.map((e) => Number(/^events\[(\d+)\]/.exec(e.path)?.[1])))]).to.deep.equal(deep);
    });
  }

  it('fromTimelineJS(cosmological.json) reads every deep-time year, as plain signed years', async () => {
    const { data, errors } = fromTimelineJS(await load('cosmological.json'));
    expect(errors).to.deep.equal([]);
    expect(data.events.map((e) => [e.start, e.end])).to.deep.equal([
      ['-13798000000', undefined],
      ['-13797930000', undefined],
      ['-13797623000', undefined],
      ['-13648000000', '-12798000000'],
      ['-4798000000', undefined],
      ['0000', undefined],
    ]);
    // Year 0 is written "Now" (display_text, the old spelling).
    expect(data.events[5]).to.deep.include({ title: '“Today”', displayDate: 'Now' });
    const valid = validateData(data);
    expect(valid.events.map((e) => e.start.precision)).to.deep.equal(Array(6).fill('year'));
    // Each a year apart at least, in time order, 70,000 years between the first two.
    const starts = valid.events.map((e) => e.start.ms);
    expect([...starts].sort((a, b) => a - b)).to.deep.equal(starts);
    expect((starts[1] - starts[0]) / (365.2425 * 86_400_000)).to.be.closeTo(70_000, 1);
  });

  it('fromTimelineJS(welcome.json) reads the title slide as title and plain description', async () => {
    const { data } = fromTimelineJS(await load('welcome.json'));
    expect(data.title).to.equal('Welcome to TimelineJS');
    expect(data.description).to.equal(
      "TimelineJS is an open-source tool that enables you to build visually-rich interactive timelines and is available in 40 languages. You're looking at an example of one right now. Click on the arrow to the right to learn more.",
    );
  });

  it('fromTimelineJS(welcome.json) keeps groups, rich text, media and sub-day dates', async () => {
    const { data, warnings } = fromTimelineJS(await load('welcome.json'));
    // Spotify URIs are embeds the element cannot show: dropped, and said so.
    expect(warnings).to.deep.equal([
      {
        path: 'events[16].media.url',
        message: '"spotify:track:1OT1G66Lt9EpKFWkwK8i9z" is not an http:, https: or mailto: URL',
      },
      {
        path: 'events[17].media.url',
        message: '"spotify:user:zachwise:playlist:3KqOUdFJX…" is not an http:, https: or mailto: URL',
      },
    ]);
    const events = data.events;
    expect([...new Set(events.map((e) => e.group))]).to.deep.equal(['Hello', 'Goodbye', undefined, 'Yo']);
    expect(events[2]).to.include({ start: '1899', title: 'YouTube video', group: 'Hello' });
    expect(events[2].media).to.deep.equal({
      url: 'http://youtu.be/lIvftGgps24',
      caption: 'Le portrait mystérieux',
      credit: 'Georges Méliès',
    });
    expect(events[8].start).to.equal('1985-01-05T06:45:56');
    expect(events[10]).to.include({ start: '1990-01-05', end: '1995' });
    // A slide's background is ignored: the chart draws no slides.
    expect(events[25]).to.not.have.property('background');
    expect(events[0].html).to.contain("<a href='#make'>generator tool</a>");
    expect(events[0].summary).to.contain('use our generator tool to generate').and.not.match(/[<>]/);
  });

  it('fromTimelineJS(welcome.json) turns blockquote media into rich text', async () => {
    const { data } = fromTimelineJS(await load('welcome.json'));
    const quote = data.events[6];
    expect(quote.title).to.equal('Blockquote');
    expect(quote.media).to.deep.equal({ credit: 'Dr. Seuss' });
    expect(quote.html).to.contain('<blockquote><p>You have brains in your head.');
    expect(quote.summary).to.contain('You have brains in your head.');
  });

  it('fromTimelineJS(eras.json) reads eras with their headlines', async () => {
    const { data } = fromTimelineJS(await load('eras.json'));
    expect(data.eras).to.deep.equal([
      { start: '0600', end: '0650', title: 'Era Test 600-650' },
      { start: '0650', end: '0700', title: 'Era Test 650-700' },
      { start: '0700', end: '0720', title: 'Era Test 700-720' },
    ]);
    expect(validateData(data).eras.map((era) => new Date(era.start.ms).getUTCFullYear())).to.deep.equal([
      600, 650, 700,
    ]);
  });

  it('fromTimelineJS(marktwain.json) titles headline-less slides from caption, else "Untitled", with warnings', async () => {
    const { data, warnings } = fromTimelineJS(await load('marktwain.json'));
    expect(data.events[3].title).to.equal('Flickr');
    expect(data.events[6].title).to.equal('Untitled');
    expect(warnings.map((w) => w.path)).to.deep.equal([
      'events[3].text.headline',
      'events[4].text.headline',
      'events[6].text.headline',
      'events[8].media.url',
      'events[9].media.url',
    ]);
    expect(warnings[0].message).to.equal('no headline; titled "Flickr" from the media caption');
    expect(warnings[2].message).to.equal('no headline; titled "Untitled"');
  });

  it('fromTimelineJS(marktwain.json) reads thumb as thumbnail, link and location', async () => {
    const { data } = fromTimelineJS(await load('marktwain.json'));
    const logo =
      'http://knightlab.northwestern.edu/wp-content/uploads/2013/03/Northwestern_University_KnightLab_Logo1.png';
    expect(data.events[0].media).to.deep.equal({
      url: logo,
      caption: 'Twain caricatured by Spy for Vanity Fair, 1908',
      credit: 'Vanity Fair',
      thumbnail: logo,
    });
    expect(data.events[15].media!.link).to.equal('http://knightlab.com');
    // TimelineJS 2's location becomes a place, which validateData keeps.
    expect(data.events[0].place).to.deep.equal({ name: 'Florida, Missouri', lat: 39.491711, lon: -91.79326 });
    expect(validateData(data).events.find((e) => e.index === 0)!.place).to.deep.equal({
      name: 'Florida, Missouri',
      lat: 39.491711,
      lon: -91.79326,
    });
    // Non-web media (a spotify: URI) is dropped, with a warning (above), as the element could not show it.
    expect(data.events[8].media).to.deep.equal({
      caption: 'Twain caricatured by Spy for Vanity Fair, 1908',
      credit: 'Vanity Fair',
    });
  });

  it('fromTimelineJS(years.json) reads each BCE year as TimelineJS shows it: -2520 is 2520 BC', async () => {
    const { data } = fromTimelineJS(await load('years.json'));
    // ISO counts a year 0 (1 BC), so 2520 BC is ISO -2519.
    expect(data.events.map((e) => e.start)).to.deep.equal(['-5409', '-2519', '-2009', '-1449', '-0257']);
    const events = validateData(data).events;
    // The dates read the numbers as written (the headlines), BC.
    expect(events.map((e) => formatDate(e.start, 'en-US'))).to.deep.equal([
      '5410 BC',
      '2520 BC',
      '2010 BC',
      '1450 BC',
      '258 BC',
    ]);
  });
});

describe('fromTimelineJS dates', () => {
  it('fromTimelineJS writes years 0–99 as four digits, so they stay in the first century', () => {
    expect(start({ year: '44' })).to.equal('0044');
    expect(start({ year: 7, month: 3 })).to.equal('0007-03');
    expect(start({ year: '99', month: '12', day: '31' })).to.equal('0099-12-31');
    const data = validateData(fromTimelineJS(slide({ year: 44 })).data);
    expect(new Date(data.events[0].start.ms).getUTCFullYear()).to.equal(44);
  });

  it('fromTimelineJS reads year 0 and negative years', () => {
    expect(start({ year: '0' })).to.equal('0000');
    expect(start({ year: -0 })).to.equal('0000');
    // TimelineJS shows -44 as "44 BCE": ISO -0043. Year -1 is 1 BC, ISO 0000, as year 0 is.
    expect(start({ year: '-44', month: '3', day: '15' })).to.equal('-0043-03-15');
    expect(start({ year: -1 })).to.equal('0000');
    expect(start({ year: -2 })).to.equal('-0001');
    const data = validateData(fromTimelineJS(slide({ year: '-44', month: 3, day: 15 })).data);
    const date = new Date(data.events[0].start.ms);
    expect([date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()]).to.deep.equal([-43, 2, 15]);
    expect(formatDate(data.events[0].start, 'en-US')).to.equal('Mar 15, 44 BC');
  });

  it('fromTimelineJS writes years past 9999 as six signed digits, and past the calendar as plain years', () => {
    expect(start({ year: '12345' })).to.equal('+012345');
    expect(start({ year: 270000 })).to.equal('+270000');
    expect(start({ year: '-270000', month: 1 })).to.equal('-269999-01');
    expect(validateData(fromTimelineJS(slide({ year: -270000 })).data).events).to.have.length(1);
    expect(start({ year: '270001' })).to.equal('+270001');
    expect(start({ year: -13800000000 })).to.equal('-13800000000');
    expect(validateData(fromTimelineJS(slide({ year: -13800000000 })).data).events).to.have.length(1);
    expect(start({ year: '-2000000000000' })).to.deep.equal([
      'events[0].start_date.year: -2000000000000 is beyond what this timeline can show (±1,000 billion years)',
    ]);
  });

  it('fromTimelineJS ignores a month or day past the calendar, with a warning', () => {
    const { data, warnings } = fromTimelineJS(slide({ year: -4600000000, month: 3, day: 1 }));
    expect(data.events[0].start).to.equal('-4600000000');
    expect(warnings.map((w) => w.path)).to.deep.equal(['events[0].start_date.month', 'events[0].start_date.day']);
    expect(warnings[0].message).to.equal('number 3 is ignored in year -4600000000, beyond the calendar');
  });

  it('fromTimelineJS reads hours, minutes, seconds and milliseconds', () => {
    expect(start({ year: 2023, month: 11, day: 15, hour: 6 })).to.equal('2023-11-15T06:00');
    expect(start({ year: 2023, month: 11, day: 15, hour: '6', minute: '5' })).to.equal('2023-11-15T06:05');
    expect(start({ year: 2023, month: 11, day: 15, hour: 23, minute: 59, second: 9 })).to.equal('2023-11-15T23:59:09');
    expect(
      start({ year: '2023', month: '11', day: '15', hour: '0', minute: '0', second: '0', millisecond: '7' }),
    ).to.equal('2023-11-15T00:00:00.007');
    expect(start({ year: 2023, month: 11, day: 15, hour: 6, second: 30 })).to.equal('2023-11-15T06:00:30');
  });

  it('fromTimelineJS keeps mixed precisions in one timeline', () => {
    const json = {
      events: [
        { start_date: { year: 2023 }, text: { headline: 'a' } },
        { start_date: { year: 2023, month: 11 }, text: { headline: 'b' } },
        { start_date: { year: 2023, month: 11, day: 15 }, text: { headline: 'c' } },
        { start_date: { year: 2023, month: 11, day: 15, hour: 11 }, text: { headline: 'd' } },
        { start_date: { year: 2023, month: 11, day: 15, hour: 11, minute: 20, second: 30 }, text: { headline: 'e' } },
        {
          start_date: { year: 2023, month: 11, day: 15, hour: 11, minute: 20, second: 30, millisecond: 250 },
          text: { headline: 'f' },
        },
      ],
    };
    const data = validateData(fromTimelineJS(json).data);
    expect(data.errors).to.deep.equal([]);
    expect(data.events.map((e) => `${e.title} ${e.start.precision}`)).to.deep.equal([
      'a year',
      'b month',
      'c day',
      'd minute',
      'e second',
      'f millisecond',
    ]);
  });

  it('fromTimelineJS ignores a part after a missing one, with a warning', () => {
    const { data, warnings } = fromTimelineJS(slide({ year: 2023, day: 15, hour: 11 }));
    expect(data.events[0].start).to.equal('2023');
    expect(warnings).to.deep.equal([
      { path: 'events[0].start_date.day', message: 'number 15 is ignored without a month' },
      { path: 'events[0].start_date.hour', message: 'number 11 is ignored without a month' },
    ]);
  });

  it('fromTimelineJS names the bad part of a date', () => {
    expect(start({ year: 'abc' })).to.deep.equal(['events[0].start_date.year: "abc" is not a year']);
    expect(start({ year: 2023.5 })).to.deep.equal(['events[0].start_date.year: number 2023.5 is not a year']);
    expect(start({ year: '2023', month: '13' })).to.deep.equal([
      'events[0].start_date.month: "13" is not a month (1–12)',
    ]);
    expect(start({ year: '2023', month: '0' })).to.deep.equal([
      'events[0].start_date.month: "0" is not a month (1–12)',
    ]);
    expect(start({ year: 2023, month: 2, day: 32 })).to.deep.equal([
      'events[0].start_date.day: number 32 is not a day (1–31)',
    ]);
    expect(start({ year: 2023, month: 2, day: 29 })).to.deep.equal([
      'events[0].start_date.day: "2023-02-29" is not a calendar date',
    ]);
    expect(start({ year: 2023, month: 1, day: 1, hour: 24 })).to.deep.equal([
      'events[0].start_date.hour: number 24 is not an hour (0–23)',
    ]);
    expect(start({ year: 2023, month: 1, day: 1, hour: 1, minute: 60 })).to.deep.equal([
      'events[0].start_date.minute: number 60 is not a minute (0–59)',
    ]);
    expect(start({ year: 2023, month: 1, day: 1, hour: 1, minute: 1, second: 1, millisecond: 1000 })).to.deep.equal([
      'events[0].start_date.millisecond: number 1000 is not a millisecond (0–999)',
    ]);
    expect(start({ month: 3 })).to.deep.equal(['events[0].start_date.year: expected a year, got undefined']);
    expect(start('2023')).to.deep.equal([
      'events[0].start_date: expected a date object such as {"year": 2023}, got "2023"',
    ]);
    expect(start(undefined)).to.deep.equal([
      'events[0].start_date: expected a date object such as {"year": 2023}, got undefined',
    ]);
  });

  it('fromTimelineJS skips a slide whose end is before its start, or whose end is bad', () => {
    const before = fromTimelineJS(slide({ year: 2023 }, { end_date: { year: 2022 } }));
    expect(before.data.events).to.deep.equal([]);
    expect(before.errors).to.deep.equal([{ path: 'events[0].end_date.year', message: '2022 is before start 2023' }]);
    const bad = fromTimelineJS(slide({ year: 2023 }, { end_date: { year: 2024, month: 'June' } }));
    expect(bad.errors).to.deep.equal([{ path: 'events[0].end_date.month', message: '"June" is not a month (1–12)' }]);
    // An end within the start's own span (the same year) is a span of that year, as validateData reads it.
    expect(fromTimelineJS(slide({ year: 2023, month: 5 }, { end_date: { year: 2023 } })).errors).to.deep.equal([]);
    // An end_date of empty strings (as TimelineJS exports write) means no end.
    expect(
      fromTimelineJS(slide({ year: 2023 }, { end_date: { year: '', month: '' } })).data.events[0],
    ).to.not.have.property('end');
  });
});

describe('fromTimelineJS fields', () => {
  it('fromTimelineJS strips HTML from headlines and keeps text as html and plain summary', () => {
    const { data } = fromTimelineJS(
      slide(
        { year: 2023 },
        {
          text: {
            headline: '<b>Bold</b> &amp; <i>brave</i>',
            text: '<p>One&nbsp;<a href="https://x.example">two</a></p><p>three &#x263A; &#9731;</p>',
          },
        },
      ),
    );
    expect(data.events[0]).to.deep.equal({
      start: '2023',
      title: 'Bold & brave',
      summary: 'One two three ☺ ☃',
      html: '<p>One&nbsp;<a href="https://x.example">two</a></p><p>three &#x263A; &#9731;</p>',
    });
  });

  it('fromTimelineJS maps unique_id, group, display_date and media, and ignores background', () => {
    const { data } = fromTimelineJS(
      slide(
        { year: 1969, month: 7, day: 20, display_date: 'July 1969' },
        {
          unique_id: 'moon',
          group: 'Space',
          media: {
            url: ' https://x.example/moon.jpg ',
            caption: '<i>Buzz</i>',
            credit: 'NASA',
            thumbnail: 'https://x.example/t.jpg',
            alt: 'A man on the moon',
          },
          background: { color: '#123456', opacity: '40', url: null },
        },
      ),
    );
    expect(data.events[0]).to.deep.equal({
      start: '1969-07-20',
      title: 'Slide',
      id: 'moon',
      group: 'Space',
      displayDate: 'July 1969',
      media: {
        url: 'https://x.example/moon.jpg',
        caption: 'Buzz',
        credit: 'NASA',
        thumbnail: 'https://x.example/t.jpg',
        alt: 'A man on the moon',
      },
    });
  });

  it('fromTimelineJS drops script and data media URLs with warnings at their source paths', () => {
    const { data, errors, warnings } = fromTimelineJS({
      events: [
        {
          start_date: { year: 2020 },
          text: { headline: 'x' },
          media: {
            url: 'javascript:alert(1)',
            thumb: 'data:image/png;base64,AAAA',
            link: ' JaVaScRiPt:x',
            caption: 'c',
          },
        },
        {
          start_date: { year: 2021 },
          text: { headline: 'y' },
          media: { url: 'img/a.png', thumbnail: '//x.example/t.png' },
        },
      ],
    });
    expect(errors).to.deep.equal([]);
    expect(data.events.map((e) => e.media)).to.deep.equal([
      { caption: 'c' },
      { url: 'img/a.png', thumbnail: '//x.example/t.png' },
    ]);
    expect(warnings).to.deep.equal([
      { path: 'events[0].media.url', message: '"javascript:alert(1)" is not an http:, https: or mailto: URL' },
      { path: 'events[0].media.thumb', message: '"data:image/png;base64,AAAA" is not an http:, https: or mailto: URL' },
      { path: 'events[0].media.link', message: '"JaVaScRiPt:x" is not an http:, https: or mailto: URL' },
    ]);
    expect(validateData(data).warnings).to.deep.equal([]);
  });

  it('fromTimelineJS drops values it cannot read with warnings at their source paths', () => {
    const { data, errors, warnings } = fromTimelineJS({
      title: { text: { headline: ['a'], text: 'About' } },
      events: [
        {
          start_date: { year: 2020, display_date: {} },
          text: { headline: 'x', text: 7 },
          media: { url: {}, caption: true, credit: 'Pool', alt: NaN },
          group: { name: 'g' },
          unique_id: [1],
          location: { name: {}, lat: 91, lon: '-122.3' },
        },
        { start_date: { year: 2021 }, text: 'just text', media: 'a.png', location: 'Bali' },
        {
          start_date: { year: 2022 },
          text: { headline: 'z' },
          location: { name: 'Filoli', lat: '37.47', lon: 'west' },
        },
      ],
      eras: [{ start_date: { year: 1 }, end_date: { year: 2 }, text: { headline: {} } }],
    });
    expect(errors).to.deep.equal([]);
    expect(data.title).to.equal(undefined);
    expect(data.description).to.equal('About');
    expect(data.events).to.deep.equal([
      { start: '2020', title: 'x', summary: '7', html: '7', media: { credit: 'Pool' }, place: { lon: -122.3 } },
      { start: '2021', title: 'Untitled' },
      { start: '2022', title: 'z', place: { name: 'Filoli', lat: 37.47 } },
    ]);
    expect(warnings).to.deep.equal([
      { path: 'title.text.headline', message: 'expected a string, got an array' },
      { path: 'events[0].media.url', message: 'expected a string, got an object' },
      { path: 'events[0].media.caption', message: 'expected a string, got boolean true' },
      { path: 'events[0].media.alt', message: 'expected a string, got number NaN' },
      { path: 'events[0].start_date.display_date', message: 'expected a string, got an object' },
      { path: 'events[0].unique_id', message: 'expected a string, got an array' },
      { path: 'events[0].group', message: 'expected a string, got an object' },
      { path: 'events[0].location.name', message: 'expected a string, got an object' },
      { path: 'events[0].location.lat', message: 'expected a number from -90 to 90, got number 91' },
      { path: 'events[1].text', message: 'expected a {headline, text} object, got "just text"' },
      { path: 'events[1].media', message: 'expected a media object, got "a.png"' },
      { path: 'events[1].text.headline', message: 'no headline; titled "Untitled"' },
      { path: 'events[1].location', message: 'expected a {name, lat, lon} location, got "Bali"' },
      { path: 'events[2].location.lon', message: 'expected a number from -180 to 180, got "west"' },
      { path: 'eras[0].text.headline', message: 'expected a string, got an object' },
      { path: 'eras[0].text.headline', message: 'no headline; titled "Untitled"' },
    ]);
    // What the adapter keeps, validateData keeps without a word: every warning names a source path.
    expect(validateData(data).warnings).to.deep.equal([]);
  });

  it('fromTimelineJS titles a slide without headline from its display date', () => {
    const { data, warnings } = fromTimelineJS({
      events: [{ start_date: { year: 1900 }, display_date: 'Around 1900' }],
    });
    expect(data.events[0].title).to.equal('Around 1900');
    expect(warnings).to.deep.equal([
      { path: 'events[0].text.headline', message: 'no headline; titled "Around 1900" from the display date' },
    ]);
  });

  it('fromTimelineJS takes a headline of invisible characters for none', () => {
    const { data, errors, warnings } = fromTimelineJS({
      events: [
        { start_date: { year: 1900 }, text: { headline: '\u200b\u200d' }, media: { caption: '\u2060' } },
        { start_date: { year: 1901 }, text: { headline: '<b>\ufeff</b>' }, display_date: '\u200c' },
      ],
      eras: [{ start_date: { year: 1 }, end_date: { year: 2 }, text: { headline: '\u200b' } }],
    });
    expect(errors).to.deep.equal([]);
    expect(data.events.map((e) => e.title)).to.deep.equal(['Untitled', 'Untitled']);
    expect(data.eras!.map((e) => e.title)).to.deep.equal(['Untitled']);
    expect(warnings.map((w) => w.path)).to.deep.equal([
      'events[0].text.headline',
      'events[1].text.headline',
      'eras[0].text.headline',
    ]);
    expect(validateData(data).errors).to.deep.equal([]);
  });

  it('fromTimelineJS reads an era without headline as "Untitled" and skips one without end', () => {
    const { data, errors, warnings } = fromTimelineJS({
      events: [],
      eras: [
        { start_date: { year: 1 }, end_date: { year: 2 } },
        { start_date: { year: 3 }, text: { headline: 'Open' } },
        'x',
      ],
    });
    expect(data.eras).to.deep.equal([{ start: '0001', end: '0002', title: 'Untitled' }]);
    expect(warnings).to.deep.equal([{ path: 'eras[0].text.headline', message: 'no headline; titled "Untitled"' }]);
    expect(errors).to.deep.equal([
      { path: 'eras[1].end_date', message: 'an era needs an end date, got undefined' },
      { path: 'eras[2]', message: 'expected an era object, got "x"' },
    ]);
  });

  it('fromTimelineJS never throws and names what it could not read', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = {
      events: [
        {
          get start_date(): never {
            throw new Error('boom');
          },
        },
      ],
    };
    const cases: [unknown, string[]][] = [
      [null, [': expected a TimelineJS object with events, got null']],
      [[1, 2], [': expected a TimelineJS object with events, got an array']],
      ['{"events": []}', [': expected a TimelineJS object with events, got "{\\"events\\": []}"']],
      [{}, ['events: expected an array of slides, got undefined']],
      [{ events: 5 }, ['events: expected an array of slides, got number 5']],
      [
        { events: [null, 3] },
        ['events[0]: expected a slide object, got null', 'events[1]: expected a slide object, got number 3'],
      ],
      [revoked.proxy, [': could not be read']],
      [throwing, ['events[0]: could not be read']],
      [{ events: [], eras: 'no' }, []],
      [JSON.parse('{"events": [{"start_date": {"year": 1}, "__proto__": {"text": {"headline": "x"}}}]}'), []],
    ];
    for (const [input, expected] of cases) {
      const { errors } = fromTimelineJS(input);
      expect(errors.map((e) => `${e.path}: ${e.message}`)).to.deep.equal(expected);
    }
  });

  it('fromTimelineJS keeps a title-only file without error', () => {
    const { data, errors } = fromTimelineJS({
      title: { text: { headline: 'Only a title', text: 'and <b>words</b>' } },
    });
    expect(errors).to.deep.equal([]);
    expect(data).to.deep.equal({
      events: [],
      title: 'Only a title',
      description: 'and words',
      story: [{ title: 'Only a title', caption: 'and words' }],
    });
  });

  it('fromTimelineJS tells the file’s slides as a story: the title slide, then a step a slide in time order', () => {
    const { data } = fromTimelineJS({
      title: { text: { headline: 'Moon', text: 'Crewed flights' } },
      events: [
        {
          start_date: { year: 1972, month: 12 },
          text: { headline: 'Apollo 17', text: 'The <b>last</b> one.' },
          unique_id: 'a17',
        },
        { start_date: { year: 1969, month: 7 }, text: { headline: 'Apollo 11' } },
        { start_date: { year: -500 }, text: { headline: 'Before' } },
      ],
    });
    expect(data.story).to.deep.equal([
      { title: 'Moon', caption: 'Crewed flights' },
      { event: 'event-2', caption: 'Before' },
      { event: 'event-1', caption: 'Apollo 11' },
      { event: 'a17', caption: 'The last one.' },
    ]);
  });

  it('fromTimelineJS cuts a long slide text to its first sentences for the step’s caption', () => {
    const sentence = 'A sentence of some forty characters here. ';
    const { data } = fromTimelineJS({
      events: [{ start_date: { year: 2000 }, text: { headline: 'Long', text: sentence.repeat(10) } }],
    });
    const caption = data.story![0].caption;
    expect(caption.length).to.be.at.most(220);
    expect(caption.endsWith('here.')).to.equal(true);
  });
});

describe('isTimelineJS', () => {
  it('isTimelineJS(json) tells TimelineJS from our own shape', () => {
    expect(isTimelineJS({ events: [{ start_date: { year: 2023 } }] })).to.equal(true);
    expect(isTimelineJS({ title: { text: { headline: 'x' } }, events: [] })).to.equal(true);
    expect(isTimelineJS({ title: 'Ours', events: [{ start: '2023', title: 'x' }] })).to.equal(false);
    expect(isTimelineJS([{ start: '2023', title: 'x' }])).to.equal(false);
    expect(isTimelineJS({ events: [{ start_date: '2023' }] })).to.equal(false);
    for (const value of [null, undefined, 5, 'events', [], {}]) expect(isTimelineJS(value)).to.equal(false);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(isTimelineJS(revoked.proxy)).to.equal(false);
  });
});

describe('htmlToText', () => {
  it('htmlToText drops tags, script and style, and decodes entities', () => {
    expect(htmlToText('<p>a</p><p>b<br>c</p>')).to.equal('a b c');
    expect(htmlToText('<b>W</b>ord')).to.equal('Word');
    expect(htmlToText('x<script>alert(1)</script>y<style>p{}</style>z')).to.equal('xyz');
    expect(htmlToText('1 < 2 &lt;3&gt; &quot;q&quot; &#39;s&#39; &unknown; &#0; &#xD800;')).to.equal(
      '1 < 2 <3> "q" \'s\' &unknown; \uFFFD \uFFFD',
    );
    expect(htmlToText('<!-- note -->kept')).to.equal('kept');
  });
});
