/**
 * Throwaway WordPress sites for the plugin's tests, from Debian's packages, in two versions:
 *
 * - 6.1, the oldest the plugin supports: this machine's (Debian 12) `wordpress` package, installed
 *   with apt-get, in /usr/share/wordpress.
 * - 6.8: Debian 13's `wordpress` and `wordpress-theme-twentytwentyfive` (with the libraries its
 *   files link to), fetched with `apt-get download` through a source list of its own (Debian 13 on
 *   the mirror the system's own sources name; the system's lists and cache are not touched) and
 *   unpacked with `dpkg -x` into a second document root, /opt/partnership-feed-wp68. Nothing of it
 *   is installed in dpkg's sense: the same Apache and PHP serve it.
 *
 * Each version has its own config file (/etc/wordpress/config-<name>.php, which Debian's
 * wp-config.php loads by the WORDPRESS_CONFIG variable), database name and state folder. A site
 * starts MariaDB and Apache on 127.0.0.1 only, from its state folder (data, wp-content, logs, the
 * access log), and installs a fresh site with an Administrator and an Author. Nothing it starts
 * listens beyond loopback, and the site's config blocks WordPress's own outgoing requests
 * (updates, oEmbed) to anything but itself.
 *
 *   node scripts/ensure-wordpress.mjs [6.1|6.8]  starts that site (6.1 unless told), up until Ctrl+C
 *   node scripts/ensure-wordpress.mjs --install  only installs what is missing, for both (.ci/run)
 *
 * test/wordpress/run.mjs uses startWordPress() for `npm test`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
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
/** Where Debian 13's packages are unpacked (`dpkg -x`): the 6.8 site's document root is inside. */
const PREFIX_68 = '/opt/partnership-feed-wp68';
/** Debian 13's packages for the 6.8 site: WordPress, its theme, and what its files link to. */
const PACKAGES_68 = ['wordpress', 'wordpress-theme-twentytwentyfive', 'libjs-lodash', 'libjs-underscore', 'libjs-cropper', 'php-getid3'];
/**
 * The two sites. Debian's wp-config.php reads /etc/wordpress/config-<config>.php, <config> from
 * the WORDPRESS_CONFIG variable; each version has its own, with its own database name.
 */
export const SITES = Object.fromEntries(
  [
    { version: '6.1', root: '/usr/share/wordpress', theme: 'twentytwentyone', config: 'partnership-feed-test', database: 'wordpress' },
    {
      version: '6.8',
      root: `${PREFIX_68}/usr/share/wordpress`,
      theme: 'twentytwentyfive',
      config: 'partnership-feed-test-68',
      database: 'wordpress68',
    },
  ].map((entry) => [entry.version, entry]),
);
export const VERSIONS = Object.keys(SITES);
const WORDPRESS = SITES['6.1'].root;

/** The version a test process runs against (PF_WP_VERSION, which test/wordpress/run.mjs sets). */
function currentVersion() {
  return process.env.PF_WP_VERSION ?? '6.1';
}

function site(version) {
  const found = SITES[version];
  if (!found) throw new Error(`No WordPress ${version} here: ${VERSIONS.join(' or ')}`);
  return found;
}

/** A version's state folder: PF_WP_STATE (or /tmp/partnership-feed-wordpress) for 6.1, "-6.8" after it for 6.8. */
export function defaultState(version) {
  const base = process.env.PF_WP_STATE ?? '/tmp/partnership-feed-wordpress';
  return version === '6.1' ? base : `${base}-${version}`;
}
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
    'wordpress-theme-twentytwentyone': () => existsSync(`${WORDPRESS}/wp-content/themes/${SITES['6.1'].theme}/style.css`),
  };
  return PACKAGES.filter((name) => !checks[name]());
}

/** Whether the 6.8 document root is complete (by file: the links of its files resolve too). */
export function has68() {
  return [
    `${SITES['6.8'].root}/wp-load.php`,
    `${SITES['6.8'].root}/wp-content/themes/twentytwentyfive/style.css`,
    `${SITES['6.8'].root}/wp-includes/js/dist/vendor/lodash.min.js`,
    `${SITES['6.8'].root}/wp-includes/js/underscore.min.js`,
    `${SITES['6.8'].root}/wp-includes/ID3/getid3.php`,
  ].every((file) => existsSync(file));
}

/**
 * The system's own Debian mirror and keyring, from its source lists (deb822 .sources files or
 * one-line .list files): the entry of the system's release itself (not -security or -updates).
 */
function systemMirror() {
  const release = /^VERSION_CODENAME=(\S+)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
  const files = ['/etc/apt/sources.list']
    .concat(
      existsSync('/etc/apt/sources.list.d')
        ? readdirSync('/etc/apt/sources.list.d')
            .filter((name) => /\.(list|sources)$/.test(name))
            .sort()
            .map((name) => `/etc/apt/sources.list.d/${name}`)
        : [],
    )
    .filter((file) => existsSync(file));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.sources')) {
      for (const stanza of text.split(/\n\s*\n/)) {
        const field = (name) => new RegExp(`^${name}:[ \\t]*(.+)$`, 'mi').exec(stanza)?.[1].trim();
        if (!/\bdeb\b/.test(field('Types') ?? '') || /^no$/i.test(field('Enabled') ?? '')) continue;
        if (!(field('Suites') ?? '').split(/\s+/).includes(release)) continue;
        const uri = field('URIs')?.split(/\s+/)[0];
        if (uri) return { uri, signedBy: field('Signed-By') };
      }
    } else {
      for (const line of text.split('\n')) {
        const match = /^deb\s+(?:\[([^\]]*)\]\s+)?(\S+)\s+(\S+)/.exec(line.trim());
        if (match && match[3] === release) return { uri: match[2], signedBy: /signed-by=(\S+)/.exec(match[1] ?? '')?.[1] };
      }
    }
  }
  throw new Error(`no source for Debian ${release} in the system's apt sources`);
}

/**
 * Fetches Debian 13's WordPress and theme (apt-get download, through a source list, lists and
 * cache of its own in /opt/partnership-feed-wp68-apt: the system's are untouched) and unpacks them
 * with dpkg -x into a new folder that replaces PREFIX_68 only once it is complete.
 */
function install68() {
  const apt = `${PREFIX_68}-apt`;
  const sources = `${apt}/trixie.sources`;
  const { uri, signedBy } = systemMirror();
  for (const dir of [`${apt}/lists/partial`, `${apt}/cache/archives/partial`, `${apt}/debs`]) mkdirSync(dir, { recursive: true });
  writeFileSync(
    sources,
    `# Debian 13, for partnership-feed's WordPress 6.8 tests (written by scripts/ensure-wordpress.mjs)
Types: deb
URIs: ${uri}
Suites: trixie
Components: main
${signedBy ? `Signed-By: ${signedBy}\n` : ''}`,
  );
  const options = [
    '-o',
    `Dir::Etc::sourcelist=${sources}`,
    '-o',
    'Dir::Etc::sourceparts=-',
    '-o',
    `Dir::State::Lists=${apt}/lists`,
    '-o',
    `Dir::Cache=${apt}/cache`,
    // The files are root's: apt's _apt user could not write them.
    '-o',
    'APT::Sandbox::User=root',
  ];
  console.log(`Fetching WordPress 6.8 for the tests: apt-get download ${PACKAGES_68.join(' ')} (Debian 13, from ${uri})`);
  execFileSync('apt-get', [...options, 'update', '-qq'], { stdio: 'inherit' });
  const debs = `${apt}/debs`;
  for (const file of readdirSync(debs)) unlinkSync(`${debs}/${file}`);
  execFileSync('apt-get', [...options, '-qq', 'download', ...PACKAGES_68], { stdio: 'inherit', cwd: debs });
  const unpacking = `${PREFIX_68}.unpacking`;
  rmSync(unpacking, { recursive: true, force: true });
  for (const file of readdirSync(debs)) execFileSync('dpkg', ['-x', `${debs}/${file}`, unpacking]);
  rmSync(PREFIX_68, { recursive: true, force: true });
  renameSync(unpacking, PREFIX_68);
}

/**
 * Installs what is missing when it can: this system's packages (apt-get install) and the 6.8
 * document root. Resolves to undefined when all is there, else to the reason it could not (not
 * root, apt-get failed), for the caller to report.
 */
export function installMissing() {
  const missing = missingPackages();
  const reason = installSystemPackages(missing);
  if (reason) return reason;
  if (has68()) return undefined;
  if (process.getuid?.() !== 0)
    return `WordPress 6.8 is missing from ${PREFIX_68}; run node scripts/ensure-wordpress.mjs --install as root`;
  try {
    install68();
  } catch (error) {
    return `fetching WordPress 6.8 failed: ${error.message}`;
  }
  return has68() ? undefined : `WordPress 6.8 is still incomplete in ${PREFIX_68} after dpkg -x`;
}

function installSystemPackages(missing) {
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

function apacheConfig({ version, state, port }) {
  const { root, config } = site(version);
  const content = `${state}/wp-content`;
  return `ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${state}/apache.pid
Mutex file:${state}
ErrorLog ${state}/apache-error.log
LogLevel warn
LoadModule setenvif_module /usr/lib/apache2/modules/mod_setenvif.so
# Every request, with its client and User-Agent: WordPress's own requests say "WordPress" there.
# Not Apache's own "internal dummy connection" (OPTIONS *, to wake its idle children): nobody's request.
SetEnvIf User-Agent "\\(internal dummy connection\\)$" partnership_feed_not_logged
CustomLog ${state}/access.log "%a \\"%r\\" %>s \\"%{User-Agent}i\\"" env=!partnership_feed_not_logged
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
DocumentRoot ${root}
SetEnv WORDPRESS_CONFIG ${config}
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
<Directory ${root}>
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

function siteConfig({ version, state, url, dbPort }) {
  const salt = (name) => `define( '${name}', '${randomBytes(32).toString('hex')}' );`;
  return `<?php
// The throwaway WordPress ${version} site of partnership-feed's tests (written by scripts/ensure-wordpress.mjs).
// wp-load.php sets ABSPATH to its own folder first; Debian's wp-config.php would fall back to 6.1's.
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', '${site(version).root}/' );
}
define( 'DB_NAME', '${site(version).database}' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', '127.0.0.1:${dbPort}' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', '${state}/wp-content' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
define( 'WP_DEFAULT_THEME', '${site(version).theme}' );
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

/** A PHP program that loads the site of `version`, then runs `code`. */
function phpProgram(code, installing, version) {
  const { root, config } = site(version);
  return `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['WORDPRESS_CONFIG'] = '${config}';
${installing ? "define( 'WP_INSTALLING', true );" : ''}
require '${root}/wp-load.php';
${code}`;
}

/**
 * Runs PHP with the site loaded (the code runs after wp-load.php); returns its stdout. The site is
 * that of PF_WP_VERSION (6.1 unless set) unless `version` says.
 */
export function runPhp(code, { installing = false, version = currentVersion() } = {}) {
  return execFileSync('php', ['-d', 'display_errors=stderr'], {
    input: phpProgram(code, installing, version),
    encoding: 'utf8',
  });
}

/**
 * The same, without blocking this process: for code that requests a server this process runs.
 * Resolves to stdout; rejects with stderr when PHP fails.
 */
export function runPhpAsync(code, { version = currentVersion() } = {}) {
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
    php.stdin.end(phpProgram(code, false, version));
  });
}

function installSite({ version, url }) {
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
switch_theme( '${site(version).theme}' );
// Avatars would come from gravatar.com: the tests' pages make no request beyond loopback.
update_option( 'show_avatars', '0' );
${users}
// The editor's welcome guide, dismissed (it shows a picture from s.w.org).
foreach ( get_users() as $user ) {
	update_user_meta( $user->ID, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
}
echo 'installed';`,
    { installing: true, version },
  );
}

/**
 * Starts a fresh site of WordPress `version` ('6.1' or '6.8'). Resolves to { version, url, state,
 * stop, dbPort }. `state` is wiped first: every run starts from an empty database and an empty
 * wp-content.
 */
export async function startWordPress(options = {}) {
  // startWordPress('6.8') or startWordPress({ version: '6.8', state }).
  const { version = '6.1', state = defaultState(version) } = typeof options === 'string' ? { version: options } : options;
  const { root, config, database } = site(version);
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
  for (const theme of readdirSync(`${root}/wp-content/themes`))
    symlinkSync(`${root}/wp-content/themes/${theme}`, path.join(state, 'wp-content/themes', theme));

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
    execFileSync('mariadb', ['-h127.0.0.1', `-P${dbPort}`, '-uroot', '-e', `CREATE DATABASE ${database} CHARACTER SET utf8mb4`]);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    mkdirSync('/etc/wordpress', { recursive: true });
    writeFileSync(`/etc/wordpress/config-${config}.php`, siteConfig({ version, state, url, dbPort }));
    installSite({ version, url });
    // Apache runs as www-data and must write plugins and uploads (the upload screen unzips there).
    execFileSync('chown', ['-R', 'www-data:www-data', `${state}/wp-content`]);

    writeFileSync(`${state}/apache.conf`, apacheConfig({ version, state, port }));
    // In a process group of its own: on SIGTERM, Apache's prefork parent signals its whole group.
    const apache = spawn('/usr/sbin/apache2', ['-f', `${state}/apache.conf`, '-DFOREGROUND'], { stdio: 'inherit', detached: true });
    children.push(apache);
    await waitForPort(port, apache, 'Apache', 300);
    return { version, url, state, stop, dbPort };
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
  const version = process.argv.slice(2).find((argument) => VERSIONS.includes(argument)) ?? '6.1';
  const started = await startWordPress({ version });
  console.log(
    `WordPress ${version} runs at ${started.url} (admin: ${USERS.admin.login} / ${USERS.admin.password}), state in ${started.state}. Ctrl+C stops it.`,
  );
}
