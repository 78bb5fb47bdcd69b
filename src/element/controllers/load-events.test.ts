import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { FeedError } from '../../feed/errors.js';
import type { Feed } from '../../feed/model.js';
import type { ErrorDetail, LoadDetail } from '../events.js';
import { LoadEvents } from './load-events.js';

class EventsHost extends ReactiveElement {
  feed?: Feed;
  readonly events = new LoadEvents(
    this,
    () => ({ src: 'feed.json', feed: undefined, format: 'auto', timeoutSeconds: 15, cacheTtlSeconds: 300 }),
    () => this.feed,
  );
  readonly heard: Array<{ type: string; detail: LoadDetail | ErrorDetail; updating: boolean }> = [];
  constructor() {
    super();
    for (const type of ['pf-load', 'pf-error'])
      this.addEventListener(type, (event) =>
        this.heard.push({ type, detail: (event as CustomEvent).detail, updating: this.isUpdatePending }),
      );
  }
}
customElements.define('load-events-host', EventsHost);

const feed: Feed = { title: 'Topic', description: '', related: [], items: [{ id: '1', title: 'One', excerpt: '', type: '', tags: [] }] };

describe('LoadEvents', () => {
  it('sends pf-load once per feed shown, after the update that renders it', async () => {
    const host = await fixture<EventsHost>(html`<load-events-host></load-events-host>`);
    host.feed = feed;
    host.events.shown();
    host.requestUpdate();
    expect(host.heard).to.deep.equal([]);
    await host.updateComplete;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.heard).to.deep.equal([{ type: 'pf-load', detail: { total: 1, feed }, updating: false }]);
  });

  it('sends no pf-load when no feed is shown by the time of the update', async () => {
    const host = await fixture<EventsHost>(html`<load-events-host></load-events-host>`);
    host.events.shown();
    host.requestUpdate();
    await host.updateComplete;
    expect(host.heard).to.deep.equal([]);
  });

  it('sends pf-error at once, worded for the editor', async () => {
    const host = await fixture<EventsHost>(html`<load-events-host></load-events-host>`);
    host.events.failed(new FeedError('http', 'the server answered 500', '', 500));
    expect(host.heard).to.deep.equal([
      {
        type: 'pf-error',
        detail: { kind: 'http', message: 'Could not load the feed feed.json: the server answered 500.', status: 500 },
        updating: false,
      },
    ]);
  });
});
