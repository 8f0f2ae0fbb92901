import { expect } from '@open-wc/testing';
import { detectFormat, notDataReason } from '../../src/formats/detect.js';

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

const LOGIN_PAGE =
  '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><form>secret-token</form></body></html>';

describe('notDataReason', () => {
  it('notDataReason({contentType: text/html}) is an HTML page, whatever the body looks like but JSON', () => {
    const page = 'the response is an HTML page, not JSON or CSV';
    expect(notDataReason({ url: 'a.csv', contentType: 'text/html; charset=utf-8', text: LOGIN_PAGE })).to.equal(page);
    expect(notDataReason({ url: 'x', contentType: 'TEXT/HTML', text: 'Year,Headline\n2020,x' })).to.equal(page);
    expect(notDataReason({ url: 'x', contentType: 'application/xhtml+xml', text: 'Forbidden' })).to.equal(page);
    expect(notDataReason({ url: 'x', contentType: 'text/html', text: '', format: 'csv' })).to.equal(page);
    // Servers send JSON as text/html by default: a body that starts like JSON goes to the JSON parser.
    expect(notDataReason({ url: 'x', contentType: 'text/html', text: ' {"events": []}' })).to.equal(undefined);
  });

  it('notDataReason({contentType}) names XML and media types', () => {
    expect(notDataReason({ url: 'x', contentType: 'application/xml', text: 'AccessDenied' })).to.equal(
      'the response is an XML document, not JSON or CSV',
    );
    expect(notDataReason({ url: 'x', contentType: 'application/rss+xml', text: '' })).to.equal(
      'the response is an XML document, not JSON or CSV',
    );
    expect(notDataReason({ url: 'x', contentType: 'image/png', text: '\u0089PNG' })).to.equal(
      'the response is image/png, not JSON or CSV',
    );
    expect(notDataReason({ url: 'x', contentType: 'application/pdf', text: '%PDF' })).to.equal(
      'the response is application/pdf, not JSON or CSV',
    );
  });

  it('notDataReason({text}) rejects an empty body and one that starts with markup', () => {
    expect(notDataReason({ url: 'x', contentType: null, text: '' })).to.equal('the response is empty');
    expect(notDataReason({ url: 'x', text: ' \n\ufeff\t' })).to.equal('the response is empty');
    expect(notDataReason({ url: 'x', contentType: 'text/plain', text: `\n ${LOGIN_PAGE}` })).to.equal(
      'the response is an HTML page, not JSON or CSV',
    );
    expect(notDataReason({ url: 'x', text: '<?xml version="1.0"?><Error/>' })).to.equal(
      'the response is an XML document, not JSON or CSV',
    );
    // Without a URL or a content type, it is text handed over rather than a response.
    expect(notDataReason({ text: '<p>x</p>', format: 'csv' })).to.equal('the text is an HTML page, not JSON or CSV');
  });

  it('notDataReason is undefined for JSON, CSV, and data given as a value', () => {
    for (const contentType of [
      undefined,
      null,
      'application/json',
      'text/plain',
      'text/csv',
      'application/octet-stream',
    ])
      for (const text of ['{"events": []}', '[]', 'Year,Headline\n2020,x', 'start,title\n2020,x', 'not json, not much'])
        expect(notDataReason({ url: 'x', contentType, text }), `${contentType} ${text}`).to.equal(undefined);
    expect(notDataReason({ json: { events: [] }, contentType: 'text/html' })).to.equal(undefined);
    expect(notDataReason({})).to.equal(undefined);
  });
});
