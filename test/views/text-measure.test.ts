import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { TextMeasure } from '../../src/views/text-measure.js';

/** A bare host whose font family the test reads through TextMeasure, counting the reads. */
class MeasureHost extends LitElement {
  reads = 0;
  readonly text = new TextMeasure(this, () => {
    this.reads++;
    return getComputedStyle(this).fontFamily;
  });
}
customElements.define('text-measure-host', MeasureHost);

describe('TextMeasure', () => {
  it('TextMeasure reads the host’s font family once, when the host is connected, not in the middle of a render', async () => {
    const host = await fixture<MeasureHost>(
      html`<text-measure-host style="font-family: monospace"></text-measure-host>`,
    );
    expect(host.reads).to.equal(1);
    host.text.width('Bali');
    host.text.width('Filoli', true);
    expect(host.reads).to.equal(1);
  });

  it('TextMeasure.width() is wider for a longer text, and bold is no narrower', async () => {
    const host = await fixture<MeasureHost>(html`<text-measure-host></text-measure-host>`);
    expect(host.text.width('Summit at Filoli')).to.be.greaterThan(host.text.width('Bali'));
    expect(host.text.width('Summit at Filoli', true)).to.be.at.least(host.text.width('Summit at Filoli'));
  });

  it('TextMeasure.width() is the whole text’s width as the canvas measures it, in any script', async () => {
    const host = await fixture<MeasureHost>(html`<text-measure-host></text-measure-host>`);
    const titles = [
      'Biden and Premier Li Qiang speak at the G20',
      'Größere Übereinkünfte — «Zitat» fi ffi',
      'AVAST Toyota WAVE Type LT. Yo',
      'بايدن وشي يلتقيان في بالي',
      '拜登与习近平在巴厘岛会晤',
      'Two  spaces, and a trailing one ',
    ];
    for (const bold of [false, true]) {
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${bold ? 'bold ' : ''}12px ${getComputedStyle(host).fontFamily}`;
      for (const title of titles)
        expect(host.text.width(title, bold), title).to.be.closeTo(Math.ceil(context.measureText(title).width + 2), 1);
    }
  });

  it('TextMeasure measures each word once: a title made of words measured before costs no measurement', async () => {
    const host = await fixture<MeasureHost>(html`<text-measure-host></text-measure-host>`);
    const proto = CanvasRenderingContext2D.prototype;
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'measureText')!;
    const real = descriptor.value as (this: CanvasRenderingContext2D, text: string) => TextMetrics;
    const measured: string[] = [];
    proto.measureText = function (this: CanvasRenderingContext2D, text: string) {
      measured.push(text);
      return real.call(this, text);
    };
    try {
      host.text.width('Blinken and Wang Yi meet in Munich');
      measured.length = 0;
      host.text.width('Wang Yi and Blinken meet in Munich');
      expect(measured).to.deep.equal([]);
      host.text.width('Blinken and Wang Yi meet in Vienna');
      expect(measured).to.deep.equal(['Vienna']);
    } finally {
      Object.defineProperty(proto, 'measureText', descriptor);
    }
  });
});
