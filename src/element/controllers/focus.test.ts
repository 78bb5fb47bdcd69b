import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FocusController, cardFocusTarget } from './focus.js';

class FocusHost extends LitElement {
  static override properties = { count: { type: Number } };
  count = 1;
  readonly focuser = new FocusController(this);
  override render() {
    return html`<ul part="list">
      ${Array.from({ length: this.count }, (_, i) => (i % 2 ? html`<li>card ${i}</li>` : html`<li><a href="#${i}">card ${i}</a></li>`))}
    </ul>`;
  }
}
customElements.define('focus-host', FocusHost);

describe('FocusController', () => {
  it('focuses, after the next update, what did not exist before it', async () => {
    const host = await fixture<FocusHost>(html`<focus-host></focus-host>`);
    host.count = 3;
    host.focuser.after(() => cardFocusTarget(host.renderRoot, 2));
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement?.textContent).to.equal('card 2');
  });

  it('focuses a card without a link itself, and only once', async () => {
    const host = await fixture<FocusHost>(html`<focus-host></focus-host>`);
    host.count = 2;
    host.focuser.after(() => cardFocusTarget(host.renderRoot, 1));
    await host.updateComplete;
    const card = host.shadowRoot!.activeElement as HTMLElement;
    expect(card.tagName).to.equal('LI');
    expect(card.tabIndex).to.equal(-1);
    card.blur();
    host.requestUpdate();
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement).to.equal(null);
  });
});
