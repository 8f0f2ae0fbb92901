import { expect } from '@open-wc/testing';
import { adapt } from '../../src/formats/load.js';
import type { FormatHints } from '../../src/formats/detect.js';

/** What `adapt(hints)` rejects with; undefined if it resolves. */
async function rejection(hints: FormatHints): Promise<Error | undefined> {
  try {
    await adapt(hints);
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

const LOGIN_PAGE = '<!DOCTYPE html><html><body><form action="/login">secret-token</form></body></html>';

describe('adapt', () => {
  it('adapt(an HTML page) rejects with a short lowercase message without the body', async () => {
    for (const hints of [
      { url: 'events.csv', contentType: 'text/html; charset=utf-8', text: LOGIN_PAGE },
      { url: 'sheet?output=csv', contentType: 'text/html', text: LOGIN_PAGE, format: 'csv' },
      { url: 'events.json', contentType: null, text: LOGIN_PAGE },
      { url: 'data', contentType: 'text/plain', text: `  ${LOGIN_PAGE}`, format: 'timelinejs' },
    ]) {
      const error = await rejection(hints);
      expect(error, JSON.stringify(hints.url)).to.be.instanceOf(Error);
      expect(error!.message).to.equal('the response is an HTML page, not JSON or CSV');
      expect(error!.message).to.not.contain('secret');
    }
  });

  it('adapt(an empty body) rejects', async () => {
    expect((await rejection({ url: 'events.csv', contentType: 'text/csv', text: '' }))?.message).to.equal(
      'the response is empty',
    );
    expect((await rejection({ url: 'x', contentType: null, text: '\n' }))?.message).to.equal('the response is empty');
  });

  it('adapt(JSON, TimelineJS or CSV text) still reads them', async () => {
    const ours = await adapt({ url: 'a.json', contentType: 'application/json', text: '{"events": []}' });
    expect(ours).to.deep.equal({ data: { events: [] }, errors: [], warnings: [] });
    const served = await adapt({ url: 'a.php', contentType: 'text/html', text: '[{"start": "2020", "title": "x"}]' });
    expect(served.data).to.deep.equal([{ start: '2020', title: 'x' }]);
    const timelineJS = await adapt({ text: '{"events": [{"start_date": {"year": 2020}, "text": {"headline": "x"}}]}' });
    expect(timelineJS.data).to.deep.equal({
      events: [{ start: '2020', title: 'x' }],
      story: [{ event: 'event-0', caption: 'x' }],
    });
    const csv = await adapt({ url: 'a.csv', contentType: 'text/plain', text: 'start,title\n2020,x\n' });
    expect(csv.data).to.deep.equal({ events: [{ start: '2020', title: 'x' }] });
    const broken = await adapt({ url: 'a.json', contentType: 'text/html', text: '{ broken' });
    expect(broken.errors[0].message).to.match(/^not valid JSON: /);
  });

  it('adapt({json}) reads a value given as data, whatever the hints', async () => {
    const adapted = await adapt({ json: [{ start: '2020', title: 'x' }], contentType: 'text/html' });
    expect(adapted.data).to.deep.equal([{ start: '2020', title: 'x' }]);
  });
});
