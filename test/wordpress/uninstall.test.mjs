/**
 * The plugin's uninstall.php, run the way WordPress runs it (uninstall_plugin()), on a throwaway
 * site of the same WordPress and then on a throwaway multisite network (test/wordpress/multisite.mjs):
 * everything named with the plugin's prefix goes, from every site and from the network's options;
 * names that only look like it (partnership_feedback: `_` is a wildcard in LIKE) stay.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { installThrowaway } from './multisite.mjs';

const ID = '0123456789abcdef';
/** What the plugin keeps, by kind: options, transients (per site) and site transients. */
const PLUGIN = {
  options: ['partnership_feed_settings', `partnership_feed_${ID}_stale`, `partnership_feed_${ID}_lock`],
  transients: [`partnership_feed_${ID}`, `partnership_feed_${ID}_failed`, 'partnership_feed_list_9dd4e461268c80343bd0a82d6ab84b5b'],
  siteTransients: [`partnership_feed_${ID}_relay`],
};
/** Names that are not the plugin's, though a LIKE with an unescaped `_` would take some of them. */
const OTHERS = {
  options: ['partnership_feedback', 'partnershipXfeedXnotes', 'other_partnership_feed_x'],
  transients: ['partnership_feedback'],
  siteTransients: ['partnership_feedback'],
};

/** The rows these names make: in a site's options, with site transients there when `withSiteTransients`. */
function optionRows({ options, transients, siteTransients }, withSiteTransients) {
  return [
    ...options,
    ...transients.flatMap((name) => [`_transient_${name}`, `_transient_timeout_${name}`]),
    ...(withSiteTransients ? siteTransientRows(siteTransients) : []),
  ];
}
function siteTransientRows(names) {
  return names.flatMap((name) => [`_site_transient_${name}`, `_site_transient_timeout_${name}`]);
}
const sorted = (names) => [...names].sort();

const SEED = Buffer.from(JSON.stringify({ plugin: PLUGIN, others: OTHERS })).toString('base64');
/** PHP: stores the names of PLUGIN and OTHERS on the current site (and network), as the plugin would. */
const SEED_PHP = `$seed = json_decode( base64_decode( '${SEED}' ), true );
function partnership_feed_test_seed( $names ) {
	foreach ( $names['options'] as $name ) {
		update_option( $name, array( 'seeded' => $name ), false );
	}
	foreach ( $names['transients'] as $name ) {
		set_transient( $name, array( 'seeded' => $name ), HOUR_IN_SECONDS );
	}
}
function partnership_feed_test_seed_network( $network_id, $names ) {
	foreach ( $names['options'] as $name ) {
		update_network_option( $network_id, $name, array( 'seeded' => $name ) );
	}
	foreach ( $names['siteTransients'] as $name ) {
		update_network_option( $network_id, '_site_transient_timeout_' . $name, time() + HOUR_IN_SECONDS );
		update_network_option( $network_id, '_site_transient_' . $name, array( 'seeded' => $name ) );
	}
}`;

/**
 * PHP: echoes, from the database itself (not WordPress's caches), the names with "partnership" in
 * them and the site's name, per site (options) and per network (sitemeta).
 */
const LIST_PHP = `global $wpdb;
$listed = array( 'sites' => array(), 'networks' => array() );
$partnership_feed_test_sites = is_multisite() ? $wpdb->get_col( "SELECT blog_id FROM $wpdb->blogs" ) : array( 1 );
foreach ( $partnership_feed_test_sites as $id ) {
	$table = $wpdb->get_blog_prefix( $id ) . 'options';
	$listed['sites'][ $id ] = $wpdb->get_col( "SELECT option_name FROM $table WHERE option_name LIKE '%partnership%' OR option_name = 'blogname'" );
}
if ( is_multisite() ) {
	foreach ( $wpdb->get_col( "SELECT id FROM $wpdb->site" ) as $id ) {
		$listed['networks'][ $id ] = $wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM $wpdb->sitemeta WHERE site_id = %d AND ( meta_key LIKE '%%partnership%%' OR meta_key = 'site_name' )", $id ) );
	}
}
echo wp_json_encode( $listed );`;

/** PHP: what Plugins → Delete runs, once the plugin is deactivated. */
const UNINSTALL_PHP = `require_once ABSPATH . 'wp-admin/includes/plugin.php';
if ( true !== uninstall_plugin( 'partnership-feed/partnership-feed.php' ) ) { fwrite( STDERR, 'uninstall_plugin did not run uninstall.php' ); exit( 1 ); }`;

function listed(site) {
  const { sites, networks } = JSON.parse(site.php(LIST_PHP));
  const sort = (byId) => Object.fromEntries(Object.entries(byId).map(([id, names]) => [id, sorted(names)]));
  return { sites: sort(sites), networks: sort(networks) };
}

/** The names of a listing that have the plugin's prefix, by site and network (where there are any). */
function withPrefix(listing) {
  const prefixed = /^(?:_(?:site_)?transient_(?:timeout_)?)?partnership_feed_/;
  const keep = (byId) =>
    Object.fromEntries(
      Object.entries(byId)
        .map(([id, names]) => [id, names.filter((name) => prefixed.test(name))])
        .filter(([, names]) => names.length),
    );
  return { sites: keep(listing.sites), networks: keep(listing.networks) };
}

describe('uninstall.php', () => {
  let site;
  before(() => {
    site = installThrowaway({
      database: `partnership_feed_uninstall_${process.pid}`,
      plugins: { 'partnership-feed': 'integrations/wordpress' },
    });
  });
  after(() => site?.remove());

  test('on a single site: removes the options and (site) transients with the prefix, and only those', () => {
    site.php(`${SEED_PHP}
partnership_feed_test_seed( $seed['plugin'] );
partnership_feed_test_seed( $seed['others'] );
foreach ( array_merge( $seed['plugin']['siteTransients'], $seed['others']['siteTransients'] ) as $name ) {
	set_site_transient( $name, array( 'seeded' => $name ), HOUR_IN_SECONDS );
}`);
    const others = sorted(['blogname', ...optionRows(OTHERS, true)]);
    assert.deepEqual(listed(site).sites, { 1: sorted([...others, ...optionRows(PLUGIN, true)]) }, 'as seeded');

    site.php(UNINSTALL_PHP);
    const left = listed(site);
    assert.deepEqual(withPrefix(left), { sites: {}, networks: {} }, 'rows with the prefix left');
    assert.deepEqual(left, { sites: { 1: others }, networks: {} });
    assert.deepEqual(site.pluginLog(), []);
  });

  test('on a multisite network: cleans every site of every network and the networks’ options', () => {
    site.makeNetwork();
    site.php(`require_once ABSPATH . 'wp-admin/includes/upgrade.php';
${SEED_PHP}
$second = wp_insert_site( array( 'domain' => 'localhost', 'path' => '/second/', 'title' => 'Second', 'user_id' => 1 ) );
// A second network, with a site of its own.
$network = populate_network( 2, 'other.localhost', 'admin@example.org', 'Other network', '/', false );
$third = wp_insert_site( array( 'domain' => 'other.localhost', 'path' => '/', 'network_id' => 2, 'title' => 'Other', 'user_id' => 1 ) );
foreach ( array( $network, $second, $third ) as $result ) {
	if ( is_wp_error( $result ) ) { fwrite( STDERR, $result->get_error_message() ); exit( 1 ); }
}
foreach ( array( 1, $second, $third ) as $id ) {
	switch_to_blog( $id );
	partnership_feed_test_seed( $seed['plugin'] );
	partnership_feed_test_seed( $seed['others'] );
	restore_current_blog();
}
// Site transients of the main site from before it was a network, left in its options.
foreach ( array_merge( $seed['plugin']['siteTransients'], $seed['others']['siteTransients'] ) as $name ) {
	update_option( '_site_transient_timeout_' . $name, time() + HOUR_IN_SECONDS, false );
	update_option( '_site_transient_' . $name, array( 'seeded' => $name ), false );
}
// The main network's options and site transients as the plugin would set them; the other network's directly.
foreach ( array( 'plugin', 'others' ) as $whose ) {
	foreach ( $seed[ $whose ]['options'] as $name ) {
		update_site_option( $name, array( 'seeded' => $name ) );
	}
	foreach ( $seed[ $whose ]['siteTransients'] as $name ) {
		set_site_transient( $name, array( 'seeded' => $name ), HOUR_IN_SECONDS );
	}
}
partnership_feed_test_seed_network( 2, array( 'options' => array( 'partnership_feed_network_settings' ), 'siteTransients' => array( 'partnership_feed_${ID}_relay' ) ) );
partnership_feed_test_seed_network( 2, array( 'options' => array( 'partnership_feedback' ), 'siteTransients' => array() ) );`);

    const siteOthers = sorted(['blogname', ...optionRows(OTHERS, false)]);
    const siteSeeded = sorted([...siteOthers, ...optionRows(PLUGIN, false)]);
    // The main site has site transients in its options too, from before it was a network.
    const mainOthers = sorted([...siteOthers, ...siteTransientRows(OTHERS.siteTransients)]);
    const mainSeeded = sorted([...mainOthers, ...optionRows(PLUGIN, true)]);
    const networkOthers = sorted(['site_name', ...OTHERS.options, ...siteTransientRows(OTHERS.siteTransients)]);
    const seeded = listed(site);
    assert.deepEqual(seeded.sites, { 1: mainSeeded, 2: siteSeeded, 3: siteSeeded }, 'as seeded');
    assert.deepEqual(
      seeded.networks,
      {
        1: sorted([...networkOthers, ...PLUGIN.options, ...siteTransientRows(PLUGIN.siteTransients)]),
        2: sorted([
          'site_name',
          'partnership_feedback',
          'partnership_feed_network_settings',
          ...siteTransientRows([`partnership_feed_${ID}_relay`]),
        ]),
      },
      'as seeded',
    );

    site.php(UNINSTALL_PHP);
    const left = listed(site);
    assert.deepEqual(withPrefix(left), { sites: {}, networks: {} }, 'rows with the prefix left');
    assert.deepEqual(left, {
      sites: { 1: mainOthers, 2: siteOthers, 3: siteOthers },
      networks: { 1: networkOthers, 2: ['partnership_feedback', 'site_name'] },
    });
    assert.deepEqual(site.pluginLog(), []);
  });
});
