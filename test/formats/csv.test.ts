import { expect } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import { validateData } from '../../src/data/validate.js';
import { fromCSV } from '../../src/formats/csv.js';

const FIXTURES = new URL('../fixtures/timelinejs/', import.meta.url).href;

const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background';

/** A template sheet: the full header, then rows given as {column: value}. */
function sheet(...rows: Record<string, string>[]): string {
  const columns = HEADER.split(',');
  const quote = (value = '') => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [HEADER, ...rows.map((row) => columns.map((column) => quote(row[column])).join(','))].join('\n');
}

function messages(text: string): string[] {
  return fromCSV(text).errors.map((e) => `${e.path}: ${e.message}`);
}

describe('fromCSV TimelineJS template', () => {
  it('fromCSV(women_in_computing.csv) keeps every row: the title row and ten events', async () => {
    const text = await (await fetch(`${FIXTURES}women_in_computing.csv`)).text();
    const rows = csvParse(text);
    expect(rows.length).to.equal(11);
    const { data, errors, warnings } = fromCSV(text);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    const valid = validateData(data);
    expect(valid.errors).to.deep.equal([]);
    expect(valid.events.length).to.equal(rows.filter((row) => row.Type !== 'title').length);
    expect(valid.title).to.equal('Women in Computing');
    expect(valid.description).to.match(/^In this sample timeline, we'll walk you through/);
    expect(data.events.map((e) => e.title)).to.deep.equal(
      rows.filter((row) => row.Type !== 'title').map((row) => row.Headline),
    );
  });

  it('fromCSV(women_in_computing.csv) reads dates, rich text and media columns', async () => {
    const { data } = fromCSV(await (await fetch(`${FIXTURES}women_in_computing.csv`)).text());
    const [ada, clarke, eniac] = data.events;
    expect(ada).to.include({ start: '1815-12-10', end: '1852-11-27', title: 'Ada Lovelace' });
    expect(ada.html).to.contain('<a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada Lovelace</a>');
    expect(ada.summary).to.match(/^Women have been programming since before it was a thing\. Take Ada Lovelace:/);
    expect(ada.media).to.deep.equal({
      url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
      credit: 'Wikimedia Commons',
      caption: 'Portrait by Alfred Edward Chalon',
    });
    // A blockquote in the Media column is rich text, not a URL.
    expect(clarke.media).to.equal(undefined);
    expect(clarke.html).to.match(/^<blockquote>There is no demand for women engineers/);
    expect(eniac).to.include({ start: '1943-07', end: '1946' });
    expect(eniac.media!.credit).to.equal('Computer History Museum');
    // The Background column is ignored: the chart draws no slides.
    expect(eniac).to.not.have.property('background');
    expect(data.events.map((e) => e.start)).to.include.members(['1951', '1985']);
  });

  it('fromCSV reads every template column', () => {
    const { data, errors, warnings } = fromCSV(
      sheet(
        { Headline: 'The <i>title</i>', Text: '<p>About &amp; more</p>', Type: 'title' },
        {
          Year: '2023',
          Month: '11',
          Day: '15',
          Time: '11:20',
          'End Year': '2023',
          'End Month': '11',
          'End Day': '15',
          'End Time': '2:30 PM',
          'Display Date': 'Mid-November',
          Headline: 'Filoli',
          Text: '<p>Four hours</p>',
          Media: 'https://x.example/f.jpg',
          'Media Credit': 'Pool',
          'Media Caption': 'The <b>garden</b>',
          'Media Thumbnail': 'https://x.example/t.jpg',
          'Alt Text': 'Two men walking',
          Group: 'Leaders',
          Background: '#336699',
        },
        { Year: '2022', 'End Year': '2024', Headline: 'Thaw', Type: 'era' },
      ),
    );
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(data).to.deep.equal({
      events: [
        {
          start: '2023-11-15T11:20',
          end: '2023-11-15T14:30',
          title: 'Filoli',
          summary: 'Four hours',
          html: '<p>Four hours</p>',
          group: 'Leaders',
          media: {
            url: 'https://x.example/f.jpg',
            credit: 'Pool',
            caption: 'The garden',
            thumbnail: 'https://x.example/t.jpg',
            alt: 'Two men walking',
          },
          displayDate: 'Mid-November',
        },
      ],
      title: 'The title',
      description: 'About & more',
      eras: [{ start: '2022', end: '2024', title: 'Thaw' }],
    });
  });

  it('fromCSV matches headers ignoring case, spaces and underscores, and takes Tag for Group', () => {
    const text = 'YEAR,end year,headline,TEXT,media_credit,Media-Caption,tag\n2001,2003,Odyssey,,Kubrick,HAL,Film';
    const { data, errors } = fromCSV(text);
    expect(errors).to.deep.equal([]);
    expect(data.events).to.deep.equal([
      { start: '2001', end: '2003', title: 'Odyssey', group: 'Film', media: { credit: 'Kubrick', caption: 'HAL' } },
    ]);
    expect(messages('YEAR,end year,headline\nabc,,x')).to.deep.equal(['rows[1].YEAR: "abc" is not a year']);
  });

  it('fromCSV reads times with seconds, milliseconds and AM/PM', () => {
    const times: Record<string, string> = {
      '11:20': 'T11:20',
      '11:20:30': 'T11:20:30',
      '11:20:30.25': 'T11:20:30.250',
      '0:05': 'T00:05',
      '2:30 PM': 'T14:30',
      '2:30pm': 'T14:30',
      '12:00 AM': 'T00:00',
      '12:15 p.m.': 'T12:15',
      '9 AM': 'T09:00',
      '11:59:59 PM': 'T23:59:59',
    };
    for (const [time, iso] of Object.entries(times)) {
      const { data, errors } = fromCSV(sheet({ Year: '2023', Month: '1', Day: '2', Time: time, Headline: 'x' }));
      expect(errors, time).to.deep.equal([]);
      expect(data.events[0].start, time).to.equal(`2023-01-02${iso}`);
    }
    const precisions = validateData(
      fromCSV(
        sheet(
          { Year: '2023', Headline: 'a' },
          { Year: '2023', Month: '1', Headline: 'b' },
          { Year: '2023', Month: '1', Day: '2', Headline: 'c' },
          { Year: '2023', Month: '1', Day: '2', Time: '11:20', Headline: 'd' },
          { Year: '2023', Month: '1', Day: '2', Time: '11:20:30', Headline: 'e' },
          { Year: '2023', Month: '1', Day: '2', Time: '11:20:30.5', Headline: 'f' },
        ),
      ).data,
    )
      .events.sort((a, b) => a.index - b.index)
      .map((e) => e.start.precision);
    expect(precisions).to.deep.equal(['year', 'month', 'day', 'minute', 'second', 'millisecond']);
  });

  it('fromCSV reads years 0–99, year 0 and negative years', () => {
    const { data } = fromCSV(
      sheet(
        { Year: '44', Headline: 'a' },
        { Year: '0', Headline: 'b' },
        { Year: '-44', Month: '3', Day: '15', Headline: 'c' },
        { Year: '-12000', Headline: 'd' },
      ),
    );
    // As TimelineJS shows them: -44 is 44 BC (ISO -0043), -12000 is 12,000 BC.
    expect(data.events.map((e) => e.start)).to.deep.equal(['0044', '0000', '-0043-03-15', '-011999']);
    expect(validateData(data).events.map((e) => new Date(e.start.ms).getUTCFullYear())).to.deep.equal([
      -11999, -43, 0, 44,
    ]);
  });

  it('fromCSV names the row (from 1, below the header) and column of each bad cell', () => {
    const text = sheet(
      { Year: '2020', Headline: 'fine' },
      { Year: 'abc', Headline: 'bad year' },
      { Year: '2020', Month: '13', Headline: 'bad month' },
      { Year: '2020', Month: '2', Day: '30', Headline: 'no such day' },
      { Year: '2020', Month: '1', Day: '1', Time: '25:00', Headline: 'bad time' },
      { Year: '2020', Month: '1', Day: '1', Time: '13:00 PM', Headline: 'bad half' },
      { Year: '2020', Day: '5', Headline: 'a day without month is ignored' },
      { Year: '2020', 'End Year': '2019', Headline: 'backwards' },
      { Year: '2020', 'End Year': '2021', 'End Month': 'May', Headline: 'bad end month' },
      { Year: '-13800000000', Headline: 'big bang' },
      { Year: '2020', Headline: 'open era', Type: 'era' },
      { Headline: 'A late title', Type: 'title' },
      { Year: '', Headline: 'no year' },
      { Year: '2020', 'End Time': '10:00', Headline: 'end time without end year' },
    );
    expect(messages(text)).to.deep.equal([
      'rows[2].Year: "abc" is not a year',
      'rows[3].Month: "13" is not a month (1–12)',
      'rows[4].Day: "2020-02-30" is not a calendar date',
      'rows[5].Time: "25:00" is not a time such as 11:20, 11:20:30 or 2:30 PM',
      'rows[6].Time: "13:00 PM" is not a time such as 11:20, 11:20:30 or 2:30 PM',
      'rows[8].End Year: 2019 is before start 2020',
      'rows[9].End Month: "May" is not a month (1–12)',
      'rows[11].End Year: an era needs an end date',
      'rows[13].Year: expected a year, got ""',
      'rows[14].End Year: expected a year, got ""',
    ]);
    const { data, warnings } = fromCSV(text);
    expect(data.events.map((e) => `${String(e.start as string)} ${e.title}`)).to.deep.equal([
      '2020 fine',
      '2020 a day without month is ignored',
      '-13800000000 big bang',
    ]);
    expect(data.title).to.equal('A late title');
    expect(messages(sheet({ Headline: 'One', Type: 'title' }, { Headline: 'Two', Type: 'Title' }))).to.deep.equal([
      'rows[2].Type: a second title row; only the first is used',
    ]);
    expect(warnings).to.deep.equal([{ path: 'rows[7].Day', message: '"5" is ignored without a month' }]);
  });

  it('fromCSV warns about an unknown Type and a missing headline, and skips blank rows', () => {
    const text = `${sheet({ Year: '2020', Headline: 'a', Type: 'slide' })}\n,,,\n\n${sheet({ Year: '2021', Media: 'https://x.example/a.png', 'Media Caption': 'Caption' }).split('\n')[1]}`;
    const { data, errors, warnings } = fromCSV(text);
    expect(errors).to.deep.equal([]);
    expect(data.events.map((e) => e.title)).to.deep.equal(['a', 'Caption']);
    expect(warnings).to.deep.equal([
      { path: 'rows[1].Type', message: '"slide" is not a type (title, era or blank); read as an event' },
      { path: 'rows[4].Headline', message: 'no headline; titled "Caption" from the media caption' },
    ]);
  });
});

describe('fromCSV dropped values', () => {
  it('fromCSV drops script and data media URLs with warnings naming the row and column', () => {
    const { data, errors, warnings } = fromCSV(
      sheet(
        { Year: '2020', Headline: 'a', Media: 'javascript:alert(1)', 'Media Thumbnail': 'data:image/png;base64,AAAA' },
        { Year: '2021', Headline: 'b', Media: 'https://x.example/a.png', 'Media Thumbnail': 'img/t.png' },
      ),
    );
    expect(errors).to.deep.equal([]);
    expect(data.events.map((e) => e.media)).to.deep.equal([
      undefined,
      { url: 'https://x.example/a.png', thumbnail: 'img/t.png' },
    ]);
    expect(warnings).to.deep.equal([
      { path: 'rows[1].Media', message: '"javascript:alert(1)" is not an http:, https: or mailto: URL' },
      {
        path: 'rows[1].Media Thumbnail',
        message: '"data:image/png;base64,AAAA" is not an http:, https: or mailto: URL',
      },
    ]);
  });
});

describe('fromCSV simple form', () => {
  it('fromCSV reads start, end, title, summary, kind, group, place and id', () => {
    const text =
      'Start,End,Title,Summary,Kind,Group,Place,ID\n2023-11-15T11:00-08:00,2023-11-15T15:00-08:00,Filoli,Four hours,in-person,Leaders,"Woodside, CA",filoli\n2022-11-14,,Bali,,,,,';
    const { data, errors } = fromCSV(text);
    expect(errors).to.deep.equal([]);
    expect(data.events).to.deep.equal([
      {
        start: '2023-11-15T11:00-08:00',
        end: '2023-11-15T15:00-08:00',
        title: 'Filoli',
        summary: 'Four hours',
        kind: 'in-person',
        group: 'Leaders',
        place: 'Woodside, CA',
        id: 'filoli',
      },
      { start: '2022-11-14', title: 'Bali' },
    ]);
    const valid = validateData(data);
    expect(valid.errors).to.deep.equal([]);
    expect(valid.events.map((e) => e.id)).to.deep.equal(['event-1', 'filoli']);
    expect(valid.events[1].place).to.deep.equal({ name: 'Woodside, CA' });
  });

  it('fromCSV reads years 0–99, negative years and sub-day dates in the simple form', () => {
    const { data, errors } = fromCSV('start,title\n0044,a\n-0044-03-15,b\n0000,c\n2023-11-15T11:20:30.250,d');
    expect(errors).to.deep.equal([]);
    const valid = validateData(data);
    expect(valid.events.map((e) => [e.title, new Date(e.start.ms).getUTCFullYear(), e.start.precision])).to.deep.equal([
      ['b', -44, 'day'],
      ['c', 0, 'year'],
      ['a', 44, 'year'],
      ['d', 2023, 'millisecond'],
    ]);
  });

  it('fromCSV names the row and column of bad cells in the simple form', () => {
    expect(messages('start,end,title\nabc,,x\n2023,2022,y\n2023,,\n2023-02-30,,z\n2023,2024,ok')).to.deep.equal([
      'rows[1].start: "abc" is not an ISO 8601 date such as 2023-11-15 or 2023-11-15T11:00-08:00',
      'rows[2].end: "2022" is before start "2023"',
      'rows[3].title: expected a title',
      'rows[4].start: "2023-02-30" is not a calendar date',
    ]);
    expect(fromCSV('start,end,title\nabc,,x\n2023,2024,ok').data.events).to.deep.equal([
      { start: '2023', end: '2024', title: 'ok' },
    ]);
  });
});

describe('fromCSV invisible titles', () => {
  it('fromCSV takes a title or headline of invisible characters for none', () => {
    expect(messages('start,title\n2023,\u200b\u200c\n2024,ok')).to.deep.equal(['rows[1].title: expected a title']);
    const { data, warnings } = fromCSV(`${sheet({ Year: '2020', Headline: '\u200b', 'Media Caption': '\u2060' })}`);
    expect(data.events.map((e) => e.title)).to.deep.equal(['Untitled']);
    expect(warnings).to.deep.equal([{ path: 'rows[1].Headline', message: 'no headline; titled "Untitled"' }]);
  });
});

describe('fromCSV bad input', () => {
  it('fromCSV names the columns it expected when the header has neither layout', () => {
    expect(messages('a,b\n1,2')).to.deep.equal([
      'columns: expected a Year column (TimelineJS template) or a start column, got "a", "b"',
    ]);
    expect(messages('')).to.deep.equal([
      'columns: expected a Year column (TimelineJS template) or a start column, got none',
    ]);
  });

  it('fromCSV never throws, whatever the text', () => {
    const inputs: unknown[] = [
      null,
      undefined,
      42,
      {},
      '"',
      '"\n"',
      'start,title\n"unclosed,x',
      'Year,Headline\n\u0000,\u2028',
      'Year,Year,\n1,2,3',
      ',\n,',
    ];
    for (const input of inputs) {
      const result = fromCSV(input as string);
      expect(result.data.events).to.be.an('array');
      for (const error of result.errors) expect(error.path).to.be.a('string').and.not.equal('');
    }
    expect(fromCSV('Year,,Headline\n2020,stray,a').data.events).to.deep.equal([{ start: '2020', title: 'a' }]);
  });
});
