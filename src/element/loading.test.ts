import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { ErrorDetail, PartnershipFeed } from './partnership-feed.js';
import { SAMPLE_FEED, recordFetchSignals, scenario } from '../test-support/scenario.js';
import { cardTitles, html, mount, part, parts, text } from '../test-support/element.js';

const SAMPLE_FILE = 'test/fixtures/partnerships.json';

function smallFeed(title: string): string {
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, items: [{ id: '1', title: `${title} item` }] });
}

async function failingWith(src: string, attributes: { timeout?: string } = {}): Promise<{ element: PartnershipFeed; detail: ErrorDetail }> {
  const failed = oneEvent(document, 'pf-error');
  const element = await fixture<PartnershipFeed>(
    html`<partnership-feed src=${src} timeout=${attributes.timeout ?? '15'}></partnership-feed>`,
  );
  const { detail } = (await failed) as CustomEvent<ErrorDetail>;
  await element.updateComplete;
  return { element, detail };
}

describe('<partnership-feed> loading', () => {
  it('shows card-shaped placeholders and an empty status region while loading', async () => {
    const held = await scenario({ file: SAMPLE_FILE, hold: true });
    const element = await fixture<PartnershipFeed>(html`<partnership-feed src=${held.url}></partnership-feed>`);
    // As many card shapes as the first page will show (page-size 12), under a header shape.
    expect(parts(element, 'skeleton')).to.have.length(12);
    expect(element.shadowRoot!.querySelector('.skeleton-header')).not.to.equal(null);
    expect(part(element, 'status').getAttribute('role')).to.equal('status');
    expect(text(element.shadowRoot!.querySelector('[aria-busy="true"]')!)).to.equal('Loading resources…');
    // A slow load pulses, a quick one never does; and the pulse is the colour's, not opacity's,
    // whose compositor layers (one a line) held the first cards back.
    const [pulse] = element.shadowRoot!.querySelector('.skeleton-line')!.getAnimations();
    expect(pulse!.effect!.getComputedTiming().delay).to.equal(1000);
    expect((pulse!.effect as KeyframeEffect).getKeyframes().filter((keyframe) => 'opacity' in keyframe)).to.deep.equal([]);
    await expect(element).to.be.accessible();
    const loaded = oneEvent(element, 'pf-load');
    await held.release();
    await loaded;
    await element.updateComplete;
    expect(parts(element, 'skeleton')).to.have.length(0);
    expect(parts(element, 'card')).to.have.length(10);
  });

  it('never renders a stale response after src changes, and aborts it', async () => {
    const slow = await scenario({ body: smallFeed('Old feed'), hold: true });
    const fast = await scenario({ body: smallFeed('New feed') });
    let loads = 0;
    const fetches = recordFetchSignals();
    try {
      const element = await fixture<PartnershipFeed>(
        html`<partnership-feed src=${slow.url} @pf-load=${() => (loads += 1)}></partnership-feed>`,
      );
      const loaded = oneEvent(element, 'pf-load');
      element.src = fast.url;
      await loaded;
      await element.updateComplete;
      expect(text(part(element, 'heading'))).to.equal('New feed');
      expect(fetches.signals[0]!.aborted).to.equal(true);

      // Let the old answer go and wait until the server has finished with it.
      await slow.release();
      await slow.settled();
      await element.updateComplete;
      expect(text(part(element, 'heading'))).to.equal('New feed');
      expect(cardTitles(element)).to.deep.equal(['New feed item']);
      expect(loads).to.equal(1);
    } finally {
      fetches.restore();
    }
  });

  it('aborts the request when the element is removed', async () => {
    const held = await scenario({ file: SAMPLE_FILE, hold: true });
    const fetches = recordFetchSignals();
    try {
      const element = await fixture<PartnershipFeed>(html`<partnership-feed src=${held.url}></partnership-feed>`);
      expect(fetches.signals[0]!.aborted).to.equal(false);
      element.remove();
      expect(fetches.signals[0]!.aborted).to.equal(true);
    } finally {
      fetches.restore();
      await held.release();
    }
  });

  it('reloads with refresh(), and a failed refresh keeps the cards shown', async () => {
    for (const cacheTtl of ['0', '300']) {
      const flaky = await scenario({
        file: SAMPLE_FILE,
        after: { requests: 1, answer: { status: 500, body: 'oops', contentType: 'text/plain' } },
      });
      const element = await mount(html`<partnership-feed cache-ttl=${cacheTtl} src=${flaky.url}></partnership-feed>`);
      const failed = oneEvent(element, 'pf-error');
      element.refresh();
      const { detail } = (await failed) as CustomEvent<ErrorDetail>;
      await element.updateComplete;
      expect(detail).to.include({ kind: 'http', status: 500 });
      expect(parts(element, 'card')).to.have.length(10);
      // Without storage the error says what failed; with it, the stored copy is shown with its date.
      expect(text(element.shadowRoot!.querySelector(cacheTtl === '0' ? '[part~="error"]' : '.notice')!)).to.contain(
        cacheTtl === '0' ? '500' : 'copy saved',
      );
      await expect(element).to.be.accessible();
    }
  });
});

describe('<partnership-feed> errors', () => {
  it('names the URL and the HTTP status of a 404, and Retry recovers once the server does', async () => {
    const recovering = await scenario({
      status: 404,
      body: 'Not found',
      contentType: 'text/plain',
      after: { requests: 1, answer: { status: 200, file: SAMPLE_FILE, contentType: 'application/feed+json' } },
    });
    const { element, detail } = await failingWith(recovering.url);
    expect(detail.kind).to.equal('http');
    expect(detail.status).to.equal(404);
    expect(detail.message).to.contain(recovering.url).and.contain('404');
    const error = part(element, 'error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain(recovering.url).and.contain('404');
    expect(parts(element, 'card')).to.have.length(0);
    await expect(element).to.be.accessible();

    const loaded = oneEvent(element, 'pf-load');
    part<HTMLButtonElement>(element, 'retry').click();
    await loaded;
    await element.updateComplete;
    expect(parts(element, 'error')).to.have.length(0);
    expect(parts(element, 'card')).to.have.length(10);
  });

  it('fails as invalid on a truncated JSON file', async () => {
    const truncated = await scenario({ body: '{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"a","ti' });
    const { element, detail } = await failingWith(truncated.url);
    expect(detail.kind).to.equal('invalid');
    expect(text(part(element, 'error'))).to.contain('not valid JSON');
  });

  it('fails as invalid on an HTML page, saying so', async () => {
    const page = await scenario({
      body: '<!doctype html><html><head><title>Home</title></head><body>Welcome</body></html>',
      contentType: 'text/html',
    });
    const { element, detail } = await failingWith(page.url);
    expect(detail.kind).to.equal('invalid');
    expect(text(part(element, 'error'))).to.contain('HTML page');
  });

  it('fails as invalid on JSON that is not a feed', async () => {
    const notFeed = await scenario({ body: '{"posts":[]}' });
    const { detail } = await failingWith(notFeed.url);
    expect(detail.kind).to.equal('invalid');
    expect(detail.message).to.contain('"items"');
  });

  it('fails as network when nothing answers, mentioning CORS', async () => {
    const { element, detail } = await failingWith('http://127.0.0.1:9/feed.json');
    expect(detail.kind).to.equal('network');
    expect(text(part(element, 'error')))
      .to.contain('127.0.0.1:9')
      .and.contain('CORS');
    await expect(element).to.be.accessible();
  });

  it('fails as timeout after `timeout` seconds', async () => {
    const slow = await scenario({ file: SAMPLE_FILE, hold: true });
    const { element, detail } = await failingWith(slow.url, { timeout: '0.3' });
    expect(detail.kind).to.equal('timeout');
    expect(text(part(element, 'error'))).to.contain('no answer within');
    await slow.release();
  });

  it('shows the light-DOM fallback beside the error', async () => {
    const failed = oneEvent(document, 'pf-error');
    const missing = await scenario({ status: 404 });
    const element = await fixture<PartnershipFeed>(
      html`<partnership-feed src=${missing.url}><a href="/topics">Browse resources</a></partnership-feed>`,
    );
    await failed;
    await element.updateComplete;
    expect(element.querySelector('a')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('says what to do when src is missing, without a pf-error (nothing was loaded)', async () => {
    let errors = 0;
    const element = await fixture<PartnershipFeed>(html`<partnership-feed @pf-error=${() => (errors += 1)}></partnership-feed>`);
    await element.updateComplete;
    expect(text(part(element, 'error'))).to.contain('set the src attribute');
    expect(errors).to.equal(0);
  });
});

describe('<partnership-feed> sample feed URL', () => {
  it('resolves src against the page', async () => {
    const element = await mount(html`<partnership-feed src=${SAMPLE_FEED.slice(1)}></partnership-feed>`);
    expect(parts(element, 'card')).to.have.length(10);
  });
});
