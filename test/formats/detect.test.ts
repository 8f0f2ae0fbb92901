import { expect } from '@open-wc/testing';
import { detectFormat } from '../../src/formats/detect.js';

const TIMELINEJS = { title: { text: { headline: 'x' } }, events: [{ start_date: { year: 2023 } }] };
const OURS = { title: 'x', events: [{ start: '2023', title: 'x' }] };

describe('detectFormat', () => {
  it('detectFormat({format}) wins over every other hint', () => {
    expect(detectFormat({ format: 'json', url: 'a.csv', contentType: 'text/csv', json: TIMELINEJS })).to.equal('json');
    expect(detectFormat({ format: 'timelinejs', json: OURS })).to.equal('timelinejs');
    expect(detectFormat({ format: ' CSV ', url: 'a.json' })).to.equal('csv');
    // An unknown or empty format is no choice at all.
    expect(detectFormat({ format: 'xml', url: 'a.csv' })).to.equal('csv');
    expect(detectFormat({ format: '', json: TIMELINEJS })).to.equal('timelinejs');
    expect(detectFormat({ format: null, json: OURS })).to.equal('json');
  });

  it('detectFormat({url}) reads a .csv path or a sheet export as csv', () => {
    expect(detectFormat({ url: 'data/events.csv' })).to.equal('csv');
    expect(detectFormat({ url: 'https://x.example/events.CSV?v=2#top' })).to.equal('csv');
    expect(detectFormat({ url: 'https://docs.google.com/spreadsheets/d/abc/export?format=csv' })).to.equal('csv');
    expect(
      detectFormat({ url: 'https://docs.google.com/spreadsheets/d/e/abc/pub?gid=0&single=true&output=csv' }),
    ).to.equal('csv');
    expect(detectFormat({ url: 'https://x.example/events.csv.json' })).to.equal('json');
    expect(detectFormat({ url: 'https://x.example/?q=a.csvx' })).to.equal('json');
    expect(detectFormat({ url: 'https://x.example/page#a.csv' })).to.equal('json');
  });

  it('detectFormat({contentType}) reads text/csv as csv', () => {
    expect(detectFormat({ contentType: 'text/csv' })).to.equal('csv');
    expect(detectFormat({ contentType: 'Text/CSV; charset=utf-8' })).to.equal('csv');
    expect(detectFormat({ contentType: 'application/csv' })).to.equal('csv');
    expect(detectFormat({ contentType: 'application/json', json: OURS })).to.equal('json');
    expect(detectFormat({ contentType: 'text/csvx' })).to.equal('json');
  });

  it('detectFormat({json}) tells TimelineJS by its shape, else json', () => {
    expect(detectFormat({ json: TIMELINEJS })).to.equal('timelinejs');
    expect(detectFormat({ json: { events: [{ start_date: { year: '1' } }] } })).to.equal('timelinejs');
    expect(detectFormat({ json: OURS })).to.equal('json');
    expect(detectFormat({ json: [] })).to.equal('json');
    expect(detectFormat({})).to.equal('json');
  });

  it('detectFormat({text}) parses JSON text, and takes text that cannot be JSON for csv', () => {
    expect(detectFormat({ text: JSON.stringify(TIMELINEJS) })).to.equal('timelinejs');
    expect(detectFormat({ text: ` ${JSON.stringify(OURS)}` })).to.equal('json');
    expect(detectFormat({ text: 'Year,Headline\n2023,x' })).to.equal('csv');
    expect(detectFormat({ text: '{ broken' })).to.equal('json');
    expect(detectFormat({ text: 'x', json: TIMELINEJS })).to.equal('timelinejs');
  });
});
