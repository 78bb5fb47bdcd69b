import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FilterState } from '../../filter/filter.js';
import { filtersFromParams, hasUrlState, paramsWithFilters, urlKeyPrefix } from '../../filter/url-state.js';

type UrlHost = ReactiveControllerHost & { id: string; syncUrl: boolean };

/** `sync-url`: the filter state in the page's query string, restored on back and forward. */
export class UrlStateController implements ReactiveController {
  constructor(
    private readonly host: UrlHost,
    /** Back or forward moved to another entry: apply `read()`. */
    private readonly onPopState: () => void,
  ) {
    host.addController(this);
  }

  private readonly popped = (): void => {
    if (this.host.syncUrl) this.onPopState();
  };

  hostConnected(): void {
    window.addEventListener('popstate', this.popped);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.popped);
  }

  /** The state the query string gives, else `fallback`. */
  read(fallback: FilterState): FilterState {
    const params = new URLSearchParams(window.location.search);
    const prefix = urlKeyPrefix(this.host.id);
    return hasUrlState(params, prefix) ? filtersFromParams(params, prefix, fallback) : fallback;
  }

  /** Mirrors the state into the query string: a discrete change is a new history entry, typing is not. */
  write(state: FilterState, replace: boolean): void {
    if (!this.host.syncUrl) return;
    const { pathname, search, hash } = window.location;
    const params = paramsWithFilters(new URLSearchParams(search), urlKeyPrefix(this.host.id), state);
    const query = params.toString();
    const url = `${pathname}${query ? `?${query}` : ''}${hash}`;
    if (url === `${pathname}${search}${hash}`) return;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }
}
