/**
 * What the server may connect to for a feed of another site: the address check (every A and AAAA
 * record, every internal and reserved range, every numeric spelling of an IPv4 address), the
 * pinned connection, the redirects checked hop by hop, the settings page, and the relay's 403.
 * Every request these tests make goes to 127.0.0.0/8: the addresses refused are only checked.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { FIXTURES, feedOrigin, runPhp, runPhpAsync, serve, setSettings } from './support.mjs';

/** Runs PHP with the site loaded and returns what it echoes as JSON, decoded. */
const phpJson = (code) => JSON.parse(runPhp(`echo wp_json_encode( ( function () { ${code} } )() );`));
const phpJsonAsync = async (code) => JSON.parse(await runPhpAsync(`echo wp_json_encode( ( function () { ${code} } )() );`));
const quote = (value) => `base64_decode( '${Buffer.from(value).toString('base64')}' )`;

describe('the address check', () => {
  const refused = [
    '127.0.0.1',
    '127.255.255.254',
    '0.0.0.0',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.255',
    '192.0.0.8',
    '198.18.0.1',
    '224.0.0.1',
    '239.255.255.250',
    '240.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '::127.0.0.1',
    '64:ff9b::7f00:1',
    '2002:7f00:1::1',
    '2001:0:4136:e378::1',
    'fc00::1',
    'fd12:3456:789a::1',
    'fe80::1',
    'fec0::1',
    'ff02::1',
  ];
  const allowed = [
    '8.8.8.8',
    '93.184.215.14',
    '1.1.1.1',
    '100.63.255.255',
    '100.128.0.1',
    '172.32.0.1',
    '2606:4700:4700::1111',
    '2a00:1450::1',
  ];

  test('refuses loopback, private, link-local, CGNAT, unique-local, multicast, reserved and IPv4-mapped addresses', () => {
    const verdicts = phpJson(
      `return array_map( 'partnership_feed_ip_is_public', json_decode( ${quote(JSON.stringify([...refused, ...allowed]))} ) );`,
    );
    assert.deepEqual(
      verdicts,
      [...refused.map(() => false), ...allowed.map(() => true)],
      [...refused, ...allowed].filter((ip, index) => verdicts[index] !== index >= refused.length).join(', '),
    );
  });

  test('refuses every address PHP itself calls not globally reachable (differential, FILTER_FLAG_GLOBAL_RANGE)', () => {
    // A sample across the whole IPv4 space and the IPv6 ranges that matter; PHP 8.2's filter is
    // the maintained reference (it allows some ranges we refuse, never the other way round).
    const missed = phpJson(`
      $sample = array();
      for ( $i = 0; $i < 20000; $i++ ) { $sample[] = long2ip( mt_rand( 0, 0xffffffff ) ); }
      foreach ( array( '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4' ) as $cidr ) {
        list( $base, $bits ) = explode( '/', $cidr );
        for ( $i = 0; $i < 50; $i++ ) { $sample[] = long2ip( ip2long( $base ) + mt_rand( 0, ( 1 << ( 32 - $bits ) ) - 1 ) ); }
      }
      foreach ( array( '::1', '::ffff:10.0.0.1', 'fc00::5', 'fdff::1', 'fe80::abcd', '2001:db8::1', '2001:10::1', '100::1', '64:ff9b:1::1' ) as $ip ) { $sample[] = $ip; }
      $missed = array();
      foreach ( $sample as $ip ) {
        if ( ! filter_var( $ip, FILTER_VALIDATE_IP, FILTER_FLAG_GLOBAL_RANGE ) && partnership_feed_ip_is_public( $ip ) ) { $missed[] = $ip; }
      }
      return $missed;`);
    assert.deepEqual(missed, []);
  });

  test('reads every numeric spelling of an IPv4 host as the address it is, and refuses it', () => {
    const hosts = [
      '2130706433',
      '0x7f000001',
      '0x7f.1',
      '017700000001',
      '0177.0.0.1',
      '127.1',
      '127.0.1',
      '0',
      '0x0',
      '[::1]',
      '[::ffff:127.0.0.1]',
      '[fe80::1%25eth0]',
      '1.2.3.4.5',
    ];
    const results = phpJson(
      `$out = array(); foreach ( json_decode( ${quote(JSON.stringify(hosts))} ) as $host ) { $checked = partnership_feed_check_url( "http://$host/feed.xml", function () { return array( '8.8.8.8' ); } ); $out[] = is_wp_error( $checked ) ? $checked->get_error_code() : $checked['ip']; } return $out;`,
    );
    assert.deepEqual(
      results,
      hosts.map(() => 'refused'),
    );
    assert.deepEqual(
      phpJson(
        `return array( partnership_feed_host_ip( '2130706433' ), partnership_feed_host_ip( '0x7f.1' ), partnership_feed_host_ip( '0177.0.0.1' ), partnership_feed_host_ip( 'feeds.example.org' ) );`,
      ),
      ['127.0.0.1', '127.0.0.1', '127.0.0.1', null],
    );
  });

  test('checks every A and AAAA record of a name: one internal record refuses it', () => {
    const verdict = (records) =>
      phpJson(
        `$checked = partnership_feed_check_url( 'https://feeds.example.org/feed.xml', function () { return json_decode( ${quote(JSON.stringify(records))} ); } ); return is_wp_error( $checked ) ? $checked->get_error_code() : $checked;`,
      );
    assert.deepEqual(verdict(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c']), {
      host: 'feeds.example.org',
      port: 443,
      ip: '93.184.215.14',
    });
    assert.equal(verdict(['93.184.215.14', '10.0.0.7']), 'refused', 'a private A record among public ones');
    assert.equal(verdict(['93.184.215.14', '::1']), 'refused', 'an AAAA record of loopback');
    assert.equal(verdict(['2606:4700::1', 'fd00::1']), 'refused', 'a unique-local AAAA record');
    assert.equal(verdict([]), 'unresolved');
    // The real resolver reads /etc/hosts, as cURL would: localhost is loopback.
    assert.equal(
      phpJson(`$c = partnership_feed_check_url( 'http://localhost/feed.xml' ); return is_wp_error( $c ) ? $c->get_error_code() : $c;`),
      'refused',
    );
  });

  test('only http and https on the web ports, without credentials in the address', () => {
    for (const url of [
      'ftp://feeds.example.org/a',
      'gopher://feeds.example.org/',
      'file:///etc/passwd',
      'http://user:pass@feeds.example.org/',
      'http://feeds.example.org:22/',
      'http://feeds.example.org:6379/',
    ])
      assert.equal(
        phpJson(
          `$c = partnership_feed_check_url( ${quote(url)}, function () { return array( '8.8.8.8' ); } ); return is_wp_error( $c ) ? $c->get_error_code() : 'allowed';`,
        ),
        'refused',
        url,
      );
  });
});

describe('the connection', () => {
  let origin;
  const hits = [];
  before(async () => {
    origin = await feedOrigin({
      '/feed.xml': (request, response) => {
        hits.push(request.headers.host);
        serve(FIXTURES.rss, 'application/rss+xml; charset=utf-8')(request, response);
      },
      '/to-internal': (request, response) => {
        response.writeHead(302, { location: origin.url('/feed.xml', '127.0.0.2') });
        response.end();
      },
      '/to-public': (request, response) => {
        response.writeHead(301, { location: 'http://93.184.215.14/feed.xml' });
        response.end();
      },
      '/loop': (request, response) => {
        response.writeHead(302, { location: 'http://93.184.215.14/loop' });
        response.end();
      },
      '/silent': () => {},
    });
  });
  after(() => origin.close());

  /**
   * PHP that fetches through the plugin's hop loop with a connector that sends each checked hop to
   * the test origin on 127.0.0.1 (the only host these tests may reach), keeping the path.
   */
  const viaOrigin = (url) => `
    $seen = array();
    $connect = function ( $url, $target, $timeout ) use ( &$seen ) {
      $seen[] = $target['ip'] . ' ' . wp_parse_url( $url, PHP_URL_PATH );
      $local = 'http://127.0.0.1:${new URL(origin.url('/')).port}' . wp_parse_url( $url, PHP_URL_PATH );
      return partnership_feed_request( $local, array( 'host' => '127.0.0.1', 'port' => ${new URL(origin.url('/')).port}, 'ip' => '127.0.0.1' ), $timeout );
    };
    $result = partnership_feed_fetch_origin( ${quote(url)}, 5, $connect, function () { return array( '93.184.215.14' ); } );
    return array( 'seen' => $seen, 'result' => is_wp_error( $result ) ? $result->get_error_code() : strlen( $result['body'] ) );`;

  test('connects to the address that was checked, not to a second lookup of the name', async () => {
    const port = new URL(origin.url('/')).port;
    const result = await phpJsonAsync(
      `$r = partnership_feed_request( 'http://feeds.invalid:${port}/feed.xml', array( 'host' => 'feeds.invalid', 'port' => ${port}, 'ip' => '127.0.0.1' ), 5 ); return is_wp_error( $r ) ? $r->get_error_message() : array( $r['status'], strlen( $r['body'] ) );`,
    );
    assert.deepEqual(result, [200, FIXTURES.rss.length]);
    assert.equal(hits.at(-1), `feeds.invalid:${port}`, 'the name went in the Host header; the connection went to the checked address');
  });

  test('follows a redirect only after checking its target: an internal one is refused, nothing reaches it', async () => {
    const before = origin.requests.length;
    assert.deepEqual(await phpJsonAsync(viaOrigin('http://93.184.215.14/to-internal')), {
      seen: ['93.184.215.14 /to-internal'],
      result: 'refused',
    });
    assert.deepEqual(
      origin.requests.slice(before).filter((line) => line.startsWith('127.0.0.2')),
      [],
    );
    assert.deepEqual(await phpJsonAsync(viaOrigin('http://93.184.215.14/to-public')), {
      seen: ['93.184.215.14 /to-public', '93.184.215.14 /feed.xml'],
      result: FIXTURES.rss.length,
    });
  });

  test('follows three redirects at the most', async () => {
    const { seen, result } = await phpJsonAsync(viaOrigin('http://93.184.215.14/loop'));
    assert.equal(seen.length, 4, 'the first request and three redirects');
    assert.equal(result, 'unreachable');
  });

  test('gives up on an origin that does not answer within the time given', async () => {
    const port = new URL(origin.url('/')).port;
    const result = await phpJsonAsync(
      `$start = microtime( true ); $r = partnership_feed_request( 'http://127.0.0.1:${port}/silent', array( 'host' => '127.0.0.1', 'port' => ${port}, 'ip' => '127.0.0.1' ), 1 ); return array( is_wp_error( $r ) ? $r->get_error_code() : 'answered', microtime( true ) - $start < 2.5 );`,
    );
    assert.deepEqual(result, ['unreachable', true]);
    assert.ok(runPhp('echo PARTNERSHIP_FEED_VIEW_TIMEOUT;') <= 3, 'a page view waits 3 s at the most');
  });
});

describe('the settings page and the relay', () => {
  let origin;
  before(async () => {
    origin = await feedOrigin({ '/feed.xml': serve(FIXTURES.rss, 'application/rss+xml') });
  });
  after(() => origin.close());

  test('the settings refuse internal, relative and same-site addresses with a plain message, and keep the others', () => {
    const result = phpJson(`
      require_once ABSPATH . 'wp-admin/includes/template.php';
      $saved = partnership_feed_sanitize_settings( array( 'feeds' => implode( "\\n", array(
        'http://127.0.0.1:8080/feed.xml', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/feed', 'http://0x7f.1/feed',
        'http://100.64.1.1/feed', 'feeds/a.json', '/wp-json/wp/v2/posts', home_url( '/feed/' ), 'https://feeds.example.org/partnerships.rss' ) ), 'ttl' => 600 ) );
      return array( 'feeds' => $saved['feeds'], 'messages' => wp_list_pluck( get_settings_errors( 'partnership_feed_settings' ), 'message' ) );`);
    assert.deepEqual(result.feeds, ['https://feeds.example.org/partnerships.rss']);
    const refusedMessages = result.messages.filter((message) => /was not saved/.test(message));
    assert.equal(refusedMessages.length, 8);
    assert.match(refusedMessages[1], /^http:\/\/169\.254\.169\.254\/latest\/meta-data\/ was not saved: .*internal or reserved network/);
    assert.match(refusedMessages[5], /feeds\/a\.json was not saved: give the full address/);
    assert.match(refusedMessages[7], /on this site/);
    assert.ok(
      result.messages.some((message) => /feeds\.example\.org.*could not be looked up/.test(message)),
      'an unresolvable name is kept, with a notice',
    );
  });

  test('the relay answers 403 at once for listed internal addresses, and reaches none of them', async () => {
    const port = new URL(origin.url('/')).port;
    const internal = [
      origin.url('/feed.xml'),
      origin.url('/feed.xml', '127.0.0.2'),
      `http://localhost:${port}/feed.xml`,
      `http://[::1]:${port}/feed.xml`,
      `http://[::ffff:127.0.0.1]:${port}/feed.xml`,
      `http://2130706433:${port}/feed.xml`,
      `http://0x7f.1:${port}/feed.xml`,
    ];
    // Saved straight into the option (as an older version could have), past the settings' check.
    setSettings({ feeds: internal, ttl: 600 });
    for (const url of internal) {
      const address = runPhp(`echo partnership_feed_relay_url( ${quote(url)} );`);
      const response = await fetch(address);
      assert.equal(response.status, 403, url);
      assert.equal((await response.json()).message, 'This site does not fetch that address.', 'anonymous callers get a general message');
    }
    assert.deepEqual(origin.requests, [], 'the origin on loopback was never asked');
  });
});
