/**
 * `npm test`'s WordPress step: a throwaway WordPress (scripts/ensure-wordpress.mjs) with the built
 * plugin active, then the tests in this folder against it, one file at a time (they share the site).
 * With CI=true they are required; elsewhere, when WordPress cannot be installed here, it says why
 * it skipped them and the run goes on.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installMissing, runPhp, startWordPress } from '../../scripts/ensure-wordpress.mjs';
import { freePort } from '../support/ports.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const required = process.env.CI === 'true';
const ZIP = 'dist/partnership-feed-wordpress.zip';

const reason =
  process.getuid?.() === 0
    ? installMissing()
    : 'they need root (to install packages, write /etc/wordpress/config-partnership-feed-test.php and run Apache as www-data); run npm test as root, or in CI';
if (reason) {
  if (required) {
    console.error(`WordPress tests: CI requires them, but ${reason}`);
    process.exit(1);
  }
  console.warn(`WordPress tests skipped: ${reason}`);
  process.exit(0);
}
if (!existsSync(ZIP)) {
  console.error(`WordPress tests: ${ZIP} is missing; run npm run build first.`);
  process.exit(1);
}

const started = Date.now();
const site = await startWordPress();
let code;
try {
  // The plugin as WordPress would unzip it; plugin.test.mjs installs it again through the upload screen.
  runPhp(`require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
WP_Filesystem();
$unzipped = unzip_file( '${path.resolve(ZIP)}', WP_PLUGIN_DIR );
if ( is_wp_error( $unzipped ) ) { fwrite( STDERR, $unzipped->get_error_message() ); exit( 1 ); }
$active = activate_plugin( 'partnership-feed/partnership-feed.php' );
if ( is_wp_error( $active ) ) { fwrite( STDERR, $active->get_error_message() ); exit( 1 ); }`);

  // The tests' feed origin: the same loopback host as the site on another port. WordPress's
  // wp_safe_remote_get allows this site's own host but only ports 80, 443 and 8080; this
  // test-only must-use plugin (never part of the shipped plugin) adds the origin's port, for
  // 127.0.0.1 alone. 127.0.0.2 stays an internal host WordPress refuses, as on any site.
  const feedPort = await freePort();
  writeFileSync(
    `${site.state}/wp-content/mu-plugins/partnership-feed-test-origin.php`,
    `<?php
add_filter( 'http_allowed_safe_ports', function ( $ports, $host ) {
	if ( '127.0.0.1' === $host ) {
		$ports[] = ${feedPort};
	}
	return $ports;
}, 10, 2 );
`,
  );
  for (const file of ['partnerships.json', 'partnerships-header.svg'])
    copyFileSync(`test/fixtures/${file}`, `${site.state}/wp-content/uploads/${file}`);
  spawnSync('chown', ['-R', 'www-data:www-data', `${site.state}/wp-content`]);
  console.log(
    `WordPress ${runPhp('echo get_bloginfo( "version" );')} at ${site.url}, set up in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const files = readdirSync(here)
    .filter((name) => name.endsWith('.test.mjs'))
    // `node test/wordpress/run.mjs server` runs only the files whose names contain "server".
    .filter((name) => process.argv.length < 3 || process.argv.slice(2).some((part) => name.includes(part)))
    .sort()
    .map((name) => path.join(here, name));
  const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
    stdio: 'inherit',
    env: { ...process.env, PF_WP_URL: site.url, PF_WP_STATE: site.state, PF_FEED_PORT: String(feedPort) },
  });
  code = result.status ?? 1;
  // PHP's warnings and notices go to the site's logs, not to the pages: none may come from the plugin.
  const logged = ['debug.log', 'php-error.log', 'apache-error.log']
    .map((name) => `${site.state}/${name}`)
    .filter((file) => existsSync(file))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
    .filter((line) => /plugins\/partnership-feed\//.test(line));
  if (logged.length) {
    console.error(`WordPress tests: PHP reported, from the plugin:\n${logged.join('\n')}`);
    code = 1;
  }
} finally {
  await site.stop();
}
console.log(`WordPress tests: ${code === 0 ? 'passed' : 'failed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(code);
