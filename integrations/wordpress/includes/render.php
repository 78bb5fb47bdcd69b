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
 * The element's src: the relay for a listed feed on another site (unless the editor turned it
 * off), else the address as given.
 *
 * @param string $src   Feed address as given (absolute or relative to the page).
 * @param bool   $relay Whether a listed feed goes through the relay.
 * @return array{src: string, absolute: string, server: bool} server: whether the server may read it.
 */
function partnership_feed_source( $src, $relay ) {
	$absolute  = WP_Http::make_absolute_url( $src, home_url( '/' ) );
	$same_site = wp_parse_url( $absolute, PHP_URL_HOST ) === wp_parse_url( home_url(), PHP_URL_HOST )
		&& wp_parse_url( $absolute, PHP_URL_PORT ) === wp_parse_url( home_url(), PHP_URL_PORT );
	$relayed   = $relay && ! $same_site ? partnership_feed_relay_url( $absolute ) : null;
	return array(
		// Root-relative, so it stays same-origin on whichever host name the visitor used.
		'src'      => null !== $relayed ? wp_make_link_relative( $relayed ) : $src,
		'absolute' => $absolute,
		// The server only reads this site's own feeds and those an administrator listed: an author
		// cannot make it fetch an address of their choosing.
		'server'   => $same_site || null !== partnership_feed_relay_url( $absolute ),
	);
}

/**
 * The element's HTML.
 *
 * @param array  $input   Block or shortcode attributes.
 * @param string $wrapper Extra attributes, already escaped (the block's class and style).
 * @return string
 */
function partnership_feed_element( $input, $wrapper = '' ) {
	$attributes = partnership_feed_clean_attributes( $input );
	if ( empty( $attributes['src'] ) ) {
		return current_user_can( 'edit_posts' ) && ! is_feed()
			? '<p>' . esc_html__( 'Resource feed: no feed address is set.', 'partnership-feed' ) . '</p>'
			: '';
	}
	$relay    = ! isset( $input['relay'] ) || filter_var( $input['relay'], FILTER_VALIDATE_BOOLEAN, FILTER_NULL_ON_FAILURE ) !== false;
	$source   = partnership_feed_source( $attributes['src'], $relay );
	$fallback = $source['server'] ? partnership_feed_fallback_html( $source['absolute'], (int) ( $attributes['page-size'] ?? 12 ) ) : '';
	if ( '' === $fallback ) {
		$fallback = '<a href="' . esc_url( $source['absolute'] ) . '">' . esc_html( $attributes['heading'] ?? __( 'Resources', 'partnership-feed' ) ) . '</a>';
	}
	$attributes['src'] = $source['src'];

	$html = '<partnership-feed';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . ( 'src' === $name ? esc_url( $value ) : esc_attr( $value ) ) . '"';
	}
	foreach ( array( 'id', 'class' ) as $name ) {
		if ( ! empty( $input[ $name ] ) && is_string( $input[ $name ] ) ) {
			$html .= ' ' . $name . '="' . esc_attr( implode( ' ', array_map( 'sanitize_html_class', preg_split( '/\s+/', $input[ $name ] ) ) ) ) . '"';
		}
	}
	wp_enqueue_script( 'partnership-feed' );
	return $html . ( $wrapper ? ' ' . $wrapper : '' ) . '>' . $fallback . '</partnership-feed>';
}

/**
 * The block's render callback.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function partnership_feed_render_block( $attributes ) {
	return partnership_feed_element( $attributes, get_block_wrapper_attributes() );
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
