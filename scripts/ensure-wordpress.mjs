/**
 * A throwaway WordPress for the plugin's tests, from Debian's packages: installs what is missing
 * (as root, with apt-get), then starts MariaDB and Apache on 127.0.0.1 only, from a state folder of
 * its own (data, wp-content, logs), and installs a fresh site with an Administrator and an Author.
 * Nothing it starts listens beyond loopback, and the site's config blocks WordPress's own outgoing
 * requests (updates, oEmbed) to anything but itself.
 *
 *   node scripts/ensure-wordpress.mjs            starts the site and keeps it up until Ctrl+C
 *   node scripts/ensure-wordpress.mjs --install  only installs the missing packages (.ci/run)
 *
 * test/wordpress/run.mjs uses startWordPress() for `npm test`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitForPort } from '../test/support/ports.mjs';

export const PACKAGES = [
  'wordpress',
  'mariadb-server',
  'apache2',
  'libapache2-mod-php',
  'php-cli',
  'php-mysql',
  'php-xml',
  'php-curl',
  'php-zip',
  'wordpress-theme-twentytwentyone',
];
const WORDPRESS = '/usr/share/wordpress';
const THEME = 'twentytwentyone';
/** Debian's wp-config.php reads /etc/wordpress/config-<name>.php, <name> from this variable. */
const CONFIG_NAME = 'partnership-feed-test';
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;
export const USERS = {
  admin: { login: 'admin', password: 'admin-password-for-tests', role: 'administrator' },
  author: { login: 'author', password: 'author-password-for-tests', role: 'author' },
};

function phpModule() {
  const dir = '/usr/lib/apache2/modules';
  const file = existsSync(dir) ? readdirSync(dir).find((name) => /^libphp[\d.]*\.so$/.test(name)) : undefined;
  return file && `${dir}/${file}`;
}

function phpHas(extension) {
  try {
    return execFileSync('php', ['-m'], { encoding: 'utf8' }).split('\n').includes(extension);
  } catch {
    return false;
  }
}

/** The packages whose files are not there yet (by file, so it is quick and needs no dpkg). */
export function missingPackages() {
  const checks = {
    wordpress: () => existsSync(`${WORDPRESS}/wp-load.php`),
    'mariadb-server': () => existsSync('/usr/sbin/mariadbd') && existsSync('/usr/bin/mariadb-install-db'),
    apache2: () => existsSync('/usr/sbin/apache2'),
    'libapache2-mod-php': () => Boolean(phpModule()),
    'php-cli': () => existsSync('/usr/bin/php'),
    'php-mysql': () => phpHas('mysqli'),
    'php-xml': () => phpHas('SimpleXML'),
    'php-curl': () => phpHas('curl'),
    'php-zip': () => phpHas('zip'),
    'wordpress-theme-twentytwentyone': () => existsSync(`${WORDPRESS}/wp-content/themes/${THEME}/style.css`),
  };
  return PACKAGES.filter((name) => !checks[name]());
}

/**
 * Installs the missing packages when it can. Resolves to undefined when all is there, else to the
 * reason it could not (not root, apt-get failed), for the caller to report.
 */
export function installMissing() {
  const missing = missingPackages();
  if (!missing.length) return undefined;
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) return `missing ${missing.join(', ')}; install them with: sudo ${command}`;
  console.log(`Installing for the WordPress tests: ${command}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // The packages' own services are not wanted (this script starts its own, on loopback only):
  // policy-rc.d tells the packages' scripts not to start them.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  } catch (error) {
    return `apt-get failed: ${error.message}`;
  } finally {
    if (ownPolicy) unlinkSync(policy);
  }
  const still = missingPackages();
  return still.length ? `still missing after apt-get: ${still.join(', ')}` : undefined;
}

function apacheConfig({ state, port }) {
  const content = `${state}/wp-content`;
  return `ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${state}/apache.pid
Mutex file:${state}
ErrorLog ${state}/apache-error.log
LogLevel warn
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule rewrite_module /usr/lib/apache2/modules/mod_rewrite.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule php_module ${phpModule()}
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 8
User www-data
Group www-data
TypesConfig /etc/mime.types
AddDefaultCharset utf-8
DirectoryIndex index.php
DocumentRoot ${WORDPRESS}
SetEnv WORDPRESS_CONFIG ${CONFIG_NAME}
php_admin_value upload_max_filesize 32M
php_admin_value post_max_size 32M
php_admin_value error_log ${state}/php-error.log
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
Alias /wp-content ${content}
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${WORDPRESS}>
  Options FollowSymLinks
  Require all granted
  RewriteEngine On
  RewriteBase /
  RewriteRule ^index\\.php$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>
<Directory ${content}>
  Options FollowSymLinks
  Require all granted
</Directory>
`;
}

function siteConfig({ state, url, dbPort }) {
  const salt = (name) => `define( '${name}', '${randomBytes(32).toString('hex')}' );`;
  return `<?php
// The throwaway site of partnership-feed's tests (written by scripts/ensure-wordpress.mjs).
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', '127.0.0.1:${dbPort}' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', '${state}/wp-content' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
define( 'WP_DEFAULT_THEME', '${THEME}' );
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
// Outgoing requests may only go to this site itself (WordPress allows its own host and localhost).
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${state}/debug.log' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(salt).join('\n')}
`;
}

/** A PHP program that loads the site, then runs `code`. */
function phpProgram(code, installing) {
  return `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['WORDPRESS_CONFIG'] = '${CONFIG_NAME}';
${installing ? "define( 'WP_INSTALLING', true );" : ''}
require '${WORDPRESS}/wp-load.php';
${code}`;
}

/** Runs PHP with the site loaded (the code runs after wp-load.php); returns its stdout. */
export function runPhp(code, { installing = false } = {}) {
  return execFileSync('php', ['-d', 'display_errors=stderr'], { input: phpProgram(code, installing), encoding: 'utf8' });
}

/**
 * The same, without blocking this process: for code that requests a server this process runs.
 * Resolves to stdout; rejects with stderr when PHP fails.
 */
export function runPhpAsync(code) {
  return new Promise((resolve, reject) => {
    const php = spawn('php', ['-d', 'display_errors=stderr']);
    const out = [];
    const err = [];
    php.stdout.on('data', (chunk) => out.push(chunk));
    php.stderr.on('data', (chunk) => err.push(chunk));
    php.on('error', reject);
    php.on('close', (status) =>
      status === 0 ? resolve(Buffer.concat(out).toString()) : reject(new Error(`PHP failed (${status}): ${Buffer.concat(err)}`)),
    );
    php.stdin.end(phpProgram(code, false));
  });
}

function installSite({ url }) {
  const users = Object.values(USERS)
    .filter((user) => user.role !== 'administrator')
    .map(
      (user) =>
        `wp_insert_user( array( 'user_login' => '${user.login}', 'user_pass' => '${user.password}', 'user_email' => '${user.login}@example.org', 'role' => '${user.role}' ) );`,
    )
    .join('\n');
  runPhp(
    `// A throwaway site has no mail to send (and the machine may have no sendmail).
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install( 'Library resources', '${USERS.admin.login}', 'admin@example.org', false, '', '${USERS.admin.password}', 'en_US' );
if ( is_wp_error( $result ) ) { fwrite( STDERR, $result->get_error_message() ); exit( 1 ); }
update_option( 'permalink_structure', '/%postname%/' );
update_option( 'home', '${url}' );
update_option( 'siteurl', '${url}' );
switch_theme( '${THEME}' );
// Avatars would come from gravatar.com: the tests' pages make no request beyond loopback.
update_option( 'show_avatars', '0' );
${users}
// The editor's welcome guide, dismissed (it shows a picture from s.w.org).
foreach ( get_users() as $user ) {
	update_user_meta( $user->ID, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
}
echo 'installed';`,
    { installing: true },
  );
}

/**
 * Starts a fresh site. Resolves to { url, state, stop }. `state` is wiped first: every run starts
 * from an empty database and an empty wp-content.
 */
export async function startWordPress({ state = process.env.PF_WP_STATE ?? '/tmp/partnership-feed-wordpress' } = {}) {
  rmSync(state, { recursive: true, force: true });
  for (const dir of [
    'mysql',
    'wp-content/plugins',
    'wp-content/mu-plugins',
    'wp-content/themes',
    'wp-content/uploads',
    'wp-content/upgrade',
  ])
    mkdirSync(path.join(state, dir), { recursive: true });
  for (const theme of readdirSync(`${WORDPRESS}/wp-content/themes`))
    symlinkSync(`${WORDPRESS}/wp-content/themes/${theme}`, path.join(state, 'wp-content/themes', theme));

  const children = [];
  // Should this process end before stop() (an exception, Ctrl+C), the servers end with it.
  const killAll = () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM'));
  const interrupted = () => process.exit(130);
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, interrupted);
  const stop = async () => {
    process.off('exit', killAll);
    for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, interrupted);
    for (const child of children.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  };
  try {
    const dbPort = await freePort();
    const db = `${state}/mysql`;
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${db}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const mariadb = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${db}`,
        '--user=root',
        `--port=${dbPort}`,
        '--bind-address=127.0.0.1',
        `--socket=${state}/mysql.sock`,
        `--pid-file=${state}/mysql.pid`,
        `--log-error=${state}/mysql-error.log`,
        '--skip-name-resolve',
        '--innodb-buffer-pool-size=32M',
        '--performance-schema=OFF',
      ],
      { stdio: 'ignore' },
    );
    children.push(mariadb);
    await waitForPort(dbPort, mariadb, 'MariaDB', 300);
    execFileSync('mariadb', ['-h127.0.0.1', `-P${dbPort}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(CONFIG_FILE, siteConfig({ state, url, dbPort }));
    installSite({ url });
    // Apache runs as www-data and must write plugins and uploads (the upload screen unzips there).
    execFileSync('chown', ['-R', 'www-data:www-data', `${state}/wp-content`]);

    writeFileSync(`${state}/apache.conf`, apacheConfig({ state, port }));
    // In a process group of its own: on SIGTERM, Apache's prefork parent signals its whole group.
    const apache = spawn('/usr/sbin/apache2', ['-f', `${state}/apache.conf`, '-DFOREGROUND'], { stdio: 'inherit', detached: true });
    children.push(apache);
    await waitForPort(port, apache, 'Apache', 300);
    return { url, state, stop, dbPort };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const reason = installMissing();
  if (reason) {
    console.error(`WordPress is not available: ${reason}`);
    process.exit(1);
  }
  if (process.argv.includes('--install')) process.exit(0);
  const site = await startWordPress();
  console.log(`WordPress runs at ${site.url} (admin: ${USERS.admin.login} / ${USERS.admin.password}). Ctrl+C stops it.`);
}
