/**
 * The built zip installs the way the README says: an administrator removes the plugin, then
 * Plugins → Add New → Upload Plugin, Install Now, Activate. It leaves the plugin active.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { SITE, USERS, newPage, runPhp } from './support.mjs';

const PLUGIN = 'partnership-feed/partnership-feed.php';
// run.mjs's copy of the built zip (the same bytes all along the run), else the build's own.
const ZIP = process.env.PF_WP_ZIP ?? 'dist/partnership-feed-wordpress.zip';
let browser;
const offLoopback = [];
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  assert.deepEqual(offLoopback, [], 'every request goes to 127.0.0.0/8');
});

test('dist/partnership-feed-wordpress.zip installs and activates through the upload screen', async () => {
  // Deleting runs uninstall.php, which removes the settings and the cached copies.
  runPhp(`require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
update_option( 'partnership_feed_settings', array( 'feeds' => array( 'https://example.org/feed' ), 'ttl' => 600 ) );
set_transient( 'partnership_feed_0123456789abcdef', array( 'body' => '{}' ), 600 );
update_option( 'partnership_feed_0123456789abcdef_stale', array( 'body' => '{}' ), false );
deactivate_plugins( '${PLUGIN}' );
$deleted = delete_plugins( array( '${PLUGIN}' ) );
if ( true !== $deleted ) { fwrite( STDERR, 'could not delete the plugin' ); exit( 1 ); }`);
  assert.equal((await fetch(`${SITE}/wp-content/plugins/partnership-feed/assets/partnership-feed.iife.js`)).status, 404);
  assert.equal(
    runPhp(`global $wpdb; echo $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE '%partnership\\_feed%'" );`),
    '0',
    'uninstall.php left nothing behind',
  );

  const page = await newPage(browser, USERS.admin, offLoopback);
  await page.goto(`${SITE}/wp-admin/plugin-install.php?tab=upload`);
  const input = await page.waitForSelector('#pluginzip', { timeout: 60_000 });
  await input.uploadFile(path.resolve(ZIP));
  await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.click('#install-plugin-submit')]);
  assert.match(await page.$eval('.wrap', (wrap) => wrap.textContent), /Plugin installed successfully/);
  await Promise.all([page.waitForNavigation(), page.click('.wrap a.button-primary')]);
  assert.match(await page.$eval('#message', (message) => message.textContent), /Plugin activated/);
  assert.ok(await page.$('tr.active[data-plugin="partnership-feed/partnership-feed.php"]'), 'listed as active');
  await page.browserContext().close();

  // The bundles and their on-demand files come from the plugin's own folder.
  for (const file of ['partnership-feed.iife.js', 'partnership-feed-rss.js', 'partnership-feed-wordpress.js']) {
    const response = await fetch(`${SITE}/wp-content/plugins/partnership-feed/assets/${file}`);
    assert.equal(response.status, 200, file);
    assert.match(response.headers.get('content-type'), /javascript/, file);
  }
  assert.equal(
    runPhp(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; echo is_plugin_active( '${PLUGIN}' ) ? 'active' : 'inactive';`),
    'active',
  );
});
