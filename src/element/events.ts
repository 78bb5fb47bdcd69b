/** The element's events (docs/spec.md): their details, typed for `addEventListener`, and how they are sent. */
import { FeedError } from '../feed/errors.js';
import type { Feed } from '../feed/model.js';
import type { FeedOutcome } from '../feed/several.js';
import type { FilterDetail } from './view-model.js';

/** What `pf-load` carries. */
export interface LoadDetail {
  total: number;
  feed: Feed;
  /** With several addresses in `src`: each one, `{ url, title }` when it loaded, `{ url, error: { kind, message } }` when not. */
  feeds?: FeedOutcome[];
}

/** What `pf-error` carries. */
export interface ErrorDetail {
  kind: FeedError['kind'];
  message: string;
  status?: number;
}

/**
 * What `pf-filter-change` carries: `types`, `tags`, `query` and `sort` always, each other facet's
 * selection (`audiences`, `year`) while it has one.
 */
export type FilterChangeDetail = FilterDetail & {
  /** How many resources match the filters. */
  shown: number;
  /** How many resources the feed has. */
  total: number;
};

export interface FeedEvents {
  'pf-load': LoadDetail;
  'pf-error': ErrorDetail;
  'pf-filter-change': FilterChangeDetail;
}

/** docs/spec.md: every event bubbles and crosses shadow roots, so the host page hears it anywhere. */
export function emit<K extends keyof FeedEvents>(target: EventTarget, name: K, detail: FeedEvents[K]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/** Any failure as a FeedError. Not expected (every loader failure is one), but never an uncaught error on the host page. */
export function asFeedError(error: unknown, src: string | undefined): FeedError {
  return error instanceof FeedError ? error : new FeedError('invalid', error instanceof Error ? error.message : String(error), src);
}

/** The `pf-error` detail for a failure, worded for the web editor. */
export function errorDetail(failure: FeedError, src: string | undefined): ErrorDetail {
  return {
    kind: failure.kind,
    message: `Could not load the feed ${failure.url || src || ''}: ${failure.message}.`,
    ...(failure.status !== undefined ? { status: failure.status } : {}),
  };
}

declare global {
  interface HTMLElementEventMap {
    'pf-load': CustomEvent<LoadDetail>;
    'pf-error': CustomEvent<ErrorDetail>;
    'pf-filter-change': CustomEvent<FilterChangeDetail>;
  }
}
