import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Announcer } from '../../src/controllers/announcer.js';

/** A bare host: its live region shows what the announcer says; it counts its renders. */
class AnnouncerHost extends LitElement {
  readonly announcer = new Announcer(this);
  renders = 0;

  override render() {
    this.renders++;
    return html`<div role="status" aria-live="polite">${this.announcer.text}</div>`;
  }
}
customElements.define('announcer-host', AnnouncerHost);

declare global {
  interface HTMLElementTagNameMap {
    'announcer-host': AnnouncerHost;
  }
}

const region = (host: AnnouncerHost) => host.shadowRoot!.querySelector('[role="status"]')!.textContent;

describe('Announcer', () => {
  it('new Announcer(host) says nothing at first', async () => {
    const host = await fixture<AnnouncerHost>(html`<announcer-host></announcer-host>`);
    expect(host.announcer.text).to.equal('');
    expect(region(host)).to.equal('');
  });

  it('announcer.say(text) puts the text in the live region at the next render', async () => {
    const host = await fixture<AnnouncerHost>(html`<announcer-host></announcer-host>`);
    host.announcer.say('Showing Nov 14, 2022 – Nov 15, 2023');
    expect(host.isUpdatePending).to.equal(true);
    await host.updateComplete;
    expect(host.announcer.text).to.equal('Showing Nov 14, 2022 – Nov 15, 2023');
    expect(region(host)).to.equal('Showing Nov 14, 2022 – Nov 15, 2023');
  });

  it('announcer.say(text) of the text already said requests no render', async () => {
    const host = await fixture<AnnouncerHost>(html`<announcer-host></announcer-host>`);
    host.announcer.say('Bali, Nov 14, 2022');
    await host.updateComplete;
    const renders = host.renders;
    host.announcer.say('Bali, Nov 14, 2022');
    expect(host.isUpdatePending).to.equal(false);
    await host.updateComplete;
    expect(host.renders).to.equal(renders);
  });

  it('announcer.say(text) replaces the text said before', async () => {
    const host = await fixture<AnnouncerHost>(html`<announcer-host></announcer-host>`);
    host.announcer.say('first');
    host.announcer.say('second');
    await host.updateComplete;
    expect(region(host)).to.equal('second');
  });
});
