import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { ErrorDetail, LoadDetail, PartnershipFeed } from './partnership-feed.js';
import { feedOfTitles, scenario, storeCopy } from '../test-support/scenario.js';
import { cardTitles, html, mount, part, parts, text } from '../test-support/element.js';
import { cacheKey } from '../feed/cache.js';
import { idleAfterNextPaint } from '../feed/yield.js';

describe('<partnership-feed> paging across documents', () => {
  it('fetches next_url when Show more runs past the loaded cards', async () => {
    const second = await scenario({ body: feedOfTitles(['Four', 'Five']) });
    const first = await scenario({ body: feedOfTitles(['One', 'Two', 'Three'], second.url) });
    const element = await mount(html`<partnership-feed page-size="3" src=${first.url}></partnership-feed>`);
    expect(cardTitles(element)).to.deep.equal(['One', 'Two', 'Three']);
    const more = part<HTMLButtonElement>(element, 'more');
    const loaded = oneEvent(element, 'pf-load');
    more.click();
    await loaded;
    await element.updateComplete;
    expect(cardTitles(element)).to.deep.equal(['One', 'Two', 'Three', 'Four', 'Five']);
    expect(element.shadowRoot!.activeElement?.textContent).to.equal('Four');
    expect(parts(element, 'more')).to.have.length(0);
    expect((await second.log()).requests).to.equal(1);
  });

  it('keeps the cards and offers Retry when the next page fails', async () => {
    const second = await scenario({ status: 404, after: { requests: 1, answer: { status: 200, body: feedOfTitles(['Four']) } } });
    const first = await scenario({ body: feedOfTitles(['One', 'Two'], second.url) });
    const element = await mount(html`<partnership-feed page-size="2" src=${first.url}></partnership-feed>`);
    part<HTMLButtonElement>(element, 'more').click();
    await second.settled();
    // The server has answered; the page still has to read the answer (slow on a loaded machine).
    await waitUntil(() => parts(element, 'error').length > 0, 'the next page’s error shown', { timeout: 5000 });
    expect(cardTitles(element)).to.deep.equal(['One', 'Two']);
    expect(text(part(element, 'error')))
      .to.contain('More resources could not be loaded.')
      .and.contain('404');
    await expect(element).to.be.accessible();
    const loaded = oneEvent(element, 'pf-load');
    part<HTMLButtonElement>(element, 'retry').click();
    await loaded;
    await element.updateComplete;
    expect(cardTitles(element)).to.deep.equal(['One', 'Two', 'Four']);
    expect(parts(element, 'error')).to.have.length(0);
  });
});

describe('<partnership-feed> paging loops', () => {
  it('stops when next_url leads back to a page already read', async () => {
    const first = await scenario({ body: feedOfTitles(['One']) });
    const second = await scenario({ body: feedOfTitles(['Two'], first.url) });
    await fetch(`/scenario/${first.key}`, { method: 'POST', body: JSON.stringify({ body: feedOfTitles(['One'], second.url) }) });
    const element = await mount(html`<partnership-feed page-size="1" cache-ttl="0" src=${first.url}></partnership-feed>`);
    const loaded = oneEvent(element, 'pf-load');
    part<HTMLButtonElement>(element, 'more').click();
    await loaded;
    await element.updateComplete;
    expect(cardTitles(element)).to.deep.equal(['One', 'Two']);
    expect(parts(element, 'more')).to.have.length(0);
  });
});

describe('<partnership-feed> stored copies (cache-ttl)', () => {
  it('shows a fresh stored copy without asking the server', async () => {
    const feed = await scenario({ body: feedOfTitles(['Stored']) });
    await mount(html`<partnership-feed src=${feed.url}></partnership-feed>`);
    const again = await mount(html`<partnership-feed src=${feed.url}></partnership-feed>`);
    expect(cardTitles(again)).to.deep.equal(['Stored']);
    expect((await feed.log()).requests).to.equal(1);
  });

  it('shows a stale stored copy at once, then the server’s answer', async () => {
    const feed = await scenario({ body: feedOfTitles(['Fresh from the server']) });
    const savedAt = Date.now() - 60 * 60 * 1000;
    storeCopy(feed.url, feedOfTitles(['From storage']), savedAt);
    const loads: string[][] = [];
    const element = await fixture<PartnershipFeed>(
      html`<partnership-feed
        src=${feed.url}
        @pf-load=${(event: CustomEvent<LoadDetail>) => loads.push(event.detail.feed.items.map((item) => item.title))}
      ></partnership-feed>`,
    );
    await oneEvent(element, 'pf-load');
    if (loads.length < 2) await oneEvent(element, 'pf-load');
    await element.updateComplete;
    expect(loads).to.deep.equal([['From storage'], ['Fresh from the server']]);
    expect(cardTitles(element)).to.deep.equal(['Fresh from the server']);
  });

  it('keeps the cards Show more loaded when a background refresh of the first page comes back later', async () => {
    const second = await scenario({ body: feedOfTitles(['Three', 'Four']) });
    const first = await scenario({ body: feedOfTitles(['One, refreshed', 'Two'], second.url), hold: true });
    storeCopy(first.url, feedOfTitles(['One', 'Two'], second.url), Date.now() - 60 * 60 * 1000);
    const element = await mount(html`<partnership-feed page-size="2" src=${first.url}></partnership-feed>`);
    expect(cardTitles(element)).to.deep.equal(['One', 'Two']);
    const nextPage = oneEvent(element, 'pf-load');
    part<HTMLButtonElement>(element, 'more').click();
    await nextPage;
    await element.updateComplete;
    expect(cardTitles(element)).to.deep.equal(['One', 'Two', 'Three', 'Four']);
    const refreshed = oneEvent(element, 'pf-load');
    await first.release();
    await refreshed;
    await element.updateComplete;
    expect(cardTitles(element)).to.deep.equal(['One, refreshed', 'Two', 'Three', 'Four']);
    expect(parts(element, 'more')).to.have.length(0);
  });

  it('shows the stored copy with its date while the server is down', async () => {
    const down = await scenario({ status: 503, body: 'down', contentType: 'text/plain' });
    const savedAt = Date.UTC(2026, 0, 15, 12, 0);
    storeCopy(down.url, feedOfTitles(['Saved earlier']), savedAt);
    const failed = oneEvent(document, 'pf-error');
    const element = await fixture<PartnershipFeed>(html`<partnership-feed lang="en-US" src=${down.url}></partnership-feed>`);
    const { detail } = (await failed) as CustomEvent<ErrorDetail>;
    await element.updateComplete;
    expect(detail).to.include({ kind: 'http', status: 503 });
    expect(cardTitles(element)).to.deep.equal(['Saved earlier']);
    expect(text(element.shadowRoot!.querySelector('.notice')!)).to.contain('Jan 15, 2026');
    await expect(element).to.be.accessible();
  });

  it('treats a tampered stored copy as untrusted input', async () => {
    const feed = await scenario({ status: 503 });
    const hostile = JSON.stringify({ items: [{ id: 'x', title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' }] });
    storeCopy(feed.url, hostile, Date.now());
    const element = await mount(html`<partnership-feed src=${feed.url}></partnership-feed>`);
    expect(cardTitles(element)).to.deep.equal(['<img src=x onerror=alert(1)>']);
    expect(element.shadowRoot!.querySelectorAll('[part~="card"] img, [part~="card-link"]')).to.have.length(0);
  });
});

describe('<partnership-feed> limits', () => {
  it('refuses a response over 10 MB as invalid, saying it is too large', async () => {
    const huge = await scenario({ bytes: 11 * 1024 * 1024 });
    const failed = oneEvent(document, 'pf-error');
    const element = await fixture<PartnershipFeed>(html`<partnership-feed src=${huge.url}></partnership-feed>`);
    const { detail } = (await failed) as CustomEvent<ErrorDetail>;
    await element.updateComplete;
    expect(detail.kind).to.equal('invalid');
    expect(text(part(element, 'error'))).to.contain('larger than 10 MB');
  });
});

describe('<partnership-feed> a feed over 1 MB', () => {
  /** A JSON Feed of 3,000 dated items with long, accented excerpts: about 1.4 MB. */
  function longFeed(): string {
    const items = Array.from({ length: 3000 }, (_, index) => ({
      id: `r${index}`,
      title: `Resource ${index + 1}`,
      date_published: new Date(Date.UTC(2020, 0, 1) + index * 86_400_000).toISOString(),
      content_text: 'Words of a long report, “quoted” and accented: é, ü, ñ. '.repeat(8),
    }));
    return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'A long topic', items });
  }

  it('shows it, read a slice a task, and stores no copy of it', async () => {
    const body = longFeed();
    expect(new TextEncoder().encode(body).byteLength).to.be.above(1 << 20);
    const feed = await scenario({ body, contentType: 'application/feed+json' });
    const loaded = oneEvent(document, 'pf-load');
    const element = await fixture<PartnershipFeed>(html`<partnership-feed src=${feed.url}></partnership-feed>`);
    const { detail } = (await loaded) as CustomEvent<LoadDetail>;
    await element.updateComplete;
    expect(detail.total).to.equal(3000);
    expect(text(part(element, 'heading'))).to.equal('A long topic');
    expect(cardTitles(element).slice(0, 2)).to.deep.equal(['Resource 3000', 'Resource 2999']);
    expect(text(part(element, 'card-excerpt'))).to.contain('“quoted” and accented: é, ü, ñ.');
    // The copy would be stored in idle time after the paint: this idle callback comes after it.
    await new Promise<void>((resolve) => idleAfterNextPaint(resolve));
    expect(localStorage.getItem(cacheKey('auto', feed.url))).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('says so when it is not valid JSON', async () => {
    const feed = await scenario({ body: longFeed().replace(/\]\}$/, ',]}'), contentType: 'application/feed+json' });
    const failed = oneEvent(document, 'pf-error');
    const element = await fixture<PartnershipFeed>(html`<partnership-feed src=${feed.url}></partnership-feed>`);
    const { detail } = (await failed) as CustomEvent<ErrorDetail>;
    await element.updateComplete;
    expect(detail.kind).to.equal('invalid');
    expect(detail.message).to.contain('not valid JSON');
    expect(text(part(element, 'error'))).to.contain('not valid JSON');
    await expect(element).to.be.accessible();
  });
});

describe('<partnership-feed> retries', () => {
  it('retries once, quietly, after a 503', async () => {
    const flaky = await scenario({ status: 503, after: { requests: 1, answer: { status: 200, body: feedOfTitles(['Back']) } } });
    let errors = 0;
    const loaded = oneEvent(document, 'pf-load');
    const element = await fixture<PartnershipFeed>(
      html`<partnership-feed cache-ttl="0" src=${flaky.url} @pf-error=${() => (errors += 1)}></partnership-feed>`,
    );
    await loaded;
    await element.updateComplete;
    expect(cardTitles(element)).to.deep.equal(['Back']);
    expect(errors).to.equal(0);
    expect((await flaky.log()).requests).to.equal(2);
  });

  it('does not retry after a 404', async () => {
    const missing = await scenario({ status: 404, after: { requests: 1, answer: { status: 200, body: feedOfTitles(['Too late']) } } });
    const failed = oneEvent(document, 'pf-error');
    await fixture<PartnershipFeed>(html`<partnership-feed cache-ttl="0" src=${missing.url}></partnership-feed>`);
    await failed;
    expect((await missing.log()).requests).to.equal(1);
  });
});

describe('<partnership-feed> errors in the widget’s language', () => {
  it('explains an HTTP error in Spanish', async () => {
    const missing = await scenario({ status: 404 });
    const failed = oneEvent(document, 'pf-error');
    const element = await fixture<PartnershipFeed>(html`<partnership-feed lang="es" src=${missing.url}></partnership-feed>`);
    const { detail } = (await failed) as CustomEvent<ErrorDetail>;
    await element.updateComplete;
    expect(detail.message).to.contain('404');
    expect(text(part(element, 'error')))
      .to.contain('No se pudieron cargar los recursos.')
      .and.contain('el servidor respondió con el código HTTP 404');
    expect(text(part(element, 'retry'))).to.equal('Reintentar');
    await expect(element).to.be.accessible();
  });
});
