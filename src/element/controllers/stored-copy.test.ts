import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import type { FeedError } from '../../feed/errors.js';
import type { Feed } from '../../feed/model.js';
import { feedOfTitles, recordFetchSignals, scenario, storeCopy } from '../../test-support/scenario.js';
import { StoredCopy } from './stored-copy.js';

class CopyHost extends ReactiveElement {
  src?: string;
  readonly copy = new StoredCopy(this, () => ({
    src: this.src,
    feed: undefined,
    format: 'auto',
    timeoutSeconds: 15,
    cacheTtlSeconds: 300,
  }));
}
customElements.define('stored-copy-host', CopyHost);

const titles = (feed: Feed | undefined): string[] => feed?.items.map((item) => item.title) ?? [];
const HOUR = 3_600_000;

async function mountHost(src: string): Promise<CopyHost> {
  const host = await fixture<CopyHost>(html`<stored-copy-host></stored-copy-host>`);
  host.src = src;
  return host;
}

describe('StoredCopy', () => {
  it('reads a fresh stored copy without a request; force goes to the network past it', async () => {
    const feed = await scenario({ body: feedOfTitles(['fetched']) });
    storeCopy(feed.url, feedOfTitles(['stored']), Date.now());
    const host = await mountHost(feed.url);
    const stored = await host.copy.load(feed.url, undefined, false);
    expect([titles(stored.feed), stored.stale]).to.deep.equal([['stored'], false]);
    expect((await feed.log()).requests).to.equal(0);
    expect(titles((await host.copy.load(feed.url, undefined, true)).feed)).to.deep.equal(['fetched']);
  });

  it('refreshes a stale copy behind the cards and gives the fresh feed to show', async () => {
    const feed = await scenario({ body: feedOfTitles(['fresh']) });
    storeCopy(feed.url, feedOfTitles(['stale']), Date.now() - HOUR);
    const host = await mountHost(feed.url);
    const result = await host.copy.load(feed.url, undefined, false);
    expect([titles(result.feed), result.stale]).to.deep.equal([['stale'], true]);
    let fresh: Feed | undefined;
    const failures: FeedError[] = [];
    host.copy.shown(
      result,
      (signal) => host.copy.load(feed.url, signal, true),
      (first) => (fresh = first),
      (failure) => failures.push(failure),
    );
    await waitUntil(() => fresh, 'the fresh feed shown');
    expect(titles(fresh)).to.deep.equal(['fresh']);
    expect(host.copy.offlineSavedAt).to.equal(undefined);
    expect(failures).to.deep.equal([]);
  });

  it('shows the stored copy with its date when the network fails, and tells the failure', async () => {
    const feed = await scenario({ status: 503 });
    const savedAt = Date.now() - HOUR;
    storeCopy(feed.url, feedOfTitles(['stored']), savedAt);
    const host = await mountHost(feed.url);
    const result = await host.copy.load(feed.url, undefined, true);
    expect(titles(result.feed)).to.deep.equal(['stored']);
    const failures: FeedError[] = [];
    host.copy.shown(
      result,
      (signal) => host.copy.load(feed.url, signal, true),
      () => expect.fail('nothing newer to show'),
      (failure) => failures.push(failure),
    );
    expect(host.copy.offlineSavedAt).to.equal(savedAt);
    expect(failures.map((failure) => failure.status)).to.deep.equal([503]);
  });

  it('aborts a refresh under way when the host leaves the page, and shows nothing from it', async () => {
    const feed = await scenario({ body: feedOfTitles(['fresh']), hold: true });
    storeCopy(feed.url, feedOfTitles(['stale']), Date.now() - HOUR);
    const host = await mountHost(feed.url);
    let showings = 0;
    const fetches = recordFetchSignals();
    try {
      host.copy.shown(
        await host.copy.load(feed.url, undefined, false),
        (signal) => host.copy.load(feed.url, signal, true),
        () => (showings += 1),
        () => (showings += 1),
      );
      expect(fetches.signals).to.have.length(1);
      host.remove();
      expect(fetches.signals[0]?.aborted).to.equal(true);
      await feed.release();
      await feed.settled();
      expect(showings).to.equal(0);
    } finally {
      fetches.restore();
    }
  });
});
