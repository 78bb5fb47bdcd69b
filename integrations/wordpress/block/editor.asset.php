<?php
/**
 * The editor script's dependencies: WordPress's own packages (nothing of them is bundled) and the
 * widget itself, which is the block's live preview.
 *
 * @package partnership-feed
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'partnership-feed' ),
	'version'      => PARTNERSHIP_FEED_VERSION,
);
