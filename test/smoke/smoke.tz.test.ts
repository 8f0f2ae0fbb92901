import { expect } from '@open-wc/testing';
describe('smoke', () => {
  it('runs', () => {
    expect(new Date(0).getTimezoneOffset()).to.be.a('number');
    console.log('tz offset', new Date(0).getTimezoneOffset(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
