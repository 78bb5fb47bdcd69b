import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import type { FilterState } from '../../filter/filter.js';
import { UrlSync } from './url-sync.js';

class UrlHost extends ReactiveElement {
  syncUrl = true;
  pops = 0;
  readonly urlSync = new UrlSync(this, () => (this.pops += 1));
}
customElements.define('url-host', UrlHost);

const none: FilterState = { types: [], tags: [], query: '', sort: 'newest' };

describe('UrlSync', () => {
  let start = '';
  beforeEach(() => (start = `${location.pathname}${location.search}${location.hash}`));
  afterEach(() => history.replaceState(history.state, '', start));

  it('reads the state from the query string, namespaced by the host id, else the fallback', async () => {
    history.replaceState(history.state, '', `${location.pathname}?pf-events-type=Webinar&pf-q=equity${location.hash}`);
    const events = await fixture<UrlHost>(html`<url-host id="events"></url-host>`);
    expect(events.urlSync.read(none)).to.deep.include({ types: ['Webinar'], query: '' });
    const plain = await fixture<UrlHost>(html`<url-host></url-host>`);
    expect(plain.urlSync.read(none)).to.deep.include({ types: [], query: 'equity' });
  });

  it('writes the state into the query string: a discrete change is a new history entry, typing is not', async () => {
    const host = await fixture<UrlHost>(html`<url-host id="events"></url-host>`);
    // history.length stops growing at 50 entries in some engines: count the calls instead.
    const { pushState, replaceState } = history;
    const calls: string[] = [];
    history.pushState = (...args) => (calls.push('push'), pushState.apply(history, args));
    history.replaceState = (...args) => (calls.push('replace'), replaceState.apply(history, args));
    try {
      host.urlSync.write({ ...none, types: ['Webinar'], query: 'equity' }, false);
      expect(new URLSearchParams(location.search).getAll('pf-events-type')).to.deep.equal(['Webinar']);
      host.urlSync.write({ ...none, types: ['Webinar'], query: 'equity gaps' }, true);
      host.urlSync.write({ ...none, types: ['Webinar'], query: 'equity gaps' }, false);
    } finally {
      Object.assign(history, { pushState, replaceState });
    }
    expect(calls).to.deep.equal(['push', 'replace']);
    expect(host.urlSync.read(none)).to.include({ query: 'equity gaps' });
  });

  it('leaves the page’s address alone without sync-url, and hears back and forward only with it, while on the page', async () => {
    const host = await fixture<UrlHost>(html`<url-host></url-host>`);
    host.syncUrl = false;
    host.urlSync.write({ ...none, tags: ['x'] }, false);
    expect(location.search).to.not.contain('pf-tag');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(host.pops).to.equal(0);
    host.syncUrl = true;
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(host.pops).to.equal(1);
    host.remove();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(host.pops).to.equal(1);
  });
});
