/**
 * What the widget needs only after its first cards, or only in some layouts: loaded on demand by
 * controllers/later.ts, in idle time once the cards have painted, or before them when the
 * attributes show it at once (a list or compact layout, a filter already chosen or a search typed,
 * a sort, year or tags control in `filters`), or when the feed's outcome needs it (an error, an
 * empty list, a stored copy shown offline, a feed of several that failed).
 *
 * It carries no copy of Lit: a second lit-html would cost kilobytes and break the one-copy guard.
 * Its templates take the main bundle's `html` tag instead, and its styles are plain sheets.
 */
import type { TemplateResult } from 'lit';
import type { Facet } from '../filter/facets.js';
import type { SortOrder } from '../filter/filter.js';
import { laterStrings } from '../i18n/en-later.js';
import type { FeedError } from '../feed/errors.js';
import type { NumberFormatter, ShownStrings, UiStrings } from '../i18n/types.js';
import { formatDateTime } from './format.js';
// `date-style="relative"`'s words, which that style loads this code for, before the first cards.
export { formatRelativeDate } from './format.js';
// Every resource's search text folded in idle time after the first cards, so the first search costs what a later one does.
export { SearchTextFolding } from './controllers/idle-work.js';
// `sync-url`'s back and forward listener, reading and writing, which that attribute loads this code for, before the first cards.
export { UrlSync } from './controllers/url-sync.js';
// What `exclude-type`, `exclude-tag` and `since` leave out, which they load this code for, before the first cards.
export { withoutExcluded } from '../filter/exclude.js';
// A `lang` the page changes after the first cards renders the widget again in that language.
export { PageLangObserver } from './controllers/page-lang.js';
import type { FacetGroup, optionButton } from './templates/controls.js';
import type { FilterState } from '../filter/filter.js';
import { firstControl } from './controllers/focus.js';

export { highlightRanges, searchTerms } from '../filter/search.js';
// Matching the chosen filters and search: nothing before the first cards filters unless the attributes choose a filter, which loads this code before them.
export { matching } from '../filter/match.js';
// A forced `theme` paints a box where it differs from the page's colours; the default `auto` never does.
export { PageColorSchemeController } from './controllers/page-color-scheme.js';
import { chipModels, clearedFilters, errorReason as errorReasonOf, statusText as statusTextOf } from './view-model.js';
// Typed filter values in the feed's own spelling: only a chosen filter has any, and it loads this code.
export { matchedToFeed } from './view-model.js';
// What `pf-filter-change` tells: only a patron's change, after the first cards, needs it.
export { filterDetail } from './view-model.js';
// Focus after a patron's action (every one comes after the first cards), and where it goes: the
// first card "Show more" added, the first control, an option past the tags' "More".
export { FocusController, cardFocusTarget, facetOption } from './controllers/focus.js';

type Html = typeof import('lit').html;

/** The widget's strings with English's later ones filled in, which only this code shows (i18n/types.ts, `LaterStringKey`). */
const full = (strings: ShownStrings): UiStrings => ({ ...laterStrings, ...strings });

/**
 * What a chip or a Clear button does, given by the element: apply `next` as the patron's change,
 * then move focus to what `focusTarget` finds once it has rendered.
 */
export type ApplyFilters = (next: FilterState, focusTarget: (root: ParentNode) => HTMLElement | null) => void;

/** A Clear button's action: every filter cleared; the button disappears with them, so focus goes to the first control. */
const clearing = (state: FilterState, apply: ApplyFilters) => (): void => apply(clearedFilters(state), firstControl);

/**
 * The active filters as removable chips (view-model.ts) with "Clear all"; nothing without one.
 * Removing a chip moves focus to the chip that takes its place, else the first control; "Clear
 * all", which disappears with the chips, to the first control.
 */
export function renderChips(html: Html, state: FilterState, shown: ShownStrings, apply: ApplyFilters): TemplateResult | undefined {
  const strings = full(shown);
  const chips = chipModels(state, strings);
  if (!chips.length) return undefined;
  return html`<div class="chips" role="group" aria-label=${strings.activeFilters}>
    <ul class="chip-list">
      ${chips.map(
        (chip, index) =>
          html`<li>
            <button
              type="button"
              class="chip"
              data-chip=${chip.key}
              aria-label=${strings.removeFilter(chip.label)}
              @click=${() => apply(chip.without, (root) => chipFocus(root, index))}
            >
              <span>${chip.label}</span><span class="chip-x" aria-hidden="true">×</span>
            </button>
          </li>`,
      )}
    </ul>
    <button type="button" part="clear" class="button clear-all" @click=${clearing(state, apply)}>${strings.clearAll}</button>
  </div>`;
}

/** The status line (view-model.ts): with this code, a filter may have narrowed the list. */
export const statusText = (
  state: FilterState,
  visible: number,
  matching: number,
  total: number,
  strings: ShownStrings,
  format: NumberFormatter,
): string => statusTextOf(state, visible, matching, total, full(strings), format);

/** Why loading failed, in the widget's language (view-model.ts); without this code the error shows the reader's English detail. */
export const errorReason = (error: FeedError, timeoutSeconds: number, strings: ShownStrings, format: NumberFormatter): string =>
  errorReasonOf(error, timeoutSeconds, full(strings), format);

/** No card to show: the feed is empty, or nothing matches (with a way out). Without this code the status says so alone. */
export function renderEmpty(html: Html, total: number, state: FilterState, shown: ShownStrings, apply: ApplyFilters): TemplateResult {
  const strings = full(shown);
  if (total === 0) return html`<p part="empty" class="empty">${strings.emptyFeed}</p>`;
  return html`<div part="empty" class="empty">
    <p>${strings.noMatch}</p>
    <button type="button" part="clear" class="button" @click=${clearing(state, apply)}>${strings.clearFilters}</button>
  </div>`;
}

/**
 * Under the status, what the cards lack: the date of the stored copy shown because the network
 * failed, and which of several feeds could not be loaded (the others are shown; docs/spec.md asks
 * for a polite notice naming them).
 */
export function renderNotices(
  html: Html,
  savedAt: number | undefined,
  failedFeeds: readonly string[],
  shown: ShownStrings,
  locale: string | undefined,
): Array<TemplateResult | undefined> {
  const strings = full(shown);
  return [
    savedAt === undefined ? undefined : html`<p class="notice">${strings.offlineCopy(formatDateTime(savedAt, locale))}</p>`,
    failedFeeds.length ? html`<p class="notice" role="status">${strings.feedsFailed(failedFeeds.join(', '))}</p>` : undefined,
  ];
}

export interface SortControl {
  value: SortOrder;
  onChange: (value: string) => void;
}

/** The sort control, for a widget whose `filters` asks for it (the first cards wait for it then). */
export function renderSort(html: Html, sort: SortControl, shown: ShownStrings): TemplateResult {
  const strings = full(shown);
  const option = (value: SortOrder, label: string): TemplateResult =>
    html`<option value=${value} ?selected=${sort.value === value}>${label}</option>`;
  return html`<div class="sort">
    <label class="control-label" for="sort">${strings.sortLabel}</label>
    <select id="sort" part="sort" class="sort-select" @change=${(event: Event) => sort.onChange((event.target as HTMLSelectElement).value)}>
      ${option('newest', strings.sortNewest)} ${option('oldest', strings.sortOldest)} ${option('title', strings.sortTitle)}
    </select>
  </div>`;
}

/** Where focus goes when chip `index` is removed: the chip that takes its place, else the first control. */
export function chipFocus(root: ParentNode, index: number): HTMLElement | null {
  const chips = root.querySelectorAll<HTMLElement>('.chip');
  return chips[Math.min(index, chips.length - 1)] ?? firstControl(root);
}

/** What a year or tags group adds to its options: see `facetExtras`. */
export interface FacetSetting {
  /** The facets shown whole (by control name), and how one is opened. */
  expanded: ReadonlySet<string>;
  onExpand: (facet: Facet) => void;
  strings: ShownStrings;
  format: NumberFormatter;
}

/**
 * A facet's "any" option (the year: one value at a time, "Any year" first) and "More" disclosure
 * (the tags: the most used, plus any selected, until it is opened), on top of its plain group.
 * Draws with the main bundle's `html` and option button, for a widget whose `filters` asks for it.
 */
export function facetExtras<T extends string | number>(
  html: Html,
  button: typeof optionButton,
  facet: Facet,
  group: FacetGroup<T>,
  select: (values: T[]) => void,
  { expanded, onExpand, strings: shown, format }: FacetSetting,
): FacetGroup<T> {
  const strings = full(shown);
  const { options, selected } = group;
  const next: FacetGroup<T> = { ...group, label: strings[facet.label] };
  if ('single' in facet) {
    next.onToggle = (value) => (selected[0] !== value ? select([value]) : group.onToggle(value));
    next.first = button(strings[facet.single.any], selected.length === 0, false, '', () => select([]));
  }
  if ('collapsed' in facet && !expanded.has(facet.control)) {
    const shown = options.filter((option, index) => index < facet.collapsed.limit || selected.includes(option.value));
    const hidden = options.length - shown.length;
    next.shown = shown;
    if (hidden > 0)
      next.last = html`<button type="button" class="more-options" aria-expanded="false" @click=${() => onExpand(facet)}>
        ${strings[facet.collapsed.more](format(hidden))}
      </button>`;
  }
  return next;
}

/** Marks this file's style text for the build, which minifies `css`-tagged literals (vite.config.ts); the text is unchanged. */
const css = String.raw;

/**
 * What this file draws in the controls, after the main stylesheet: the chips, for a widget with an
 * active filter (the only one that shows them), and the tags' "More", for one whose `filters` asks
 * for it (the sort control shares the search box's rules in the main sheet, by class). A plain sheet, like the layouts'.
 */
export const chipsSheet = new CSSStyleSheet();
chipsSheet.replaceSync(css`
  /* A chosen option, and one that would give no results: both only with an active filter (or the year's "Any year", drawn here). */
  .filter-option[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }

  .filter-option-empty {
    color: var(--_muted);
    border-style: dashed;
  }

  .more-options {
    min-block-size: 2.75em;
    padding-inline: 0.5em;
    border: 0;
    background-color: transparent;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: var(--_gap);
  }

  .chip-list {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 2.75em;
    padding-block: 0.25em;
    padding-inline: 0.75em;
    border: 1px solid var(--_accent);
    border-radius: 1.5em;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }

  .chip-x {
    font-size: 1.25em;
    line-height: 1;
    color: var(--_accent);
  }

  /* Search matches in card titles: a search is an active filter, so they come with the chips. */
  mark {
    background: color-mix(in srgb, var(--_accent) 18%, transparent);
    color: inherit;
    border-radius: 0.125em;
  }

  @media (forced-colors: active) {
    .chip {
      border-color: CanvasText;
    }

    .filter-option[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }

    mark {
      background: Mark;
      color: MarkText;
    }
  }
`);

/**
 * The empty and error states (the feed's, and "more failed") and the notices under the status,
 * after the main stylesheet, for a widget that shows one. The error's template stays in the main
 * bundle: where this file cannot load, an error still says what failed and offers Retry, only plainer.
 */
export const statesSheet = new CSSStyleSheet();
statesSheet.replaceSync(css`
  .empty {
    display: grid;
    justify-items: start;
    gap: 0.75em;
    padding: 1.5em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .error {
    display: grid;
    justify-items: start;
    gap: 0.5em;
    padding: 1em;
    margin-block: var(--_gap);
    border: 1px solid #b3261e;
    border-inline-start-width: 0.375em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .error-title {
    font-weight: 700;
  }

  .error-detail {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .notice {
    margin-block-end: 0.75em;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border-inline-start: 0.25em solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .empty,
    .error {
      border-color: CanvasText;
    }
  }
`);

/**
 * The list and compact layouts, after the main stylesheet. A plain sheet, not Lit's css tag: this
 * file carries no copy of Lit.
 */
export const layoutSheet = new CSSStyleSheet();
layoutSheet.replaceSync(css`
  /* list: one column; on wide widgets the image sits beside the text. */
  .layout-list .list,
  .layout-compact .list {
    grid-template-columns: minmax(0, 1fr);
  }

  @container (width >= 40em) {
    .layout-list .card:has(.card-media) {
      display: grid;
      grid-template-columns: minmax(0, 14em) minmax(0, 1fr);
      column-gap: 1.25em;
      align-content: start;
    }

    .layout-list .card:has(.card-media) > :not(.card-media) {
      grid-column: 2;
    }

    .layout-list .card-media {
      grid-column: 1;
      grid-row: 1 / span 4;
      margin: 0;
      align-self: start;
      border-radius: calc(var(--_radius) / 2);
    }
  }

  /* compact: title, type and date only, dense. */
  .layout-compact .list {
    gap: 0;
    border-block-start: 1px solid var(--_border);
  }

  .layout-compact .card {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
    padding-block: 0.5em;
    padding-inline: 0.25em;
    border: 0;
    border-block-end: 1px solid var(--_border);
    border-radius: 0;
  }

  .layout-compact [part~='card-title'] {
    font-size: 1em;
  }
`);
