/**
 * The plugin on the site it serves: an Author's post listing the site's own /feed/ and a REST
 * address makes no request of the site to itself (the site's access log shows every request, and
 * WordPress's own carry "WordPress" in their User-Agent), the lists come from in-process reads,
 * and a feed of another site costs a page view one short fetch at the most, remembered when it fails.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { SITE, accessLog, accessLogUntil, runPhp, runPhpAsync, setSettings } from './support.mjs';

/** The requests the site made to itself since the log had `from` lines. */
const selfRequests = (from) =>
  accessLog()
    .slice(from)
    .filter((line) => /WordPress|partnership-feed/i.test(line));

/** The fallback lists of a page: the titles in each element's list (an element with a link only gives []). */
function lists(html) {
  return [...html.matchAll(/<partnership-feed\b[^>]*>([\s\S]*?)<\/partnership-feed>/g)].map(([, inner]) =>
    [...inner.matchAll(/<li><a href="[^"]+">([^<]+)<\/a>/g)].map(([, title]) => title),
  );
}

async function timedGet(url) {
  const start = performance.now();
  const response = await fetch(url);
  const html = await response.text();
  return { status: response.status, html, ms: Math.round(performance.now() - start) };
}

describe("an Author's post with the site's own /feed/ and a REST address", () => {
  let post;
  let restPost;
  before(() => {
    const made = JSON.parse(
      runPhp(`
      foreach ( array( 'Story time', 'Tech help', 'Seed library' ) as $title ) {
        wp_insert_post( array( 'post_title' => $title, 'post_status' => 'publish', 'post_content' => 'x' ) );
      }
      // Saved as the Author saves it: through WordPress's HTML filter (no unfiltered_html), which
      // writes the address's & as &amp;.
      wp_set_current_user( get_user_by( 'login', 'author' )->ID );
      kses_init();
      $id = wp_insert_post( array(
        'post_title'   => 'Our feeds',
        'post_status'  => 'publish',
        'post_content' => "[partnership_feed src=\\"/feed/\\" heading=\\"News\\"]\\n\\n[partnership_feed src=\\"/wp-json/wp/v2/posts?_embed&per_page=2\\" heading=\\"Latest\\"]",
      ) );
      echo wp_json_encode( array( 'url' => get_permalink( $id ), 'id' => $id, 'content' => get_post( $id )->post_content ) );`),
    );
    post = made.url;
    restPost = `${SITE}/wp-json/wp/v2/posts/${made.id}`;
    assert.match(made.content, /_embed&amp;per_page=2/, 'the saved shortcode has the encoded & the server must decode');
  });

  test('the page lists both feeds, the REST one with its per_page, and the site never requests itself', async (t) => {
    const from = accessLog().length;
    const cold = await timedGet(post);
    const warm = await timedGet(post);
    t.diagnostic(`page view: ${cold.ms} ms cold, ${warm.ms} ms warm`);
    for (const view of [cold, warm]) {
      assert.equal(view.status, 200);
      const [news, latest] = lists(view.html);
      assert.ok(news.includes('Seed library') && news.includes('Our feeds'), `the /feed/ list: ${news}`);
      assert.deepEqual(latest, ['Our feeds', 'Seed library'], 'the REST list keeps per_page=2');
    }
    const lines = await accessLogUntil((all) => all.length >= from + 2);
    assert.deepEqual(selfRequests(from), []);
    assert.equal(lines.length - from, 2, 'two page views, and no other request');
  });

  test("the site's RSS and REST output of that post hold the element with a link, never a list, and request nothing", async () => {
    const from = accessLog().length;
    for (const url of [`${SITE}/feed/`, restPost, `${SITE}/wp-json/wp/v2/posts?_embed&per_page=10`, `${SITE}/?feed=atom`]) {
      const { status, html } = await timedGet(url);
      assert.equal(status, 200, url);
      assert.match(html, /partnership-feed/, url);
      assert.doesNotMatch(html, /partnership-feed-fallback/, `${url}: no list inside content rendered for a feed or the REST API`);
    }
    assert.deepEqual(selfRequests(from), []);
  });

  test('only published posts are listed, as an anonymous visitor sees them, also when an editor views the page', () => {
    const html = runPhp(`
      wp_insert_post( array( 'post_title' => 'Draft plans', 'post_status' => 'draft', 'post_content' => 'x' ) );
      wp_insert_post( array( 'post_title' => 'Private notes', 'post_status' => 'private', 'post_content' => 'x' ) );
      wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
      echo do_shortcode( '[partnership_feed src="/feed/"][partnership_feed src="/wp-json/wp/v2/posts?status=private,draft"]' );
      echo get_current_user_id() === get_user_by( 'login', 'admin' )->ID ? 'USER KEPT' : 'USER LOST';`);
    const [feed, rest] = lists(html);
    assert.ok(feed.includes('Story time'));
    assert.ok(!feed.includes('Draft plans') && !feed.includes('Private notes'));
    assert.deepEqual(rest, [], 'the REST API refuses other statuses to an anonymous visitor');
    assert.match(html, /USER KEPT$/);
  });

  test("the page's own post stays the global post after an in-process read (the REST controller sets it)", () => {
    const out = runPhp(`
      $host = wp_insert_post( array( 'post_title' => 'Host page', 'post_status' => 'publish', 'post_content' => '[partnership_feed src="/wp-json/wp/v2/posts"]' ) );
      $GLOBALS['post'] = get_post( $host );
      setup_postdata( $GLOBALS['post'] );
      do_shortcode( get_post( $host )->post_content );
      echo get_the_ID() === $host ? 'kept' : 'changed to ' . get_the_ID();`);
    assert.equal(out, 'kept');
  });

  test("a file in the uploads folder is read from disk; other addresses of the site give the element's link", () => {
    const html = runPhp(
      `echo do_shortcode( '[partnership_feed src="/wp-content/uploads/partnerships.json" page-size="2"][partnership_feed src="/sample-page/"][partnership_feed src="/wp-content/uploads/../../wp-config.json"][partnership_feed src="/comments/feed/"]' );`,
    );
    const [file, page, traversal, comments] = lists(html);
    assert.equal(file.length, 2);
    assert.deepEqual([page, traversal, comments], [[], [], []]);
    assert.match(html, /<partnership-feed src="\/sample-page\/"><a href="[^"]*\/sample-page\/">Resources<\/a>/);
  });
});

describe('a feed of another site, in a page view', () => {
  const listed = ['https://feeds-a.invalid/feed.xml', 'https://feeds-b.invalid/feed.xml'];
  before(() => {
    setSettings({ feeds: listed, ttl: 600 });
    // What an earlier run against the same site remembered (the runner starts a fresh site each time).
    runPhp(
      `foreach ( array( '${listed.join("', '")}', 'https://feeds-c.invalid/feed.xml' ) as $url ) { delete_transient( 'partnership_feed_' . partnership_feed_id( $url ) . '_failed' ); }`,
    );
  });
  const state = (url) =>
    runPhp(`$key = 'partnership_feed_' . partnership_feed_id( '${url}' ); $failed = get_transient( $key . '_failed' );
      echo is_array( $failed ) ? $failed['code'] . ' ' . ( (int) get_option( '_transient_timeout_' . $key . '_failed' ) - time() ) : 'none';`);

  test('a page view fetches one feed at the most, and a failure is remembered briefly', () => {
    const html = runPhp(`echo do_shortcode( '[partnership_feed src="${listed[0]}"][partnership_feed src="${listed[1]}"]' );`);
    assert.deepEqual(lists(html), [[], []], 'the elements hold links');
    const [code, ttl] = state(listed[0]).split(' ');
    assert.equal(code, 'unresolved');
    assert.ok(Number(ttl) >= 60 && Number(ttl) <= 300, `remembered for ${ttl} s`);
    assert.equal(state(listed[1]), 'none', 'the second feed was not fetched in the same view');
    // The next view does not ask again for the first; it may fetch the second.
    runPhp(`echo do_shortcode( '[partnership_feed src="${listed[0]}"][partnership_feed src="${listed[1]}"]' );`);
    assert.equal(state(listed[1]).split(' ')[0], 'unresolved');
  });

  test('a feed being fetched by another request is not fetched again (the lock), and one of many takes it', async () => {
    const url = 'https://feeds-c.invalid/feed.xml';
    const code = runPhp(`$key = 'partnership_feed_' . partnership_feed_id( '${url}' );
      partnership_feed_lock( $key );
      $result = partnership_feed_fetch( '${url}', 3 );
      partnership_feed_unlock( $key );
      $after = partnership_feed_fetch( '${url}', 3 );
      echo $result->get_error_code() . ' ' . $after->get_error_code();`);
    assert.equal(code, 'busy unresolved');
    const taken = await Promise.all(
      Array.from({ length: 6 }, () => runPhpAsync(`echo partnership_feed_lock( 'partnership_feed_race' ) ? 1 : 0;`)),
    );
    assert.equal(taken.filter((value) => value === '1').length, 1, `one of six takes the lock: ${taken}`);
    runPhp(`partnership_feed_unlock( 'partnership_feed_race' );`);
  });

  test('the list of a kept copy is made once and served from the kept list', () => {
    const url = 'https://feeds-d.invalid/feed.json';
    setSettings({ feeds: [url], ttl: 600 });
    const out = runPhp(`
      partnership_feed_cache_store( '${url}', array( 'body' => wp_json_encode( array( 'version' => 'https://jsonfeed.org/version/1.1', 'title' => 'T', 'items' => array( array( 'id' => '1', 'title' => 'Kept', 'url' => 'https://feeds-d.invalid/1' ) ) ) ), 'type' => 'application/feed+json' ) );
      $first = do_shortcode( '[partnership_feed src="${url}"]' );
      // The kept copy gone: the page is made from the kept list alone.
      delete_transient( 'partnership_feed_' . partnership_feed_id( '${url}' ) );
      delete_option( 'partnership_feed_' . partnership_feed_id( '${url}' ) . '_stale' );
      $second = do_shortcode( '[partnership_feed src="${url}"]' );
      echo wp_json_encode( array( $first, $second ) );`);
    const [first, second] = JSON.parse(out);
    assert.deepEqual(lists(first), [['Kept']]);
    assert.equal(second, first);
  });
});
