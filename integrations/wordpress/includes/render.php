<?php
/**
 * The element on the page, from the block and from the shortcode: every attribute escaped, the
 * script enqueued once per page (footer), and the first page of the feed as fallback content.
 *
 * @package partnership-feed
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the widget's classic script (type="module" cannot be asked of wp_enqueue_script on
 * WordPress 6.1), the block and the shortcode.
 */
function partnership_feed_register() {
	// 'strategy' => 'defer' exists from WordPress 6.3; before, the footer script has no defer, which is fine.
	$args = version_compare( get_bloginfo( 'version' ), '6.3', '>=' ) ? array(
		'in_footer' => true,
		'strategy'  => 'defer',
	) : true;
	wp_register_script( 'partnership-feed', plugins_url( 'assets/partnership-feed.iife.js', PARTNERSHIP_FEED_FILE ), array(), PARTNERSHIP_FEED_VERSION, $args );
	register_block_type( PARTNERSHIP_FEED_DIR . '/block', array( 'render_callback' => 'partnership_feed_render_block' ) );
	add_shortcode( 'partnership_feed', 'partnership_feed_shortcode' );
}
add_action( 'init', 'partnership_feed_register' );

/**
 * The address a relative src stands for on the page being rendered: resolved as the browser
 * resolves it, against the address of the page.
 *
 * @return string
 */
function partnership_feed_page_url() {
	$home = wp_parse_url( home_url() );
	$path = isset( $_SERVER['REQUEST_URI'] ) ? (string) wp_parse_url( esc_url_raw( wp_unslash( $_SERVER['REQUEST_URI'] ) ), PHP_URL_PATH ) : '/';
	return $home['scheme'] . '://' . $home['host'] . ( isset( $home['port'] ) ? ':' . $home['port'] : '' ) . ( '' !== $path ? $path : '/' );
}

/**
 * One of the element's feed addresses: the relay for a listed feed on another site (unless the
 * editor turned it off), else the address as given.
 *
 * @param string $src   One feed address as given (absolute, or relative to the page).
 * @param bool   $relay Whether a listed feed goes through the relay.
 * @return array{src: string, absolute: string}
 */
function partnership_feed_source( $src, $relay ) {
	$absolute = WP_Http::make_absolute_url( $src, partnership_feed_page_url() );
	$relayed  = $relay && ! partnership_feed_is_same_site( $absolute ) ? partnership_feed_relay_url( $absolute ) : null;
	return array(
		// Root-relative, so it stays same-origin on whichever host name the visitor used.
		'src'      => null !== $relayed ? wp_make_link_relative( $relayed ) : $src,
		'absolute' => $absolute,
	);
}

/**
 * The element's HTML.
 *
 * @param array       $input   Block or shortcode attributes.
 * @param string|null $wrapper The block's wrapper attributes, already escaped (class, id, style);
 *                             null for the shortcode, whose id and class come from $input.
 * @return string
 */
function partnership_feed_element( $input, $wrapper = null ) {
	$attributes = partnership_feed_clean_attributes( $input );
	if ( empty( $attributes['src'] ) ) {
		return current_user_can( 'edit_posts' ) && ! is_feed()
			? '<p>' . esc_html__( 'Resource feed: no feed address is set.', 'partnership-feed' ) . '</p>'
			: '';
	}
	$relay = ! isset( $input['relay'] ) || filter_var( $input['relay'], FILTER_VALIDATE_BOOLEAN, FILTER_NULL_ON_FAILURE ) !== false;
	// Several feeds (space-separated): each is relayed or not on its own, and the list merges them.
	$sources  = array_map( fn( $src ) => partnership_feed_source( $src, $relay ), explode( ' ', $attributes['src'] ) );
	$absolute = array_column( $sources, 'absolute' );
	$fallback = partnership_feed_fallback_html( $absolute, (int) ( $attributes['page-size'] ?? 12 ) );
	if ( '' === $fallback ) {
		$fallback = '<a href="' . esc_url( $absolute[0] ) . '">' . esc_html( $attributes['heading'] ?? __( 'Resources', 'partnership-feed' ) ) . '</a>';
	}
	$attributes['src'] = implode( ' ', array_unique( array_column( $sources, 'src' ) ) );
	// Without one of its own, the widget takes the site's language where it speaks it.
	$site_language = isset( $attributes['lang'] ) ? '' : partnership_feed_site_language();
	if ( '' !== $site_language ) {
		$attributes['lang'] = $site_language;
	}

	$html = '<partnership-feed';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( 'src' === $name ? implode( ' ', array_map( 'esc_url', explode( ' ', $value ) ) ) : $value ) . '"';
	}
	if ( null === $wrapper ) {
		$wrapper = '';
		foreach ( partnership_feed_id_and_class( $input ) as $name => $value ) {
			$wrapper .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	wp_enqueue_script( 'partnership-feed' );
	return $html . ( '' !== trim( $wrapper ) ? ' ' . trim( $wrapper ) : '' ) . '>' . $fallback . '</partnership-feed>';
}

/**
 * The id and class given as attributes, as valid class names.
 *
 * @param array $input Block or shortcode attributes.
 * @return array<string, string>
 */
function partnership_feed_id_and_class( $input ) {
	$clean = array();
	foreach ( array( 'id', 'class' ) as $name ) {
		if ( ! empty( $input[ $name ] ) && is_string( $input[ $name ] ) ) {
			$value = trim( implode( ' ', array_map( 'sanitize_html_class', preg_split( '/\s+/', $input[ $name ] ) ) ) );
			if ( '' !== $value ) {
				$clean[ $name ] = $value;
			}
		}
	}
	return $clean;
}

/**
 * The block's render callback.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function partnership_feed_render_block( $attributes ) {
	// An id or class typed into the block's comment joins the wrapper's own (one class attribute,
	// which keeps the alignment classes).
	return partnership_feed_element( $attributes, get_block_wrapper_attributes( partnership_feed_id_and_class( $attributes ) ) );
}

/**
 * [partnership_feed src="…" layout="…"]: the element's attribute names, as in the embed code.
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function partnership_feed_shortcode( $atts ) {
	return partnership_feed_element( is_array( $atts ) ? $atts : array() );
}
