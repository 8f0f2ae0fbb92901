import { expect } from '@open-wc/testing';
import { eraRows, MAX_ERA_ROWS } from '../../src/layout/era-rows.js';
import { parseDate } from '../../src/data/parse-date.js';
import type { TimePoint } from '../../src/types.js';

const era = (start: string, end: string) => ({
  start: parseDate(start) as TimePoint,
  end: parseDate(end) as TimePoint,
});

describe('eraRows', () => {
  it('eraRows([]) is no rows', () => {
    expect(eraRows([])).to.deep.equal({ rows: [], order: [], count: 0, until: [] });
  });

  it('eraRows(…) puts eras that follow one another, meeting on a day or a year, in row 0', () => {
    // The built-in data's eras: one ends on the day the next begins.
    expect(
      eraRows([era('2021-02-10', '2022-07-28'), era('2022-08-02', '2022-11-14'), era('2022-11-14', '2023-11-15')]).rows,
    ).to.deep.equal([0, 0, 0]);
    // TimelineJS's eras test: 600–650, 650–700, 700–720 at year precision.
    expect(eraRows([era('0600', '0650'), era('0650', '0700'), era('0700', '0720')]).rows).to.deep.equal([0, 0, 0]);
  });

  it('eraRows(…) gives an era that begins before another ends the first row free at its start', () => {
    const eras = [
      era('2001-01-20', '2009-01-20'), // Bush presidency
      era('2003-03-20', '2011-12-18'), // Iraq War: within Bush's
      era('2007-12-01', '2009-06-30'), // Great Recession: within both
      era('2009-01-20', '2017-01-20'), // Obama presidency: Bush's row is free from the day his ends
      era('2012-01-01', '2012-12-31'), // free rows 1 and 2: the first
    ];
    const { rows, order, count } = eraRows(eras);
    expect(rows).to.deep.equal([0, 1, 2, 0, 1]);
    // Drawn row by row, each row's eras in their order; three rows.
    expect(order).to.deep.equal([0, 3, 1, 4, 2]);
    expect(count).to.equal(3);
    // Worked out once for a list: the layout and each frame's drawing ask again.
    expect(eraRows(eras)).to.equal(eraRows(eras));
  });

  it('eraRows(…).until gives the day two eras in a row share to the later one', () => {
    const ms = (date: string) => (parseDate(date) as TimePoint).ms;
    // The built-in data's eras: Pelosi's ends on the day Filoli's groundwork begins; the calls end days before it.
    const builtIn = [era('2021-02-10', '2022-07-28'), era('2022-08-02', '2022-11-14'), era('2022-11-14', '2023-11-15')];
    expect(eraRows(builtIn).until).to.deep.equal([ms('2022-07-29'), ms('2022-11-14'), ms('2023-11-16')]);
    // Year precision: 600–650 ends where 650–700 begins (the year 650 is the later era's).
    expect(eraRows([era('0600', '0650'), era('0650', '0700')]).until).to.deep.equal([ms('0650'), ms('0701')]);
    // Bush's presidency ends on Obama's first day, in its row; the Iraq War (row 1) runs on under both.
    const presidents = [
      era('2001-01-20', '2009-01-20'),
      era('2003-03-20', '2011-12-18'),
      era('2009-01-20', '2017-01-20'),
    ];
    expect(eraRows(presidents).until).to.deep.equal([ms('2009-01-20'), ms('2011-12-19'), ms('2017-01-21')]);
    // A one-day era on the day the next begins keeps its day.
    expect(eraRows([era('2020-05-01', '2020-05-01'), era('2020-05-01', '2020-06-01')]).until).to.deep.equal([
      ms('2020-05-02'),
      ms('2020-06-02'),
    ]);
    // Eras sharing the last row for want of rows overlap: none is cut short where the next begins.
    const crowded = Array.from({ length: MAX_ERA_ROWS + 1 }, (_, i) => era(`2000-01-0${i + 1}`, '2001-01-01'));
    expect(eraRows(crowded).until.every((until) => until === ms('2001-01-02'))).to.equal(true);
  });

  it('eraRows(…) takes at most MAX_ERA_ROWS rows: more eras at once share the last', () => {
    const many = Array.from({ length: 200_000 }, (_, i) =>
      era(`2000-01-${String((i % 28) + 1).padStart(2, '0')}`, '2001-01-01'),
    );
    many.sort((a, b) => a.start.ms - b.start.ms);
    const { rows, count } = eraRows(many);
    expect(rows.slice(0, MAX_ERA_ROWS + 2)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 7, 7]);
    expect(rows.every((row) => row < MAX_ERA_ROWS)).to.equal(true);
    expect(count).to.equal(MAX_ERA_ROWS);
    // A row whose last era outlasts a shorter one put there after it is still taken until the longer one ends.
    expect(
      eraRows([...Array.from({ length: 8 }, () => era('2000', '2010')), era('2001', '2002'), era('2003', '2004')]).rows,
    ).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 7, 7]);
  });
});
