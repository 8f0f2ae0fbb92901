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
});
