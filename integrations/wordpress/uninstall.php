<?php
/**
 * Removes what the plugin stored: its settings, its cached feeds and their last good copies.
 *
 * @package partnership-feed
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

global $wpdb;
delete_option( 'partnership_feed_settings' );
// The cache entries are named partnership_feed_<id> (transients) and partnership_feed_<id>_stale.
$partnership_feed_names = $wpdb->get_col( // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$wpdb->prepare(
		"SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s",
		$wpdb->esc_like( 'partnership_feed_' ) . '%',
		$wpdb->esc_like( '_transient_partnership_feed_' ) . '%',
		$wpdb->esc_like( '_transient_timeout_partnership_feed_' ) . '%'
	)
);
foreach ( $partnership_feed_names as $partnership_feed_name ) {
	delete_option( $partnership_feed_name );
}
