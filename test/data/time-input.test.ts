import { expect } from '@open-wc/testing';
import { toMs } from '../../src/data/time-input.js';

describe('toMs', () => {
  it('toMs(ms) is the number itself', () => {
    expect(toMs(0)).to.equal(0);
    expect(toMs(Date.UTC(2023, 10, 15))).to.equal(Date.UTC(2023, 10, 15));
    expect(toMs(-1)).to.equal(-1);
  });

  it('toMs(date) is the Date’s instant', () => {
    expect(toMs(new Date(Date.UTC(2023, 10, 15, 19, 30)))).to.equal(Date.UTC(2023, 10, 15, 19, 30));
  });

  it('toMs("YYYY-MM-DD") is UTC midnight of that day, in every time zone', () => {
    expect(toMs('2023-11-15')).to.equal(Date.UTC(2023, 10, 15));
  });

  it('toMs("YYYY") and toMs("YYYY-MM") are where the year and the month begin', () => {
    expect(toMs('2023')).to.equal(Date.UTC(2023, 0, 1));
    expect(toMs('2023-11')).to.equal(Date.UTC(2023, 10, 1));
  });

  it('toMs(ISO with an offset) is the instant it names', () => {
    expect(toMs('2023-11-15T11:00-08:00')).to.equal(Date.UTC(2023, 10, 15, 19));
    expect(toMs('2023-11-15T11:00Z')).to.equal(Date.UTC(2023, 10, 15, 11));
  });

  it('toMs(value) is NaN for a value that names no time', () => {
    for (const value of ['', 'soon', '2023-02-30', '2023-13', new Date(NaN)])
      expect(toMs(value), String(value)).to.be.NaN;
  });
});
