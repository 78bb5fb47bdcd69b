<?php
/**
 * One feed request to another site, within budgets: the connection goes to the address that was
 * checked (cURL's RESOLVE, so no second lookup can lead elsewhere), redirects are followed here,
 * one hop at a time and each checked again, the body is cut at the cap while it arrives, and a
 * compressed body is decoded here with the same cap (WordPress's HTTP library would decode any
 * number of layers without one).
 *
 * @package partnership-feed
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Redirects followed at the most. */
const PARTNERSHIP_FEED_MAX_HOPS = 3;

/**
 * Fetches a feed of another site, checking every hop.
 *
 * @param string   $url     Absolute feed address.
 * @param int      $timeout Seconds for the whole fetch.
 * @param callable $connect Makes one request: ( url, checked address, timeout ) => response array|WP_Error.
 * @param callable $resolve Looks a name up (partnership_feed_check_url).
 * @return array{body: string, type: string, fetched: int}|WP_Error
 */
function partnership_feed_fetch_origin( $url, $timeout, $connect = 'partnership_feed_request', $resolve = 'partnership_feed_resolve' ) {
	$deadline = microtime( true ) + $timeout;
	for ( $hop = 0; $hop <= PARTNERSHIP_FEED_MAX_HOPS; $hop++ ) {
		$target = partnership_feed_check_url( $url, $resolve );
		if ( is_wp_error( $target ) ) {
			return $target;
		}
		$left = $deadline - microtime( true );
		if ( $left <= 0 ) {
			break;
		}
		$response = call_user_func( $connect, $url, $target, $left );
		if ( is_wp_error( $response ) ) {
			return $response;
		}
		if ( $response['status'] >= 300 && $response['status'] < 400 && '' !== $response['location'] ) {
			$url = WP_Http::make_absolute_url( $response['location'], $url );
			continue;
		}
		return partnership_feed_accept_response( $response );
	}
	return new WP_Error( 'unreachable', __( 'The feed could not be fetched: too many redirects, or no answer in time.', 'partnership-feed' ), array( 'status' => 502 ) );
}

/**
 * The feed in a response, or why it is not one.
 *
 * @param array{status: int, type: string, encoding: string, body: string, truncated: bool} $response One answer.
 * @return array{body: string, type: string, fetched: int}|WP_Error
 */
function partnership_feed_accept_response( $response ) {
	if ( $response['status'] < 200 || $response['status'] > 299 ) {
		/* translators: %d: HTTP status code. */
		return new WP_Error( 'http', sprintf( __( 'The feed answered with HTTP status %d.', 'partnership-feed' ), $response['status'] ), array( 'status' => 502 ) );
	}
	$body = $response['truncated'] ? false : partnership_feed_decode_body( $response['body'], $response['encoding'] );
	if ( false === $body ) {
		return new WP_Error( 'too_large', __( 'The feed is larger than 10 MB, or not readable as sent.', 'partnership-feed' ), array( 'status' => 502 ) );
	}
	$type = partnership_feed_feed_type( $response['type'] );
	if ( null === $type ) {
		/* translators: %s: a content type such as text/html. */
		return new WP_Error( 'not_a_feed', sprintf( __( 'The address answered with %s, not a feed.', 'partnership-feed' ), '' !== $response['type'] ? $response['type'] : __( 'no content type', 'partnership-feed' ) ), array( 'status' => 502 ) );
	}
	return array(
		'body'    => $body,
		'type'    => $type,
		'fetched' => time(),
	);
}

/**
 * The media types feeds are served with. Nothing else is relayed: not HTML, not text/plain (what
 * a metadata service answers), not the other +xml types (XHTML and SVG run script).
 *
 * @return string[]
 */
function partnership_feed_feed_types() {
	return array(
		'application/feed+json',
		'application/json',
		'application/vnd.api+json',
		'application/rss+xml',
		'application/atom+xml',
		'application/rdf+xml',
		'application/xml',
		'text/xml',
	);
}

/**
 * The Content-Type to relay for an origin's Content-Type header: the media type if it is a feed
 * type, with its charset; null otherwise.
 *
 * @param string $header The origin's Content-Type.
 * @return string|null
 */
function partnership_feed_feed_type( $header ) {
	$parts = explode( ';', strtolower( $header ) );
	$media = trim( array_shift( $parts ) );
	if ( ! in_array( $media, partnership_feed_feed_types(), true ) ) {
		return null;
	}
	foreach ( $parts as $parameter ) {
		if ( preg_match( '/^\s*charset\s*=\s*"?([a-z0-9_.:-]{1,40})"?\s*$/', $parameter, $charset ) ) {
			return $media . '; charset=' . $charset[1];
		}
	}
	return $media;
}

/**
 * A body as sent, decoded once if it came compressed. False when it is larger than the cap once
 * decoded, still compressed after decoding (a body compressed twice), or not decodable.
 *
 * @param string $body     Bytes as they came.
 * @param string $encoding The Content-Encoding header.
 * @param int    $cap      Bytes at the most, decoded.
 * @return string|false
 */
function partnership_feed_decode_body( $body, $encoding, $cap = PARTNERSHIP_FEED_MAX_BYTES ) {
	$encoding = strtolower( trim( $encoding ) );
	if ( '' !== $encoding && 'identity' !== $encoding ) {
		$modes = array(
			'gzip'    => ZLIB_ENCODING_GZIP,
			'x-gzip'  => ZLIB_ENCODING_GZIP,
			'deflate' => ZLIB_ENCODING_DEFLATE,
		);
		if ( ! isset( $modes[ $encoding ] ) ) {
			return false;
		}
		$body = partnership_feed_inflate( $body, $modes[ $encoding ], $cap );
		if ( false === $body ) {
			return false;
		}
	}
	if ( strlen( $body ) > $cap || partnership_feed_looks_compressed( $body ) ) {
		return false;
	}
	return $body;
}

/**
 * Inflates in slices, stopping as soon as the output passes the cap (a gzip bomb of a few
 * hundred bytes never gets to allocate its gigabytes).
 *
 * @param string $data Compressed bytes.
 * @param int    $mode ZLIB_ENCODING_GZIP or ZLIB_ENCODING_DEFLATE.
 * @param int    $cap  Bytes at the most.
 * @return string|false
 */
function partnership_feed_inflate( $data, $mode, $cap ) {
	$context = inflate_init( $mode );
	if ( false === $context ) {
		return false;
	}
	$out = '';
	foreach ( str_split( $data, 8192 ) as $slice ) {
		// Each slice of input can inflate to at most about 1,032 times its size: check as it grows.
		$chunk = @inflate_add( $context, $slice, ZLIB_SYNC_FLUSH ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- a corrupt body is an answer here.
		if ( false === $chunk ) {
			return false;
		}
		$out .= $chunk;
		if ( strlen( $out ) > $cap ) {
			return false;
		}
	}
	$chunk = @inflate_add( $context, '', ZLIB_FINISH ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- as above.
	if ( false === $chunk || strlen( $out ) + strlen( $chunk ) > $cap ) {
		return false;
	}
	return $out . $chunk;
}

/**
 * Whether bytes start like a gzip or zlib stream: no feed does.
 *
 * @param string $body Bytes.
 * @return bool
 */
function partnership_feed_looks_compressed( $body ) {
	if ( strlen( $body ) < 2 ) {
		return false;
	}
	if ( "\x1f\x8b" === substr( $body, 0, 2 ) ) {
		return true;
	}
	$header = unpack( 'n', substr( $body, 0, 2 ) )[1];
	return 0x78 === ( $header >> 8 ) && 0 === $header % 31;
}

/**
 * One request, connected to the checked address. The body is read up to one byte past the cap,
 * so a larger one is known without being held.
 *
 * @param string                                   $url     Absolute address.
 * @param array{host: string, port: int, ip: string} $target  The checked address (partnership_feed_check_url).
 * @param float                                    $timeout Seconds.
 * @return array{status: int, type: string, encoding: string, location: string, body: string, truncated: bool}|WP_Error
 */
function partnership_feed_request( $url, $target, $timeout ) {
	if ( ! function_exists( 'curl_init' ) ) {
		return new WP_Error( 'unreachable', __( 'Fetching feeds of other sites needs PHP\'s curl extension.', 'partnership-feed' ), array( 'status' => 502 ) );
	}
	$ip      = false !== strpos( $target['ip'], ':' ) ? '[' . $target['ip'] . ']' : $target['ip'];
	$headers = array();
	$body    = '';
	$cap     = PARTNERSHIP_FEED_MAX_BYTES + 1;
	$handle  = curl_init( $url );
	$options = array(
		CURLOPT_RESOLVE          => array( strtolower( $target['host'] ) . ':' . $target['port'] . ':' . $ip ),
		CURLOPT_FOLLOWLOCATION   => false,
		CURLOPT_PROTOCOLS        => CURLPROTO_HTTP | CURLPROTO_HTTPS,
		CURLOPT_TIMEOUT_MS       => max( 1, (int) ( $timeout * 1000 ) ),
		CURLOPT_CONNECTTIMEOUT_MS => max( 1, (int) ( min( $timeout, 3 ) * 1000 ) ),
		CURLOPT_NOPROXY          => '*',
		CURLOPT_USERAGENT        => 'partnership-feed/' . PARTNERSHIP_FEED_VERSION . ' (WordPress; ' . home_url( '/' ) . ')',
		// Decoding is ours (partnership_feed_decode_body), with a cap: cURL must not decode.
		CURLOPT_HTTPHEADER       => array(
			'Accept: application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9',
			'Accept-Encoding: gzip',
		),
		CURLOPT_HEADERFUNCTION   => function ( $curl, $line ) use ( &$headers ) {
			$pair = explode( ':', $line, 2 );
			if ( 2 === count( $pair ) ) {
				$headers[ strtolower( trim( $pair[0] ) ) ] = trim( $pair[1] );
			} elseif ( preg_match( '#^HTTP/#', $line ) ) {
				$headers = array();
			}
			return strlen( $line );
		},
		CURLOPT_WRITEFUNCTION    => function ( $curl, $data ) use ( &$body, $cap ) {
			$body .= $data;
			// Returning less than was given stops the transfer: the body is over the cap.
			return strlen( $body ) > $cap ? 0 : strlen( $data );
		},
	);
	$certificates = ABSPATH . WPINC . '/certificates/ca-bundle.crt';
	if ( is_readable( $certificates ) ) {
		$options[ CURLOPT_CAINFO ] = $certificates;
	}
	curl_setopt_array( $handle, $options );
	$done      = curl_exec( $handle );
	$truncated = strlen( $body ) > $cap - 1;
	$status    = (int) curl_getinfo( $handle, CURLINFO_RESPONSE_CODE );
	$error     = curl_error( $handle );
	curl_close( $handle );
	if ( ! $done && ! $truncated ) {
		return new WP_Error( 'unreachable', $error ? $error : __( 'No answer.', 'partnership-feed' ), array( 'status' => 502 ) );
	}
	return array(
		'status'    => $status,
		'type'      => $headers['content-type'] ?? '',
		'encoding'  => $headers['content-encoding'] ?? '',
		'location'  => $headers['location'] ?? '',
		'body'      => $body,
		'truncated' => $truncated,
	);
}
