<?php
/**
 * The element's documented attributes (docs/spec.md) and how a value from a block or a shortcode is
 * checked before it reaches the page. Values that are not valid are left out, so the element
 * uses its default, as it does for a bad attribute.
 *
 * @package partnership-feed
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Attribute name => kind. A list is the set of allowed values; 'tokens:' a space-separated subset.
 *
 * @return array<string, string|array>
 */
function partnership_feed_attribute_kinds() {
	return array(
		// Generated from src/element/attributes.ts by `npm run generate`: edit the table, not these lines.
		'src'            => 'url',
		'format'         => array( 'auto', 'jsonfeed', 'wordpress', 'drupal', 'rss' ),
		'heading'        => 'text',
		'heading-level'  => array( '1', '2', '3', '4', '5', '6' ),
		'layout'         => array( 'grid', 'list', 'compact' ),
		'page-size'      => 'count',
		'filters'        => array( 'tokens', 'type', 'tag', 'audience', 'source', 'search', 'sort', 'date', 'none' ),
		'type'           => 'text',
		'tag'            => 'text',
		'audience'       => 'text',
		'exclude-type'   => 'text',
		'exclude-tag'    => 'text',
		'since'          => 'text',
		'query'          => 'text',
		'sort'           => array( 'newest', 'oldest', 'title' ),
		'hide'           => array( 'tokens', 'header', 'image', 'excerpt', 'date', 'type', 'tags', 'related', 'credit', 'source' ),
		'fallback-image' => 'url',
		'link-rel'       => array( 'tokens', 'nofollow', 'sponsored', 'ugc' ),
		'excerpt-words'  => 'count',
		'date-style'     => array( 'long', 'medium', 'short', 'relative' ),
		'lang'           => 'lang',
		'link-target'    => array( '_self', '_blank', '_parent', '_top' ),
		'sync-url'       => 'boolean',
		'timeout'        => 'count',
		'cache-ttl'      => 'count',
		'theme'          => array( 'auto', 'light', 'dark' ),
		// End of the generated lines.
	);
}

/**
 * What the block's controls offer (block/attributes.json, written from the element's attribute
 * table by npm run generate): block attribute => element attribute, kind, values and default.
 *
 * @return array<string, array>
 */
function partnership_feed_block_attributes() {
	$file  = PARTNERSHIP_FEED_DIR . '/block/attributes.json';
	$table = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions -- the plugin's own file.
	return is_array( $table ) ? $table : array();
}

/**
 * The languages the widget speaks: code => name in that language (languages.json, which the
 * build writes into the plugin from the widget's own list).
 *
 * @return array<string, string>
 */
function partnership_feed_languages() {
	static $names = null;
	if ( null === $names ) {
		$file  = PARTNERSHIP_FEED_DIR . '/languages.json';
		$names = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions -- the plugin's own file.
		$names = is_array( $names ) ? $names : array( 'en' => 'English' );
	}
	return $names;
}

/**
 * The widget language for a WordPress locale, as the widget picks one for a tag: zh_TW → zh-TW,
 * pt_BR → pt, fa_IR → fa; '' when the widget has no strings for it (English).
 *
 * @param string|null $locale A WordPress locale; the site's (get_locale) when null.
 * @return string
 */
function partnership_feed_site_language( $locale = null ) {
	$tag  = strtolower( str_replace( '_', '-', null === $locale ? get_locale() : $locale ) );
	$base = explode( '-', $tag )[0];
	if ( 'zh' === $base ) {
		// The rule of src/i18n/strings.ts: by script, else by region.
		$base = preg_match( '/-(hant|tw|hk|mo)\b/', explode( '-hans', $tag )[0] ) ? 'zh-tw' : 'zh-cn';
	}
	foreach ( array( $tag, $base ) as $candidate ) {
		foreach ( array_keys( partnership_feed_languages() ) as $code ) {
			if ( strtolower( $code ) === $candidate ) {
				return 'en' === $code ? '' : $code;
			}
		}
	}
	return '';
}

/**
 * The block attribute of an element attribute: heading-level => headingLevel.
 *
 * @param string $name Element attribute.
 * @return string
 */
function partnership_feed_block_attribute( $name ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
}

/**
 * One value, checked against its kind; null when it is not valid (or empty).
 *
 * @param string $kind  A kind from partnership_feed_attribute_kinds().
 * @param mixed  $value The value as typed.
 * @return string|true|null
 */
function partnership_feed_clean_value( $kind, $value ) {
	if ( 'boolean' === $kind ) {
		return filter_var( $value, FILTER_VALIDATE_BOOLEAN ) ? true : null;
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return null;
	}
	if ( is_array( $kind ) ) {
		if ( 'tokens' !== $kind[0] ) {
			return in_array( strtolower( $value ), $kind, true ) ? strtolower( $value ) : null;
		}
		$tokens = array_intersect( preg_split( '/[\s,]+/', strtolower( $value ) ), array_slice( $kind, 1 ) );
		return $tokens ? implode( ' ', array_unique( $tokens ) ) : null;
	}
	switch ( $kind ) {
		case 'url':
			// Saved post content has its & as &amp; (WordPress's HTML filter): the addresses are the decoded text.
			$value = html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
			// Several feeds are separated by spaces (docs/spec.md): each is checked on its own, and one
			// that is not valid is left out as a single bad address is, the others kept.
			$urls = array_filter( array_map( 'partnership_feed_clean_url', preg_split( '/\s+/', $value, -1, PREG_SPLIT_NO_EMPTY ) ) );
			return $urls ? implode( ' ', array_unique( $urls ) ) : null;
		case 'count':
			return ctype_digit( $value ) && strlen( $value ) < 7 ? $value : null;
		case 'lang':
			return preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/', $value ) ? $value : null;
		default:
			// Text stays as typed, escaped on output; capped like the element caps a title.
			return mb_substr( $value, 0, 500 );
	}
}

/**
 * One feed address as the element reads it: http(s), absolute or relative to the page; null when
 * it is not one.
 *
 * @param string $value One address, entities decoded, without spaces.
 * @return string|null
 */
function partnership_feed_clean_url( $value ) {
	// A path relative to the page ("feeds/a.json") is resolved as the browser would, and kept
	// root-relative: esc_url_raw would read it as a host name ("http://feeds/a.json").
	if ( ! preg_match( '#^([a-z][a-z0-9+.-]*:|/)#i', $value ) ) {
		$value = wp_make_link_relative( WP_Http::make_absolute_url( $value, partnership_feed_page_url() ) );
	}
	$url = esc_url_raw( $value, array( 'http', 'https' ) );
	return '' === $url ? null : $url;
}

/**
 * Element attributes from a block's or a shortcode's attributes (either spelling: page-size,
 * page_size or pageSize).
 *
 * @param array $input Raw attributes.
 * @return array<string, string|true> Valid element attributes only.
 */
function partnership_feed_clean_attributes( $input ) {
	$clean = array();
	foreach ( partnership_feed_attribute_kinds() as $name => $kind ) {
		foreach ( array( $name, str_replace( '-', '_', $name ), partnership_feed_block_attribute( $name ) ) as $key ) {
			if ( isset( $input[ $key ] ) ) {
				$value = partnership_feed_clean_value( $kind, $input[ $key ] );
				if ( null !== $value ) {
					$clean[ $name ] = $value;
				}
				break;
			}
		}
	}
	return $clean;
}

/**
 * Lets <partnership-feed> and its documented attributes through the post HTML filter, so anyone
 * who may edit a post (without unfiltered_html) can also paste the element into a Custom HTML block.
 * class carries alignwide/alignfull, style the --pf-* custom properties.
 *
 * @param array  $tags    Allowed tags.
 * @param string $context The kses context.
 * @return array
 */
function partnership_feed_allow_element( $tags, $context ) {
	if ( 'post' === $context ) {
		$names                      = array_merge( array_keys( partnership_feed_attribute_kinds() ), array( 'id', 'class', 'dir', 'style', 'aria-label' ) );
		$tags['partnership-feed'] = array_fill_keys( $names, true );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'partnership_feed_allow_element', 10, 2 );
