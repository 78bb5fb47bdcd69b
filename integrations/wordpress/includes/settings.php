<?php
/**
 * Settings → Partnership feed: the feeds the relay may fetch, and how long a copy is kept.
 * Saved through options.php (the Settings API): its nonce, and manage_options to save.
 *
 * @package partnership-feed
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The setting and its page. */
function partnership_feed_register_settings() {
	register_setting(
		'partnership_feed',
		'partnership_feed_settings',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'partnership_feed_sanitize_settings',
			'default'           => array(
				'feeds' => array(),
				'ttl'   => 600,
			),
		)
	);
}
add_action( 'admin_init', 'partnership_feed_register_settings' );

/**
 * Keeps full http(s) addresses of other sites, one each. An address the server would never fetch
 * (an internal or reserved network, a port other than the web's, this site itself, a path without
 * a host) is not saved, and the page says why; a name that cannot be looked up now is saved with a
 * notice (it is checked again at every fetch).
 *
 * @param mixed $input Submitted value.
 * @return array{feeds: string[], ttl: int}
 */
function partnership_feed_sanitize_settings( $input ) {
	$lines = is_array( $input ) && isset( $input['feeds'] ) ? $input['feeds'] : '';
	$lines = is_array( $lines ) ? $lines : preg_split( '/\R/', (string) $lines );
	$feeds = array();
	foreach ( $lines as $line ) {
		$line = trim( (string) $line );
		if ( '' === $line ) {
			continue;
		}
		$verdict = partnership_feed_settings_verdict( $line );
		if ( 'refused' === $verdict['level'] ) {
			add_settings_error( 'partnership_feed_settings', 'refused-' . md5( $line ), $verdict['message'], 'error' );
			continue;
		}
		if ( 'unresolved' === $verdict['level'] ) {
			add_settings_error( 'partnership_feed_settings', 'unresolved-' . md5( $line ), $verdict['message'], 'warning' );
		}
		$feeds[] = $verdict['url'];
	}
	$ttl = is_array( $input ) && isset( $input['ttl'] ) ? absint( $input['ttl'] ) : 600;
	return array(
		'feeds' => array_values( array_unique( $feeds ) ),
		'ttl'   => max( 60, min( $ttl, WEEK_IN_SECONDS ) ),
	);
}

/**
 * What the settings make of a typed address: listed ('ok'), listed with a notice ('unresolved': its
 * name cannot be looked up now), or not ('refused'), with the plain message the page shows.
 *
 * @param string $line The address as typed.
 * @return array{level: string, url: string, message: string}
 */
function partnership_feed_settings_verdict( $line ) {
	$shown = esc_html( $line );
	$url   = esc_url_raw( $line, array( 'http', 'https' ) );
	$say   = fn( $level, $message ) => array(
		'level'   => $level,
		'url'     => $url,
		'message' => $message,
	);
	if ( ! preg_match( '#^https?://[^/?\#\s]+#i', $line ) || '' === $url ) {
		/* translators: %s: what was typed. */
		return $say( 'refused', sprintf( __( '%s was not saved: give the full address of the feed, starting with https://.', 'partnership-feed' ), $shown ) );
	}
	if ( partnership_feed_is_same_site( $url ) ) {
		/* translators: %s: a feed address. */
		return $say( 'refused', sprintf( __( '%s was not saved: it is on this site, and pages read this site\'s feeds without the relay.', 'partnership-feed' ), $shown ) );
	}
	$checked = partnership_feed_check_url( $url );
	if ( ! is_wp_error( $checked ) ) {
		return $say( 'ok', '' );
	}
	if ( 'unresolved' === $checked->get_error_code() ) {
		/* translators: %s: a feed address. */
		return $say( 'unresolved', sprintf( __( '%s: its host name could not be looked up just now. It is saved, and checked again each time it is fetched.', 'partnership-feed' ), esc_html( $url ) ) );
	}
	/* translators: 1: a feed address, 2: the reason. */
	return $say( 'refused', sprintf( __( '%1$s was not saved: %2$s', 'partnership-feed' ), $shown, esc_html( $checked->get_error_message() ) ) );
}

/** The menu entry, for administrators only. */
function partnership_feed_add_settings_page() {
	add_options_page( __( 'Partnership feed', 'partnership-feed' ), __( 'Partnership feed', 'partnership-feed' ), 'manage_options', 'partnership-feed', 'partnership_feed_settings_page' );
}
add_action( 'admin_menu', 'partnership_feed_add_settings_page' );

/** The page. */
function partnership_feed_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = partnership_feed_settings();
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Partnership feed', 'partnership-feed' ); ?></h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'partnership_feed' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="partnership-feed-feeds"><?php esc_html_e( 'Feeds on other sites to relay', 'partnership-feed' ); ?></label></th>
					<td>
						<textarea id="partnership-feed-feeds" name="partnership_feed_settings[feeds]" rows="6" class="large-text code" aria-describedby="partnership-feed-feeds-help"><?php echo esc_textarea( implode( "\n", $settings['feeds'] ) ); ?></textarea>
						<p class="description" id="partnership-feed-feeds-help"><?php esc_html_e( 'One address a line. This site fetches these feeds for its pages, for feeds whose site does not allow other sites to read them (no CORS). Only these addresses are relayed. Addresses on an internal or reserved network (this server, the hosting network, a cloud metadata service) are never fetched, and are not saved.', 'partnership-feed' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="partnership-feed-ttl"><?php esc_html_e( 'Keep a fetched copy for (seconds)', 'partnership-feed' ); ?></label></th>
					<td>
						<input id="partnership-feed-ttl" name="partnership_feed_settings[ttl]" type="number" min="60" step="60" value="<?php echo esc_attr( $settings['ttl'] ); ?>" class="small-text">
						<p class="description"><?php esc_html_e( 'When the feed\'s site cannot be reached, the last copy is served.', 'partnership-feed' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
		<?php if ( $settings['feeds'] ) : ?>
			<h2><?php esc_html_e( 'Relay addresses', 'partnership-feed' ); ?></h2>
			<ul>
				<?php foreach ( $settings['feeds'] as $url ) : ?>
					<li><code><?php echo esc_html( $url ); ?></code> → <code><?php echo esc_html( partnership_feed_relay_url( $url ) ); ?></code></li>
				<?php endforeach; ?>
			</ul>
		<?php endif; ?>
	</div>
	<?php
}

/**
 * What the block's sidebar needs: the listed feeds with their relay addresses.
 */
function partnership_feed_editor_data() {
	$feeds = array();
	foreach ( partnership_feed_settings()['feeds'] as $url ) {
		$feeds[ $url ] = partnership_feed_relay_url( $url );
	}
	$data = array(
		'relayed'      => (object) $feeds,
		'canManage'    => current_user_can( 'manage_options' ),
		'settingsUrl'  => admin_url( 'options-general.php?page=partnership-feed' ),
		// The block's Language control: every language the widget speaks, named in itself.
		'languages'    => (object) partnership_feed_languages(),
		'siteLanguage' => partnership_feed_site_language(),
		'attributes'   => (object) partnership_feed_block_attributes(),
	);
	wp_add_inline_script( generate_block_asset_handle( 'partnership-feed/resource-feed', 'editorScript' ), 'window.partnershipFeedEditor = ' . wp_json_encode( $data ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'partnership_feed_editor_data' );
