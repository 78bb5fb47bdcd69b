/**
 * Several feeds in one element (src="a b", docs/spec.md): the block and the shortcode check each
 * address on its own, relay each listed feed of another site on its own, leave out the addresses
 * that are not valid, and give the element the rest separated by single spaces; the fallback list
 * merges the feeds it can read.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { runPhp, setSettings } from './support.mjs';

const LISTED = 'https://feeds-several.invalid/feed.json';
const UNLISTED = 'https://elsewhere.example.org/feed.xml';
const LOCAL = '/wp-content/uploads/partnerships.json';

function renderBlock(attributes) {
  const json = Buffer.from(JSON.stringify(attributes)).toString('base64');
  return runPhp(
    `echo render_block( array( 'blockName' => 'partnership-feed/resource-feed', 'attrs' => json_decode( base64_decode( '${json}' ), true ), 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) );`,
  );
}

function renderShortcode(shortcode) {
  return runPhp(`echo do_shortcode( base64_decode( '${Buffer.from(shortcode).toString('base64')}' ) );`);
}

/** The element's src as a browser reads it (the markup's only `&` entity is WordPress's &#038;). */
function srcOf(html) {
  const tag = html.match(/<partnership-feed\b[^>]*>/);
  assert.ok(tag, `no <partnership-feed> in ${html.slice(0, 200)}`);
  const src = tag[0].match(/\ssrc="([^"]*)"/);
  assert.ok(src, `no src in ${tag[0]}`);
  return src[1].replace(/&#0?38;|&amp;/g, '&');
}

/** The titles of the element's fallback list. */
const titles = (html) => [...html.matchAll(/<li><a href="[^"]+">([^<]+)<\/a>/g)].map(([, title]) => title);

describe('several feeds in src', () => {
  let relay;
  before(() => {
    setSettings({ feeds: [LISTED], ttl: 600 });
    relay = runPhp(`echo wp_make_link_relative( partnership_feed_relay_url( '${LISTED}' ) );`);
    assert.match(relay, /partnership-feed\/v1\/feeds\/[0-9a-f]{16}/);
  });

  test('the shortcode relays the listed feed of another site and leaves the others as given', () => {
    const html = renderShortcode(`[partnership_feed src="${LISTED} ${LOCAL}   ${UNLISTED}"]`);
    assert.equal(srcOf(html), `${relay} ${LOCAL} ${UNLISTED}`);
    // The editor turned the relay off: every address as given.
    assert.equal(srcOf(renderShortcode(`[partnership_feed src="${LISTED} ${LOCAL}" relay="false"]`)), `${LISTED} ${LOCAL}`);
  });

  test('the block takes several addresses, one a line or on one line, each resolved like a single one', () => {
    const html = runPhp(`$_SERVER['REQUEST_URI'] = '/topics/partnerships/';
      echo render_block( array( 'blockName' => 'partnership-feed/resource-feed', 'attrs' => array( 'src' => "feeds/a.json\\n${LISTED}\\r\\n\\t/b.json?x=1&amp;y=2 ${LISTED}" ), 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) );`);
    assert.equal(srcOf(html), `/topics/partnerships/feeds/a.json ${relay} /b.json?x=1&y=2`, 'one space between, each address once');
    assert.doesNotMatch(html.match(/<partnership-feed\b[^>]*>/)[0], /\s{2}|%20/, 'no run of spaces, no space encoded as %20');
  });

  test('an address that is not valid is left out, the others kept; with none valid there is no element', () => {
    const html = renderBlock({ src: `javascript:alert(1) ${LOCAL} data:text/html,x ftp://example.org/f.xml ${UNLISTED}` });
    assert.equal(srcOf(html), `${LOCAL} ${UNLISTED}`);
    assert.doesNotMatch(html, /javascript:|data:|ftp:/);
    const shortcode = renderShortcode(`[partnership_feed src="vbscript:x ${UNLISTED}"]`);
    assert.equal(srcOf(shortcode), UNLISTED);
    // As for a single bad address: nothing for visitors.
    assert.doesNotMatch(renderShortcode('[partnership_feed src="javascript:alert(1) data:text/html,x"]'), /<partnership-feed/);
  });

  test('a hostile second address cannot end the attribute or the tag', () => {
    const html = renderBlock({ src: `${LOCAL} https://example.org/a"onmouseover=alert(1)><script>alert(1)</script>` });
    assert.doesNotMatch(html, /<script|onmouseover="/);
    const tag = html.match(/<partnership-feed\b[^>]*>/)[0];
    assert.deepEqual(
      [...tag.matchAll(/\s([a-z-]+)=/g)].map(([, name]) => name).filter((name) => name !== 'lang'),
      ['src', 'class'],
      'src, then the wrapper class: nothing else',
    );
    assert.ok(srcOf(html).startsWith(`${LOCAL} https://example.org/a`));
  });

  test('the fallback list merges the feeds it reads: newest first, each link once, up to page-size', () => {
    runPhp(`wp_insert_post( array( 'post_title' => 'Several feeds newest', 'post_status' => 'publish', 'post_content' => 'x' ) );`);
    const html = renderShortcode(`[partnership_feed src="${LOCAL} /wp-json/wp/v2/posts?per_page=1 ${LOCAL}" page-size="3"]`);
    const single = titles(renderShortcode(`[partnership_feed src="${LOCAL}" page-size="2"]`));
    assert.deepEqual(titles(html), ['Several feeds newest', ...single], 'the new post (today) comes before the file’s 2022 items');
    // A feed it cannot read (not listed, on another site) adds nothing, and does not hide the others.
    assert.deepEqual(titles(renderShortcode(`[partnership_feed src="${UNLISTED} ${LOCAL}" page-size="2"]`)), single);
  });
});
