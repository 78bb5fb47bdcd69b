import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FilterState } from '../../filter/filter.js';
import { addressWithFilters, filtersFromQuery } from '../../filter/url-state.js';

export type UrlHost = ReactiveControllerHost & { id: string; syncUrl: boolean };

/**
 * `sync-url`'s work, in the later code (later.ts), which a widget with the attribute loads before
 * its first cards: it hears back and forward, reads the query string and writes it.
 */
export class UrlSync implements ReactiveController {
  constructor(
    private readonly host: UrlHost,
    /** Back or forward: the query string's state should be applied (`read`). */
    private readonly onUrlState: () => void,
  ) {
    // Lit connects a controller added to a connected host at once.
    host.addController(this);
  }

  private readonly popped = (): void => {
    if (this.host.syncUrl) this.onUrlState();
  };

  hostConnected(): void {
    window.addEventListener('popstate', this.popped);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.popped);
  }

  /** The state the query string gives, else `fallback`. */
  read(fallback: FilterState): FilterState {
    return filtersFromQuery(window.location.search, this.host.id, fallback);
  }

  /** Mirrors the state into the query string: a discrete change is a new history entry, typing is not. */
  write(state: FilterState, replace: boolean): void {
    const url = this.host.syncUrl && addressWithFilters(window.location, this.host.id, state);
    if (!url) return;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }
}
