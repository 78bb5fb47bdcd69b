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
 * Answers with the feed, or with an error the widget shows. Every answer carries headers that keep
 * a browser from reading it as anything but data: set on the response itself, so they are sent
 * however the route was spelled (REST routes match case-insensitively).
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response
 */
function partnership_feed_relay( $request ) {
	$url = partnership_feed_listed( $request['id'] );
	if ( null === $url ) {
		return partnership_feed_relay_response( new WP_Error( 'not_listed', __( 'This feed is not on the list of feeds this site relays (Settings → Partnership feed).', 'partnership-feed' ), array( 'status' => 403 ) ) );
	}
	$entry = partnership_feed_fetch( $url );
	$type  = is_wp_error( $entry ) ? null : partnership_feed_feed_type( $entry['type'] );
	if ( null === $type ) {
		return partnership_feed_relay_response( is_wp_error( $entry ) ? $entry : new WP_Error( 'not_a_feed', __( 'The kept copy is not a feed.', 'partnership-feed' ), array( 'status' => 502 ) ) );
	}
	$response = partnership_feed_relay_response( $entry['body'], 200 );
	$response->header( 'Content-Type', $type );
	$response->header( 'X-Partnership-Feed-Cache', $entry['cache'] );
	$response->header( 'Last-Modified', gmdate( 'D, d M Y H:i:s', $entry['fetched'] ) . ' GMT' );
	return $response;
}

/**
 * A relay response with its headers. An error's details (what the other site answered, cURL's
 * words) are for administrators; anyone else reads that the feed could not be fetched, and why
 * in general terms.
 *
 * @param string|WP_Error $body   The feed, or what went wrong.
 * @param int             $status HTTP status of a feed.
 * @return WP_REST_Response
 */
function partnership_feed_relay_response( $body, $status = 200 ) {
	if ( is_wp_error( $body ) ) {
		$code    = $body->get_error_code();
		$status  = (int) ( $body->get_error_data()['status'] ?? 502 );
		$message = $body->get_error_message();
		if ( ! current_user_can( 'manage_options' ) && ! in_array( $code, array( 'not_listed', 'busy' ), true ) ) {
			$message = 'refused' === $code
				? __( 'This site does not fetch that address.', 'partnership-feed' )
				: __( 'The feed could not be fetched from its site.', 'partnership-feed' );
		}
		$body = array(
			'code'    => 'partnership_feed_' . $code,
			'message' => $message,
			'data'    => array( 'status' => $status ),
		);
	}
	$response = new WP_REST_Response( $body, $status );
	$response->header( 'X-Content-Type-Options', 'nosniff' );
	$response->header( 'Content-Security-Policy', "default-src 'none'; sandbox" );
	$response->header( 'Cache-Control', 'no-cache' );
	return $response;
}

/**
 * Sends the relay's feed as it came (not JSON-encoded), without the REST API's CORS headers: the
 * relay is for this site's pages. The relay is known by its handler, not by how the address was
 * spelled.
 *
 * @param bool             $served  Whether the request was served already.
 * @param WP_HTTP_Response $result  The response.
 * @param WP_REST_Request  $request The request.
 * @return bool
 */
function partnership_feed_serve_relay( $served, $result, $request ) {
	$handler = $request->get_attributes();
	if ( $served || 'partnership_feed_relay' !== ( $handler['callback'] ?? null ) ) {
		return $served;
	}
	header_remove( 'Access-Control-Allow-Origin' );
	header_remove( 'Access-Control-Allow-Credentials' );
	if ( 200 !== $result->get_status() || ! is_string( $result->get_data() ) ) {
		return false;
	}
	echo $result->get_data(); // phpcs:ignore WordPress.Security.EscapeOutput -- a feed document, sent as its own feed content type with nosniff.
	return true;
}
// After rest_send_cors_headers (priority 10), to take its headers back.
add_filter( 'rest_pre_serve_request', 'partnership_feed_serve_relay', 20, 3 );
