import { expect } from '@open-wc/testing';
import { render, svg } from 'lit';
import { chartBox } from '../../src/views/chart-box.js';

describe('chartBox', () => {
  const draw = (height: number, canvas: number | undefined) => {
    const host = document.createElement('div');
    document.body.append(host);
    render(chartBox(300, height, canvas, svg`<rect class="inside" width="10" height="10"></rect>`), host);
    const box = host.querySelector<HTMLElement>('.plot')!;
    const chart = box.querySelector('svg')!;
    return { host, box, chart };
  };

  it('gives the svg its room to grow into, in a box of the chart’s height that clips it', () => {
    const { host, box, chart } = draw(200, 300);
    expect(chart.getAttribute('part')).to.equal('chart');
    expect([chart.getAttribute('width'), chart.getAttribute('height')]).to.deep.equal(['300', '300']);
    expect(chart.getAttribute('viewBox')).to.equal('0 0 300 300');
    expect(box.style.height).to.equal('200px');
    expect(box.getBoundingClientRect().height).to.equal(200);
    // The content is svg, in the svg.
    expect(chart.querySelector('.inside')).to.be.instanceOf(SVGRectElement);
    host.remove();
  });

  it('an svg no taller than the chart (or less room than the chart asks) is the chart’s height, and the box its own', () => {
    for (const canvas of [undefined, 200, 150]) {
      const { host, box, chart } = draw(200, canvas);
      expect(chart.getAttribute('height')).to.equal('200');
      expect(box.style.height).to.equal('');
      host.remove();
    }
  });
});
