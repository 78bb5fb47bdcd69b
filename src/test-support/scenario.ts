/** Talks to test/scenario-server.mjs: serve a chosen answer at a fresh URL. */

export interface ScenarioAnswer {
  status?: number;
  body?: string;
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
  /** Resolves once the server has seen `count` requests end (answered or aborted by the client). */
  settled(count?: number): Promise<ScenarioLog>;
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
    settled: async (count = 1) => {
      // The server's own record is the event to wait for; poll it rather than sleep a guessed time.
      for (;;) {
        const current = await log();
        if (current.finished + current.aborted >= count) return current;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}
