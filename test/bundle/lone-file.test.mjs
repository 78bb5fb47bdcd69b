/**
 * A site that copies only the bundle, without the files beside it in dist/ (the RSS, WordPress and
 * Drupal readers, the Spanish and French strings, the later code sync-url loads): JSON Feeds still render, in English
 * when the strings are missing and with every card when sync-url cannot read the address, and a feed that needs a missing reader gets a clear message, not a blank
 * widget. `npm test` builds dist/ first.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, waitForCards } from '../support/chromium.mjs';
import { bundleScript, widgetPage } from '../support/pages.mjs';
import { serveFolder } from '../support/static-server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KINDS = ['module', 'classic'];

describe('the bundle copied without the files beside it', () => {
  let folder;
  let server;
  let browser;

  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'pf-lone-'));
    await mkdir(path.join(folder, 'js'));
    for (const file of ['partnership-feed.js', 'partnership-feed.iife.js']) {
      await copyFile(path.join(ROOT, 'dist', file), path.join(folder, 'js', file));
    }
    for (const file of ['partnerships.json', 'partnerships.rss.xml']) {
      await copyFile(path.join(ROOT, 'test/fixtures', file), path.join(folder, file));
    }
    const pages = {};
    for (const kind of KINDS) {
      const head = bundleScript(kind, '/js');
      pages[`/${kind}-es.html`] = widgetPage({ lang: 'es', head, attributes: { src: '/partnerships.json' } });
      pages[`/${kind}-sync-url.html`] = widgetPage({ head, attributes: { src: '/partnerships.json', 'sync-url': '' } });
      pages[`/${kind}-rss.html`] = widgetPage({ head, attributes: { src: '/partnerships.rss.xml' } });
    }
    server = await serveFolder(folder, { pages });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  async function open(name) {
    const tab = await browser.newPage();
    const messages = [];
    const waiting = new Set();
    const heard = (message) => {
      messages.push(message);
      for (const wait of waiting) wait(message);
    };
    tab.on('pageerror', (error) => heard(`pageerror ${error.message}`));
    tab.on('console', (message) => heard(`${message.type()} ${message.text()}`));
    /** Resolves once a message starting with `prefix` has come (rejects after 10 s). */
    const message = (prefix) =>
      new Promise((resolve, reject) => {
        const wait = (text) => text.startsWith(prefix) && (waiting.delete(wait), clearTimeout(timer), resolve(text));
        const timer = setTimeout(() => (waiting.delete(wait), reject(new Error(`no "${prefix}" in:\n${messages.join('\n')}`))), 10_000);
        waiting.add(wait);
        messages.forEach(wait);
      });
    await tab.goto(`${server.url}/${name}`);
    return { tab, messages, message };
  }

  for (const kind of KINDS) {
    it(`renders a JSON Feed in English, with a warning, when the Spanish strings are missing (${kind})`, async () => {
      const { tab, messages } = await open(`${kind}-es.html`);
      await waitForCards(tab, 10);
      const status = await tab.evaluate(() =>
        document.querySelector('partnership-feed').shadowRoot.querySelector('[part~="status"]').textContent.trim(),
      );
      assert.equal(status, 'Showing 10 of 10 resources');
      assert.ok(
        messages.some((message) => message.startsWith('warn partnership-feed: the "es" strings could not be loaded')),
        messages.join('\n'),
      );
      assert.ok(!messages.some((message) => message.startsWith('pageerror')), messages.join('\n'));
      await tab.close();
    });

    it(`renders every card, with a warning, when the later code sync-url loads is missing (${kind})`, async () => {
      const { tab, messages } = await open(`${kind}-sync-url.html?pf-type=Webinar`);
      await waitForCards(tab, 10);
      assert.ok(
        messages.some((message) =>
          message.startsWith('warn partnership-feed: could not load partnership-feed-later.js: keep the partnership-feed-*.js files'),
        ),
        messages.join('\n'),
      );
      assert.ok(!messages.some((message) => message.startsWith('pageerror')), messages.join('\n'));
      await tab.close();
    });

    it(`explains which reader is missing for an RSS feed, beside the fallback link, without the later code's styles (${kind})`, async () => {
      const { tab, messages, message } = await open(`${kind}-rss.html`);
      await tab.waitForFunction(() => document.querySelector('partnership-feed').shadowRoot?.querySelector('[part~="error"]'), {
        timeout: 15_000,
      });
      const text = await tab.evaluate(() =>
        document.querySelector('partnership-feed').shadowRoot.querySelector('[part~="error"]').textContent.replace(/\s+/g, ' '),
      );
      assert.match(text, /The resources could not be loaded\./);
      assert.match(text, /the RSS and Atom reader could not be loaded: keep the partnership-feed-\*\.js files beside the bundle/);
      // The error state asks for the later code (its styles), which is missing too: the text and Retry still show.
      await message('warn partnership-feed: could not load partnership-feed-later.js: keep the partnership-feed-*.js files');
      assert.equal(
        await tab.evaluate(() => document.querySelector('partnership-feed').shadowRoot.querySelector('[part~="retry"]').textContent.trim()),
        'Retry',
      );
      const fallback = await tab.$('partnership-feed a');
      assert.ok(await fallback.boundingBox(), 'the fallback link is shown with the error');
      assert.ok(!messages.some((message) => message.startsWith('pageerror')), messages.join('\n'));
      await tab.close();
    });
  }
});
