import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../../i18n/types.js';
import { formatDateTime } from '../format.js';

/**
 * Under the status, what the cards lack: the date of the stored copy shown because the network
 * failed, and which of several feeds could not be loaded (the others are shown; docs/spec.md asks
 * for a polite notice naming them).
 */
export function renderNotices(
  savedAt: number | undefined,
  failedFeeds: readonly string[],
  strings: UiStrings,
  locale: string | undefined,
): Array<TemplateResult | typeof nothing> {
  return [
    savedAt === undefined ? nothing : html`<p class="notice">${strings.offlineCopy(formatDateTime(savedAt, locale))}</p>`,
    failedFeeds.length ? html`<p class="notice" role="status">${strings.feedsFailed(failedFeeds.join(', '))}</p>` : nothing,
  ];
}
