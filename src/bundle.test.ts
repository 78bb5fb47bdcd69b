/**
 * The built bundles, as a library web editor would use them: a classic script tag (loaded twice,
 * as CMS pages do), then the ES module as well. `npm test` builds them first.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PartnershipFeed } from './element/partnership-feed.js';
import { styles } from './element/partnership-feed.styles.js';
import { SAMPLE_FEED } from './test-support/scenario.js';
import { declarationsByRule, parsedSheet } from './test-support/stylesheet.js';

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

function shadowText(element: Element, selector: string): string[] {
  return [...element.shadowRoot!.querySelectorAll(selector)].map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe('dist bundles', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => {
    errors.push(event.message);
  };

  const consoleMessages: string[] = [];
  const originals = { warn: console.warn, error: console.error };

  before(async () => {
    window.addEventListener('error', onError);
    // Lit's development build warns in the console; the bundles must be its production build.
    console.warn = (...args: unknown[]) => consoleMessages.push(args.join(' '));
    console.error = (...args: unknown[]) => consoleMessages.push(args.join(' '));
    try {
      await loadClassicScript('/dist/partnership-feed.iife.js');
      await loadClassicScript('/dist/partnership-feed.iife.js');
      await import(/* @vite-ignore */ `${location.origin}/dist/partnership-feed.js`);
    } finally {
      Object.assign(console, originals);
    }
  });

  after(() => window.removeEventListener('error', onError));

  it('registers the element once, with no error from loading both bundles twice', () => {
    expect(customElements.get('partnership-feed')).to.be.a('function');
    expect(errors).to.deep.equal([]);
    expect(consoleMessages).to.deep.equal([]);
  });

  it('renders the sample topic from the classic script, filters it and reports accessibly', async () => {
    const loaded = oneEvent(document, 'pf-load');
    const element = await fixture<PartnershipFeed>(
      html`<partnership-feed lang="en-GB" src=${SAMPLE_FEED}><a href="/topics">Browse</a></partnership-feed>`,
    );
    await loaded;
    await element.updateComplete;
    expect(shadowText(element, '[part~="credit"]')).to.deep.equal(['Photo: jenlen, CC BY-NC-ND 2.0']);
    const titles = shadowText(element, '[part~="card-title"]');
    expect(titles).to.have.length(10);
    expect(titles[0]).to.equal('Workforce Development: A Library Partnership Success Story');
    expect(shadowText(element, '[part~="card-date"]')[0]).to.equal('31 May 2022');
    expect(shadowText(element, '[part~="related-link"]')).to.deep.equal(['Community engagement']);
    await expect(element).to.be.accessible();

    const webinar = [...element.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent?.includes('Webinar'))!;
    webinar.click();
    await element.updateComplete;
    expect(shadowText(element, '[part~="card-type"]')).to.deep.equal(['Webinar', 'Webinar', 'Webinar']);
    expect(shadowText(element, '[part~="status"]')).to.deep.equal(['Showing 3 of 10 resources']);
    await expect(element).to.be.accessible();

    webinar.click();
    element.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!.focus();
    await sendKeys({ type: 'cultural heritage' });
    await element.updateComplete;
    expect(shadowText(element, '[part~="card-title"]')).to.deep.equal([
      "We Can't Go It Alone: Community-Centered Collaborations during COVID-19",
    ]);
  });
  it('adopts, in the classic script, every declaration of the source stylesheet', async () => {
    const element = await fixture<PartnershipFeed>(
      html`<partnership-feed .feed=${{ items: [{ id: 'a', title: 'A' }] }}></partnership-feed>`,
    );
    await element.updateComplete;
    const shipped = declarationsByRule(element.shadowRoot!.adoptedStyleSheets);
    const source = declarationsByRule([parsedSheet(styles.cssText)]);
    // Most of the sheet, so the comparison means something: the rest is in the later code's sheets.
    expect(Object.keys(source).length).to.be.greaterThan(70);
    expect(shipped).to.deep.equal(source);
  });

  // The readers for RSS, WordPress and Drupal and the Spanish and French strings are files beside
  // the bundle, loaded the first time a page needs them.
  it('reads an RSS feed in Spanish through the files the bundle loads on demand', async () => {
    const loaded = oneEvent(document, 'pf-load');
    const element = await fixture<PartnershipFeed>(
      html`<partnership-feed lang="es" src="/test/fixtures/partnerships.rss.xml"></partnership-feed>`,
    );
    await loaded;
    await element.updateComplete;
    expect(shadowText(element, '[part~="card-title"]')).to.have.length(5);
    expect(shadowText(element, '[part~="status"]')).to.deep.equal(['Mostrando 5 de 5 recursos']);
    await expect(element).to.be.accessible();
  });

  it('reads WordPress and Drupal feeds, with French strings', async () => {
    for (const src of ['/test/fixtures/wordpress-posts.json', '/test/fixtures/drupal-jsonapi.json']) {
      const loaded = oneEvent(document, 'pf-load');
      const element = await fixture<PartnershipFeed>(html`<partnership-feed lang="fr-CA" src=${src}></partnership-feed>`);
      const { detail } = await loaded;
      await element.updateComplete;
      expect(detail.total, src).to.be.greaterThan(0);
      expect(shadowText(element, '[part~="card-title"]'), src).to.have.length(Math.min(detail.total, 12));
      expect(shadowText(element, '[part~="status"]')[0], src).to.match(/ affiché.* sur /);
      await expect(element).to.be.accessible();
    }
  });
});
