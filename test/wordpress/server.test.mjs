/**
 * The plugin's server side, against the running site: what the block and the shortcode write into
 * the page (PHP, through WordPress's own render_block and do_shortcode), and the relay (HTTP).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { FIXTURES, SITE, runPhp, runPhpAsync, setSettings } from './support.mjs';

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

/** Keeps a copy of a listed feed, as a fetch would have (no request leaves loopback in these tests). */
function keepCopy(url, body, type) {
  runPhp(
    `partnership_feed_cache_store( '${url}', array( 'body' => base64_decode( '${Buffer.from(body).toString('base64')}' ), 'type' => '${type}' ) );`,
  );
}

describe('feed relay', () => {
  const FEED = 'https://feeds.example.org/partnerships.rss';
  const DOWN = 'https://feeds-down.invalid/feed.xml';
  const relay = (url) => runPhp(`echo partnership_feed_relay_url( '${url}' );`);
  before(() => {
    setSettings({ feeds: [FEED, DOWN], ttl: 600 });
    keepCopy(FEED, FIXTURES.rss, 'application/rss+xml; charset=utf-8');
  });

  test('refuses an address that is not listed (403), and names where to list it', async () => {
    const response = await fetch(`${SITE}/wp-json/partnership-feed/v1/feeds/0123456789abcdef`);
    assert.equal(response.status, 403);
    assert.match((await response.json()).message, /Settings → Partnership feed/);
    assert.equal(relay('https://feeds.example.org/unlisted.xml'), '');
  });

  test('relays a listed feed same-origin, with its content type, as data only', async () => {
    const address = relay(FEED);
    assert.match(address, new RegExp(`^${SITE}/wp-json/partnership-feed/v1/feeds/[0-9a-f]{16}$`));
    const response = await fetch(address, { headers: { origin: 'https://elsewhere.example' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/rss+xml; charset=utf-8');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; sandbox");
    assert.equal(response.headers.get('access-control-allow-origin'), null, 'not readable by other sites');
    assert.equal(response.headers.get('x-partnership-feed-cache'), 'hit');
    assert.equal(await response.text(), String(FIXTURES.rss));
  });

  test('is the relay however its address is spelled: the same headers, the feed as it came', async () => {
    const id = relay(FEED).split('/').pop();
    for (const address of [
      `${SITE}/wp-json/Partnership-Feed/V1/feeds/${id.toUpperCase()}`,
      `${SITE}/wp-json/PARTNERSHIP-FEED/v1/Feeds/${id}`,
      `${SITE}/?rest_route=/partnership-FEED/v1/feeds/${id}`,
    ]) {
      const response = await fetch(address, { headers: { origin: 'https://elsewhere.example' } });
      assert.equal(response.status, 200, address);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', address);
      assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; sandbox", address);
      assert.equal(response.headers.get('access-control-allow-origin'), null, address);
      assert.equal(await response.text(), String(FIXTURES.rss), address);
    }
    const refused = await fetch(`${SITE}/wp-json/Partnership-Feed/v1/feeds/0123456789ABCDEF`);
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('x-content-type-options'), 'nosniff', 'errors carry the headers too');
    assert.equal(refused.headers.get('content-security-policy'), "default-src 'none'; sandbox");
  });

  test('serves the last good copy when the origin fails after the copy expired', async () => {
    keepCopy(DOWN, FIXTURES.rss, 'application/rss+xml');
    runPhp(`delete_transient( 'partnership_feed_' . partnership_feed_id( '${DOWN}' ) );`);
    const response = await fetch(relay(DOWN));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('x-partnership-feed-cache'), 'stale');
    assert.equal(await response.text(), String(FIXTURES.rss));
  });

  test('tells anonymous callers that the feed could not be fetched, and administrators why', async () => {
    runPhp(
      `delete_option( 'partnership_feed_' . partnership_feed_id( '${DOWN}' ) . '_stale' ); delete_transient( 'partnership_feed_' . partnership_feed_id( '${DOWN}' ) . '_failed' );`,
    );
    const response = await fetch(relay(DOWN));
    assert.equal(response.status, 502);
    assert.equal((await response.json()).message, 'The feed could not be fetched from its site.');
    const admin = runPhp(`wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
      $request = new WP_REST_Request( 'GET', '/partnership-feed/v1/feeds/' . partnership_feed_id( '${DOWN}' ) );
      echo rest_do_request( $request )->get_data()['message'];`);
    assert.equal(admin, "The feed's host name could not be found.");
  });

  test('an answer that is not a feed, or larger than 10 MB, is refused', () => {
    const verdicts = JSON.parse(
      runPhp(`$answer = array( 'status' => 200, 'type' => 'application/json', 'encoding' => '', 'location' => '', 'body' => '{"items":[]}', 'truncated' => false );
        $codes = array();
        foreach ( array( array( 'truncated' => true ), array( 'type' => 'text/html' ), array( 'type' => 'text/plain' ), array( 'status' => 404 ), array() ) as $change ) {
          $result = partnership_feed_accept_response( array_merge( $answer, $change ) );
          $codes[] = is_wp_error( $result ) ? $result->get_error_code() : $result['type'];
        }
        echo wp_json_encode( $codes );`),
    );
    assert.deepEqual(verdicts, ['too_large', 'not_a_feed', 'not_a_feed', 'http', 'application/json']);
  });
});

describe('fallback list', () => {
  const listed = {
    rss: 'https://feeds.example.org/feed.rss',
    atom: 'https://feeds.example.org/feed.atom',
    drupal: 'https://feeds.example.org/jsonapi/node/article',
  };
  before(() => {
    setSettings({ feeds: Object.values(listed), ttl: 600 });
    keepCopy(listed.rss, FIXTURES.rss, 'application/rss+xml');
    keepCopy(listed.atom, readFileSync('test/fixtures/partnerships.atom.xml'), 'application/atom+xml');
    keepCopy(listed.drupal, readFileSync('test/fixtures/drupal-jsonapi.json'), 'application/vnd.api+json');
  });

  /** The fallback's [link, title] pairs for a feed address. */
  const render = (src, pageSize = 2) => runPhpAsync(shortcodePhp(`[partnership_feed src="${src}" page-size="${pageSize}"]`));
  const fallback = async (src) =>
    [...(await render(src)).matchAll(/<li><a href="([^"]+)">([^<]+)<\/a>/g)].map(([, link, title]) => [link, decode(title)]);
  const workforce = 'Workforce Development: A Library Partnership Success Story';

  test('reads RSS, Atom and Drupal JSON:API feeds of listed sites, links resolved against the feed', async () => {
    for (const url of [listed.rss, listed.atom]) {
      const items = await fallback(url);
      assert.equal(items.length, 2, url);
      assert.deepEqual(
        items[0],
        ['https://www.webjunction.org/news/webjunction/workforce-development-library-partnership-success-story.html', workforce],
        url,
      );
    }
    assert.deepEqual((await fallback(listed.drupal))[0], [
      'https://feeds.example.org/news/workforce-development-library-partnership',
      workforce,
    ]);
  });

  test("reads this site's own posts (the WordPress REST API), and no unlisted site's feed", async () => {
    const link = runPhp(
      `echo get_permalink( wp_insert_post( array( 'post_title' => 'Story time & crafts', 'post_status' => 'publish', 'post_content' => 'x' ) ) );`,
    );
    assert.deepEqual(await fallback('/wp-json/wp/v2/posts?_embed&search=crafts'), [[link, 'Story time & crafts']]);
    const unlisted = 'https://other.example.org/feed.rss';
    assert.doesNotMatch(await render(unlisted), /<li>/);
    assert.equal(
      runPhp(
        `echo false === get_transient( 'partnership_feed_' . partnership_feed_id( '${unlisted}' ) . '_failed' ) ? 'not fetched' : 'fetched';`,
      ),
      'not fetched',
    );
  });
});

describe('small things', () => {
  test('a src relative to the page is resolved as the browser would, not read as a host name', () => {
    const html = runPhp(`$_SERVER['REQUEST_URI'] = '/topics/partnerships/?x=1';
      echo do_shortcode( '[partnership_feed src="feeds/a.json"][partnership_feed src="../b.json"][partnership_feed src="/c.json"]' );`);
    assert.deepEqual(
      [...html.matchAll(/<partnership-feed src="([^"]+)"/g)].map(([, src]) => src),
      ['/topics/partnerships/feeds/a.json', '/topics/b.json', '/c.json'],
    );
  });

  test("a class and an id in the block's comment join the wrapper's: one class attribute, alignment kept", () => {
    const html = renderBlock({
      src: '/wp-content/uploads/partnerships.json',
      align: 'wide',
      className: 'is-style-x',
      class: 'extra "><b>',
      id: 'resources',
    });
    const tag = html.match(/<partnership-feed\b[^>]*>/)[0];
    assert.equal(tag.match(/\sclass="/g).length, 1, tag);
    const classes = tag.match(/\sclass="([^"]*)"/)[1].split(/\s+/);
    for (const name of ['wp-block-partnership-feed-resource-feed', 'alignwide', 'is-style-x', 'extra'])
      assert.ok(classes.includes(name), `${name} in ${classes}`);
    assert.match(tag, /\sid="resources"/);
    assert.doesNotMatch(tag, /<b>/);
  });

  test('every PHP file of the plugin, requested directly, does nothing (no error, no path)', async () => {
    const files = runPhp(
      `$root = WP_PLUGIN_DIR . '/partnership-feed/'; foreach ( new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $root, FilesystemIterator::SKIP_DOTS ) ) as $file ) { if ( 'php' === $file->getExtension() ) { echo substr( $file->getPathname(), strlen( $root ) ), "\\n"; } }`,
    )
      .trim()
      .split('\n');
    assert.ok(files.includes('block/editor.asset.php'));
    for (const file of files) {
      const response = await fetch(`${SITE}/wp-content/plugins/partnership-feed/${file}`);
      assert.equal(response.status, 200, file);
      assert.equal(await response.text(), '', file);
    }
  });
});

describe('languages', () => {
  test("the widget's language follows the site's locale where the widget speaks it", () => {
    const locales = ['zh_TW', 'zh_HK', 'zh_CN', 'pt_BR', 'pt_PT', 'fa_IR', 'ar', 'es_MX', 'de_DE_formal', 'uk', 'en_US', 'en_GB', 'nl_NL'];
    const chosen = JSON.parse(
      runPhp(`echo wp_json_encode( array_map( 'partnership_feed_site_language', json_decode( '${JSON.stringify(locales)}' ) ) );`),
    );
    assert.deepEqual(chosen, ['zh-TW', 'zh-TW', 'zh-CN', 'pt', 'pt', 'fa', 'ar', 'es', 'de', 'uk', '', '', '']);
  });

  test('a site in Traditional Chinese gets lang="zh-TW" on the element; an editor\'s choice wins', () => {
    const html = runPhp(`add_filter( 'locale', function () { return 'zh_TW'; } );
      echo do_shortcode( '[partnership_feed src="/feeds/a.json"][partnership_feed src="/feeds/a.json" lang="ar"]' );`);
    assert.deepEqual(
      [...html.matchAll(/<partnership-feed\b[^>]*\slang="([^"]+)"/g)].map(([, lang]) => lang),
      ['zh-TW', 'ar'],
    );
  });

  test('the plugin knows every language the widget speaks, each named in itself', () => {
    const names = JSON.parse(runPhp('echo wp_json_encode( partnership_feed_languages() );'));
    assert.deepEqual(names, JSON.parse(readFileSync('src/i18n/languages.json', 'utf8')));
  });
});
