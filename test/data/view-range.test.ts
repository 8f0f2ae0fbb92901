import { expect } from '@open-wc/testing';
import { readViewRange } from '../../src/data/view-range.js';

describe('readViewRange', () => {
  it('reads both ends as dates, with no warnings', () => {
    const range = readViewRange('2023-01-01', '2023-06-30');
    expect(range.start!.ms).to.equal(Date.UTC(2023, 0, 1));
    expect(range.end!.ms).to.equal(Date.UTC(2023, 5, 30));
    expect(range.warnings).to.deep.equal([]);
  });

  it('neither given: nothing, no warnings', () => {
    expect(readViewRange(undefined, undefined)).to.deep.equal({ warnings: [] });
  });

  it('an unreadable end is left out with a warning at its attribute', () => {
    const range = readViewRange('2023-01-01', 'soon');
    expect(range.start!.ms).to.equal(Date.UTC(2023, 0, 1));
    expect(range.end).to.equal(undefined);
    expect(range.warnings.map((w) => w.path)).to.deep.equal(['view-end']);
  });

  it('a pair the wrong way round is kept (read swapped later) with a warning saying so', () => {
    const range = readViewRange('2023-06-30', '2023-01-01');
    expect(range.start && range.end).to.be.ok;
    expect(range.warnings).to.have.length(1);
    expect(range.warnings[0].path).to.equal('view-end');
    expect(range.warnings[0].message).to.contain('read the other way round');
  });
});
