<?php
/**
 * Removes what the plugin stored: its settings, its cached feeds and their last good copies, and
 * anything else it named with its prefix. On a multisite network, on every site of the network and
 * in the network's own options (wp_sitemeta) too.
 *
 * @package partnership-feed
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

/**
 * Deletes the plugin's options and transients of the current site: every option whose name starts
 * with partnership_feed_ (the settings, partnership_feed_<id>_stale and the like) and the
 * (site) transients named partnership_feed_*. The prefixes are matched exactly: `_` is escaped,
 * so partnership_feedback, say, stays.
 */
function partnership_feed_uninstall_site() {
	global $wpdb;
	delete_option( 'partnership_feed_settings' );
	$names = $wpdb->get_col( // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$wpdb->prepare(
			"SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s",
			$wpdb->esc_like( 'partnership_feed_' ) . '%',
			$wpdb->esc_like( '_transient_partnership_feed_' ) . '%',
			$wpdb->esc_like( '_transient_timeout_partnership_feed_' ) . '%',
			// Without multisite, site transients are options of the site.
			$wpdb->esc_like( '_site_transient_partnership_feed_' ) . '%',
			$wpdb->esc_like( '_site_transient_timeout_partnership_feed_' ) . '%'
		)
	);
	foreach ( $names as $name ) {
		delete_option( $name );
	}
}

/**
 * Deletes the network options and site transients named with the plugin's prefix, of every network
 * (wp_sitemeta's site_id is the network).
 */
function partnership_feed_uninstall_networks() {
	global $wpdb;
	$rows = $wpdb->get_results( // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$wpdb->prepare(
			"SELECT site_id, meta_key FROM {$wpdb->sitemeta} WHERE meta_key LIKE %s OR meta_key LIKE %s OR meta_key LIKE %s",
			$wpdb->esc_like( 'partnership_feed_' ) . '%',
			$wpdb->esc_like( '_site_transient_partnership_feed_' ) . '%',
			$wpdb->esc_like( '_site_transient_timeout_partnership_feed_' ) . '%'
		)
	);
	foreach ( $rows as $row ) {
		delete_network_option( (int) $row->site_id, $row->meta_key );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $partnership_feed_site_id ) {
		switch_to_blog( $partnership_feed_site_id );
		partnership_feed_uninstall_site();
		restore_current_blog();
	}
	partnership_feed_uninstall_networks();
} else {
	partnership_feed_uninstall_site();
}
