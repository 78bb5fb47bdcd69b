import { html, nothing, type TemplateResult } from 'lit';
import type { ShownStrings } from '../../i18n/strings.js';
import type { FeedError } from '../../feed/errors.js';
import type { Layout } from '../options.js';

/** Placeholder cards at most: a first screenful; more would only make the page jump the other way. */
const MAX_SKELETON_CARDS = 12;

/**
 * Placeholders with the geometry of what is coming — a header, then as many card shapes as the
 * first page will show — so the page moves once when the widget starts, not again when the feed
 * arrives.
 */
export function renderSkeletons(strings: ShownStrings, layout: Layout, pageSize: number, withHeader: boolean): TemplateResult {
  const cards = Math.min(pageSize || MAX_SKELETON_CARDS, MAX_SKELETON_CARDS);
  return html`<div class="loading" aria-busy="true">
    <span class="visually-hidden">${strings.loading}</span>
    ${
      withHeader
        ? html`<div class="header skeleton-header" aria-hidden="true">
            <span class="skeleton-line skeleton-heading"></span>
            <span class="skeleton-line"></span>
            <span class="skeleton-line"></span>
            <span class="skeleton-line skeleton-short"></span>
          </div>`
        : nothing
    }
    <ul class="list" aria-hidden="true">
      ${Array.from(
        { length: cards },
        () =>
          html`<li part="skeleton" class="card skeleton">
            <span class="skeleton-line skeleton-title"></span>
            <span class="skeleton-line skeleton-meta"></span>
            ${
              layout === 'compact'
                ? nothing
                : html`<span class="skeleton-line"></span>
                    <span class="skeleton-line"></span>
                    <span class="skeleton-line skeleton-short"></span>`
            }
          </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The error state: what failed (`title`, then the address and the reason, in words a web editor
 * can act on), a Retry button, and with `withFallback` the editor's light-DOM fallback content
 * (usually a link to the same resources) through the slot.
 */
export function renderError(
  title: string,
  reason: string,
  url: string,
  strings: ShownStrings,
  onRetry: () => void,
  withFallback?: boolean,
): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p class="error-title">${title}</p>
    <p class="error-detail">${strings.errorDetail(url, reason)}</p>
    <button type="button" part="retry" class="button" @click=${onRetry}>${strings.retry}</button>
    ${withFallback ? html`<div class="fallback"><slot></slot></div>` : nothing}
  </div>`;
}

/** "Show more", busy while later documents load, or what went wrong loading them, with Retry. */
export function renderMore(
  state: 'idle' | 'loading' | FeedError,
  reason: (failure: FeedError) => string,
  more: boolean,
  strings: ShownStrings,
  onMore: () => void,
): TemplateResult | typeof nothing {
  // The error state's template, with its own title and Retry: one template in the bundles, not two.
  if (typeof state === 'object') return renderError(strings.moreFailed, reason(state), state.url ?? '', strings, onMore);
  if (!more) return nothing;
  const loading = state === 'loading';
  return html`<button
    type="button"
    part="more"
    class="button more"
    aria-disabled=${loading ? 'true' : 'false'}
    @click=${() => (loading ? undefined : onMore())}
  >
    ${loading ? strings.loadingMore : strings.showMore}
  </button>`;
}
