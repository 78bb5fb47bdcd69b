<?php
/**
 * Plugin Name:       Partnership Feed
 * Plugin URI:        https://github.com/partnership-feed/partnership-feed
 * Description:       A "Resource feed" block and a [partnership_feed] shortcode that show a feed (JSON Feed, WordPress, Drupal, RSS or Atom) as filterable, accessible cards, with a plain list for visitors without JavaScript and a relay for feeds on other sites.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Tested up to:      6.8
 * Requires PHP:      8.0
 * Author:            partnership-feed contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       partnership-feed
 *
 * @package partnership-feed
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'PARTNERSHIP_FEED_VERSION', '0.1.0' );
define( 'PARTNERSHIP_FEED_FILE', __FILE__ );
define( 'PARTNERSHIP_FEED_DIR', __DIR__ );
/** The widget's own limit: a feed over 10 MB is refused, by the relay as by the browser. */
define( 'PARTNERSHIP_FEED_MAX_BYTES', 10 * 1024 * 1024 );

require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/address.php';
require_once __DIR__ . '/includes/http.php';
require_once __DIR__ . '/includes/parse.php';
require_once __DIR__ . '/includes/feed.php';
require_once __DIR__ . '/includes/local.php';
require_once __DIR__ . '/includes/list.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/relay.php';
require_once __DIR__ . '/includes/settings.php';
