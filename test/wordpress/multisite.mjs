/**
 * A second, throwaway WordPress for the tests that need a site of their own or a multisite network:
 * the WordPress code of the site test/wordpress/run.mjs started (its ABSPATH, whichever version
 * that is) on the same MariaDB (its DB_HOST), with a database and a wp-content of its own, run
 * through PHP's CLI only (no web server). Its config file is written to its own folder and loaded
 * directly, as Debian's wp-config.php would load it, so the document root's own wp-config.php
 * plays no part and can never point it at the test site's database.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runPhp } from './support.mjs';

/** The throwaway's host name: never requested (it sends no HTTP requests and no mail). */
export const DOMAIN = 'localhost';
const MULTISITE = `define( 'MULTISITE', true );
define( 'SUBDOMAIN_INSTALL', false );
define( 'DOMAIN_CURRENT_SITE', '${DOMAIN}' );
define( 'PATH_CURRENT_SITE', '/' );
define( 'SITE_ID_CURRENT_SITE', 1 );
define( 'BLOG_ID_CURRENT_SITE', 1 );`;

/** `text` as a single-quoted PHP string. */
export function phpString(text) {
  return `'${String(text).replace(/[\\']/g, '\\$&')}'`;
}

/**
 * Installs a single site (administrator "admin") in a new database `database`, with the plugin
 * folders `plugins` ({ name: source folder }) copied into its wp-content/plugins. Resolves to
 * { php(code), makeNetwork(), pluginLog(), remove() }: php runs `code` with the throwaway loaded
 * and returns its stdout (it throws with PHP's output when PHP fails); makeNetwork turns the site
 * into the main site of a subdirectory multisite network, as Network Setup would; pluginLog is the
 * lines of its debug.log that name a plugin folder; remove drops the database and the folder.
 */
export function installThrowaway({ database, plugins = {} }) {
  if (!/^\w+$/.test(database)) throw new Error(`not a database name: ${database}`);
  const site = JSON.parse(
    runPhp(`echo wp_json_encode( array( 'abspath' => ABSPATH, 'host' => DB_HOST, 'user' => DB_USER, 'password' => DB_PASSWORD ) );`),
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'partnership-feed-throwaway-'));
  const configFile = `${dir}/config.php`;
  const log = `${dir}/debug.log`;
  let multisite = false;

  const writeConfig = () =>
    writeFileSync(
      configFile,
      `<?php
// A throwaway WordPress of partnership-feed's tests (written by test/wordpress/multisite.mjs).
define( 'ABSPATH', ${phpString(site.abspath)} );
define( 'DB_NAME', ${phpString(database)} );
define( 'DB_USER', ${phpString(site.user)} );
define( 'DB_PASSWORD', ${phpString(site.password)} );
define( 'DB_HOST', ${phpString(site.host)} );
define( 'WP_CONTENT_DIR', ${phpString(`${dir}/wp-content`)} );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
// As the test site's own config: WordPress's requests (wp_install tries its permalinks on
// http://localhost/, where nothing answers) may go to this host only.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${phpString(log)} );
define( 'WP_ALLOW_MULTISITE', true );
${multisite ? MULTISITE : ''}
$table_prefix = 'wp_';
`,
    );

  const php = (code, { installing = false } = {}) => {
    const program = `<?php
$_SERVER['HTTP_HOST'] = '${DOMAIN}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
// No mail from the throwaway.
$GLOBALS['wp_filter'] = array(
	'pre_wp_mail' => array( 10 => array( array( 'function' => '__return_false', 'accepted_args' => 1 ) ) ),
);
${installing ? "define( 'WP_INSTALLING', true );" : ''}
require ${phpString(configFile)};
require ABSPATH . 'wp-settings.php';
${code}`;
    const result = spawnSync('php', ['-d', 'display_errors=stderr'], { input: program, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`PHP failed (${result.status ?? result.signal}): ${result.stderr}${result.stdout}`.trim());
    return result.stdout;
  };

  const remove = () => {
    runPhp(`$GLOBALS['wpdb']->query( 'DROP DATABASE IF EXISTS \`${database}\`' );`);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    mkdirSync(`${dir}/wp-content/plugins`, { recursive: true });
    for (const [name, source] of Object.entries(plugins)) cpSync(source, `${dir}/wp-content/plugins/${name}`, { recursive: true });
    runPhp(`global $wpdb;
$wpdb->query( 'DROP DATABASE IF EXISTS \`${database}\`' );
if ( ! $wpdb->query( 'CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4' ) ) { fwrite( STDERR, $wpdb->last_error ); exit( 1 ); }`);
    writeConfig();
    php(
      `// pluggable: a throwaway site has no mail to send.
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install( 'Throwaway', 'admin', 'admin@example.org', false, '', wp_generate_password( 24 ), 'en_US' );
if ( is_wp_error( $result ) ) { fwrite( STDERR, $result->get_error_message() ); exit( 1 ); }
update_option( 'home', 'http://${DOMAIN}' );
update_option( 'siteurl', 'http://${DOMAIN}' );`,
      { installing: true },
    );
  } catch (error) {
    remove();
    throw error;
  }

  return {
    php,
    remove,
    makeNetwork() {
      // What wp-admin/network.php does: the network's tables and rows, then the config's constants.
      php(`global $wpdb;
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed_table ) {
	$wpdb->$table = $prefixed_table;
}
install_network();
$result = populate_network( 1, '${DOMAIN}', 'admin@example.org', 'Throwaway network', '/', false );
if ( is_wp_error( $result ) ) { fwrite( STDERR, $result->get_error_message() ); exit( 1 ); }`);
      multisite = true;
      writeConfig();
      const check = php(`echo is_multisite() ? get_current_blog_id() : 'not multisite';`);
      if (check !== '1') throw new Error(`the network did not load: ${check}`);
    },
    pluginLog() {
      if (!existsSync(log)) return [];
      return readFileSync(log, 'utf8')
        .split('\n')
        .filter((line) => /wp-content\/plugins\//.test(line));
    },
  };
}
