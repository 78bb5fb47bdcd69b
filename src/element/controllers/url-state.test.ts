import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import type { FilterState } from '../../filter/filter.js';
import { UrlStateController } from './url-state.js';

class UrlHost extends ReactiveElement {
  syncUrl = true;
  pops = 0;
  readonly warnings: string[] = [];
  readonly urlState = new UrlStateController(
    this,
    () => (this.pops += 1),
    (message) => this.warnings.push(message),
  );
}
customElements.define('url-host', UrlHost);

const none: FilterState = { types: [], tags: [], query: '', sort: 'newest' };

describe('UrlStateController', () => {
  let start = '';
  beforeEach(() => (start = `${location.pathname}${location.search}${location.hash}`));
  afterEach(() => history.replaceState(history.state, '', start));

  // First: the code that reads the query string is loaded once per page, and only for sync-url.
  it('loads its code only for sync-url, and applies the address once it has arrived', async () => {
    history.replaceState(history.state, '', `${location.pathname}?pf-events-type=Webinar${location.hash}`);
    const host = await fixture<UrlHost>(html`<url-host id="events"></url-host>`);
    host.syncUrl = false;
    await host.urlState.ready();
    expect(host.urlState.read(none)).to.equal(none);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(host.pops).to.equal(0);

    host.syncUrl = true;
    // Until the code is there the fallback stands and nothing is written; the first cards wait on ready().
    expect(host.urlState.read(none)).to.equal(none);
    host.urlState.write({ ...none, tags: ['x'] }, false);
    expect(location.search).to.equal('?pf-events-type=Webinar');
    await host.urlState.ready();
    expect(host.pops).to.equal(1);
    expect(host.urlState.read(none).types).to.deep.equal(['Webinar']);
    await host.urlState.ready();
    expect(host.pops).to.equal(1);
    expect(host.warnings).to.deep.equal([]);
  });

  it('writes the state into the query string, namespaced by the host id, and reads it back', async () => {
    const host = await fixture<UrlHost>(html`<url-host id="events"></url-host>`);
    await host.urlState.ready();
    // history.length stops growing at 50 entries in some engines: count the calls instead.
    const { pushState, replaceState } = history;
    const calls: string[] = [];
    history.pushState = (...args) => (calls.push('push'), pushState.apply(history, args));
    history.replaceState = (...args) => (calls.push('replace'), replaceState.apply(history, args));
    try {
      host.urlState.write({ ...none, types: ['Webinar'], query: 'equity' }, false);
      expect(new URLSearchParams(location.search).getAll('pf-events-type')).to.deep.equal(['Webinar']);
      host.urlState.write({ ...none, types: ['Webinar'], query: 'equity gaps' }, true);
      host.urlState.write({ ...none, types: ['Webinar'], query: 'equity gaps' }, false);
    } finally {
      Object.assign(history, { pushState, replaceState });
    }
    expect(calls).to.deep.equal(['push', 'replace']);
    expect(host.urlState.read(none)).to.include({ query: 'equity gaps' });
  });

  it('leaves the page’s address alone without sync-url, and hears back and forward only with it', async () => {
    const host = await fixture<UrlHost>(html`<url-host></url-host>`);
    // Back and forward are heard by the code sync-url loads (here since the first test): once it is ready.
    await host.urlState.ready();
    host.syncUrl = false;
    host.urlState.write({ ...none, tags: ['x'] }, false);
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
