/**
 * A static file server on 127.0.0.1 and a free port, for the Node-side tests that drive a browser:
 * it serves one folder, adds the headers a test asks for (a Content-Security-Policy, say), and
 * never answers outside that folder.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves `root`; `headersFor(pathname)` adds response headers; `pages` maps a pathname to HTML
 * served as if it were a file there (test pages written by the test itself). Resolves to { url, close }.
 */
export function serveFolder(root, { headersFor = () => ({}), pages = {} } = {}) {
  const base = path.resolve(root);
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    const file = path.join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    try {
      const page = Object.hasOwn(pages, pathname) ? Buffer.from(pages[pathname]) : undefined;
      if (!page && (!file.startsWith(base + path.sep) || !(await stat(file)).isFile())) throw new Error('not found');
      const body = page ?? (await readFile(file));
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headersFor(pathname),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
