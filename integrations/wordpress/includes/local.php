<?php
/**
 * This site's own feeds, read in-process for the fallback list, never over HTTP: a request of the
 * site to itself renders the post that holds the list again (WordPress renders shortcodes and
 * blocks in its RSS and REST output), which requests the site again, until the web server has no
 * worker left. A REST address goes through rest_do_request, an RSS or Atom address of the site
 * through the query it stands for, a file in the uploads folder is read from disk; all as an
 * anonymous visitor (published content only). Any other address of the site is not read (the
 * list is then a link).
 *
 * @package partnership-feed
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Whether a fallback list may be read now: not inside a feed or a REST response (content rendered
 * for another reader), and not while one is being read (the guard that makes recursion impossible).
 *
 * @param bool|null $reading Sets the guard (true on entering, false on leaving); null only asks.
 * @return bool
 */
function partnership_feed_may_list( $reading = null ) {
	static $depth = 0;
	if ( null !== $reading ) {
		$depth += $reading ? 1 : -1;
	}
	$rest = function_exists( 'wp_is_serving_rest_request' ) ? wp_is_serving_rest_request() : ( defined( 'REST_REQUEST' ) && REST_REQUEST );
	return 0 === $depth && ! $rest && ! is_feed();
}

/**
 * The first items of one of this site's feeds, read in-process.
 *
 * @param string $url   Absolute address on this site.
 * @param int    $count Items wanted.
 * @return array<int, array{title: string, url: string, date: string}>|null Null when the address is not one read in-process.
 */
function partnership_feed_local_items( $url, $count ) {
	if ( ! partnership_feed_may_list() ) {
		return null;
	}
	$parts = wp_parse_url( $url );
	$home  = trim( (string) wp_parse_url( home_url(), PHP_URL_PATH ), '/' );
	$path  = trim( rawurldecode( $parts['path'] ?? '' ), '/' );
	if ( '' !== $home ) {
		if ( 0 !== strpos( $path . '/', $home . '/' ) ) {
			return null;
		}
		$path = trim( substr( $path, strlen( $home ) ), '/' );
	}
	$query = array();
	wp_parse_str( $parts['query'] ?? '', $query );

	$user  = get_current_user_id();
	$saved = $GLOBALS['post'] ?? null;
	partnership_feed_may_list( true );
	wp_set_current_user( 0 );
	try {
		$items = partnership_feed_local_rest_items( $path, $query, $url, $count );
		if ( null === $items ) {
			$items = partnership_feed_local_feed_items( $path, $query, $count );
		}
		if ( null === $items ) {
			$items = partnership_feed_local_file_items( $parts['path'] ?? '', $url, $count );
		}
	} finally {
		wp_set_current_user( $user );
		partnership_feed_may_list( false );
		// The REST controllers set up the global post of each item they prepare: the page that is
		// being rendered goes on with its own.
		$GLOBALS['post'] = $saved; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- restored, not overridden.
		if ( $saved instanceof WP_Post ) {
			setup_postdata( $saved );
		}
	}
	return $items;
}

/**
 * A REST address (/wp-json/… or ?rest_route=…) through rest_do_request.
 *
 * @param string $path  Path below the home address.
 * @param array  $query Query arguments.
 * @param string $url   The address, to resolve links against.
 * @param int    $count Items wanted.
 * @return array|null
 */
function partnership_feed_local_rest_items( $path, $query, $url, $count ) {
	$prefix = trim( rest_get_url_prefix(), '/' );
	if ( isset( $query['rest_route'] ) && is_string( $query['rest_route'] ) ) {
		$route = $query['rest_route'];
	} elseif ( $path === $prefix || 0 === strpos( $path, $prefix . '/' ) ) {
		$route = substr( $path, strlen( $prefix ) );
	} else {
		return null;
	}
	$route = '/' . trim( $route, '/' );
	if ( preg_match( '#^/partnership-feed/#i', $route ) ) {
		return array(); // The relay fetches another site: never from inside a page view (includes/list.php reads it).
	}
	unset( $query['rest_route'], $query['_embed'], $query['_jsonp'], $query['_envelope'] );
	if ( preg_match( '#^/wp/v2/#', $route ) ) {
		// The list needs these three: the controllers then render no content at all.
		$query['_fields'] = 'title,link,date_gmt';
	}
	$request = new WP_REST_Request( 'GET', $route );
	$request->set_query_params( $query );
	$response = rest_do_request( $request );
	if ( $response->is_error() || $response->get_status() >= 300 ) {
		return array();
	}
	$data = rest_get_server()->response_to_data( $response, false );
	if ( is_string( $data ) ) {
		return partnership_feed_parse_items( $data, $url, $count );
	}
	return is_array( $data ) ? partnership_feed_data_items( $data, $url, $count ) : array();
}

/**
 * An RSS or Atom address of the site (/feed/, /category/…/feed/, ?feed=atom …) through the posts
 * query it stands for, matched with the site's own rewrite rules as WordPress matches a request.
 * Comment feeds are not read.
 *
 * @param string $path  Path below the home address.
 * @param array  $query Query arguments.
 * @param int    $count Items wanted.
 * @return array|null
 */
function partnership_feed_local_feed_items( $path, $query, $count ) {
	global $wp, $wp_rewrite;
	$vars = $query;
	if ( '' !== $path ) {
		foreach ( (array) $wp_rewrite->wp_rewrite_rules() as $match => $rule ) {
			if ( preg_match( "#^$match#", $path, $matches ) ) {
				$rule = addslashes( WP_MatchesMapRegex::apply( preg_replace( '!^.+\?!', '', $rule ), $matches ) );
				wp_parse_str( $rule, $matched );
				$vars = array_merge( $vars, $matched );
				break;
			}
		}
	}
	$vars = array_intersect_key( $vars, array_flip( $wp->public_query_vars ) );
	if ( empty( $vars['feed'] ) || ! empty( $vars['withcomments'] ) || ! empty( $vars['withoutcomments'] ) ) {
		return null;
	}
	foreach ( array( 'p', 'name', 'pagename', 'page_id', 'attachment', 'attachment_id', 'preview' ) as $singular ) {
		if ( ! empty( $vars[ $singular ] ) ) {
			return null; // A single post's feed is its comments.
		}
	}
	unset( $vars['feed'] );
	$posts = new WP_Query(
		array_merge(
			$vars,
			array(
				'post_status'         => 'publish',
				'posts_per_page'      => $count,
				'ignore_sticky_posts' => true,
				'no_found_rows'       => true,
				'has_password'        => false,
			)
		)
	);
	$items = array();
	foreach ( $posts->posts as $post ) {
		$items[] = array(
			'title' => partnership_feed_text( get_the_title( $post ) ),
			'url'   => get_permalink( $post ),
			'date'  => get_post_time( 'c', true, $post ),
		);
	}
	return array_values( array_filter( $items, fn( $item ) => '' !== $item['title'] ) );
}

/**
 * A feed file in the uploads folder (a JSON Feed or an RSS file an editor uploaded), from disk.
 *
 * @param string $path  The address's path.
 * @param string $url   The address, to resolve links against.
 * @param int    $count Items wanted.
 * @return array|null
 */
function partnership_feed_local_file_items( $path, $url, $count ) {
	$uploads = wp_get_upload_dir();
	$base    = wp_parse_url( $uploads['baseurl'], PHP_URL_PATH );
	$path    = rawurldecode( $path );
	if ( ! is_string( $base ) || 0 !== strpos( $path, trailingslashit( $base ) ) || ! preg_match( '/\.(json|xml|rss|atom)$/i', $path ) ) {
		return null;
	}
	$root = realpath( $uploads['basedir'] );
	$file = realpath( $uploads['basedir'] . '/' . substr( $path, strlen( trailingslashit( $base ) ) ) );
	if ( false === $root || false === $file || 0 !== strpos( $file, $root . DIRECTORY_SEPARATOR ) || ! is_file( $file ) ) {
		return array();
	}
	if ( filesize( $file ) > PARTNERSHIP_FEED_PARSE_BYTES ) {
		return array();
	}
	return partnership_feed_parse_items( (string) file_get_contents( $file ), $url, $count ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a local file.
}
