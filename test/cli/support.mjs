// What the CLI tests share: running the built tool, and a loopback server for feeds given by URL.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli.js');

/** Runs the tool; resolves with its exit code and output (never rejects on a non-zero exit). */
export function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 10 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

/**
 * Serves `routes` (pathname to `async (url, origin) => ({ type, body, headers })`) on 127.0.0.1;
 * anything else is a 404. Resolves to { origin, close }.
 */
export async function serveRoutes(routes) {
  let origin = '';
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, origin);
    const route = routes[url.pathname];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    const { type, body, headers = {} } = await route(url, origin);
    response.writeHead(200, { 'content-type': type, ...headers });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}
