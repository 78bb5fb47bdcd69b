<?php
/**
 * The feed relay: GET /wp-json/partnership-feed/v1/feeds/<id> answers with a listed feed, fetched
 * by the server, so the browser reads it same-origin (most RSS feeds send no CORS headers).
 * Only addresses an administrator listed are relayed: it is not an open proxy.
 *
 * @package partnership-feed
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The route. */
function partnership_feed_register_relay() {
	register_rest_route(
		'partnership-feed/v1',
		'/feeds/(?P<id>[a-f0-9]{16})',
		array(
			'methods'             => 'GET',
			'callback'            => 'partnership_feed_relay',
			// Public on purpose: visitors' browsers read it. What it serves is limited to the list.
			'permission_callback' => '__return_true',
		)
	);
}
add_action( 'rest_api_init', 'partnership_feed_register_relay' );

/**
 * Answers with the feed, or with an error the widget shows (it names the address it tried).
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function partnership_feed_relay( $request ) {
	$url = partnership_feed_listed( $request['id'] );
	if ( null === $url ) {
		return new WP_Error( 'not_listed', __( 'This feed is not on the list of feeds this site relays (Settings → Partnership feed).', 'partnership-feed' ), array( 'status' => 403 ) );
	}
	$entry = partnership_feed_fetch( $url );
	if ( is_wp_error( $entry ) ) {
		return $entry;
	}
	$response = new WP_REST_Response( $entry['body'], 200 );
	$response->header( 'Content-Type', $entry['type'] );
	$response->header( 'X-Partnership-Feed-Cache', $entry['cache'] );
	$response->header( 'Last-Modified', gmdate( 'D, d M Y H:i:s', $entry['fetched'] ) . ' GMT' );
	return $response;
}

/**
 * Sends the relay's body as it came (not JSON-encoded), with headers that keep the browser from
 * reading it as anything but data, and without the REST API's CORS headers: the relay is for
 * this site's pages.
 *
 * @param bool             $served  Whether the request was served already.
 * @param WP_HTTP_Response $result  The response.
 * @param WP_REST_Request  $request The request.
 * @return bool
 */
function partnership_feed_serve_relay( $served, $result, $request ) {
	if ( $served || ! str_starts_with( $request->get_route(), '/partnership-feed/v1/feeds/' ) ) {
		return $served;
	}
	header_remove( 'Access-Control-Allow-Origin' );
	header_remove( 'Access-Control-Allow-Credentials' );
	header( 'X-Content-Type-Options: nosniff' );
	header( "Content-Security-Policy: default-src 'none'; sandbox" );
	if ( 200 !== $result->get_status() || ! is_string( $result->get_data() ) ) {
		return false;
	}
	echo $result->get_data(); // phpcs:ignore WordPress.Security.EscapeOutput -- a feed document, sent as its own content type with nosniff.
	return true;
}
// After rest_send_cors_headers (priority 10), to take its headers back.
add_filter( 'rest_pre_serve_request', 'partnership_feed_serve_relay', 20, 3 );
