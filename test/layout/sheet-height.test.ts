import { expect } from '@open-wc/testing';
import { easeIn, sheetHeight } from '../../src/layout/sheet-height.js';

describe('easeIn', () => {
  it('runs from 0 to 1 as CSS’s ease-in does: slow, then fast', () => {
    expect(easeIn(0)).to.equal(0);
    expect(easeIn(1)).to.equal(1);
    // cubic-bezier(0.42, 0, 1, 1) at t = 0.5: x = 3 · 0.25 · 0.5 · 0.42 + 3 · 0.5 · 0.25 + 0.125 = 0.6575, y = 0.5.
    expect(easeIn(0.6575)).to.be.closeTo(0.5, 1e-4);
    expect(easeIn(0.5)).to.be.below(0.5);
    for (let x = 0.05; x < 1; x += 0.05) expect(easeIn(x)).to.be.above(easeIn(x - 0.05));
  });
});

describe('sheetHeight', () => {
  const H = 800;
  const least = 72;
  const full = 400;

  it('is least with the chart’s top at the window’s foot or below it', () => {
    expect(sheetHeight({ top: H, height: 2000 }, H, least, full)).to.equal(least);
    expect(sheetHeight({ top: H + 300, height: 2000 }, H, least, full)).to.equal(least);
  });

  it('is full with the chart’s top at the window’s top or above it', () => {
    expect(sheetHeight({ top: 0, height: 2000 }, H, least, full)).to.be.closeTo(full, 1e-3);
    expect(sheetHeight({ top: -900, height: 2000 }, H, least, full)).to.be.closeTo(full, 1e-3);
  });

  it('grows as the chart comes up the window, slowly at first', () => {
    const at = (top: number) => sheetHeight({ top, height: 2000 }, H, least, full);
    expect(at(H * 0.6)).to.be.above(least);
    expect(at(H * 0.6)).to.be.below(least + (full - least) * 0.4);
    expect(at(H * 0.3)).to.be.above(at(H * 0.6));
  });

  it('is full once all of a chart shorter than the window is in it', () => {
    expect(sheetHeight({ top: H - 300, height: 300 }, H, least, full)).to.be.closeTo(full, 1e-3);
    expect(sheetHeight({ top: H - 150, height: 300 }, H, least, full)).to.be.below(full);
  });

  it('never goes below least, whatever full is', () => {
    expect(sheetHeight({ top: 0, height: 2000 }, H, least, 40)).to.equal(least);
  });
});
