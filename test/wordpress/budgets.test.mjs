/**
 * The server reads untrusted feeds while a page is being rendered: each hostile body here is read
 * within PHP's default 128 MB and in well under a second, or refused, and the relay passes on only
 * feed types.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FIXTURES, runPhp } from './support.mjs';

/**
 * Runs `code` (which sets $result) and returns $result with the peak memory and the time of the
 * reading: `$before = …` in `code` marks where the hostile body is made and the reading starts
 * (the peak is reset there, so making the body does not count).
 */
function measured(code) {
  const out = runPhp(
    `ini_set( 'memory_limit', '256M' ); $before = memory_get_usage(); $start = microtime( true );
${code}
echo wp_json_encode( array( 'result' => $result, 'seconds' => microtime( true ) - $start, 'peak' => memory_get_peak_usage() - $before ) );`,
  );
  return JSON.parse(out);
}

describe('the fallback reader within budgets', () => {
  test('an XML document with a wide internal entity (~100 KB) is not expanded', () => {
    const { result, seconds, peak } = measured(`
      $entity = str_repeat( 'x', 50000 );
      $body = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' . $entity . '">]><rss version="2.0"><channel>';
      $body .= '<item><title>' . str_repeat( '&a;', 1000 ) . '</title><link>https://example.org/</link></item>';
      $body .= '</channel></rss>';
      $result = partnership_feed_parse_items( $body, 'https://example.org/feed', 10 );`);
    assert.deepEqual(result, []);
    assert.ok(seconds < 0.5, `${seconds} s`);
    assert.ok(peak < 8e6, `${peak} bytes`);
  });

  test('nested entities (billion laughs) and external entities are not read', () => {
    const { result } = measured(`
      $body = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
      $body .= '<rss><channel><item><title>&lol3;&xxe;</title></item></channel></rss>';
      $result = partnership_feed_parse_items( $body, 'https://example.org/feed', 10 );`);
    assert.deepEqual(result, []);
  });

  test('10 MB of tiny JSON objects is refused before decoding', () => {
    const { result, seconds, peak } = measured(`
      $body = '[' . str_repeat( '{},', 3500000 ) . '{}]';
      memory_reset_peak_usage(); $start = microtime( true ); $before = memory_get_usage();
      $result = partnership_feed_parse_items( $body, 'https://example.org/feed', 10 );`);
    assert.deepEqual(result, []);
    assert.ok(seconds < 1, `${seconds} s`);
    // Nothing is built from the 10.5 MB body: it is refused by its size before json_decode.
    assert.ok(peak < 1e6, `${peak} bytes`);
  });

  test('JSON nested past 64 levels, and just under the size cap with many objects, gives no list', () => {
    const { result } = measured(`
      $deep = str_repeat( '{"items":[', 200 ) . str_repeat( ']}', 200 );
      $many = '{"items":[' . rtrim( str_repeat( '{"title":"a"},', 60000 ), ',' ) . ']}';
      $result = array( partnership_feed_parse_items( $deep, 'https://example.org/', 10 ), partnership_feed_parse_items( $many, 'https://example.org/', 10 ) );`);
    assert.deepEqual(result, [[], []]);
  });

  test('a feed over the parsing cap (4 MB) gives no list; only the items shown are read of a long one', () => {
    const { result, peak } = measured(`
      $item = '<item><title>Resource</title><link>https://example.org/r</link><pubDate>Tue, 31 May 2022 00:00:00 GMT</pubDate></item>';
      $long = '<?xml version="1.0"?><rss version="2.0"><channel>' . str_repeat( $item, 30000 ) . '</channel></rss>';
      $huge = '<?xml version="1.0"?><rss version="2.0"><channel>' . str_repeat( $item, 50000 ) . '</channel></rss>';
      memory_reset_peak_usage(); $start = microtime( true ); $before = memory_get_usage();
      $result = array( count( partnership_feed_parse_items( $long, 'https://example.org/', 12 ) ), strlen( $long ) < 4 * 1024 * 1024, count( partnership_feed_parse_items( $huge, 'https://example.org/', 12 ) ) );`);
    assert.deepEqual(result, [12, true, 0]);
    assert.ok(peak < 20e6, `${peak} bytes: the reader streams, it does not build the document`);
  });

  test('a body compressed twice (664 bytes) is refused, and so is one that inflates past the cap', () => {
    const { result, peak } = measured(`
      $raw   = str_repeat( "\\0", 32 * 1024 * 1024 );
      $inner = gzencode( $raw, 9 );
      unset( $raw );
      $twice = gzencode( $inner, 9 );
      $raw   = str_repeat( ' ', 11 * 1024 * 1024 );
      $bomb  = gzencode( $raw, 9 );
      unset( $raw );
      memory_reset_peak_usage(); $start = microtime( true ); $before = memory_get_usage();
      $result = array(
        strlen( $twice ) < 1024,
        partnership_feed_decode_body( $twice, 'gzip' ),
        partnership_feed_decode_body( $inner, '' ),
        partnership_feed_decode_body( $bomb, 'gzip' ),
        partnership_feed_decode_body( gzencode( '{"items":[]}' ), 'gzip' ),
        partnership_feed_decode_body( gzcompress( '{"items":[]}' ), 'deflate' ),
        partnership_feed_decode_body( 'abc', 'br' ),
        partnership_feed_decode_body( 'not gzip at all', 'gzip' ),
      );`);
    assert.deepEqual(result, [true, false, false, false, '{"items":[]}', '{"items":[]}', false, false]);
    assert.ok(peak < 16e6, `${peak} bytes: decoding stops at the cap`);
  });

  test('the reader still reads the formats it serves: RSS, Atom, JSON Feed', () => {
    const read = (body, type) =>
      JSON.parse(
        runPhp(
          `echo wp_json_encode( partnership_feed_parse_items( base64_decode( '${Buffer.from(body).toString('base64')}' ), 'https://example.org/${type}', 2 ) );`,
        ),
      );
    const rss = read(FIXTURES.rss, 'rss');
    assert.equal(rss.length, 2);
    assert.equal(rss[0].title, 'Workforce Development: A Library Partnership Success Story');
    const json = read(FIXTURES.json, 'json');
    assert.deepEqual(
      json.map((item) => item.title),
      JSON.parse(FIXTURES.json)
        .items.slice(0, 2)
        .map((item) => item.title),
    );
  });
});

describe('what the relay passes on', () => {
  test('feed types only, as an exact list, with their charset', () => {
    const types = [
      'application/rss+xml; charset=UTF-8',
      'application/feed+json',
      'application/json;charset=utf-8',
      'application/vnd.api+json',
      'Application/Atom+XML',
      'text/xml; charset="iso-8859-1"',
      'text/plain',
      'text/html; charset=utf-8',
      'application/xhtml+xml',
      'image/svg+xml',
      'application/xml-dtd',
      'application/json+x',
      'application/javascript',
      'text/xml; charset=utf-8\r\nX-Injected: 1',
      '',
    ];
    const result = JSON.parse(
      runPhp(
        `echo wp_json_encode( array_map( 'partnership_feed_feed_type', json_decode( base64_decode( '${Buffer.from(JSON.stringify(types)).toString('base64')}' ) ) ) );`,
      ),
    );
    assert.deepEqual(result, [
      'application/rss+xml; charset=utf-8',
      'application/feed+json',
      'application/json; charset=utf-8',
      'application/vnd.api+json',
      'application/atom+xml',
      'text/xml; charset=iso-8859-1',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      'text/xml',
      null,
    ]);
  });
});
