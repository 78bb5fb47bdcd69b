<?php
/**
 * The fallback list's reader: title, link and date of the first items of a feed (JSON Feed,
 * WordPress REST, Drupal JSON:API, RSS or Atom), within budgets, since a feed is untrusted input
 * read while a page is being rendered: a size cap before parsing, no DTD (so no entity can
 * expand), JSON of bounded depth and bounded number of objects, and only the items the list shows.
 *
 * @package partnership-feed
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Bytes of a feed the server parses at the most (the relay passes up to 10 MB through unparsed). */
const PARTNERSHIP_FEED_PARSE_BYTES = 4 * 1024 * 1024;
/** Objects and arrays of a JSON document at the most: a 100-item feed has a few thousand. */
const PARTNERSHIP_FEED_JSON_CONTAINERS = 50000;
/** Nesting of a JSON document at the most. */
const PARTNERSHIP_FEED_JSON_DEPTH = 64;
/** Items a fallback list shows at the most. */
const PARTNERSHIP_FEED_LIST_MAX = 100;

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
 * The first items of a feed document.
 *
 * @param string $body  Feed document.
 * @param string $base  The feed's address, to resolve relative links against.
 * @param int    $count Items wanted (1 to 100).
 * @return array<int, array{title: string, url: string, date: string}>
 */
function partnership_feed_parse_items( $body, $base, $count = PARTNERSHIP_FEED_LIST_MAX ) {
	if ( ! is_string( $body ) || strlen( $body ) > PARTNERSHIP_FEED_PARSE_BYTES ) {
		return array();
	}
	$start = ltrim( substr( $body, 0, 1024 ), "\xEF\xBB\xBF \t\r\n" );
	if ( '<' === substr( $start, 0, 1 ) ) {
		return partnership_feed_resolve_items( partnership_feed_xml_items( $body, $count ), $base );
	}
	if ( substr_count( $body, '{' ) + substr_count( $body, '[' ) > PARTNERSHIP_FEED_JSON_CONTAINERS ) {
		return array();
	}
	$data = json_decode( $body, true, PARTNERSHIP_FEED_JSON_DEPTH );
	return is_array( $data ) ? partnership_feed_data_items( $data, $base, $count ) : array();
}

/**
 * The first items of a decoded JSON feed (JSON Feed, WordPress REST or Drupal JSON:API).
 *
 * @param array  $data  Decoded document.
 * @param string $base  Address to resolve relative links against.
 * @param int    $count Items wanted.
 * @return array<int, array{title: string, url: string, date: string}>
 */
function partnership_feed_data_items( $data, $base, $count = PARTNERSHIP_FEED_LIST_MAX ) {
	$items = array();
	if ( isset( $data['items'] ) && is_array( $data['items'] ) ) {
		foreach ( $data['items'] as $item ) {
			if ( is_array( $item ) ) {
				$text    = $item['content_text'] ?? $item['summary'] ?? $item['content_html'] ?? '';
				$items[] = array(
					'title' => partnership_feed_text( $item['title'] ?? wp_trim_words( partnership_feed_text( $text ), 12 ) ),
					'url'   => $item['url'] ?? $item['external_url'] ?? '',
					'date'  => $item['date_published'] ?? $item['date_modified'] ?? '',
				);
			}
		}
	} elseif ( isset( $data['data'] ) && is_array( $data['data'] ) ) {
		foreach ( $data['data'] as $node ) {
			$attributes = is_array( $node ) && is_array( $node['attributes'] ?? null ) ? $node['attributes'] : array();
			$items[]    = array(
				'title' => partnership_feed_text( $attributes['title'] ?? '' ),
				'url'   => $attributes['path']['alias'] ?? '',
				'date'  => $attributes['created'] ?? '',
			);
		}
	} elseif ( wp_is_numeric_array( $data ) ) {
		foreach ( $data as $post ) {
			if ( is_array( $post ) ) {
				$items[] = array(
					'title' => partnership_feed_text( $post['title'] ?? '' ),
					'url'   => $post['link'] ?? '',
					'date'  => isset( $post['date_gmt'] ) && is_string( $post['date_gmt'] ) ? $post['date_gmt'] . 'Z' : '',
				);
			}
		}
	}
	$items = array_filter( $items, fn( $item ) => '' !== $item['title'] );
	return partnership_feed_resolve_items( array_slice( $items, 0, $count ), $base );
}

/**
 * The first items of an RSS or Atom document, read as a stream: the reader stops after the items
 * the list shows. A document with a DTD is not read at all: feeds have none, and a DTD is where
 * entities that expand to gigabytes are declared.
 *
 * @param string $body  XML document.
 * @param int    $count Items wanted.
 * @return array<int, array{title: string, url: string, date: string}>
 */
function partnership_feed_xml_items( $body, $count ) {
	if ( preg_match( '/<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST)/i', $body ) || ! class_exists( 'XMLReader' ) ) {
		return array();
	}
	$reader = new XMLReader();
	$items  = array();
	$errors = libxml_use_internal_errors( true );
	if ( @$reader->XML( $body, null, LIBXML_NONET | LIBXML_NOCDATA ) ) { // phpcs:ignore WordPress.PHP.NoSilencedErrors -- malformed XML gives no items.
		$more = @$reader->read(); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- malformed XML gives no items.
		while ( $more && count( $items ) < $count ) {
			if ( XMLReader::ELEMENT !== $reader->nodeType || ! in_array( $reader->localName, array( 'item', 'entry' ), true ) ) {
				$more = @$reader->read(); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- as above.
				continue;
			}
			$node = simplexml_load_string( $reader->readOuterXml(), 'SimpleXMLElement', LIBXML_NONET | LIBXML_NOCDATA );
			$item = $node ? partnership_feed_xml_item( $node ) : null;
			if ( $item && '' !== $item['title'] ) {
				$items[] = $item;
			}
			// To the next sibling, past this item's own elements.
			$more = @$reader->next(); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- as above.
		}
		$reader->close();
	}
	libxml_clear_errors();
	libxml_use_internal_errors( $errors );
	return $items;
}

/**
 * Title, link and date of an RSS item or an Atom entry.
 *
 * @param SimpleXMLElement $node The item or entry.
 * @return array{title: string, url: string, date: string}
 */
function partnership_feed_xml_item( $node ) {
	if ( 'entry' === $node->getName() ) {
		$link = '';
		foreach ( $node->link as $candidate ) {
			if ( '' === $link || 'alternate' === (string) $candidate['rel'] ) {
				$link = (string) $candidate['href'];
			}
		}
		return array(
			'title' => partnership_feed_text( (string) $node->title ),
			'url'   => $link,
			'date'  => (string) ( $node->published ?? $node->updated ),
		);
	}
	$date = (string) $node->pubDate;
	if ( '' === $date ) {
		$dublin = $node->children( 'http://purl.org/dc/elements/1.1/' );
		$date   = (string) $dublin->date;
	}
	return array(
		'title' => partnership_feed_text( (string) $node->title ),
		'url'   => (string) $node->link,
		'date'  => $date,
	);
}

/**
 * Items with absolute links and string dates.
 *
 * @param array  $items Items as read.
 * @param string $base  Address to resolve relative links against.
 * @return array<int, array{title: string, url: string, date: string}>
 */
function partnership_feed_resolve_items( $items, $base ) {
	$resolved = array();
	foreach ( $items as $item ) {
		$url        = is_string( $item['url'] ) ? trim( $item['url'] ) : '';
		$resolved[] = array(
			'title' => $item['title'],
			'url'   => '' === $url ? '' : WP_Http::make_absolute_url( $url, $base ),
			'date'  => is_string( $item['date'] ) ? $item['date'] : '',
		);
	}
	return $resolved;
}
