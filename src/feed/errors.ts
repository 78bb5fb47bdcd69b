import type { FeedErrorCode } from './diagnostics.js';

/** The four ways loading a feed can fail, as docs/spec.md's `pf-error` event names them. */
export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'invalid';

/**
 * A failed load. `message` is written for the library web editor who has to fix it: it names the
 * URL and what went wrong, in plain English (the element shows a translated version beside it).
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  /**
   * Recognised by shape, not by class identity: the readers the bundles load on demand (RSS,
   * WordPress, Drupal) are separate files with their own copy of this class.
   */
  static override [Symbol.hasInstance](value: unknown): value is FeedError {
    const error = value as { name?: unknown; kind?: unknown } | null;
    return value instanceof Error && error?.name === 'FeedError' && typeof error.kind === 'string';
  }

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly url?: string,
    readonly status?: number,
    /** Which failure it is, where a tool acts on it (diagnostics.ts): never read from the wording. */
    readonly code?: FeedErrorCode,
  ) {
    super(message);
  }
}

/** True for the error an aborted fetch rejects with (a newer `src`, or the element removed). */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
