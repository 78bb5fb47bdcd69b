import type { FilterState } from '../../filter/filter.js';
import type { UrlHost, UrlSync } from './url-sync.js';

type UrlSyncCode = typeof import('./url-sync.js');

/** Loaded once per page, the first time a widget has `sync-url`: most pages never need it. */
let code: UrlSyncCode | undefined;

/**
 * `sync-url`: the filter state in the page's query string, restored on back and forward. Only this
 * shell is in the bundles: the listener and the code that reads and writes the query string
 * (url-sync.ts) load on demand, and the first cards wait for them (`ready`).
 */
export class UrlStateController {
  private sync?: UrlSync;
  private loading?: Promise<void>;

  constructor(
    private readonly host: UrlHost,
    /** The query string's state should be applied (`read()`): back or forward, or its code arrived. */
    private readonly onUrlState: () => void,
    private readonly warn: (message: string) => void,
  ) {}

  /** Settles once the query string can be read; without `sync-url` (or with its code already here) at once. Never rejects. */
  ready(): Promise<void> {
    if (!this.host.syncUrl || (this.sync ??= code && new code.UrlSync(this.host, this.onUrlState))) return Promise.resolve();
    return (this.loading ??= import('./url-sync.js').then(
      (loaded) => {
        this.sync = new (code = loaded).UrlSync(this.host, this.onUrlState);
        this.onUrlState();
      },
      (error: unknown) =>
        // Short: every byte here is in the bundles. Without it every card shows and the address stays as it is.
        this.warn(
          `partnership-feed: sync-url could not load partnership-feed-url.js: keep the partnership-feed-*.js files beside the bundle (${String(error)})`,
        ),
    ));
  }

  /** The state the query string gives, else `fallback` (also until its code has loaded: see `ready`). */
  read(fallback: FilterState): FilterState {
    void this.ready();
    return this.sync?.read(fallback) ?? fallback;
  }

  /** Mirrors the state into the query string (once its code has loaded). */
  write(state: FilterState, replace: boolean): void {
    this.sync?.write(state, replace);
  }
}
