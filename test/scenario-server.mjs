/**
 * Test-server middleware: feeds whose answers a test chooses, so element tests meet real HTTP
 * (status codes, truncated bodies, HTML pages, slow and held responses) instead of a stubbed fetch.
 *
 *   POST /scenario/<key>   body: { status?, body?, base64?, file?, contentType?, delayMs?, hold?, bytes?, streamed? }
 *   GET  /scenario/<key>   answers as configured (a held answer waits for /release/<key>)
 *   POST /release/<key>    lets held answers go
 *   GET  /log/<key>        { requests, finished, aborted } for that key
 *
 * Keys are chosen per test with a random suffix: the three browsers share this server.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const scenarios = new Map();
const logs = new Map();
const holds = new Map();
// A release can come before the held request arrives (the browser may not have sent it yet).
const released = new Set();

function logFor(key) {
  if (!logs.has(key)) logs.set(key, { requests: 0, finished: 0, aborted: 0 });
  return logs.get(key);
}

async function readJson(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function waitForRelease(key) {
  if (released.has(key)) return Promise.resolve();
  return new Promise((resolveHold) => {
    if (!holds.has(key)) holds.set(key, []);
    holds.get(key).push(resolveHold);
  });
}

export function scenarioMiddleware(rootDir) {
  return async function scenario(ctx, next) {
    const match = /^\/(scenario|release|log)\/([\w.-]+)$/.exec(ctx.path);
    if (!match) return next();
    const [, verb, key] = match;
    ctx.set('cache-control', 'no-store');
    if (verb === 'log') {
      ctx.body = logFor(key);
      return undefined;
    }
    if (verb === 'release') {
      released.add(key);
      for (const release of holds.get(key) ?? []) release();
      holds.delete(key);
      ctx.body = { ok: true };
      return undefined;
    }
    if (ctx.method === 'POST') {
      scenarios.set(key, await readJson(ctx));
      logs.delete(key);
      ctx.body = { ok: true };
      return undefined;
    }
    const config = scenarios.get(key);
    if (!config) {
      ctx.status = 404;
      ctx.body = `no scenario ${key}`;
      return undefined;
    }
    const log = logFor(key);
    log.requests += 1;
    let closed = false;
    ctx.res.on('close', () => {
      if (!ctx.res.writableEnded) {
        closed = true;
        log.aborted += 1;
      }
    });
    if (config.hold) await waitForRelease(key);
    if (config.delayMs) await new Promise((r) => setTimeout(r, config.delayMs));
    // A scenario can answer differently from its nth request on (e.g. 404, then recovered).
    const answer = config.after && log.requests > config.after.requests ? { ...config, ...config.after.answer } : config;
    ctx.status = answer.status ?? 200;
    ctx.set('content-type', answer.contentType ?? 'application/feed+json; charset=utf-8');
    if (answer.bytes) {
      // A big body streamed without Content-Length, as a misbehaving server would send it.
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const { Readable } = await import('node:stream');
      ctx.body = Readable.from(
        (function* body() {
          while (sent < answer.bytes) {
            sent += chunk.length;
            yield chunk;
          }
        })(),
      );
    } else {
      // `base64`: bytes in an encoding other than UTF-8. `streamed`: sent in small pieces without
      // Content-Length, so the client has to stream (and tell the encoding from the first pieces).
      const body = answer.base64
        ? Buffer.from(answer.base64, 'base64')
        : answer.file
          ? await readFile(resolve(rootDir, answer.file), 'utf8')
          : (answer.body ?? '');
      if (answer.streamed) {
        const bytes = Buffer.from(body);
        const { Readable } = await import('node:stream');
        ctx.body = Readable.from(
          (function* pieces() {
            for (let offset = 0; offset < bytes.length; offset += 100) yield bytes.subarray(offset, offset + 100);
          })(),
        );
      } else {
        ctx.body = body;
      }
    }
    if (!closed) log.finished += 1;
    return undefined;
  };
}
