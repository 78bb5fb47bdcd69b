// A small static server for the benchmark and Lighthouse runs: the project root on 127.0.0.1 only,
// on a free port, no caching, no compression (every page kind gets the same bytes the same way).
//
// Routes beyond plain files:
// - /bench/pages/<kind>.html?size=N — the page with %FEED% replaced by the URL of the N-item feed;
// - /demo/ and /demo/index.html — demo/index.html as a production page: the Vite dev entry
//   (/src/define.ts) swapped for the built bundle (/dist/partnership-feed.js).
//
//   node bench/server.mjs [--gzip]   serves until Ctrl-C and prints the URL (for looking at the pages)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Only these trees are served: nothing else of the machine is reachable, even on loopback. */
const ALLOWED = ['/dist/', '/bench/', '/demo/'];

const DEV_ENTRY = '<script type="module" src="/src/define.ts"></script>';
const PROD_ENTRY = '<script type="module" src="/dist/partnership-feed.js"></script>';

export async function productionDemoHtml() {
  const source = await readFile(path.join(ROOT, 'demo/index.html'), 'utf8');
  if (!source.includes(DEV_ENTRY)) throw new Error(`demo/index.html no longer loads ${DEV_ENTRY}: update bench/server.mjs`);
  return source.replace(DEV_ENTRY, PROD_ENTRY);
}

const gzipped = new Map();

/** `no-cache` (revalidate every time, but no bar to the back/forward cache); gzip when asked, as a CDN would. */
function send(response, status, type, body, { request, compress = false } = {}) {
  const headers = { 'content-type': type, 'cache-control': 'no-cache' };
  let bytes = typeof body === 'string' ? Buffer.from(body) : body;
  if (compress && bytes.length > 1024 && /gzip/.test(request?.headers['accept-encoding'] ?? '') && !/^image\/(?!svg)/.test(type)) {
    const key = bytes.length + ':' + type;
    let cached = gzipped.get(key);
    if (!cached || !cached.source.equals(bytes)) {
      cached = { source: bytes, zipped: gzipSync(bytes, { level: 6 }) };
      gzipped.set(key, cached);
    }
    bytes = cached.zipped;
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
  }
  headers['content-length'] = bytes.length;
  response.writeHead(status, headers);
  response.end(bytes);
}

async function handle(request, response, compress) {
  const ok = (type, body) => send(response, 200, type, body, { request, compress });
  const url = new URL(request.url, 'http://127.0.0.1');
  const pathname = path.posix.normalize(decodeURIComponent(url.pathname));
  if (pathname === '/robots.txt') return ok(TYPES['.txt'], 'User-agent: *\nAllow: /\n');
  if (pathname === '/') {
    response.writeHead(302, { location: '/demo/' });
    return response.end();
  }
  if (pathname === '/demo/' || pathname === '/demo/index.html') return ok(TYPES['.html'], await productionDemoHtml());
  if (!ALLOWED.some((prefix) => pathname.startsWith(prefix))) return send(response, 404, TYPES['.txt'], 'not found');
  const file = path.join(ROOT, pathname);
  if (!file.startsWith(ROOT)) return send(response, 403, TYPES['.txt'], 'forbidden');
  let info;
  try {
    info = await stat(file);
  } catch {
    return send(response, 404, TYPES['.txt'], 'not found');
  }
  if (!info.isFile()) return send(response, 404, TYPES['.txt'], 'not found');
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  if (pathname.startsWith('/bench/pages/') && file.endsWith('.html')) {
    const size = url.searchParams.get('size') ?? '100';
    if (!/^\d{1,6}$/.test(size)) return send(response, 400, TYPES['.txt'], 'size must be a number');
    const html = (await readFile(file, 'utf8')).replaceAll('%FEED%', `/bench/.out/feeds/feed-${size}.json`);
    return ok(type, html);
  }
  return ok(type, await readFile(file));
}

/**
 * Starts the server on 127.0.0.1 and a free port; resolves to { url, close }. `compress` gzips text
 * responses (Lighthouse judges a production page; the benchmark leaves it off, loopback needs none).
 */
export function startServer({ port = 0, compress = false } = {}) {
  const server = createServer((request, response) => {
    handle(request, response, compress).catch((error) => {
      if (!response.headersSent) send(response, 500, TYPES['.txt'], String(error?.message ?? error));
      else response.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 0), compress: process.argv.includes('--gzip') });
  console.log(`Serving ${ROOT} on ${url}  (pages: ${url}/bench/pages/widget.html?size=1000, demo: ${url}/demo/)`);
}
