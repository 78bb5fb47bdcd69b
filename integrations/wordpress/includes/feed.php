<?php
/**
 * Reading a feed on the server: for the relay and for the fallback list. One fetch serves both,
 * kept in a transient for the time the settings give, with the last good copy kept (without
 * expiry) to serve when the origin fails.
 *
 * @package partnership-feed
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

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

/** Content types a feed is served with; anything else (HTML above all) is not relayed. */
function partnership_feed_is_feed_type( $type ) {
	return (bool) preg_match( '#^(application/([a-z.+-]*\+)?(json|xml)|text/xml|text/plain)\b#i', $type );
}

/**
 * Fetches a feed, from the cache when it is fresh.
 *
 * @param string $url     Absolute feed address.
 * @param int    $timeout Seconds to wait for the origin.
 * @return array{body: string, type: string, fetched: int, cache: string}|WP_Error
 */
function partnership_feed_fetch( $url, $timeout = 10 ) {
	$key    = 'partnership_feed_' . partnership_feed_id( $url );
	$cached = get_transient( $key );
	if ( is_array( $cached ) ) {
		return array_merge( $cached, array( 'cache' => 'hit' ) );
	}
	$entry = partnership_feed_fetch_origin( $url, $timeout );
	if ( is_wp_error( $entry ) ) {
		$stale = get_option( $key . '_stale' );
		return is_array( $stale ) && 'refused' !== $entry->get_error_code()
			? array_merge( $stale, array( 'cache' => 'stale' ) )
			: $entry;
	}
	set_transient( $key, $entry, partnership_feed_settings()['ttl'] );
	update_option( $key . '_stale', $entry, false );
	return array_merge( $entry, array( 'cache' => 'miss' ) );
}

/**
 * One request to the origin. wp_safe_remote_get refuses internal addresses, and checks every
 * redirect again; the body is read up to one byte past the cap, so a larger one is known.
 *
 * @param string $url     Absolute feed address.
 * @param int    $timeout Seconds.
 * @return array{body: string, type: string, fetched: int}|WP_Error
 */
function partnership_feed_fetch_origin( $url, $timeout ) {
	if ( ! wp_http_validate_url( $url ) ) {
		return new WP_Error( 'refused', __( 'This address is on an internal network or port: the relay does not fetch it.', 'partnership-feed' ), array( 'status' => 403 ) );
	}
	$response = wp_safe_remote_get(
		$url,
		array(
			'timeout'             => $timeout,
			'redirection'         => 3,
			'limit_response_size' => PARTNERSHIP_FEED_MAX_BYTES + 1,
			'user-agent'          => 'partnership-feed/' . PARTNERSHIP_FEED_VERSION . ' (WordPress; ' . home_url( '/' ) . ')',
			'headers'             => array( 'Accept' => 'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1' ),
		)
	);
	if ( is_wp_error( $response ) ) {
		return new WP_Error( 'unreachable', $response->get_error_message(), array( 'status' => 502 ) );
	}
	$status = wp_remote_retrieve_response_code( $response );
	if ( $status < 200 || $status > 299 ) {
		/* translators: %d: HTTP status code. */
		return new WP_Error( 'http', sprintf( __( 'The feed answered with HTTP status %d.', 'partnership-feed' ), $status ), array( 'status' => 502 ) );
	}
	$body   = wp_remote_retrieve_body( $response );
	$length = (int) wp_remote_retrieve_header( $response, 'content-length' );
	if ( strlen( $body ) > PARTNERSHIP_FEED_MAX_BYTES || $length > PARTNERSHIP_FEED_MAX_BYTES ) {
		return new WP_Error( 'too_large', __( 'The feed is larger than 10 MB.', 'partnership-feed' ), array( 'status' => 502 ) );
	}
	$type = (string) wp_remote_retrieve_header( $response, 'content-type' );
	if ( ! partnership_feed_is_feed_type( $type ) ) {
		/* translators: %s: a content type such as text/html. */
		return new WP_Error( 'not_a_feed', sprintf( __( 'The address answered with %s, not a feed.', 'partnership-feed' ), $type ? $type : 'no content type' ), array( 'status' => 502 ) );
	}
	return array(
		'body'    => $body,
		'type'    => $type,
		'fetched' => time(),
	);
}

/**
 * Plain text of a feed's field (WordPress titles come as HTML with entities).
 *
 * @param mixed $value Field value.
 * @return string
 */
function partnership_feed_text( $value ) {
	if ( is_array( $value ) ) {
		$value = $value['rendered'] ?? '';
	}
	$text = is_scalar( $value ) ? html_entity_decode( wp_strip_all_tags( (string) $value ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) : '';
	return mb_substr( trim( preg_replace( '/\s+/u', ' ', $text ) ), 0, 500 );
}

/**
 * Title, link and date of each item, from JSON Feed, WordPress REST, Drupal JSON:API, RSS or Atom.
 *
 * @param string $body Feed document.
 * @param string $base The feed's address, to resolve relative links against.
 * @return array<int, array{title: string, url: string, date: string}>
 */
function partnership_feed_parse_items( $body, $base ) {
	$items = array();
	$data  = json_decode( $body, true );
	if ( is_array( $data ) ) {
		if ( isset( $data['items'] ) && is_array( $data['items'] ) ) {
			foreach ( $data['items'] as $item ) {
				$text    = $item['content_text'] ?? $item['summary'] ?? $item['content_html'] ?? '';
				$items[] = array(
					'title' => partnership_feed_text( $item['title'] ?? wp_trim_words( partnership_feed_text( $text ), 12 ) ),
					'url'   => $item['url'] ?? $item['external_url'] ?? '',
					'date'  => $item['date_published'] ?? $item['date_modified'] ?? '',
				);
			}
		} elseif ( isset( $data['data'] ) && is_array( $data['data'] ) ) {
			foreach ( $data['data'] as $node ) {
				$attributes = $node['attributes'] ?? array();
				$items[]    = array(
					'title' => partnership_feed_text( $attributes['title'] ?? '' ),
					'url'   => $attributes['path']['alias'] ?? '',
					'date'  => $attributes['created'] ?? '',
				);
			}
		} elseif ( wp_is_numeric_array( $data ) ) {
			foreach ( $data as $post ) {
				$items[] = array(
					'title' => partnership_feed_text( $post['title'] ?? '' ),
					'url'   => $post['link'] ?? '',
					'date'  => isset( $post['date_gmt'] ) ? $post['date_gmt'] . 'Z' : '',
				);
			}
		}
	} else {
		$previous = libxml_use_internal_errors( true );
		// No network and no entity expansion: the document is untrusted.
		$xml = simplexml_load_string( $body, 'SimpleXMLElement', LIBXML_NONET | LIBXML_NOCDATA );
		libxml_use_internal_errors( $previous );
		if ( $xml ) {
			foreach ( $xml->channel->item ?? array() as $item ) {
				$items[] = array(
					'title' => partnership_feed_text( (string) $item->title ),
					'url'   => (string) $item->link,
					'date'  => (string) $item->pubDate,
				);
			}
			foreach ( $xml->entry ?? array() as $entry ) {
				$link = '';
				foreach ( $entry->link as $candidate ) {
					if ( '' === $link || 'alternate' === (string) $candidate['rel'] ) {
						$link = (string) $candidate['href'];
					}
				}
				$items[] = array(
					'title' => partnership_feed_text( (string) $entry->title ),
					'url'   => $link,
					'date'  => (string) ( $entry->published ?? $entry->updated ),
				);
			}
		}
	}
	foreach ( $items as &$item ) {
		$url         = is_string( $item['url'] ) ? trim( $item['url'] ) : '';
		$item['url'] = '' === $url ? '' : WP_Http::make_absolute_url( $url, $base );
		$item['date'] = is_string( $item['date'] ) ? $item['date'] : '';
	}
	return array_values( array_filter( $items, fn( $item ) => '' !== $item['title'] ) );
}

/**
 * The fallback list of the first page of a feed: what visitors without JavaScript and crawlers read.
 * Empty when the feed cannot be read (the widget then shows its own error to those with JavaScript).
 *
 * @param string $url   Absolute feed address.
 * @param int    $count Items to list; 0 lists all (up to 100).
 * @return string HTML.
 */
function partnership_feed_fallback_html( $url, $count ) {
	$entry = partnership_feed_fetch( $url, 5 );
	if ( is_wp_error( $entry ) ) {
		return '';
	}
	$items = array_slice( partnership_feed_parse_items( $entry['body'], $url ), 0, $count > 0 ? $count : 100 );
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
