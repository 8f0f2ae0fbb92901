import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PrintController } from '../../src/controllers/print-controller.js';

/** A bare host that shows whether the page is being printed. */
class PrintHost extends LitElement {
  readonly print = new PrintController(this);

  override render() {
    return html`<p>${this.print.printing ? 'printing' : 'screen'}</p>`;
  }
}
customElements.define('print-host', PrintHost);

declare global {
  interface HTMLElementTagNameMap {
    'print-host': PrintHost;
  }
}

const shown = (host: PrintHost) => host.shadowRoot!.querySelector('p')!.textContent;

describe('PrintController', () => {
  it('new PrintController(host) is not printing', async () => {
    const host = await fixture<PrintHost>(html`<print-host></print-host>`);
    expect(host.print.printing).to.equal(false);
    expect(shown(host)).to.equal('screen');
  });

  it('beforeprint sets printing and renders the host; afterprint clears it and renders again', async () => {
    const host = await fixture<PrintHost>(html`<print-host></print-host>`);
    window.dispatchEvent(new Event('beforeprint'));
    expect(host.print.printing).to.equal(true);
    expect(host.isUpdatePending).to.equal(true);
    await host.updateComplete;
    expect(shown(host)).to.equal('printing');
    window.dispatchEvent(new Event('afterprint'));
    expect(host.print.printing).to.equal(false);
    await host.updateComplete;
    expect(shown(host)).to.equal('screen');
  });

  it('a disconnected host hears neither beforeprint nor afterprint', async () => {
    const host = await fixture<PrintHost>(html`<print-host></print-host>`);
    host.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(host.print.printing).to.equal(false);
    document.body.append(host);
    window.dispatchEvent(new Event('beforeprint'));
    expect(host.print.printing).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    host.remove();
  });
});
