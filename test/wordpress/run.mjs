/**
 * `npm test`'s WordPress step: throwaway WordPress sites (scripts/ensure-wordpress.mjs), 6.1 then
 * 6.8, each with the built plugin active, and the tests in this folder against each, one file at a
 * time (they share the site). With CI=true they are required; elsewhere, when WordPress cannot be
 * installed here, it says why it skipped them and the run goes on.
 *
 *   node test/wordpress/run.mjs               every file, against 6.1 then 6.8
 *   node test/wordpress/run.mjs editor        only the files whose names contain "editor"
 *   PF_WP_VERSIONS=6.8 node test/wordpress/run.mjs   only against 6.8
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSIONS, installMissing, runPhp, startWordPress } from '../../scripts/ensure-wordpress.mjs';
import { freePort } from '../support/ports.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const required = process.env.CI === 'true';
const ZIP = 'dist/partnership-feed-wordpress.zip';

const versions = process.env.PF_WP_VERSIONS ? process.env.PF_WP_VERSIONS.split(/[\s,]+/).filter(Boolean) : VERSIONS;
const unknown = versions.filter((version) => !VERSIONS.includes(version));
if (unknown.length) {
  console.error(`WordPress tests: no WordPress ${unknown.join(', ')} here (PF_WP_VERSIONS takes ${VERSIONS.join(', ')})`);
  process.exit(1);
}

const reason =
  process.getuid?.() === 0
    ? installMissing()
    : 'they need root (to install packages, write /etc/wordpress/config-partnership-feed-test*.php and run Apache as www-data); run npm test as root, or in CI';
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

// The run's own copy of the zip, read once: a build meanwhile (another npm test) cannot change what
// either version installs.
const zipBytes = readFileSync(ZIP);

const files = readdirSync(here)
  .filter((name) => name.endsWith('.test.mjs'))
  // `node test/wordpress/run.mjs server` runs only the files whose names contain "server".
  .filter((name) => process.argv.length < 3 || process.argv.slice(2).some((part) => name.includes(part)))
  .sort()
  .map((name) => path.join(here, name));

/** Starts WordPress `version`, runs the files against it, stops it; resolves to the exit code. */
async function runAgainst(version) {
  const started = Date.now();
  console.log(`\nWordPress tests on WordPress ${version}: starting the site`);
  const site = await startWordPress({ version });
  let code;
  try {
    const zip = `${site.state}/partnership-feed-wordpress.zip`;
    writeFileSync(zip, zipBytes);
    // The plugin as WordPress would unzip it; upload.test.mjs installs it again through the upload screen.
    runPhp(
      `require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
WP_Filesystem();
$unzipped = unzip_file( '${zip}', WP_PLUGIN_DIR );
if ( is_wp_error( $unzipped ) ) { fwrite( STDERR, $unzipped->get_error_message() ); exit( 1 ); }
$active = activate_plugin( 'partnership-feed/partnership-feed.php' );
if ( is_wp_error( $active ) ) { fwrite( STDERR, $active->get_error_message() ); exit( 1 ); }`,
      { version },
    );

    // The tests' feed origin (support.mjs's feedOrigin) listens on this port. No must-use plugin
    // changes WordPress's or the plugin's network rules for it: what the plugin refuses on any
    // site, it refuses here.
    const feedPort = await freePort();
    for (const file of ['partnerships.json', 'partnerships-header.svg'])
      copyFileSync(`test/fixtures/${file}`, `${site.state}/wp-content/uploads/${file}`);
    spawnSync('chown', ['-R', 'www-data:www-data', `${site.state}/wp-content`]);
    const actual = runPhp('echo get_bloginfo( "version" );', { version });
    console.log(
      `WordPress ${actual} (${version}) at ${site.url}, state in ${site.state}, set up in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
      stdio: 'inherit',
      env: {
        ...process.env,
        PF_WP_URL: site.url,
        PF_WP_STATE: site.state,
        PF_WP_VERSION: version,
        PF_WP_ZIP: zip,
        PF_FEED_PORT: String(feedPort),
      },
    });
    code = result.status ?? 1;
    // PHP's warnings and notices go to the site's logs, not to the pages: none may come from the plugin.
    const logged = ['debug.log', 'php-error.log', 'apache-error.log']
      .map((name) => `${site.state}/${name}`)
      .filter((file) => existsSync(file))
      .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
      .filter((line) => /plugins\/partnership-feed\//.test(line));
    if (logged.length) {
      console.error(`WordPress tests on ${version}: PHP reported, from the plugin:\n${logged.join('\n')}`);
      code = 1;
    }
  } finally {
    await site.stop();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`WordPress tests on WordPress ${version}: ${code === 0 ? 'passed' : 'failed'} in ${seconds} s`);
  return { version, code, seconds };
}

// One after the other: the machine that runs them may have two cores, and each site has its own
// MariaDB, Apache and Chromium.
const results = [];
for (const version of versions) results.push(await runAgainst(version));
console.log(
  `WordPress tests: ${results.map(({ version, code, seconds }) => `${version} ${code === 0 ? 'passed' : 'failed'} (${seconds} s)`).join(', ')}`,
);
process.exit(results.every(({ code }) => code === 0) ? 0 : 1);
