import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FilterState } from '../../filter/filter.js';

type UrlHost = ReactiveControllerHost & { id: string; syncUrl: boolean };
type UrlStateCode = typeof import('../../filter/url-state.js');

/** Loaded once per page, the first time a widget has `sync-url`: most pages never need it. */
let code: UrlStateCode | undefined;

/**
 * `sync-url`: the filter state in the page's query string, restored on back and forward. The code
 * that reads and writes the query string loads on demand; the first cards wait for it (`ready`).
 */
export class UrlStateController implements ReactiveController {
  private loading?: Promise<void>;

  constructor(
    private readonly host: UrlHost,
    /** The query string's state should be applied (`read()`): back or forward, or its code arrived. */
    private readonly onUrlState: () => void,
    private readonly warn: (message: string) => void,
  ) {
    host.addController(this);
  }

  private readonly popped = (): void => {
    if (this.host.syncUrl && code) this.onUrlState();
  };

  hostConnected(): void {
    window.addEventListener('popstate', this.popped);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.popped);
  }

  /** Settles once the query string can be read; without `sync-url` at once. Never rejects. */
  ready(): Promise<void> {
    if (!this.host.syncUrl || code) return Promise.resolve();
    return (this.loading ??= import('../../filter/url-state.js').then(
      (loaded) => {
        code = loaded;
        this.onUrlState();
      },
      (error: unknown) =>
        this.warn(
          `partnership-feed: sync-url could not be loaded, so the address does not follow the filters: keep the partnership-feed-*.js files beside the bundle (${String(error)}).`,
        ),
    ));
  }

  /** The state the query string gives, else `fallback` (also until its code has loaded: see `ready`). */
  read(fallback: FilterState): FilterState {
    if (!code) return (void this.ready(), fallback);
    return code.filtersFromQuery(window.location.search, this.host.id, fallback);
  }

  /** Mirrors the state into the query string: a discrete change is a new history entry, typing is not. */
  write(state: FilterState, replace: boolean): void {
    const url = this.host.syncUrl && code?.addressWithFilters(window.location, this.host.id, state);
    if (!url) return;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }
}
