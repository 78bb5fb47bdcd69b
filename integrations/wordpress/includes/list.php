<?php
/**
 * The fallback list: the first page of a feed as plain links and dates inside the element, for
 * visitors without JavaScript and for crawlers. A page view never waits long for it: this site's
 * own feeds are read in-process (includes/local.php); a listed feed of another site comes from the
 * rendered list kept for the settings' time, and on a miss from at most one fetch per page view,
 * of at most 3 seconds, by one request at a time (the others show the last list, or the link).
 *
 * @package partnership-feed
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Seconds a page view waits for another site's feed at the most. */
const PARTNERSHIP_FEED_VIEW_TIMEOUT = 3;

/**
 * The fallback list's HTML, or '' when there is none to show (the element then holds a link).
 * Several feeds give one list, as the element merges them: newest first, each link once.
 *
 * @param string|string[] $urls  Absolute feed address(es).
 * @param int             $count Items to list; 0 lists all (up to 100).
 * @return string HTML.
 */
function partnership_feed_fallback_html( $urls, $count ) {
	$count = $count > 0 ? min( $count, PARTNERSHIP_FEED_LIST_MAX ) : PARTNERSHIP_FEED_LIST_MAX;
	if ( ! partnership_feed_may_list() ) {
		return '';
	}
	$urls = array_values( array_unique( (array) $urls ) );
	if ( 1 === count( $urls ) ) {
		return partnership_feed_list_html( partnership_feed_fallback_items( $urls[0], $count ) );
	}
	$items = array();
	foreach ( $urls as $url ) {
		foreach ( partnership_feed_fallback_items( $url, $count ) as $item ) {
			$items[ '' !== $item['url'] ? $item['url'] : 'title:' . $item['title'] ] ??= $item;
		}
	}
	$items = array_values( $items );
	// Stable: items of equal (or no) date keep the order of the feeds.
	$time  = array_map( fn( $item ) => (int) strtotime( $item['date'] ), $items );
	$order = array_keys( $items );
	array_multisort( $time, SORT_DESC, SORT_NUMERIC, $order, SORT_ASC, SORT_NUMERIC, $items );
	return partnership_feed_list_html( array_slice( $items, 0, $count ) );
}

/**
 * The first items of one feed for the fallback list: this site's own read in-process, a listed feed
 * of another site from its kept list (or one short fetch); none for any other address.
 *
 * @param string $url   Absolute feed address.
 * @param int    $count Items to list.
 * @return array<int, array{title: string, url: string, date: string}>
 */
function partnership_feed_fallback_items( $url, $count ) {
	$relayed = partnership_feed_relayed_address( $url );
	if ( null === $relayed && partnership_feed_is_same_site( $url ) ) {
		return partnership_feed_local_items( $url, $count ) ?? array();
	}
	$url = $relayed ?? $url;
	if ( null === partnership_feed_relay_url( $url ) ) {
		return array(); // Only listed feeds of other sites are read: an author cannot make the server fetch an address.
	}
	$key  = 'partnership_feed_list_' . md5( wp_json_encode( array( $url, $count ) ) );
	$kept = get_transient( $key );
	if ( is_array( $kept ) ) {
		return $kept;
	}
	$entry = partnership_feed_fetch( $url, PARTNERSHIP_FEED_VIEW_TIMEOUT, 'partnership_feed_view_may_fetch' );
	if ( is_wp_error( $entry ) ) {
		return array();
	}
	$items = partnership_feed_parse_items( $entry['body'], $url, $count );
	// A list made from the last good copy (the origin is failing) is kept as briefly as the failure.
	set_transient( $key, $items, 'stale' === $entry['cache'] ? PARTNERSHIP_FEED_FAILURE_TTL : partnership_feed_settings()['ttl'] );
	return $items;
}

/**
 * Whether this page view may still fetch a feed: once per view at the most.
 *
 * @return bool
 */
function partnership_feed_view_may_fetch() {
	static $fetched = false;
	$may     = ! $fetched;
	$fetched = true;
	return $may;
}

/**
 * The listed address behind this site's own relay address, or null.
 *
 * @param string $url Absolute address.
 * @return string|null
 */
function partnership_feed_relayed_address( $url ) {
	$relay = wp_parse_url( rest_url( 'partnership-feed/v1/feeds/' ), PHP_URL_PATH );
	$path  = (string) wp_parse_url( $url, PHP_URL_PATH );
	return partnership_feed_is_same_site( $url ) && preg_match( '#^' . preg_quote( (string) $relay, '#' ) . '([0-9a-f]{16})$#i', $path, $id )
		? partnership_feed_listed( $id[1] )
		: null;
}

/**
 * A list of items as HTML, every value escaped.
 *
 * @param array<int, array{title: string, url: string, date: string}> $items Items.
 * @return string
 */
function partnership_feed_list_html( $items ) {
	if ( ! $items ) {
		return '';
	}
	$html = '<ul class="partnership-feed-fallback">';
	foreach ( $items as $item ) {
		$link  = esc_url( $item['url'], array( 'http', 'https' ) );
		$title = esc_html( $item['title'] );
		$html .= '<li>' . ( $link ? '<a href="' . $link . '">' . $title . '</a>' : $title );
		$time  = strtotime( $item['date'] );
		if ( $time ) {
			// A date at midnight UTC is a calendar date (feeds that know only the day): that day everywhere.
			$zone  = gmdate( 'His', $time ) === '000000' ? new DateTimeZone( 'UTC' ) : null;
			$html .= ' <time datetime="' . esc_attr( gmdate( 'c', $time ) ) . '">' . esc_html( wp_date( get_option( 'date_format' ), $time, $zone ) ) . '</time>';
		}
		$html .= '</li>';
	}
	return $html . '</ul>';
}
