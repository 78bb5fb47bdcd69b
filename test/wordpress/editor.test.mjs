/**
 * In headless Chromium, as people use the site: an Author (no unfiltered_html) writes posts with
 * the block and the shortcode in the block editor and publishes them; visitors read them, with
 * and without JavaScript; an administrator lists a feed of another site, which has no CORS headers,
 * and it renders through the relay.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchChromium, waitForCards } from '../support/chromium.mjs';
import { FIXTURES, SITE, USERS, axeViolations, collectErrors, feedOrigin, newPage, runPhp, serve } from './support.mjs';

const LOCAL_FEED = '/wp-content/uploads/partnerships.json';
const LOCAL_ITEMS = JSON.parse(FIXTURES.json).items.length;
// Without its thumbnails, which are on www.example.org: the tests request loopback addresses only.
const RSS = String(FIXTURES.rss).replace(/<media:thumbnail[^>]*>/g, '');
const RSS_ITEMS = RSS.match(/<item>/g).length;
const BLOCK = '.wp-block-partnership-feed-resource-feed';
const TIMEOUT = { timeout: 30_000 };

let browser;
let origin;
before(async () => {
  browser = await launchChromium();
  origin = await feedOrigin({ '/partnerships.rss': serve(RSS, 'application/rss+xml; charset=utf-8') });
});
after(async () => {
  await browser?.close();
  await origin?.close();
});

const offLoopback = [];
after(() => assert.deepEqual(offLoopback, [], 'every request goes to 127.0.0.0/8'));
const pageAs = (user) => newPage(browser, user, offLoopback);

/** A new post in the block editor (its welcome guide was dismissed for these users at setup). */
async function newPost(page, title) {
  await page.goto(`${SITE}/wp-admin/post-new.php`);
  await page.locator('.editor-post-title__input').click();
  await page.keyboard.type(title);
}

/** Adds a block through the inserter: its search, then the result. */
async function insertBlock(page, search, slug) {
  await page.locator('button[aria-label="Toggle block inserter"]').click();
  await page.locator('.block-editor-inserter__search input').fill(search);
  await page.locator(`button.editor-block-list-item-${slug}`).click();
  await page.locator('button[aria-label="Toggle block inserter"]').click();
  // The block's sidebar: the Settings panel, opened if it is closed.
  const settings = await page.locator('.edit-post-header button[aria-label="Settings"]').waitHandle();
  if ((await settings.evaluate((button) => button.getAttribute('aria-pressed'))) !== 'true') await settings.click();
}

/** The sidebar control labelled `label` (by its <label>: the accessible name is upper-cased by CSS). */
async function field(page, label) {
  const id = await page
    // An XPath string literal has no escapes: a label with double quotes goes in single ones.
    .locator(`::-p-xpath(//label[normalize-space()=${label.includes('"') ? `'${label}'` : `"${label}"`}])`)
    .map((element) => element.htmlFor)
    .wait();
  return page.locator(`[id="${id}"]`).waitHandle();
}

async function insertFeedBlock(page, address) {
  await insertBlock(page, 'Resource feed', 'partnership-feed-resource-feed');
  await (await field(page, 'Feed address')).type(address);
}

/** Publishes, and resolves to the post's address from the "View Post" link. */
async function publish(page) {
  await page.locator('button.editor-post-publish-panel__toggle').click();
  await page.locator('.editor-post-publish-panel button.editor-post-publish-button').click();
  const view = await page.waitForSelector('.post-publish-panel__postpublish-buttons a', TIMEOUT);
  return view.evaluate((link) => link.href);
}

/** Every request the page made whose address contains `part`. */
function requestsTo(page, part) {
  const seen = [];
  page.on('request', (request) => request.url().includes(part) && seen.push(request.url()));
  return seen;
}

describe('an Author writes with the block and the shortcode', () => {
  let postUrl;

  test('inserts the block (address set in the sidebar, the widget as preview) and a shortcode, and publishes', async () => {
    const page = await pageAs(USERS.author);
    await newPost(page, 'Partnership resources');
    await insertFeedBlock(page, LOCAL_FEED);
    await (await field(page, 'Layout')).select('list');
    await waitForCards(page, LOCAL_ITEMS, `${BLOCK} partnership-feed`);
    assert.equal(await page.$eval(`${BLOCK} partnership-feed`, (element) => element.getAttribute('layout')), 'list');
    if (process.env.PF_WP_SCREENSHOT) {
      // The README's picture: the sidebar beside the preview, scrolled down to the first cards.
      await page.$eval('.interface-interface-skeleton__content', (canvas) => canvas.scrollBy(0, 560));
      await page.screenshot({ path: process.env.PF_WP_SCREENSHOT });
    }
    // The rest of what an editor sets there, each written into the element.
    await (await field(page, 'Heading level')).select('2');
    await (await field(page, 'Theme')).select('dark');
    await (await field(page, 'Language')).select('es');
    await (await field(page, 'Tags')).click();
    await (await field(page, 'Cards before "Show more"')).type('4');
    const preview = await page.$(`${BLOCK} partnership-feed`);
    await page.waitForFunction((element) => element.getAttribute('page-size') === '4', {}, preview);
    assert.deepEqual(
      await preview.evaluate((element) => ['heading-level', 'theme', 'lang', 'filters'].map((name) => element.getAttribute(name))),
      ['2', 'dark', 'es', 'type tag search'],
    );

    await insertBlock(page, 'Shortcode', 'shortcode');
    await page.locator('.blocks-shortcode__textarea').click();
    // hide="related": two lists of one feed would show its related topics twice, in two landmarks
    // of the same name (axe's landmark-unique), a matter of the element, not of the plugin.
    await page.keyboard.type(
      `[partnership_feed src="${LOCAL_FEED}" layout="compact" page-size="3" heading="From the shortcode" hide="related"]`,
    );
    postUrl = await publish(page);
    await page.browserContext().close();
  });

  test('visitors see both lists, from one script, with no console error and no axe violation', async () => {
    assert.ok(postUrl, 'the post was published');
    const page = await pageAs();
    const errors = collectErrors(page);
    const scripts = requestsTo(page, 'partnership-feed.iife.js');
    const spanish = requestsTo(page, 'partnership-feed-es.js');
    await page.goto(postUrl);
    await waitForCards(page, 4, `${BLOCK}`);
    assert.deepEqual(
      await page.$eval(BLOCK, (element) =>
        ['layout', 'heading-level', 'theme', 'lang', 'filters', 'page-size'].map((name) => element.getAttribute(name)),
      ),
      ['list', '2', 'dark', 'es', 'type tag search', '4'],
    );
    assert.match(spanish[0], /\/wp-content\/plugins\/partnership-feed\/assets\//, 'the Spanish strings load from the plugin folder');
    await waitForCards(page, 3, `partnership-feed[heading="From the shortcode"]`);
    assert.equal(
      await page.$eval(`partnership-feed[heading="From the shortcode"]`, (element) => element.getAttribute('layout')),
      'compact',
    );
    assert.equal(await page.$$eval('body script[src*="partnership-feed.iife.js"]', (tags) => tags.length), 1, 'once, in the footer');
    assert.match(scripts[0], /\/wp-content\/plugins\/partnership-feed\/assets\/partnership-feed\.iife\.js/);
    assert.equal(scripts.length, 1);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.browserContext().close();
  });

  test('without JavaScript, visitors see the fallback list of the first page', async () => {
    const page = await pageAs();
    await page.setJavaScriptEnabled(false);
    await page.goto(postUrl);
    const lists = await page.$$eval('partnership-feed', (elements) =>
      elements.map((element) =>
        [...element.querySelectorAll('li a')].filter((link) => link.getBoundingClientRect().height > 0).map((link) => link.textContent),
      ),
    );
    const titles = JSON.parse(FIXTURES.json).items.map((item) => item.title);
    assert.deepEqual(lists, [titles.slice(0, 4), titles.slice(0, 3)]);
    await page.browserContext().close();
  });
});

describe('a feed on another site, without CORS, through the relay', () => {
  const address = () => origin.url('/partnerships.rss');

  test('only an administrator reaches the settings page', async () => {
    const page = await pageAs(USERS.author);
    const response = await page.goto(`${SITE}/wp-admin/options-general.php?page=partnership-feed`);
    assert.equal(response.status(), 403);
    await page.browserContext().close();

    // And an administrator's browser sent a form by another site (no nonce) changes nothing.
    const admin = await pageAs(USERS.admin);
    await admin.goto(`${SITE}/wp-admin/`);
    // The form another site would make the browser send: the fields without the nonce.
    await admin.evaluate(() => {
      const form = Object.assign(document.createElement('form'), { method: 'post', action: '/wp-admin/options.php' });
      const fields = { option_page: 'partnership_feed', action: 'update', 'partnership_feed_settings[feeds]': 'https://example.org/x' };
      for (const [name, value] of Object.entries(fields))
        form.append(Object.assign(document.createElement('input'), { type: 'hidden', name, value }));
      document.body.append(form);
    });
    const [refused] = await Promise.all([
      admin.waitForNavigation(),
      admin.$eval('form[action="/wp-admin/options.php"]', (form) => form.submit()),
    ]);
    const status = refused.status();
    assert.match(await admin.$eval('body', (body) => body.textContent), /link you followed has expired/);
    assert.equal(status, 403);
    assert.equal(runPhp(`echo wp_json_encode( get_option( 'partnership_feed_settings', array() ) );`).includes('example.org'), false);
    await admin.browserContext().close();
  });

  test('the administrator lists it; the Author adds it with a second block; it renders, and the script loads once', async () => {
    const admin = await pageAs(USERS.admin);
    await admin.goto(`${SITE}/wp-admin/options-general.php?page=partnership-feed`);
    await admin.locator('#partnership-feed-feeds').fill(address());
    await Promise.all([admin.waitForNavigation(), admin.click('#submit')]);
    assert.match(await admin.$eval('.wrap', (wrap) => wrap.textContent), /Settings saved/);
    await admin.browserContext().close();

    const page = await pageAs(USERS.author);
    await newPost(page, 'Two feeds');
    await insertFeedBlock(page, address());
    const relay = await field(page, 'Fetch through this site (relay)');
    assert.equal(await relay.evaluate((input) => input.checked), true, 'the block offers the relay, on');
    await waitForCards(page, RSS_ITEMS, `${BLOCK} partnership-feed`);
    await insertFeedBlock(page, LOCAL_FEED);
    // Two lists of one topic need two names (their landmarks are named after their headings).
    await (await field(page, 'Heading')).type('More resources');
    const postUrl = await publish(page);
    await page.browserContext().close();

    const visitor = await pageAs();
    const errors = collectErrors(visitor);
    const scripts = requestsTo(visitor, 'partnership-feed.iife.js');
    const direct = requestsTo(visitor, `:${new URL(address()).port}/`);
    await visitor.goto(postUrl);
    await waitForCards(visitor, RSS_ITEMS, `${BLOCK}:nth-of-type(1)`);
    await waitForCards(visitor, LOCAL_ITEMS, `${BLOCK}:nth-of-type(2)`);
    assert.match(
      await visitor.$eval(BLOCK, (element) => element.getAttribute('src')),
      /\/wp-json\/partnership-feed\/v1\/feeds\/[0-9a-f]{16}$/,
    );
    assert.deepEqual(direct, [], 'the browser never asked the other site');
    assert.equal(scripts.length, 1, 'two blocks, one script');
    assert.deepEqual(await axeViolations(visitor), []);
    assert.deepEqual(errors, []);
    await visitor.browserContext().close();
  });
});
