/**
 * In headless Chromium, as people use the site, on each WordPress version run.mjs starts (6.1, and
 * 6.8 whose post editor is an iframe, "editor-canvas"): an Author (no unfiltered_html) writes posts
 * with the block and the shortcode in the block editor and publishes them; visitors read them, with
 * and without JavaScript; an administrator lists a feed of another site, which has no CORS headers,
 * and it renders through the relay.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test as nodeTest } from 'node:test';
import { launchChromium, waitForCards } from '../support/chromium.mjs';
import { FIXTURES, SITE, USERS, VERSION, accessLogUntil, axeViolations, collectErrors, newPage, runPhp } from './support.mjs';

const LOCAL_FEED = '/wp-content/uploads/partnerships.json';
const LOCAL_ITEMS = JSON.parse(FIXTURES.json).items.length;
// Without its thumbnails, which are on www.example.org: the tests request loopback addresses only.
const RSS = String(FIXTURES.rss).replace(/<media:thumbnail[^>]*>/g, '');
const RSS_ITEMS = RSS.match(/<item>/g).length;
const BLOCK = '.wp-block-partnership-feed-resource-feed';
const TIMEOUT = { timeout: 30_000 };
/** From 6.3, the post editor's content (title and blocks) is in an iframe when every block allows it. */
const IFRAMED = VERSION !== '6.1';
/**
 * The components' deprecations WordPress 6.7+ logs for a block's controls without the current
 * props, and the block API's for blocks that keep the editor out of the iframe.
 */
const DEPRECATION = /__next40pxDefaultSize|__nextHasNoMarginBottom|api ?version|iframe/i;

/**
 * node:test's test, whose failure also names the step: a Puppeteer locator that times out says
 * where it was made only in its error's cause, which the test reporter leaves out.
 */
function test(name, body) {
  return nodeTest(name, async (context) => {
    try {
      await body(context);
    } catch (error) {
      if (error?.cause?.stack) error.message += `\n${error.cause.stack}`;
      throw error;
    }
  });
}

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

const offLoopback = [];
after(() => assert.deepEqual(offLoopback, [], 'every request goes to 127.0.0.0/8'));
const pageAs = (user) => newPage(browser, user, offLoopback);

/**
 * A new post in the block editor (its welcome guide was dismissed for these users at setup).
 * Resolves to the frame of its content: the "editor-canvas" iframe on 6.8, the page itself on 6.1.
 */
async function newPost(page, title) {
  await page.goto(`${SITE}/wp-admin/post-new.php`);
  const canvas = IFRAMED ? await (await page.waitForSelector('iframe[name="editor-canvas"]', TIMEOUT)).contentFrame() : page.mainFrame();
  await canvas.locator('.editor-post-title__input').click();
  await page.keyboard.type(title);
  return canvas;
}

/** The inserter's toggle: "Toggle block inserter" on 6.1, "Block Inserter" from 6.4. */
const INSERTER = 'button[aria-label="Toggle block inserter"], button[aria-label="Block Inserter"]';

/** Opens (`open`) or closes the inserter, unless it already is so. */
async function toggleInserter(page, open) {
  const toggle = await page.locator(INSERTER).waitHandle();
  if ((await toggle.evaluate((button) => button.getAttribute('aria-pressed') === 'true')) !== open) await toggle.click();
}

/** Adds a block `name` to the post in `canvas` through the inserter: its search, then the result. */
async function insertBlock(page, canvas, search, name) {
  const result = `button.editor-block-list-item-${name.replace(/^core\//, '').replace('/', '-')}`;
  const blocks = `[data-type="${name}"]`;
  const before = await canvas.$$eval(blocks, (found) => found.length);
  await toggleInserter(page, true);
  await page.locator('.block-editor-inserter__search input').fill(search);
  // The results are drawn again while the search settles (6.8: block types, then patterns and the
  // block directory), so a click can land on a result just replaced: it clicks again until the
  // block is in the post.
  const inserted = () => canvas.$$eval(blocks, (found) => found.length).then((count) => count > before);
  for (let attempt = 1; attempt <= 5 && !(await inserted()); attempt += 1) {
    try {
      await (await page.waitForSelector(result, { visible: true, ...TIMEOUT })).click();
    } catch (error) {
      if (!/detached|not clickable/i.test(error.message)) throw error;
    }
    await canvas
      .waitForFunction((selector, count) => document.querySelectorAll(selector).length > count, { timeout: 2_000 }, blocks, before)
      .catch(() => {});
  }
  assert.ok(await inserted(), `the inserter added ${name}`);
  await toggleInserter(page, false);
  // The block's sidebar: the Settings panel, opened if it is closed (the header is .edit-post-header
  // on 6.1, .editor-header on 6.8; both are in the skeleton's header).
  const settings = await page.locator('.interface-interface-skeleton__header button[aria-label="Settings"]').waitHandle();
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

async function insertFeedBlock(page, canvas, address) {
  await insertBlock(page, canvas, 'Resource feed', 'partnership-feed/resource-feed');
  await (await field(page, 'Feed address')).type(address);
}

/** Publishes, and resolves to the post's address from the "View Post" link. */
async function publish(page) {
  await page.locator('button.editor-post-publish-panel__toggle').click();
  await page.locator('.editor-post-publish-panel button.editor-post-publish-button').click();
  const view = await page.waitForSelector('.post-publish-panel__postpublish-buttons a', TIMEOUT);
  return view.evaluate((link) => link.href);
}

/** The console's warnings and errors of a page (its frames too: the editor canvas), as they happen. */
function collectWarnings(page) {
  const messages = [];
  page.on('console', (message) => ['warn', 'warning', 'error'].includes(message.type()) && messages.push(message.text()));
  return messages;
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
    const warnings = collectWarnings(page);
    const canvas = await newPost(page, 'Partnership resources');
    if (IFRAMED) assert.ok(await page.$('iframe[name="editor-canvas"]'), 'the post editor is iframed with the plugin active');
    await insertFeedBlock(page, canvas, LOCAL_FEED);
    await (await field(page, 'Layout')).select('list');
    // The preview is the widget itself, in the editor canvas (the iframe's own copy of the script on 6.8).
    await waitForCards(canvas, LOCAL_ITEMS, `${BLOCK} partnership-feed`);
    assert.equal(await canvas.$eval(`${BLOCK} partnership-feed`, (element) => element.getAttribute('layout')), 'list');
    if (process.env.PF_WP_SCREENSHOT) {
      // The README's picture: the sidebar beside the preview, scrolled down to the first cards.
      if (IFRAMED) await canvas.evaluate(() => window.scrollBy(0, 560));
      else await page.$eval('.interface-interface-skeleton__content', (content) => content.scrollBy(0, 560));
      await page.screenshot({ path: process.env.PF_WP_SCREENSHOT });
    }
    // The rest of what an editor sets there, each written into the element.
    await (await field(page, 'Heading level')).select('2');
    await (await field(page, 'Theme')).select('dark');
    const language = await field(page, 'Language');
    const offered = await language.evaluate((select) =>
      Object.fromEntries([...select.options].map((option) => [option.value, option.text])),
    );
    assert.equal(Object.keys(offered).length, 26, 'Default, English and the 24 other languages the widget speaks');
    assert.equal(offered['zh-TW'], '繁體中文');
    assert.equal(offered.ar, 'العربية');
    await language.select('es');
    await (await field(page, 'Tags')).click();
    await (await field(page, 'Cards before "Show more"')).type('4');
    const preview = await canvas.$(`${BLOCK} partnership-feed`);
    await canvas.waitForFunction((element) => element.getAttribute('page-size') === '4', {}, preview);
    assert.deepEqual(
      await preview.evaluate((element) => ['heading-level', 'theme', 'lang', 'filters'].map((name) => element.getAttribute(name))),
      ['2', 'dark', 'es', 'type tag search'],
    );
    // Inserted and set, the block's controls asked for nothing deprecated.
    assert.deepEqual(
      warnings.filter((message) => DEPRECATION.test(message)),
      [],
      `no deprecation of the block's controls or API on ${VERSION}`,
    );

    await insertBlock(page, canvas, 'Shortcode', 'core/shortcode');
    await canvas.locator('.blocks-shortcode__textarea').click();
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

describe('an Author curates what the block shows', () => {
  // A quote and an ampersand in each: what the sidebar stores must reach the page escaped, and the
  // element must read it back as typed.
  const EXCLUDE_TYPE = 'Webinar, "Q&A"';
  const FALLBACK = `${SITE}/wp-content/uploads/partnerships-header.svg?for=cards&v=1`;
  // Of the fixture's ten resources, the five that are not webinars and are from 2022-02-01 on.
  const SINCE = '2022-02-01';
  const KEPT = 5;
  let postUrl;

  test('sets the types to leave out, since, a fallback picture and a rel token in the sidebar, and publishes', async () => {
    const page = await pageAs(USERS.author);
    const warnings = collectWarnings(page);
    const canvas = await newPost(page, 'Curated resources');
    await insertFeedBlock(page, canvas, LOCAL_FEED);
    // The facet of several feeds has a label of its own, not its attribute word.
    assert.equal(await (await field(page, 'Source feed')).evaluate((input) => input.type), 'checkbox');
    await (await field(page, 'Leave out these types')).type(EXCLUDE_TYPE);
    await (await field(page, 'Only resources since')).type(SINCE);
    await (await field(page, 'Picture for cards without one')).type(FALLBACK);
    await (await field(page, 'sponsored: paid or partner links')).click();
    const preview = `${BLOCK} partnership-feed`;
    await waitForCards(canvas, KEPT, preview);
    // The preview takes the picture once its address has stopped changing, not each partial one
    // (which the page's request filter would report: "http://1" is 0.0.0.1).
    await canvas.waitForFunction(
      (selector, address) => document.querySelector(selector)?.getAttribute('fallback-image') === address,
      TIMEOUT,
      preview,
      FALLBACK,
    );
    assert.deepEqual(
      await canvas.$eval(preview, (element) =>
        ['exclude-type', 'since', 'fallback-image', 'link-rel'].map((name) => element.getAttribute(name)),
      ),
      [EXCLUDE_TYPE, SINCE, FALLBACK, 'sponsored'],
    );
    assert.deepEqual(
      warnings.filter((message) => DEPRECATION.test(message)),
      [],
      `no deprecation of the new controls on ${VERSION}`,
    );
    postUrl = await publish(page);
    await page.browserContext().close();
  });

  test('visitors get the element with those attributes, escaped in the page, and the cards follow them', async () => {
    assert.ok(postUrl, 'the post was published');
    const html = await (await fetch(postUrl)).text();
    const tag = html.match(/<partnership-feed\b[^>]*>/)?.[0] ?? '';
    assert.ok(tag.includes(' exclude-type="Webinar, &quot;Q&amp;A&quot;"'), tag);
    assert.ok(tag.includes(` fallback-image="${FALLBACK.replace('&', '&amp;')}"`), tag);
    assert.ok(tag.includes(` since="${SINCE}"`), tag);
    assert.ok(tag.includes(' link-rel="sponsored"'), tag);

    const page = await pageAs();
    const errors = collectErrors(page);
    await page.goto(postUrl);
    await waitForCards(page, KEPT, BLOCK);
    assert.deepEqual(
      await page.$eval(BLOCK, (element) =>
        ['exclude-type', 'since', 'fallback-image', 'link-rel'].map((name) => element.getAttribute(name)),
      ),
      [EXCLUDE_TYPE, SINCE, FALLBACK, 'sponsored'],
    );
    const cards = await page.$eval(BLOCK, (element) =>
      [...element.shadowRoot.querySelectorAll('[part~="card"]')].map((card) => ({
        image: card.querySelector('[part~="card-image"]')?.getAttribute('src'),
        alt: card.querySelector('[part~="card-image"]')?.getAttribute('alt'),
        rel: card.querySelector('[part~="card-link"]')?.getAttribute('rel'),
      })),
    );
    assert.deepEqual(cards, Array(KEPT).fill({ image: FALLBACK, alt: '', rel: 'sponsored' }));
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.browserContext().close();
  });
});

describe('a feed on another site, without CORS, through the relay', () => {
  // Not a name that resolves here: the relay serves the copy the test puts in its cache, and
  // neither the site nor the browser ever requests it.
  const ADDRESS = 'https://feeds.example.org/partnerships.rss';

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
    await admin.locator('#partnership-feed-feeds').fill(ADDRESS);
    await Promise.all([admin.waitForNavigation(), admin.click('#submit')]);
    // Saved (with a notice, as its name does not resolve here).
    assert.deepEqual(JSON.parse(runPhp(`echo wp_json_encode( get_option( 'partnership_feed_settings' )['feeds'] );`)), [ADDRESS]);
    await admin.browserContext().close();

    // The copy the relay would have fetched from that site, in the plugin's cache.
    runPhp(
      `partnership_feed_cache_store( '${ADDRESS}', array( 'body' => base64_decode( '${Buffer.from(RSS).toString('base64')}' ), 'type' => 'application/rss+xml; charset=utf-8' ) );`,
    );

    const page = await pageAs(USERS.author);
    const canvas = await newPost(page, 'Two feeds');
    await insertFeedBlock(page, canvas, ADDRESS);
    const relay = await field(page, 'Fetch through this site (relay)');
    assert.equal(await relay.evaluate((input) => input.checked), true, 'the block offers the relay, on');
    await waitForCards(canvas, RSS_ITEMS, `${BLOCK} partnership-feed`);
    assert.match(
      await canvas.$eval(`${BLOCK} partnership-feed`, (element) => element.getAttribute('src')),
      /\/wp-json\/partnership-feed\/v1\/feeds\/[0-9a-f]{16}$/,
      'the preview reads it through the relay',
    );
    await insertFeedBlock(page, canvas, LOCAL_FEED);
    // Two lists of one topic need two names (their landmarks are named after their headings).
    await (await field(page, 'Heading')).type('More resources');
    const postUrl = await publish(page);
    await page.browserContext().close();

    const visitor = await pageAs();
    const errors = collectErrors(visitor);
    const scripts = requestsTo(visitor, 'partnership-feed.iife.js');
    const direct = requestsTo(visitor, new URL(ADDRESS).hostname);
    await visitor.goto(postUrl);
    await waitForCards(visitor, RSS_ITEMS, `${BLOCK}:nth-of-type(1)`);
    await waitForCards(visitor, LOCAL_ITEMS, `${BLOCK}:nth-of-type(2)`);
    const src = await visitor.$eval(BLOCK, (element) => element.getAttribute('src'));
    assert.match(src, /\/wp-json\/partnership-feed\/v1\/feeds\/[0-9a-f]{16}$/);
    const served = (line) => line.includes(`"GET ${new URL(src, SITE).pathname}`) && line.includes('" 200 ');
    assert.ok((await accessLogUntil((lines) => lines.some(served))).some(served), 'the site served the relay (its access log)');
    assert.deepEqual(direct, [], 'the browser never asked the other site');
    assert.equal(scripts.length, 1, 'two blocks, one script');
    assert.deepEqual(await axeViolations(visitor), []);
    assert.deepEqual(errors, []);
    await visitor.browserContext().close();
  });

  test('a block with several addresses relays the listed one, names the unlisted one, and previews both', async () => {
    // Cross-origin but on loopback: nothing the test does leaves 127.0.0.0/8.
    const unlisted = 'http://127.0.0.2:9/feed.json';
    const page = await pageAs(USERS.author);
    const canvas = await newPost(page, 'Several feeds');
    await insertFeedBlock(page, canvas, `${ADDRESS} ${unlisted}`);
    const relay = await field(page, 'Fetch through this site (relay)');
    assert.equal(await relay.evaluate((input) => input.checked), true, 'the block offers the relay for the listed feed');
    const notice = await page
      .locator('.interface-complementary-area .components-notice')
      .map((element) => element.textContent)
      .wait();
    assert.ok(notice.includes(unlisted), `the notice names the feed it is about: ${notice}`);
    assert.ok(!notice.includes(ADDRESS), 'and not the relayed one');
    const preview = `${BLOCK} partnership-feed`;
    await canvas.waitForFunction((selector) => / /.test(document.querySelector(selector)?.getAttribute('src') ?? ''), TIMEOUT, preview);
    assert.match(
      await canvas.$eval(preview, (element) => element.getAttribute('src')),
      new RegExp(`^\\S*/wp-json/partnership-feed/v1/feeds/[0-9a-f]{16} ${unlisted.replaceAll('.', '\\.')}$`),
      'the preview reads the listed feed through the relay, the other as given',
    );
    await page.browserContext().close();
  });
});
