/**
 * The plugin's server side, against the running site: what the block and the shortcode write into
 * the page (PHP, through WordPress's own render_block and do_shortcode), and the relay (HTTP).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { FIXTURES, SITE, feedOrigin, runPhp, runPhpAsync, serve, setSettings } from './support.mjs';

/** The page HTML of one block with these attributes, rendered by WordPress. */
function renderBlock(attributes) {
  const json = Buffer.from(JSON.stringify(attributes)).toString('base64');
  return runPhp(
    `echo render_block( array( 'blockName' => 'partnership-feed/resource-feed', 'attrs' => json_decode( base64_decode( '${json}' ), true ), 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) );`,
  );
}

function shortcodePhp(shortcode) {
  return `echo do_shortcode( base64_decode( '${Buffer.from(shortcode).toString('base64')}' ) );`;
}

function renderShortcode(shortcode) {
  return runPhp(shortcodePhp(shortcode));
}

function decode(value) {
  return value.replace(
    /&(quot|#0?39|lt|gt|amp);/g,
    (_, name) => ({ quot: '"', '#039': "'", '#39': "'", lt: '<', gt: '>', amp: '&' })[name],
  );
}

/**
 * The element's opening tag and its attributes as a browser reads them. Every `"`, `<` and `>` in a
 * value must be escaped, so the tag ends at the first `>` and each value at its closing quote.
 */
function openingTag(html) {
  const tag = html.match(/<partnership-feed\b([^>]*)>/);
  assert.ok(tag, `no <partnership-feed> in ${html.slice(0, 200)}`);
  const attributes = {};
  const rest = tag[1].replace(/\s([a-z-]+)(?:="([^"]*)")?/g, (_, name, value) => {
    attributes[name] = value === undefined ? true : decode(value);
    return '';
  });
  assert.equal(rest.trim(), '', `unparsed text in the tag: ${rest}`);
  return attributes;
}

const hostile = "\"><script>alert(1)</script><b x='y'>";

describe('server render', () => {
  test('hostile attribute values come out escaped, in the block and in the shortcode', () => {
    const long = 'x'.repeat(10_000);
    const block = renderBlock({
      src: '/wp-content/uploads/partnerships.json',
      heading: hostile,
      query: long,
      tag: `'${hostile}`,
      lang: hostile,
    });
    assert.doesNotMatch(block, /<script|<b /);
    const attributes = openingTag(block);
    assert.equal(attributes.heading, hostile);
    assert.equal(attributes.tag, `'${hostile}`);
    assert.equal(attributes.query, long.slice(0, 500), 'a 10,000-character value is capped like a title');
    assert.equal(attributes.lang, undefined, 'an invalid language is left out');

    const shortcode = renderShortcode(
      `[partnership_feed src="/wp-content/uploads/partnerships.json" heading='${hostile.replaceAll("'", '’')}' class='"><script>' id="a&quot;b"]`,
    );
    assert.doesNotMatch(shortcode, /<script/);
    const fromShortcode = openingTag(shortcode);
    assert.equal(fromShortcode.heading, hostile.replaceAll("'", '’'));
    assert.doesNotMatch(fromShortcode.class, /["<>]/);
  });

  test('javascript: and other non-http addresses never become the feed address or a link', () => {
    for (const src of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
    ]) {
      const html = renderBlock({ src });
      assert.doesNotMatch(html, /<partnership-feed|javascript:|data:|vbscript:/i, src);
    }
    const html = renderShortcode(`[partnership_feed src="https://example.org/a&quot;onmouseover=alert(1)&gt;" heading="x"]`);
    assert.deepEqual(Object.keys(openingTag(html)), ['src', 'heading'], 'a quote in the address does not end it');
  });

  test('bad values fall back to the element default (left out); good ones pass, in either spelling', () => {
    const attributes = openingTag(
      renderShortcode(
        '[partnership_feed src="/wp-content/uploads/partnerships.json" layout="list" page_size="3" heading-level="9" filters="tag nonsense search" theme="purple" sync-url="yes" link-target="_blank"]',
      ),
    );
    assert.deepEqual(attributes, {
      src: '/wp-content/uploads/partnerships.json',
      layout: 'list',
      'page-size': '3',
      filters: 'tag search',
      'link-target': '_blank',
      'sync-url': true,
    });
  });

  test('the fallback content is a plain list of the first page: title links and dates', () => {
    const html = renderBlock({ src: '/wp-content/uploads/partnerships.json', pageSize: '4' });
    const items = [...html.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a> <time datetime="([^"]+)">([^<]+)<\/time><\/li>/g)];
    const feed = JSON.parse(FIXTURES.json);
    assert.equal(items.length, 4);
    assert.equal(decode(items[0][2]), feed.items[0].title);
    assert.equal(items[0][1], feed.items[0].url);
    // Midnight UTC is a calendar date: shown as that day, not the day before west of Greenwich.
    assert.equal(items[0][4], 'May 31, 2022');
  });
});

describe('pasted into a Custom HTML block by an Author', () => {
  test('the post HTML filter keeps the element and its documented attributes, and nothing else', () => {
    const pasted =
      '<partnership-feed src="/feeds/a.json" layout="list" page-size="6" sync-url class="alignwide" dir="rtl" style="--pf-color-accent: #9c2f00" aria-label="Resources" onclick="alert(1)"><a href="/topics">Browse</a></partnership-feed><script>alert(2)</script>';
    // What WordPress saves for a user without unfiltered_html: wp_filter_post_kses on the content.
    const saved = runPhp(
      `echo wp_unslash( wp_filter_post_kses( wp_slash( base64_decode( '${Buffer.from(pasted).toString('base64')}' ) ) ) );`,
    );
    assert.doesNotMatch(saved, /onclick|<script/);
    assert.deepEqual(openingTag(saved), {
      src: '/feeds/a.json',
      layout: 'list',
      'page-size': '6',
      'sync-url': true,
      class: 'alignwide',
      dir: 'rtl',
      style: '--pf-color-accent: #9c2f00',
      'aria-label': 'Resources',
    });
  });
});

describe('feed relay', () => {
  let origin;
  let status = 200;
  const relay = (url) => runPhp(`echo partnership_feed_relay_url( '${url}' );`);
  before(async () => {
    origin = await feedOrigin({
      '/feed.xml': (request, response) =>
        status === 200
          ? serve(FIXTURES.rss, 'application/rss+xml; charset=utf-8')(request, response)
          : (response.writeHead(status), response.end()),
      '/big.json': serve(`{"items":[],"x":"${'a'.repeat(10 * 1024 * 1024)}"}`, 'application/json'),
      '/page.html': serve('<script>alert(1)</script>', 'text/html'),
      '/moved.json': (request, response) => {
        response.writeHead(302, { location: origin.url('/feed.xml', '127.0.0.2') });
        response.end();
      },
    });
    setSettings({
      feeds: ['/feed.xml', '/big.json', '/page.html', '/moved.json']
        .map((path) => origin.url(path))
        .concat(origin.url('/feed.xml', '127.0.0.2')),
      ttl: 600,
    });
  });
  after(() => origin.close());

  test('refuses an address that is not listed (403), and names where to list it', async () => {
    const response = await fetch(`${SITE}/wp-json/partnership-feed/v1/feeds/0123456789abcdef`);
    assert.equal(response.status, 403);
    assert.match((await response.json()).message, /Settings → Partnership feed/);
    assert.equal(relay(origin.url('/unlisted.xml')), '');
  });

  test('relays a listed feed same-origin, with its content type, and keeps a copy', async () => {
    const address = relay(origin.url('/feed.xml'));
    assert.match(address, new RegExp(`^${SITE}/wp-json/partnership-feed/v1/feeds/[0-9a-f]{16}$`));
    const first = await fetch(address, { headers: { origin: 'https://elsewhere.example' } });
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('content-type'), 'application/rss+xml; charset=utf-8');
    assert.equal(first.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(first.headers.get('access-control-allow-origin'), null, 'not readable by other sites');
    assert.equal(first.headers.get('x-partnership-feed-cache'), 'miss');
    assert.equal(await first.text(), String(FIXTURES.rss));

    const second = await fetch(address);
    assert.equal(second.headers.get('x-partnership-feed-cache'), 'hit');
    assert.equal(await second.text(), String(FIXTURES.rss));
    assert.equal(origin.requests.filter((line) => line.endsWith('/feed.xml')).length, 1, 'the second answer came from the cache');
  });

  test('serves the stale copy when the origin fails after the copy expired', async () => {
    const address = relay(origin.url('/feed.xml'));
    await fetch(address);
    runPhp(`delete_transient( 'partnership_feed_' . partnership_feed_id( '${origin.url('/feed.xml')}' ) );`);
    status = 503;
    try {
      const response = await fetch(address);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('x-partnership-feed-cache'), 'stale');
      assert.equal(await response.text(), String(FIXTURES.rss));
    } finally {
      status = 200;
    }
  });

  test('refuses an internal address even when listed, also after a redirect', async () => {
    const internal = await fetch(relay(origin.url('/feed.xml', '127.0.0.2')));
    assert.equal(internal.status, 403);
    const redirected = await fetch(relay(origin.url('/moved.json')));
    assert.equal(redirected.status, 502);
    assert.deepEqual(
      origin.requests.filter((line) => line.startsWith('127.0.0.2')),
      [],
      'nothing reached 127.0.0.2',
    );
  });

  test('refuses a body over 10 MB, and a page that is not a feed', async () => {
    const big = await fetch(relay(origin.url('/big.json')));
    assert.equal(big.status, 502);
    assert.match((await big.json()).message, /larger than 10 MB/);
    const page = await fetch(relay(origin.url('/page.html')));
    assert.equal(page.status, 502);
    assert.match(page.headers.get('content-type'), /^application\/json/);
  });
});

describe('fallback list', () => {
  let origin;
  before(async () => {
    origin = await feedOrigin({
      '/feed.rss': serve(FIXTURES.rss, 'application/rss+xml'),
      '/feed.atom': serve(readFileSync('test/fixtures/partnerships.atom.xml'), 'application/atom+xml'),
      '/jsonapi/node/article': serve(readFileSync('test/fixtures/drupal-jsonapi.json'), 'application/vnd.api+json'),
    });
    setSettings({ feeds: ['/feed.rss', '/feed.atom', '/jsonapi/node/article'].map((path) => origin.url(path)), ttl: 600 });
  });
  after(() => origin.close());

  /** The fallback's [link, title] pairs for a feed address. */
  // Asynchronous PHP: the feeds come from this process's own server, which must go on answering.
  const render = (src, pageSize = 2) => runPhpAsync(shortcodePhp(`[partnership_feed src="${src}" page-size="${pageSize}"]`));
  const fallback = async (src) =>
    [...(await render(src)).matchAll(/<li><a href="([^"]+)">([^<]+)<\/a>/g)].map(([, link, title]) => [link, decode(title)]);
  const workforce = 'Workforce Development: A Library Partnership Success Story';

  test('reads RSS, Atom and Drupal JSON:API feeds of listed sites, links resolved against the feed', async () => {
    for (const path of ['/feed.rss', '/feed.atom']) {
      const items = await fallback(origin.url(path));
      assert.equal(items.length, 2, path);
      assert.deepEqual(
        items[0],
        ['https://www.webjunction.org/news/webjunction/workforce-development-library-partnership-success-story.html', workforce],
        path,
      );
    }
    assert.deepEqual((await fallback(origin.url('/jsonapi/node/article')))[0], [
      origin.url('/news/workforce-development-library-partnership'),
      workforce,
    ]);
  });

  test("reads this site's own posts (the WordPress REST API), and no unlisted site's feed", async () => {
    const link = runPhp(
      `echo get_permalink( wp_insert_post( array( 'post_title' => 'Story time & crafts', 'post_status' => 'publish', 'post_content' => 'x' ) ) );`,
    );
    assert.deepEqual(await fallback('/wp-json/wp/v2/posts?_embed&search=crafts'), [[link, 'Story time & crafts']]);
    const unlisted = await render(origin.url('/other.rss'));
    assert.doesNotMatch(unlisted, /<li>/);
    assert.equal(origin.requests.filter((line) => line.includes('/other')).length, 0, 'the server did not fetch it');
  });
});
