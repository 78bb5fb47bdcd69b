import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { LocaleController } from './locale.js';

class LocaleHost extends ReactiveElement {
  translations = {};
  readonly localeState = new LocaleController(this, () => undefined);
}
customElements.define('locale-host', LocaleHost);

describe('LocaleController', () => {
  it('reads the nearest lang once per update, as a canonical tag', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es_ES"><locale-host></locale-host></div>`);
    const host = wrapper.querySelector<LocaleHost>('locale-host')!;
    await host.updateComplete;
    expect(host.localeState.locale).to.equal('es-ES');
    expect(host.localeState.formatNumber(12345)).to.equal(new Intl.NumberFormat('es-ES').format(12345));
  });
});
