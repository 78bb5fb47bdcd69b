/**
 * What the WordPress tests share: the site test/wordpress/run.mjs started (its address, version and
 * Apache access log), a second origin that serves feeds without CORS headers, and a person's steps
 * (logging in) in Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { runPhp, runPhpAsync, USERS } from '../../scripts/ensure-wordpress.mjs';

export { runPhp, runPhpAsync, USERS };
export const SITE = process.env.PF_WP_URL;
if (!SITE) throw new Error('Run these tests with node test/wordpress/run.mjs: it starts the site.');
/** The site's WordPress version: '6.1' or '6.8'. */
export const VERSION = process.env.PF_WP_VERSION ?? '6.1';
const STATE = process.env.PF_WP_STATE;
const FEED_PORT = Number(process.env.PF_FEED_PORT);

export const FIXTURES = {
  json: readFileSync('test/fixtures/partnerships.json'),
  rss: readFileSync('test/fixtures/partnerships.rss.xml'),
};

/**
 * The lines of the site's Apache access log so far, each `client "request line" status "User-Agent"`
 * (WordPress's own HTTP requests have a User-Agent with "WordPress" in it).
 */
export function accessLog() {
  const file = `${STATE}/access.log`;
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

/**
 * The access log once `done(lines)` holds: Apache writes a request's line after it has sent the
 * response, so a client can read the log before its own last request is in it. Gives up after 5 s
 * and returns what there is (the test's assertion then says what is missing).
 */
export async function accessLogUntil(done) {
  const deadline = Date.now() + 5000;
  let lines = accessLog();
  while (!done(lines) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    lines = accessLog();
  }
  return lines;
}

/** Sets the plugin's settings, as the settings page would save them. */
export function setSettings(settings) {
  runPhp(`update_option( 'partnership_feed_settings', json_decode( '${JSON.stringify(settings)}', true ) );`);
}

/**
 * The feed origin, on 127.0.0.1 and on 127.0.0.2 at the same port, sending no CORS headers.
 * `routes` maps a path to (request, response) => void; `requests` logs "host path" of each request.
 */
export async function feedOrigin(routes) {
  const requests = [];
  const handler = (request, response) => {
    requests.push(`${request.socket.localAddress} ${request.url}`);
    const route = routes[new URL(request.url, 'http://127.0.0.1').pathname];
    if (route) return route(request, response);
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  };
  const servers = await Promise.all(
    ['127.0.0.1', '127.0.0.2'].map(
      (host) =>
        new Promise((resolve, reject) => {
          const server = createServer(handler);
          server.on('error', reject);
          server.listen(FEED_PORT, host, () => resolve(server));
        }),
    ),
  );
  return {
    url: (path, host = '127.0.0.1') => `http://${host}:${FEED_PORT}${path}`,
    requests,
    close: () => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))),
  };
}

/** A route answering with `body` as `type`. */
export function serve(body, type) {
  return (request, response) => {
    response.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    response.end(body);
  };
}

/**
 * A page in a browser context of its own (its own cookies), logged in as `user` if given, that
 * refuses every request beyond loopback and records it in `offLoopback` for the test to fail on.
 */
export async function newPage(browser, user, offLoopback) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (protocol === 'data:' || protocol === 'blob:' || hostname.startsWith('127.')) return request.continue();
    offLoopback.push(request.url());
    return request.abort();
  });
  if (user) await logIn(page, user);
  return page;
}

/** Logs `user` in, in this browser context's page, through the login form. */
async function logIn(page, user) {
  await page.goto(`${SITE}/wp-login.php`);
  await page.locator('#user_login').fill(user.login);
  await page.locator('#user_pass').fill(user.password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
}

/** Console errors and uncaught exceptions of a page, as they happen. */
export function collectErrors(page) {
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const require = createRequire(import.meta.url);
/** axe-core's violations inside the page's <partnership-feed> elements. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await window.axe.run({ include: [['partnership-feed']] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}
