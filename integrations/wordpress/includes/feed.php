<?php
/**
 * A feed of another site, kept by the server: for the relay and for the fallback list. One fetch
 * serves both, kept in a transient for the time the settings give, with the last good copy kept
 * (without expiry) to serve when the origin fails. A failure is remembered for a short while, and
 * a lock lets one request fetch while the others serve what is kept.
 *
 * @package partnership-feed
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Seconds a failed fetch is remembered, so a feed that is down is not asked again at every view. */
const PARTNERSHIP_FEED_FAILURE_TTL = 120;
/** Seconds after which a fetch's lock is taken to be abandoned (a request that died). */
const PARTNERSHIP_FEED_LOCK_TTL = 30;

/**
 * The settings, with their defaults.
 *
 * @return array{feeds: string[], ttl: int}
 */
function partnership_feed_settings() {
	$saved = get_option( 'partnership_feed_settings', array() );
	return array(
		'feeds' => isset( $saved['feeds'] ) && is_array( $saved['feeds'] ) ? $saved['feeds'] : array(),
		'ttl'   => isset( $saved['ttl'] ) ? max( 60, (int) $saved['ttl'] ) : 600,
	);
}

/**
 * A feed's relay id: stable while the address is listed, whatever the order of the list.
 *
 * @param string $url Feed address.
 * @return string
 */
function partnership_feed_id( $url ) {
	return substr( hash( 'sha256', $url ), 0, 16 );
}

/**
 * The listed address with this id, or null.
 *
 * @param string $id Relay id.
 * @return string|null
 */
function partnership_feed_listed( $id ) {
	$id = strtolower( (string) $id );
	foreach ( partnership_feed_settings()['feeds'] as $url ) {
		if ( hash_equals( partnership_feed_id( $url ), $id ) ) {
			return $url;
		}
	}
	return null;
}

/**
 * The relay address of a listed feed, or null when the address is not listed.
 *
 * @param string $url Feed address (absolute).
 * @return string|null
 */
function partnership_feed_relay_url( $url ) {
	return in_array( $url, partnership_feed_settings()['feeds'], true )
		? rest_url( 'partnership-feed/v1/feeds/' . partnership_feed_id( $url ) )
		: null;
}

/**
 * Whether an absolute address is on this site (same host and port as the home address).
 *
 * @param string $url Absolute address.
 * @return bool
 */
function partnership_feed_is_same_site( $url ) {
	$home  = wp_parse_url( home_url() );
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || ! in_array( strtolower( $parts['scheme'] ?? '' ), array( 'http', 'https' ), true ) ) {
		return false;
	}
	$default = fn( $scheme ) => 'https' === strtolower( $scheme ?? '' ) ? 443 : 80;
	return strtolower( $parts['host'] ) === strtolower( $home['host'] ?? '' )
		&& ( $parts['port'] ?? $default( $parts['scheme'] ) ) === ( $home['port'] ?? $default( $home['scheme'] ?? '' ) );
}

/**
 * Keeps a fetched copy: fresh for the settings' time, and as the last good copy after that.
 *
 * @param string $url   Absolute feed address.
 * @param array  $entry {body, type[, fetched]}.
 * @return array{body: string, type: string, fetched: int}
 */
function partnership_feed_cache_store( $url, $entry ) {
	$key   = 'partnership_feed_' . partnership_feed_id( $url );
	$entry = array(
		'body'    => (string) $entry['body'],
		'type'    => (string) $entry['type'],
		'fetched' => isset( $entry['fetched'] ) ? (int) $entry['fetched'] : time(),
	);
	set_transient( $key, $entry, partnership_feed_settings()['ttl'] );
	update_option( $key . '_stale', $entry, false );
	delete_transient( $key . '_failed' );
	return $entry;
}

/**
 * A feed of another site: the kept copy while it is fresh, else one fetch.
 *
 * @param string $url     Absolute feed address.
 * @param int    $timeout Seconds to wait for the origin.
 * @param bool|callable $fetch Whether this call may fetch at all (else only what is kept is served);
 *                             a callable is asked only when a fetch is due.
 * @return array{body: string, type: string, fetched: int, cache: string}|WP_Error
 */
function partnership_feed_fetch( $url, $timeout = 10, $fetch = true ) {
	$key    = 'partnership_feed_' . partnership_feed_id( $url );
	$cached = get_transient( $key );
	if ( is_array( $cached ) ) {
		return array_merge( $cached, array( 'cache' => 'hit' ) );
	}
	$stale  = get_option( $key . '_stale' );
	$serve  = fn( $error ) => is_array( $stale ) && 'refused' !== $error->get_error_code() ? array_merge( $stale, array( 'cache' => 'stale' ) ) : $error;
	$failed = get_transient( $key . '_failed' );
	if ( is_array( $failed ) ) {
		return $serve( new WP_Error( $failed['code'], $failed['message'], array( 'status' => $failed['status'] ) ) );
	}
	if ( partnership_feed_is_same_site( $url ) ) {
		return new WP_Error( 'refused', __( 'This address is on this site: its pages read it directly, not through the relay.', 'partnership-feed' ), array( 'status' => 403 ) );
	}
	$may = is_callable( $fetch ) ? call_user_func( $fetch ) : $fetch;
	if ( ! $may || ! partnership_feed_lock( $key ) ) {
		return $serve( new WP_Error( 'busy', __( 'The feed is being fetched; try again in a moment.', 'partnership-feed' ), array( 'status' => 503 ) ) );
	}
	try {
		$entry = partnership_feed_fetch_origin( $url, $timeout );
		if ( is_wp_error( $entry ) ) {
			set_transient(
				$key . '_failed',
				array(
					'code'    => $entry->get_error_code(),
					'message' => $entry->get_error_message(),
					'status'  => $entry->get_error_data()['status'] ?? 502,
				),
				PARTNERSHIP_FEED_FAILURE_TTL
			);
			return $serve( $entry );
		}
		return array_merge( partnership_feed_cache_store( $url, $entry ), array( 'cache' => 'miss' ) );
	} finally {
		partnership_feed_unlock( $key );
	}
}

/**
 * Takes the fetch lock of a feed: a row that the database inserts once (option names are unique),
 * so of requests arriving together one gets it. add_option() is no lock: it updates a row that is
 * already there.
 *
 * @param string $key The feed's cache key.
 * @return bool Whether this request holds the lock now.
 */
function partnership_feed_lock( $key ) {
	global $wpdb;
	$name = $key . '_lock';
	$take = fn() => 1 === $wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic insert is the lock.
		$wpdb->prepare( "INSERT IGNORE INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'no')", $name, (string) ( time() + PARTNERSHIP_FEED_LOCK_TTL ) )
	);
	if ( $take() ) {
		return true;
	}
	$until = (int) $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", $name ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the lock is read as the database has it, not from a cache.
	if ( $until >= time() ) {
		return false;
	}
	// Abandoned (a request that died): removed, and taken by whichever request inserts first.
	$wpdb->delete( $wpdb->options, array( 'option_name' => $name ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- as above.
	return $take();
}

/**
 * Releases the fetch lock of a feed.
 *
 * @param string $key The feed's cache key.
 */
function partnership_feed_unlock( $key ) {
	global $wpdb;
	$wpdb->delete( $wpdb->options, array( 'option_name' => $key . '_lock' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the lock's own row.
}
