import { expect } from '@open-wc/testing';
import { formatAnnum, formatYear, formatYearsFromNow } from '../../src/data/format-year.js';

describe('formatYear', () => {
  it('formatYear(year) writes a calendar year as Intl does, with its era before 1000', () => {
    expect(formatYear(1920, 'en-US')).to.equal('1920');
    expect(formatYear(79, 'en-US')).to.equal('79 AD');
    expect(formatYear(-44, 'en-US')).to.equal('45 BC');
    expect(formatYear(0, 'en-US')).to.equal('1 BC');
  });

  it('formatYear(year) groups counts from 10,000 on, in the locale', () => {
    expect(formatYear(-9999, 'en-US')).to.equal('10,000 BC');
    expect(formatYear(-99_998, 'en-US')).to.equal('99,999 BC');
    expect(formatYear(12_000, 'en-US')).to.equal('12,000');
    expect(formatYear(-9999, 'de-DE')).to.equal('10.000 v. Chr.');
  });

  it('formatYear(year) says far years as a distance from now, compact', () => {
    expect(formatYear(-13_798_000_000, 'en-US')).to.equal('13.8 billion years ago');
    expect(formatYear(-4_600_000_000, 'en-US')).to.equal('4.6 billion years ago');
    expect(formatYear(-250_000, 'en-US')).to.equal('250 thousand years ago');
    expect(formatYear(5e9, 'en-US')).to.equal('in 5 billion years');
    expect(formatYear(-13_798_000_000, 'en-US', 'short')).to.equal('13.8B years ago');
    expect(formatYear(-13_798_000_000, 'de-DE')).to.equal('vor 13,8 Milliarden Jahren');
  });

  it('formatYearsFromNow(years, locale, style, digits) keeps the digits asked for, and says zero', () => {
    expect(formatYearsFromNow(-4_780_000_000, 'en-US', 'short', 3)).to.equal('4.78B years ago');
    expect(formatYearsFromNow(-4_780_000_000, 'en-US', 'short', 2)).to.equal('4.8B years ago');
    expect(formatYearsFromNow(0, 'en-US', 'short', 1)).to.equal('now');
    expect(formatYearsFromNow(0, 'de', 'short', 1)).to.equal('jetzt');
  });

  it("formatAnnum(years, locale, digits) writes distances in geologists' units", () => {
    expect(formatAnnum(-4_600_000_000, 'en-US')).to.equal('4.6\u00a0Ga');
    expect(formatAnnum(-13_798_000_000, 'en-US', 3)).to.equal('13.8\u00a0Ga');
    expect(formatAnnum(-66_000_000, 'en-US')).to.equal('66\u00a0Ma');
    expect(formatAnnum(-250_000, 'en-US')).to.equal('250\u00a0ka');
    expect(formatAnnum(5e9, 'en-US')).to.equal('+5\u00a0Ga');
    expect(formatAnnum(0, 'en-US')).to.equal('0');
  });
});
