import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { FeedError } from '../feed/errors.js';
import type { Resource } from '../feed/model.js';
import type { PagedFeed } from '../feed/pages.js';
import type { Facet } from '../filter/facets.js';
import {
  EMPTY_FILTERS,
  applyFilters,
  everything,
  hasActiveFilters,
  indexResources,
  type FilterState,
  type IndexedResource,
} from '../filter/filter.js';
import type { ShownStrings, UiStrings } from '../i18n/types.js';
import { PartnershipFeedAttributes } from './attributes.generated.js';
import { AnnouncerController } from './controllers/announcer.js';
import { FeedController, type LoadedFeed } from './controllers/feed.js';
import type { FocusController } from './controllers/focus.js';
import { LaterCodeController } from './controllers/later.js';
import { LocaleController } from './controllers/locale.js';
import { emit } from './events.js';
import type * as events from './events.js';
import { DEFAULTS, attributeFilters, resolveOptions, warnOnce, type FilterAttribute, type Options } from './options.js';
import type { PageColorSchemeController } from './controllers/page-color-scheme.js';
import type { SearchTextFolding } from './controllers/idle-work.js';
import type { UrlSync } from './controllers/url-sync.js';
import type { ApplyFilters } from './later.js';
import type { PageLangObserver } from './controllers/page-lang.js';
import { styles } from './partnership-feed.styles.js';
import { renderCardList } from './templates/card.js';
import { drawnLater, renderFilters } from './templates/filters.js';
import { renderHeader, renderRelated } from './templates/header.js';
import { renderError, renderMore, renderSkeletons } from './templates/states.js';
import { lastFiltered } from './view-model.js';

// Type aliases rather than a re-export, which the manifest analyzer would list among the module's exports.
export type LoadDetail = events.LoadDetail;
export type ErrorDetail = events.ErrorDetail;
export type FilterChangeDetail = events.FilterChangeDetail;

/**
 * A topic's resource feed as an accessible, filterable list of cards.
 *
 * @tag partnership-feed
 * @summary Renders a JSON Feed (topic header, filterable cards, related topics) from one script tag.
 *
 * @attr src - Feed URL, relative to the page; several separated by spaces are loaded at once and merged into one list (newest first, a resource two feeds share shown once). Changing it loads the new feed(s) and cancels the old requests.
 * @attr format - `auto` (default, detects), `jsonfeed`, `wordpress`, `drupal` or `rss` (RSS 2.0 and Atom).
 * @attr heading - Overrides the topic heading text (default: the feed's title).
 * @attr heading-level - Level of the topic heading, 1–6 (default 2); card titles are one level below.
 * @attr layout - `grid` (default, responsive columns), `list` (one column, image beside the text) or `compact` (title, type and date).
 * @attr page-size - Cards shown before "Show more" (default 12); `0` shows all.
 * @attr filters - Controls to show, space-separated: `type` `tag` `audience` `source` `search` `sort` `date`, or `none` (default `type search`).
 * @attr type - Initial type selection, comma-separated (e.g. `Webinar`).
 * @attr tag - Initial tag selection, comma-separated.
 * @attr audience - Initial audience selection, comma-separated (`_resource.audience` in the feed).
 * @attr exclude-type - Types to leave out of the list, its counts and its facets, comma-separated.
 * @attr exclude-tag - Tags whose resources are left out of the list, its counts and its facets, comma-separated.
 * @attr since - Leaves out resources dated before a date (`2024-01-01`) or a number of days back (`365`); undated ones stay.
 * @attr query - Initial search text.
 * @attr sort - `newest` (default), `oldest` or `title`.
 * @attr hide - Parts to leave out, space-separated: `header` `image` `excerpt` `date` `type` `tags` `related` `credit` `source`.
 * @attr fallback-image - An http(s) picture, relative to the page, for cards whose resource has none (decorative: empty alt text); not in the compact layout or with `hide="image"`.
 * @attr link-rel - Extra `rel` tokens for the cards' links, space- or comma-separated: `nofollow` `sponsored` `ugc` (not for related topics' links).
 * @attr excerpt-words - Excerpt length in words, cut on a word boundary with "…" (default 40).
 * @attr date-style - `long` (default), `medium`, `short` or `relative`.
 * @attr lang - UI language and date locale: English and 24 more (`es`, `zh-TW`, `ar`… see the README; Arabic, Persian and Urdu lay out right to left); others fall back to English. Default: the nearest ancestor's `lang`, else the page's.
 * @attr link-target - `_blank` opens links in a new tab (with `rel="noopener noreferrer"` and an "opens in a new tab" hint).
 * @attr sync-url - Boolean. Mirrors the filter state into the page's query string (`pf-type`, `pf-tag`, `pf-audience`, `pf-source`, `pf-year`, `pf-q`, `pf-sort`; an element `id` namespaces them as `pf-<id>-type`…) and restores it on load and on back/forward.
 * @attr timeout - Seconds to wait for the feed before failing with a `timeout` error (default 15).
 * @attr cache-ttl - Seconds a fetched feed is reused from storage, stale-while-revalidate (default 300); `0` disables.
 * @attr theme - `auto` (default: follows the page's declared colour scheme, so light on a page that declares none), `light` or `dark` (a box of its own where it differs from the page).
 *
 * @fires {CustomEvent} pf-load - A feed was loaded and rendered. `detail: { total, feed }`, plus `feeds` with several addresses (each `{ url, title }` or `{ url, error }`).
 * @fires {CustomEvent} pf-error - Loading failed. `detail: { kind: 'network' | 'http' | 'timeout' | 'invalid', message, status? }`.
 * @fires {CustomEvent} pf-filter-change - The patron changed a filter. `detail: { types, tags, query, sort, shown, total }`, plus `audiences` and `year` while selected.
 *
 * @slot - Fallback content (for example a link to the same resources): shown before the element
 *   upgrades and without JavaScript, hidden once the widget renders, and shown again beside the
 *   error message when the feed cannot be loaded.
 *
 * @csspart header - The topic header.
 * @csspart heading - The topic heading element.
 * @csspart description - The topic description.
 * @csspart image - The topic image.
 * @csspart credit - The topic image's credit line ("Photo: jenlen, CC BY-NC-ND 2.0").
 * @csspart controls - The container of all filter controls.
 * @csspart filter - One group of options (types, tags, years).
 * @csspart filter-option - One option button; a selected one also carries `filter-option-selected`.
 * @csspart filter-option-selected - A selected option button.
 * @csspart search - The search input.
 * @csspart sort - The sort control.
 * @csspart clear - The button that clears every filter.
 * @csspart status - The live region with the result count ("Showing 3 of 10 resources").
 * @csspart list - The list of cards.
 * @csspart card - One card.
 * @csspart card-image - A card's image.
 * @csspart card-type - A card's type.
 * @csspart card-title - A card's heading element.
 * @csspart card-link - The link inside a card's heading.
 * @csspart card-date - A card's `<time>`.
 * @csspart card-source - With several feeds, the title of the feed a card came from.
 * @csspart card-excerpt - A card's excerpt.
 * @csspart card-tags - A card's list of tags.
 * @csspart more - The "Show more" button.
 * @csspart empty - The message shown when no card is shown: an empty feed, or no match.
 * @csspart error - The error message.
 * @csspart retry - The error message's Retry button.
 * @csspart related - The related-topics section.
 * @csspart related-link - One link in the related-topics section.
 * @csspart skeleton - One loading placeholder.
 *
 * @cssprop --pf-font-family - Font of the whole widget (default: the host page's font).
 * @cssprop --pf-color-text - Body text colour.
 * @cssprop --pf-color-muted - Secondary text (dates, credits, hints).
 * @cssprop --pf-color-accent - Links, selected options and buttons.
 * @cssprop --pf-color-surface - Card and widget background.
 * @cssprop --pf-color-border - Card and control borders.
 * @cssprop --pf-radius - Corner radius of cards and controls.
 * @cssprop --pf-gap - Space between cards and sections.
 * @cssprop --pf-card-min-width - Narrowest a card gets before the grid drops a column.
 * @cssprop --pf-focus-ring - Colour of the keyboard focus outline.
 */
export class PartnershipFeed extends PartnershipFeedAttributes {
  static override styles = styles;

  // `attribute: false` beside `state` keeps internal state out of the custom-elements.json
  // attributes, where the manifest analyzer would otherwise list it.
  static override properties = {
    translations: { attribute: false },
    feed: { attribute: false },
    filterState: { state: true, attribute: false },
    visibleCount: { state: true, attribute: false },
    open: { state: true, attribute: false },
  };

  /**
   * Strings for more languages, or replacements for the shipped ones, keyed by language code:
   * `{ de: { showMore: 'Mehr anzeigen', … } }`. What a language leaves out comes from English.
   */
  translations: Record<string, Partial<UiStrings>> = {};

  /** A feed document (JSON Feed) to render instead of fetching `src`. */
  feed?: unknown;

  private filterState: FilterState = EMPTY_FILTERS;
  private visibleCount: number = DEFAULTS.pageSize;
  /** The disclosures: every tag, not only the most used; the narrow-screen "Filters" panel. */
  private open = { expanded: new Set<string>(), controls: false };
  /** The attributes, checked once per update. */
  private options!: Options;

  private readonly warnOnce = warnOnce();
  // Added before the feed's controller: the locale is known before the feed task starts.
  private readonly locale = new LocaleController(this, this.warnOnce);
  /**
   * From the later code: focus moves after a patron's action, every one of which comes after the
   * first cards, when that code has come (in practice; before it, "Show more" leaves focus where it was).
   */
  private nextFocus?: FocusController;
  /** For a forced `theme` only: the page's colour scheme, from the later code, which that theme loads before the first cards. */
  private pageColorScheme?: PageColorSchemeController;
  /** From the later code: the loaded resources' search text, folded in idle time. */
  private folding?: SearchTextFolding;
  /** `sync-url`'s back and forward listener, reading and writing, from the later code, which that attribute loads before the first cards. */
  private urlSync?: UrlSync;
  /** From the later code: a `lang` the page changes after the first cards renders again. */
  private pageLang?: PageLangObserver;
  private readonly announcer = new AnnouncerController(this, () => !!this.feedState.loaded, '.status');
  private readonly feedState = new FeedController(this, () => ({ src: this.src, feed: this.feed, ...this.options }), {
    // The cards, or the error, appear in the widget's language at once, not in English first.
    prepare: (): Promise<unknown> => Promise.all([this.locale.load(), this.later.ready()]),
    // An error, an empty list or a notice is drawn by the later code: it comes before them, not after.
    unusual: () => this.later.load(),
    shown: (sameFeed) => {
      this.filterState = this.matched(this.filterState);
      if (!sameFeed) this.visibleCount = this.pageStep;
    },
  });
  private readonly later: LaterCodeController = new LaterCodeController(
    this,
    () => ({
      shown: !!this.feedState.loaded,
      layout: this.options.layout !== 'grid',
      code: this.forcedTheme || this.options.dateStyle === 'relative' || this.syncUrl || !!this.options.exclusions,
      filtering: hasActiveFilters(this.filterState),
      controls: drawnLater(this.options.controls),
      state:
        !!this.feedState.error ||
        typeof this.feedState.nextPage == 'object' ||
        (!!this.index && !this.filtered().length) ||
        this.feedState.offlineSavedAt !== undefined ||
        !!this.feedState.failedFeeds.length,
    }),
    this.warnOnce,
  );

  /** Also waits for the code loaded after the first cards, and the update it brings. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.later.settled();
    return (await super.getUpdateComplete()) && done;
  }

  /** The resources that match the current filters, in display order (all of them, not one page). */
  get resources(): Resource[] {
    return this.filtered().slice();
  }

  /** Loads the feed again. A failed refresh keeps the cards already shown. */
  refresh(): void {
    this.feedState.refresh();
  }

  private get forcedTheme(): boolean {
    return this.options.theme !== 'auto';
  }

  private get pageStep(): number {
    return this.options.pageSize || Number.POSITIVE_INFINITY;
  }

  /** The loaded resources less what `exclude-type`, `exclude-tag` and `since` leave out: what the list, counts and facets read. */
  private get index(): readonly IndexedResource[] | undefined {
    const index = this.feedState.loaded?.index;
    return index && this.kept(index);
  }

  /** `index` less what the exclusions leave out, by the later code, which they load before the first cards (without it, nothing is left out). */
  private kept(index: readonly IndexedResource[]): readonly IndexedResource[] {
    const { exclusions } = this.options;
    return (exclusions && this.later.code?.withoutExcluded(index, exclusions)) || index;
  }

  /** Filter values typed in attributes or carried by a link, in the feed's own spelling (by the later code, which they load). */
  private matched(state: FilterState): FilterState {
    const { index } = this;
    const { code } = this.later;
    return index && code ? code.matchedToFeed(state, index) : state;
  }

  private readonly filter = lastFiltered();

  /** The render, the status and the events all ask for the same list. */
  private filtered(): Resource[] {
    const { index } = this;
    return index ? this.filter(index, this.filterState, this.locale.locale, this.later.code?.matching) : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.options = resolveOptions(this, this.warnOnce);
    const { code } = this.later;
    // The first update with the later code: its page-wide `lang` observer and focus controller start,
    // and typed filter values are matched to the feed's spelling (`matched`), which it does.
    const codeArrived = !!code && !this.pageLang;
    if (codeArrived) {
      this.pageLang = new code.PageLangObserver(this);
      this.nextFocus = new code.FocusController(this);
    }
    if (code && this.forcedTheme) this.pageColorScheme ??= new code.PageColorSchemeController(this);
    const loaded = this.feedState.loaded?.index;
    if (code && loaded) (this.folding ??= new code.SearchTextFolding(this)).fold(loaded);
    const arrived = !!code && this.syncUrl && !this.urlSync;
    if (arrived) this.urlSync = new code.UrlSync(this, () => this.restoreFromUrl());
    let filterState = attributeFilters(this, this.filterState, (name: FilterAttribute) => changed.has(name), this.warnOnce);
    // A shared link wins over the editor's initial attributes.
    if (this.urlSync && this.syncUrl && (arrived || changed.has('syncUrl'))) filterState = this.urlSync.read(filterState);
    if (filterState !== this.filterState || codeArrived) this.filterState = this.matched(filterState);
    if (changed.has('pageSize')) this.visibleCount = this.pageStep;
  }

  /** Back or forward: the state the attributes and the page's address give. */
  private restoreFromUrl(): void {
    this.announcer.changing(false, () => '');
    this.filterState = this.matched(this.urlSync!.read(attributeFilters(this, EMPTY_FILTERS, () => true, this.warnOnce)));
    this.visibleCount = this.pageStep;
  }

  /** Applies a change the patron made, resets paging, and tells the host page. */
  private changeFilters(next: FilterState, typing = false): void {
    this.announcer.changing(typing, () => this.status());
    this.filterState = next;
    this.visibleCount = this.pageStep;
    this.urlSync?.write(next, typing);
    const total = this.index?.length ?? 0;
    const tell = (): void => {
      const { code } = this.later;
      if (code) emit(this, 'pf-filter-change', { ...code.filterDetail(next), shown: this.filtered().length, total });
    };
    // The detail and `shown` (the matching) come with the later code, which a change before it came loads at once.
    if (this.later.code) tell();
    else void this.later.load().then(tell);
  }

  /** A chip's or a Clear button's change (they are drawn by the later code, so it is there), then focus where it says. */
  private readonly applyThenFocus: ApplyFilters = (next, focusTarget) => {
    this.changeFilters(next);
    this.nextFocus?.after(() => focusTarget(this.renderRoot));
  };

  /** Shows `page-size` more cards, or all that remain, reading later documents when the loaded ones run short. */
  private showMore(): void {
    const matching = this.filtered().length;
    const firstNew = Math.min(this.visibleCount, matching);
    const wanted = firstNew + this.pageStep;
    const reveal = (): void => {
      this.visibleCount = wanted;
      this.nextFocus?.after(() => this.later.code?.cardFocusTarget(this.renderRoot, firstNew));
    };
    if (wanted <= matching || !this.feedState.loaded?.feed.nextUrl) return reveal();
    const { filterState } = this;
    const { locale } = this.locale;
    const enough = ({ feed }: PagedFeed): boolean =>
      applyFilters(this.kept(indexResources(feed.items)), filterState, this.later.code?.matching ?? everything, locale).length >= wanted;
    void this.feedState.loadMore(enough, reveal);
  }

  private status(): string {
    const total = this.index?.length;
    const matching = this.filtered().length;
    const shown = Math.min(this.visibleCount, matching);
    const { strings, formatNumber } = this.locale;
    const { code } = this.later;
    // Without the later code nothing has narrowed the list, which the plain words say.
    if (!total) return '';
    return code
      ? code.statusText(this.filterState, shown, matching, total, strings, formatNumber)
      : strings.showingOfTotal(shown, total, formatNumber);
  }

  private readonly reason = (error: FeedError): string =>
    this.later.code?.errorReason(error, this.options.timeoutSeconds, this.locale.strings, this.locale.formatNumber) ?? error.message;

  override render(): TemplateResult {
    const { strings } = this.locale;
    const { loaded, error } = this.feedState;
    const errorView = error
      ? renderError(strings.errorTitle, this.reason(error), error.url || this.src || '', strings, () => this.refresh(), !loaded)
      : nothing;
    const { layout, pageSize, hidden } = this.options;
    const content = loaded
      ? html`${this.renderLoaded(loaded, strings)}${errorView}`
      : html`${error ? errorView : renderSkeletons(strings, layout, pageSize, !hidden.has('header'))}
          <p part="status" class="status" role="status"></p>`;
    // The root resets the text properties a host page's `!important` rules could push through :host.
    const boxed = this.pageColorScheme?.differsFrom(this.theme);
    return html`<div class="sizer" aria-hidden="true"></div>
      <div class="root layout-${layout}${boxed ? ' boxed' : ''}">${content}</div>`;
  }

  private renderLoaded({ feed }: LoadedFeed, strings: ShownStrings): TemplateResult {
    const index = this.index!;
    const { headingLevel: level, hidden, linkTarget } = this.options;
    const locale = this.locale.locale;
    const headingText = this.heading?.trim() || feed.title || strings.defaultHeading;
    const results = this.filtered();
    const visible = results.slice(0, this.visibleCount);
    const headerOptions = { headingText, level, hidden, linkTarget, strings };
    // The chips and the search's marks in the titles come with the later code, which an active filter loads before it shows.
    const { code } = this.later;
    const card = {
      ...this.options,
      terms: code?.searchTerms(this.filterState.query) ?? [],
      highlight: code?.highlightRanges,
      relativeDate: code?.formatRelativeDate,
      titleLevel: level + 1,
      locale,
      strings,
    };
    const { offlineSavedAt: savedAt, nextPage } = this.feedState;
    // A section labelled by the topic heading: a region landmark per widget, and it keeps the
    // header from counting as the page's banner when several widgets share a page.
    return html`<section class="widget" aria-labelledby="heading">
      ${renderHeader(feed, headerOptions)}
      ${renderFilters({ ...this.options, ...this.panel, index, state: this.filterState, open: this.open, later: code }, strings, this.locale.formatNumber)}
      ${code?.renderChips(html, this.filterState, strings, this.applyThenFocus)}
      <p part="status" class="status" role="status" aria-live=${this.announcer.live ? 'polite' : 'off'}>
        ${this.announcer.text(this.status())}
      </p>
      ${code?.renderNotices(html, savedAt, this.feedState.failedFeeds, strings, locale)}
      ${visible.length ? renderCardList(visible, card, this.feedState.busy) : code?.renderEmpty(html, index.length, this.filterState, strings, this.applyThenFocus)}
      ${renderMore(nextPage, this.reason, visible.length < results.length || !!feed.nextUrl, strings, () => this.showMore())}
      ${renderRelated(feed.related, headerOptions)}
    </section>`;
  }

  private readonly panel = {
    onChange: (next: FilterState, typing?: boolean) => this.changeFilters(next, typing),
    warn: this.warnOnce,
    onExpand: (facet: Facet) => this.expand(facet),
    onToggleControls: () => (this.open = { ...this.open, controls: !this.open.controls }),
  };

  /** Shows every option of a facet; focus moves to the first that was hidden, where the patron was heading. */
  private expand(facet: Facet): void {
    this.open = { ...this.open, expanded: new Set([...this.open.expanded, facet.control]) };
    // The "More" button comes with the later code, so it is there.
    if ('collapsed' in facet)
      this.nextFocus?.after(() => this.later.code?.facetOption(this.renderRoot, facet.control, facet.collapsed.limit));
  }
}
