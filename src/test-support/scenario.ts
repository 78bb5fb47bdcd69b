/** Talks to test/scenario-server.mjs: serve a chosen answer at a fresh URL. */
import { cacheKey } from '../feed/cache.js';

export interface ScenarioAnswer {
  status?: number;
  body?: string;
  /** The body as base64, for bytes in an encoding other than UTF-8. */
  base64?: string;
  /** Send the body in 100-byte pieces without Content-Length. */
  streamed?: boolean;
  /** A file under the project root to serve, e.g. `test/fixtures/partnerships.json`. */
  file?: string;
  contentType?: string;
  delayMs?: number;
  /** Keep the answer back until release() is called. */
  hold?: boolean;
  /** Stream this many bytes of padding, without Content-Length. */
  bytes?: number;
  /** From the request after `requests` on, answer this instead. */
  after?: { requests: number; answer: Omit<ScenarioAnswer, 'after'> };
}

export interface ScenarioLog {
  requests: number;
  finished: number;
  aborted: number;
}

export interface Scenario {
  url: string;
  key: string;
  release(): Promise<void>;
  log(): Promise<ScenarioLog>;
  /**
   * Resolves once every request the server has received for this scenario has ended (answered or
   * aborted by the client). A request the browser cancelled before sending never arrives at all.
   */
  settled(): Promise<ScenarioLog>;
}

export const SAMPLE_FEED = '/test/fixtures/partnerships.json';

export async function scenario(answer: ScenarioAnswer): Promise<Scenario> {
  const key = `s${Math.random().toString(36).slice(2)}`;
  await fetch(`/scenario/${key}`, { method: 'POST', body: JSON.stringify(answer) });
  const log = async (): Promise<ScenarioLog> => (await fetch(`/log/${key}`)).json() as Promise<ScenarioLog>;
  return {
    url: new URL(`/scenario/${key}`, location.href).href,
    key,
    release: async () => {
      await fetch(`/release/${key}`, { method: 'POST' });
    },
    log,
    settled: async () => {
      // The server's own record is the event to wait for; poll it rather than sleep a guessed time.
      for (;;) {
        const current = await log();
        if (current.finished + current.aborted >= current.requests) return current;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

/** Records the AbortSignal of every fetch the page makes, to check which requests were cancelled. */
export function recordFetchSignals(): { signals: AbortSignal[]; restore(): void } {
  const original = window.fetch;
  const signals: AbortSignal[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.signal) signals.push(init.signal);
    return original.call(window, input, init);
  };
  return { signals, restore: () => (window.fetch = original) };
}

/** A JSON Feed of these titles (each its own id and link), pointing on to `nextUrl` when given. */
export function feedOfTitles(titles: string[], nextUrl?: string, title = 'Paged topic'): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    ...(nextUrl ? { next_url: nextUrl } : {}),
    items: titles.map((itemTitle) => ({ id: itemTitle, title: itemTitle, url: `https://example.org/${encodeURIComponent(itemTitle)}` })),
  });
}

/** Puts a JSON copy of `url` in the page's feed cache, as if fetched at `savedAt`. */
export function storeCopy(url: string, text: string, savedAt: number): void {
  localStorage.setItem(cacheKey('auto', url), JSON.stringify({ savedAt, text, contentType: 'application/json', url }));
}
