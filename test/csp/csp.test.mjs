/**
 * The built bundles on a page served with a strict Content-Security-Policy and Trusted Types
 * enforced, in Chromium: the widget renders and filters, and the page reports no violation.
 * `npm test` builds dist/ first.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, waitForCards } from '../support/chromium.mjs';
import { bundleScript, widgetPage } from '../support/pages.mjs';
import { serveFolder } from '../support/static-server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The policy README.md recommends, at its strictest: nothing inline, nothing from elsewhere. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/**
 * The test pages: each bundle with the sample topic, and with an RSS feed in Spanish (the RSS
 * fixture with its thumbnails moved to this origin, which is all `img-src 'self'` allows).
 */
async function strictPages() {
  const rss = await readFile(path.join(ROOT, 'test/fixtures/partnerships.rss.xml'), 'utf8');
  // Loaded first: every violation the page reports is kept for the test to read.
  const head = (kind, copies = 1) => `<link rel="icon" href="/test/csp/pages/favicon.svg" />
    <script src="/test/csp/pages/record-violations.js"></script>
    ${bundleScript(kind).repeat(copies)}`;
  const pages = {
    '/test/csp/partnerships.rss.xml': rss.replaceAll(/https:\/\/www\.example\.org\/thumbs\/\d+\.jpg/g, '/demo/partnerships-header.svg'),
  };
  for (const kind of ['module', 'classic']) {
    pages[`/test/csp/strict-${kind}.html`] = widgetPage({
      head: head(kind),
      attributes: { src: '/demo/partnerships.json', filters: 'type tag search sort date' },
    });
    pages[`/test/csp/strict-${kind}-rss-es.html`] = widgetPage({
      lang: 'es',
      head: head(kind),
      attributes: { src: '/test/csp/partnerships.rss.xml' },
    });
  }
  // A CMS page with the same classic script pasted twice (a site-wide footer and a block, say),
  // and pages with both bundles, in either order.
  pages['/test/csp/strict-classic-twice.html'] = widgetPage({ head: head('classic', 2), attributes: { src: '/demo/partnerships.json' } });
  pages['/test/csp/strict-classic-then-module.html'] = widgetPage({
    head: `${head('classic')}${bundleScript('module')}`,
    attributes: { src: '/demo/partnerships.json' },
  });
  pages['/test/csp/strict-module-then-classic.html'] = widgetPage({
    head: `${head('module')}${bundleScript('classic')}`,
    attributes: { src: '/demo/partnerships.json' },
  });
  return pages;
}

describe('strict Content-Security-Policy', () => {
  let server;
  let browser;

  before(async () => {
    server = await serveFolder(ROOT, {
      headersFor: (pathname) => (pathname.endsWith('.html') ? { 'content-security-policy': STRICT_CSP } : {}),
      pages: await strictPages(),
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens one of the strict pages; `errors` collects page errors and console errors (and warnings). */
  async function openPage(name, { warnings = false } = {}) {
    const page = await browser.newPage();
    const errors = [];
    const reported = warnings ? ['error', 'warn'] : ['error'];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => reported.includes(message.type()) && errors.push(message.text()));
    await page.goto(`${server.url}/test/csp/strict-${name}.html`);
    return { page, errors };
  }

  /** No violation reported and nothing in the console; then the page is closed. */
  async function expectClean({ page, errors }) {
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    await page.close();
  }

  for (const kind of ['module', 'classic']) {
    it(`renders and filters with the ${kind} bundle and no violation`, async () => {
      const opened = await openPage(kind);
      const { page } = opened;
      await waitForCards(page, 10);
      const webinar = await page.evaluateHandle(() =>
        [...document.querySelector('partnership-feed').shadowRoot.querySelectorAll('[part~="filter-option"]')].find((b) =>
          b.textContent.includes('Webinar'),
        ),
      );
      await webinar.click();
      await waitForCards(page, 3);
      const search = await page.evaluateHandle(() =>
        document.querySelector('partnership-feed').shadowRoot.querySelector('[part~="search"]'),
      );
      await search.type('digital');
      await waitForCards(page, 2);
      await expectClean(opened);
    });
  }

  // The RSS reader and the Spanish strings come from files beside the bundle: loading them must
  // need nothing the policy forbids.
  for (const kind of ['module', 'classic']) {
    it(`reads an RSS feed in Spanish with the ${kind} bundle's on-demand files and no violation`, async () => {
      const opened = await openPage(`${kind}-rss-es`, { warnings: true });
      const { page } = opened;
      await waitForCards(page, 5);
      const status = await page.evaluate(() =>
        document.querySelector('partnership-feed').shadowRoot.querySelector('[part~="status"]').textContent.trim(),
      );
      assert.equal(status, 'Mostrando 5 de 5 recursos');
      await expectClean(opened);
    });
  }

  // Each copy of Lit would create its own `lit-html` policy; the second copy of the widget stops first.
  for (const name of ['classic-twice', 'classic-then-module', 'module-then-classic']) {
    it(`creates one Trusted Types policy with the bundles loaded ${name.replaceAll('-', ' ')}: no violation`, async () => {
      const opened = await openPage(name);
      const { page } = opened;
      await waitForCards(page, 10);
      const exported = await page.evaluate(async () => {
        const module = await import('/dist/partnership-feed.js');
        return module.PartnershipFeed === customElements.get(module.TAG_NAME);
      });
      assert.equal(exported, true, 'the module exports the registered class, whichever copy registered it');
      await expectClean(opened);
    });
  }

  it('shows the fallback link when JavaScript is off', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.url}/test/csp/strict-module.html`);
    const link = await page.$('partnership-feed a');
    assert.ok(await link.boundingBox(), 'the fallback link is laid out');
    assert.equal(await link.evaluate((a) => a.textContent.trim()), 'Browse partnership resources');
    await page.close();
  });
});
