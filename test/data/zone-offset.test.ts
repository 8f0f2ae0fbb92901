import { expect } from '@open-wc/testing';
import { axisZone, zoneOffset } from '../../src/data/zone-offset.js';

const HOUR = 3_600_000;

describe('zoneOffset', () => {
  it('zoneOffset(ms, zone) is how far the zone’s clock is ahead of UTC then, summer time included', () => {
    expect(zoneOffset(Date.UTC(2026, 10, 4), 'America/New_York')).to.equal(-5 * HOUR);
    expect(zoneOffset(Date.UTC(2026, 6, 4), 'America/New_York')).to.equal(-4 * HOUR);
    expect(zoneOffset(Date.UTC(2023, 0, 1), 'Asia/Kolkata')).to.equal(5.5 * HOUR);
    expect(zoneOffset(Date.UTC(2023, 0, 1), 'Europe/London')).to.equal(0);
    expect(zoneOffset(Date.UTC(2023, 0, 1), 'UTC')).to.equal(0);
  });

  it('zoneOffset(ms, "local") is the reader’s own offset', () => {
    for (const ms of [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)])
      expect(zoneOffset(ms, 'local')).to.equal(-new Date(ms).getTimezoneOffset() * 60_000);
  });

  it('zoneOffset(ms, zone) is 0 beyond the range of Date', () => {
    expect(zoneOffset(-1e18, 'America/New_York')).to.equal(0);
  });

  it('axisZone(zone) keeps a zone Intl knows and local, and reads any other as UTC', () => {
    expect(axisZone('America/New_York')).to.equal('America/New_York');
    expect(axisZone('local')).to.equal('local');
    expect(axisZone('Mars/Olympus_Mons')).to.equal('UTC');
  });
});
