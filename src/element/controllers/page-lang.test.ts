import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { loadStrings } from '../../i18n/strings.js';
import { LocaleController } from './locale.js';
import { PageLangObserver } from './page-lang.js';

class LangHost extends ReactiveElement {
  translations = {};
  updates = 0;
  readonly localeState = new LocaleController(this, () => undefined);
  readonly pageLang = new PageLangObserver(this);
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates += 1;
  }
}
customElements.define('lang-host', LangHost);

function countObserve(): { calls: () => number; restore(): void } {
  const observe = MutationObserver.prototype.observe;
  let calls = 0;
  MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
    if (target === document.documentElement && options?.attributeFilter?.includes('lang')) calls += 1;
    return observe.call(this, target, options);
  };
  return { calls: () => calls, restore: () => (MutationObserver.prototype.observe = observe) };
}

describe('PageLangObserver', () => {
  it('watches the page with one observer for every host, and re-renders them all when a lang changes', async () => {
    const observed = countObserve();
    try {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><lang-host></lang-host><lang-host></lang-host></div>`);
      const hosts = [...wrapper.querySelectorAll<LangHost>('lang-host')];
      await Promise.all(hosts.map((host) => host.updateComplete));
      expect(observed.calls()).to.equal(1);
      await loadStrings('fr');
      const before = hosts.map((host) => host.updates);
      wrapper.lang = 'fr';
      // The observer's callback is a microtask the change queued, ahead of this await.
      await null;
      await Promise.all(hosts.map((host) => host.updateComplete));
      expect(hosts.map((host) => host.updates - before[hosts.indexOf(host)]!)).to.deep.equal([1, 1]);
      expect(hosts.map((host) => host.localeState.strings.showMore)).to.deep.equal(['Afficher plus', 'Afficher plus']);
    } finally {
      observed.restore();
    }
  });

  it('stops watching once the last host has left, and watches again for the next one', async () => {
    const observed = countObserve();
    try {
      const host = await fixture<LangHost>(html`<lang-host></lang-host>`);
      const parent = host.parentNode!;
      host.remove();
      parent.appendChild(host);
      expect(observed.calls()).to.equal(2);
    } finally {
      observed.restore();
    }
  });
});
