import { expect, waitUntil } from '@open-wc/testing';
import type { PartnershipFeed } from './partnership-feed.js';
import { expectBrokenImageHidden, html, mount, part, parts } from '../test-support/element.js';

const PICTURE = '/test/fixtures/partnerships-header.svg';

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Partnerships',
  _topic: { related: [{ title: 'Community engagement', url: 'https://example.org/topics/engagement' }] },
  items: [
    {
      id: 'own',
      title: 'With its own picture',
      url: 'https://example.org/own',
      date_published: '2024-05-01',
      image: PICTURE,
      _resource: { image_alt: 'A drawing of a meeting' },
    },
    { id: 'none', title: 'Without a picture', url: 'https://example.org/none', date_published: '2024-04-01' },
  ],
};

/** Each card's image, by the card's title; null where the card has none. */
function cardImages(element: PartnershipFeed): Record<string, HTMLImageElement | null> {
  return Object.fromEntries(
    parts(element, 'card').map((card) => [
      card.querySelector('[part~="card-title"]')!.textContent!.trim(),
      card.querySelector<HTMLImageElement>('[part~="card-image"]'),
    ]),
  );
}

/** The console warnings given while `run` runs. */
async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('fallback-image', () => {
  for (const layout of ['grid', 'list'] as const)
    it(`shows the decorative picture on the ${layout} layout's cards without an image, and only there`, async () => {
      const fallback = new URL(`${PICTURE}?fallback`, document.baseURI).href;
      const element = await mount(
        html`<partnership-feed lang="en" layout=${layout} fallback-image=${fallback} .feed=${FEED}></partnership-feed>`,
      );
      const images = cardImages(element);
      expect(images['With its own picture']!.src).to.equal(new URL(PICTURE, document.baseURI).href);
      expect(images['With its own picture']!.alt).to.equal('A drawing of a meeting');
      const shown = images['Without a picture']!;
      expect(shown.getAttribute('src')).to.equal(fallback);
      expect(shown.getAttribute('alt')).to.equal('');
      expect(shown.closest('.media')!.classList.contains('card-media')).to.equal(true);
      await waitUntil(() => shown.complete && shown.naturalWidth > 0, 'the fallback picture loads', { timeout: 5000 });
      await expect(element).to.be.accessible();
    });

  it('follows the compact layout, which shows no images', async () => {
    const element = await mount(
      html`<partnership-feed lang="en" layout="compact" fallback-image=${PICTURE} .feed=${FEED}></partnership-feed>`,
    );
    expect(parts(element, 'card')).to.have.length(2);
    expect(parts(element, 'card-image')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('resolves a relative address against the page’s base URI', async () => {
    const base = Object.assign(document.createElement('base'), { href: '/test/fixtures/' });
    document.head.prepend(base);
    try {
      const element = await mount(
        html`<partnership-feed lang="en" fallback-image="partnerships-header.svg" .feed=${FEED}></partnership-feed>`,
      );
      const shown = cardImages(element)['Without a picture']!;
      expect(shown.getAttribute('src')).to.equal(`${window.location.origin}${PICTURE}`);
      await waitUntil(() => shown.complete && shown.naturalWidth > 0, 'the fallback picture loads', { timeout: 5000 });
      await expect(element).to.be.accessible();
    } finally {
      base.remove();
    }
  });

  it('gives way to hide="image"', async () => {
    const element = await mount(html`<partnership-feed lang="en" hide="image" fallback-image=${PICTURE} .feed=${FEED}></partnership-feed>`);
    expect(parts(element, 'card-image')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('hides a fallback that fails to load as it hides a broken card image, keeping the frame', async () => {
    const element = await mount(html`<partnership-feed lang="en" fallback-image="/no-such-fallback.png" .feed=${FEED}></partnership-feed>`);
    const shown = cardImages(element)['Without a picture']!;
    await expectBrokenImageHidden(shown, 'broken fallback');
    await expect(element).to.be.accessible();
  });

  for (const value of [
    'javascript:alert(1)',
    'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>',
    'https://example.org:99999/x.png',
  ])
    it(`ignores ${JSON.stringify(value)} with one warning naming it`, async () => {
      let element!: PartnershipFeed;
      const warnings = await warningsDuring(async () => {
        element = await mount(html`<partnership-feed lang="en" fallback-image=${value} .feed=${FEED}></partnership-feed>`);
        element.layout = 'list';
        await element.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('fallback-image'))).to.deep.equal([
        `partnership-feed: fallback-image=${JSON.stringify(value)} is not an http(s) URL; ignoring it.`,
      ]);
      const images = cardImages(element);
      expect(images['Without a picture']).to.equal(null);
      expect(images['With its own picture']).not.to.equal(null);
      await expect(element).to.be.accessible();
    });
});

describe('link-rel', () => {
  const relOf = (element: PartnershipFeed, name: string) => parts<HTMLAnchorElement>(element, name).map((link) => [...link.relList].sort());

  it('adds its tokens, space- or comma-separated, to the cards’ links only', async () => {
    const element = await mount(html`<partnership-feed lang="en" link-rel="sponsored, NOFOLLOW" .feed=${FEED}></partnership-feed>`);
    expect(relOf(element, 'card-link')).to.deep.equal([
      ['nofollow', 'sponsored'],
      ['nofollow', 'sponsored'],
    ]);
    expect(part(element, 'related-link').hasAttribute('rel')).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('ignores an unknown token with one warning naming the attribute', async () => {
    let element!: PartnershipFeed;
    const warnings = await warningsDuring(async () => {
      element = await mount(html`<partnership-feed lang="en" link-rel="ugc partner" .feed=${FEED}></partnership-feed>`);
      element.layout = 'list';
      await element.updateComplete;
    });
    expect(warnings.filter((message) => message.includes('link-rel'))).to.deep.equal([
      'partnership-feed: link-rel contains "partner", which is not one of nofollow, sponsored, ugc; ignoring it.',
    ]);
    expect(relOf(element, 'card-link')).to.deep.equal([['ugc'], ['ugc']]);
    await expect(element).to.be.accessible();
  });

  it('keeps noopener noreferrer beside them with link-target="_blank"', async () => {
    const element = await mount(
      html`<partnership-feed lang="en" link-rel="sponsored" link-target="_blank" .feed=${FEED}></partnership-feed>`,
    );
    expect(relOf(element, 'card-link')).to.deep.equal([
      ['noopener', 'noreferrer', 'sponsored'],
      ['noopener', 'noreferrer', 'sponsored'],
    ]);
    expect(relOf(element, 'related-link')).to.deep.equal([['noopener', 'noreferrer']]);
    for (const link of parts<HTMLAnchorElement>(element, 'card-link')) expect(link.target).to.equal('_blank');
    await expect(element).to.be.accessible();
  });

  it('applies to every layout', async () => {
    for (const layout of ['grid', 'list', 'compact']) {
      const element = await mount(html`<partnership-feed lang="en" layout=${layout} link-rel="ugc" .feed=${FEED}></partnership-feed>`);
      expect(relOf(element, 'card-link'), layout).to.deep.equal([['ugc'], ['ugc']]);
      await expect(element).to.be.accessible();
    }
  });
});
