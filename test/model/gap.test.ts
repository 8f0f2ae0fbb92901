import { expect } from '@open-wc/testing';
import { inPersonGap } from '../../src/model/gap.js';
import { validateData } from '../../src/data/validate.js';
import { en } from '../../src/i18n/strings.js';
import { strings as de } from '../../src/i18n/de.js';
import type { TimelineEvent } from '../../src/types.js';

const enNumbers = new Intl.NumberFormat('en-US');

/** In-person meetings on these calendar days, in time order. */
function meetings(...days: string[]): TimelineEvent[] {
  return validateData(days.map((start, i) => ({ id: `m${i}`, start, title: `Meeting ${i}`, kind: 'in-person' })))
    .events;
}

describe('inPersonGap', () => {
  it('inPersonGap(meetings) is undefined with fewer than two meetings', () => {
    expect(inPersonGap([], 'en-US', enNumbers, en)).to.equal(undefined);
    expect(inPersonGap(meetings('2022-11-14'), 'en-US', enNumbers, en)).to.equal(undefined);
  });

  it('inPersonGap(meetings) counts the calendar days between the last two and says so', () => {
    const list = meetings('2021-01-01', '2022-11-14', '2023-11-15');
    const gap = inPersonGap(list, 'en-US', enNumbers, en)!;
    expect(gap.from).to.equal(list[1]);
    expect(gap.to).to.equal(list[2]);
    expect(gap.label).to.equal('366 days');
    expect(gap.lane).to.equal('in-person');
    expect(gap.sentence).to.equal('366 days between the in-person meetings of Nov 14, 2022 and Nov 15, 2023');
  });

  it('inPersonGap(meetings) of meetings a day apart says 1 day', () => {
    expect(inPersonGap(meetings('2023-03-01', '2023-03-02'), 'en-US', enNumbers, en)!.label).to.equal('1 day');
  });

  it('inPersonGap(meetings) counts days at the venue, not in UTC', () => {
    // 23:30 on 1 March at UTC−08:00 is 07:30 UTC on 2 March; the venue's 2 March is the next day.
    const list = validateData([
      { id: 'a', start: '2023-03-01T23:30-08:00', title: 'A', kind: 'in-person' },
      { id: 'b', start: '2023-03-02T09:00-08:00', title: 'B', kind: 'in-person' },
    ]).events;
    expect(inPersonGap(list, 'en-US', enNumbers, en)!.label).to.equal('1 day');
  });

  it('inPersonGap(meetings, locale, numbers, strings) spells the count and dates in the locale', () => {
    const gap = inPersonGap(meetings('2020-01-01', '2023-01-01'), 'de-DE', new Intl.NumberFormat('de-DE'), de)!;
    expect(gap.label).to.equal('1.096 Tage');
    expect(gap.sentence).to.equal('1.096 Tage zwischen den persönlichen Treffen vom 1. Jan. 2020 und 1. Jan. 2023');
    const english = inPersonGap(meetings('2020-01-01', '2023-01-01'), 'en-US', enNumbers, en)!;
    expect(english.label).to.equal('1,096 days');
  });

  it('inPersonGap(meetings) is worked out once per list, locale and strings', () => {
    const list = meetings('2022-11-14', '2023-11-15');
    const first = inPersonGap(list, 'en-US', enNumbers, en);
    expect(inPersonGap(list, 'en-US', enNumbers, en)).to.equal(first);
    const british = inPersonGap(list, 'en-GB', new Intl.NumberFormat('en-GB'), en)!;
    expect(british).not.to.equal(first);
    expect(british.sentence).to.equal('366 days between the in-person meetings of 14 Nov 2022 and 15 Nov 2023');
    const overridden = { ...en, days: (count: string) => `${count} d` };
    expect(inPersonGap(list, 'en-GB', enNumbers, overridden)!.label).to.equal('366 d');
  });

  it('inPersonGap(meetings) of an equal list that is another array is worked out again', () => {
    const list = meetings('2022-11-14', '2023-11-15');
    const first = inPersonGap(list, 'en-US', enNumbers, en);
    const again = inPersonGap([...list], 'en-US', enNumbers, en);
    expect(again).not.to.equal(first);
    expect(again).to.deep.equal(first);
  });
});
