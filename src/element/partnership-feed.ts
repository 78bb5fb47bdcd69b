import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { Task, TaskStatus } from '@lit/task';
import { FeedError, isAbortError } from '../feed/errors.js';
import { pageFeedCache } from '../feed/cache.js';
import { loadFeed, loadFeedCached, type LoadResult } from '../feed/load.js';
import { LIMITS, type Feed, type Resource } from '../feed/model.js';
import { FEED_FORMATS, normalizeFeedDocument, type FeedFormat } from '../feed/parse.js';
import { pageBaseUrl, safeHttpUrl } from '../feed/url.js';
import {
  applyFilters,
  foldSearchTexts,
  hasActiveFilters,
  indexResources,
  matchKnownValues,
  tagOptions,
  toggleValue,
  typeOptions,
  yearOptions,
  type FilterState,
  type IndexedResource,
} from '../filter/filter.js';
import { searchTerms } from '../filter/search.js';
import { filtersFromParams, hasUrlState, paramsWithFilters, urlKeyPrefix } from '../filter/url-state.js';
import { hasStrings, loadStrings, stringsFor, uiLanguage, type UiStrings } from '../i18n/strings.js';
import { DATE_STYLES, formatDateTime, formatNumber, type DateStyle } from './format.js';
import {
  DEFAULTS,
  controlsOption,
  integerOption,
  keywordOption,
  listOption,
  secondsOption,
  sortOption,
  LAYOUTS,
  LINK_TARGETS,
  THEMES,
  hiddenPartsOption,
  type ControlName,
  type HideablePart,
  type Layout,
} from './options.js';
import { PageColorSchemeController } from './controllers/page-color-scheme.js';
import { IdleWorkController } from './controllers/idle-work.js';
import { styles } from './partnership-feed.styles.js';
import { renderCard } from './templates/card.js';
import { renderChips, renderControls, renderFacet, renderSearch, renderSort, type Chip } from './templates/controls.js';
import { clampLevel } from './templates/heading.js';
import { renderHeader, renderRelated } from './templates/header.js';
import { renderError, renderSkeletons } from './templates/states.js';

/** What `pf-load` carries. */
export interface LoadDetail {
  total: number;
  feed: Feed;
}

/** What `pf-error` carries. */
export interface ErrorDetail {
  kind: FeedError['kind'];
  message: string;
  status?: number;
}

/** What `pf-filter-change` carries. */
export interface FilterChangeDetail {
  types: string[];
  tags: string[];
  query: string;
  sort: FilterState['sort'];
  /** How many resources match the filters. */
  shown: number;
  /** How many resources the feed has. */
  total: number;
}

interface LoadedFeed {
  /** What was loaded (the resolved URL, or the `feed` property), to tell a refresh from a new feed. */
  key: unknown;
  feed: Feed;
  index: IndexedResource[];
  /** The documents this feed was read from, so a `next_url` that loops back is not followed. */
  pages: ReadonlySet<string>;
  /** How many of the items came from the first document; the rest came through "Show more". */
  firstPageCount: number;
}

/** How long typing must pause before the result count is announced. */
const TYPING_PAUSE_MS = 600;
/** Tags shown before the "More tags" disclosure. */
const COLLAPSED_TAG_COUNT = 8;

/**
 * A topic's resource feed as an accessible, filterable list of cards.
 *
 * @tag partnership-feed
 * @summary Renders a JSON Feed (topic header, filterable cards, related topics) from one script tag.
 *
 * @attr src - Feed URL, relative to the page. Changing it loads the new feed and cancels the old request.
 * @attr format - `auto` (default, detects), `jsonfeed`, `wordpress`, `drupal` or `rss` (RSS 2.0 and Atom).
 * @attr layout - `grid` (default, responsive columns), `list` (one column, image beside the text) or `compact` (title, type and date).
 * @attr hide - Parts to leave out, space-separated: `header` `image` `excerpt` `date` `type` `tags` `related` `credit`.
 * @attr date-style - `long` (default), `medium`, `short` or `relative`.
 * @attr link-target - `_blank` opens links in a new tab (with `rel="noopener noreferrer"` and an "opens in a new tab" hint).
 * @attr theme - `auto` (default: follows the page's declared colour scheme, so light on a page that declares none), `light` or `dark` (a box of its own where it differs from the page).
 * @attr lang - UI language and date locale (`en`, `es`, `fr`; others fall back to English). Default: the nearest ancestor's `lang`, else the page's.
 * @attr heading - Overrides the topic heading text (default: the feed's title).
 * @attr heading-level - Level of the topic heading, 1–6 (default 2); card titles are one level below.
 * @attr page-size - Cards shown before "Show more" (default 12); `0` shows all.
 * @attr filters - Controls to show, space-separated: `type` `tag` `search` `sort` `date`, or `none` (default `type search`).
 * @attr type - Initial type selection, comma-separated (e.g. `Webinar`).
 * @attr tag - Initial tag selection, comma-separated.
 * @attr query - Initial search text.
 * @attr sort - `newest` (default), `oldest` or `title`.
 * @attr excerpt-words - Excerpt length in words, cut on a word boundary with "…" (default 40).
 * @attr timeout - Seconds to wait for the feed before failing with a `timeout` error (default 15).
 * @attr sync-url - Boolean. Mirrors the filter state into the page's query string (`pf-type`, `pf-tag`, `pf-q`, `pf-year`, `pf-sort`; an element `id` namespaces them as `pf-<id>-type`…) and restores it on load and on back/forward.
 * @attr cache-ttl - Seconds a fetched feed is reused from storage, stale-while-revalidate (default 300); `0` disables.
 *
 * @fires pf-load - A feed was loaded and rendered. `detail: { total, feed }`.
 * @fires pf-error - Loading failed. `detail: { kind: 'network' | 'http' | 'timeout' | 'invalid', message, status? }`.
 * @fires pf-filter-change - The patron changed a filter. `detail: { types, tags, query, sort, shown, total }`.
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
export class PartnershipFeed extends LitElement {
  static override styles = styles;

  // Declared here rather than with decorators, whose calls and helper cost the bundles 0.4 KB
  // gzipped (`npm run size`). `attribute: false` beside `state` keeps internal state out of the
  // custom-elements.json attributes, where the manifest analyzer would otherwise list it.
  static override properties = {
    src: {},
    format: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    pageSize: { attribute: 'page-size', type: Number },
    filters: {},
    type: {},
    tag: {},
    query: {},
    sort: {},
    excerptWords: { attribute: 'excerpt-words', type: Number },
    timeout: { type: Number },
    cacheTtl: { attribute: 'cache-ttl', type: Number },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    layout: {},
    hide: {},
    dateStyle: { attribute: 'date-style' },
    linkTarget: { attribute: 'link-target' },
    theme: { reflect: true },
    translations: { attribute: false },
    feed: { attribute: false },
    filterState: { state: true, attribute: false },
    visibleCount: { state: true, attribute: false },
    loaded: { state: true, attribute: false },
    refreshCount: { state: true, attribute: false },
    offlineCopySavedAt: { state: true, attribute: false },
    nextPage: { state: true, attribute: false },
    tagsExpanded: { state: true, attribute: false },
    controlsExpanded: { state: true, attribute: false },
    statusLive: { state: true, attribute: false },
    announcedStatus: { state: true, attribute: false },
  };

  src?: string;
  format: string = 'auto';
  heading?: string;
  headingLevel: number = DEFAULTS.headingLevel;
  pageSize: number = DEFAULTS.pageSize;
  filters: string = DEFAULTS.filters;
  type?: string;
  tag?: string;
  query?: string;
  sort: string = DEFAULTS.sort;
  excerptWords: number = DEFAULTS.excerptWords;
  timeout: number = DEFAULTS.timeout;
  cacheTtl: number = DEFAULTS.cacheTtl;
  syncUrl = false;
  layout: string = 'grid';
  hide: string = '';
  dateStyle: string = 'long';
  linkTarget?: string;
  /** Reflected, so the styles can follow it with `:host([theme=dark])`. */
  theme: string = 'auto';

  private readonly pageColorScheme = new PageColorSchemeController(this);
  // perf: fold the search text in idle time after the first paint, so the first search is as fast as later ones.
  private readonly idleWork = new IdleWorkController(this);
  private foldWhenIdle(index: IndexedResource[], next = 0): void {
    this.idleWork.run(() => (next = foldSearchTexts(index, next, 100)) < index.length);
  }

  /**
   * Strings for more languages, or replacements for the shipped ones, keyed by language code:
   * `{ de: { showMore: 'Mehr anzeigen', … } }`. What a language leaves out comes from English.
   */
  translations: Record<string, Partial<UiStrings>> = {};

  /** A feed document (JSON Feed) to render instead of fetching `src`. */
  feed?: unknown;

  private filterState: FilterState = { types: [], tags: [], query: '', sort: DEFAULTS.sort };
  private visibleCount: number = DEFAULTS.pageSize;
  private loaded?: LoadedFeed;
  /** Bumped by refresh() so the task sees new arguments and runs again. */
  private refreshCount = 0;
  /** When the feed shown is a stored copy because the network failed: when that copy was fetched. */
  private offlineCopySavedAt?: number;
  /** Loading the feed's next page (`next_url`): idle, under way, or failed. */
  private nextPage: 'idle' | 'loading' | FeedError = 'idle';
  /** The tag facet shows every tag, not only the most used. */
  private tagsExpanded = false;
  /** The narrow-screen "Filters" disclosure is open. */
  private controlsExpanded = false;
  /**
   * The status region stays silent (`aria-live="off"`) until the first results have rendered, so
   * the count is announced after the patron's changes, never on load.
   */
  private statusLive = false;
  /** The status text as last announced; typing updates it only once the patron pauses. */
  private announcedStatus?: string;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private lastRefreshCount = 0;
  private backgroundController?: AbortController;

  private readonly warned = new Set<string>();
  private readonly warnOnce = (message: string): void => {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(message);
  };

  private abortedByDisconnect = false;
  private pendingLoadEvent = false;
  private focusAfterUpdate?: () => HTMLElement | null | undefined;

  private readonly feedTask = new Task(this, {
    task: async ([src, feed, format, timeoutSeconds, ttlSeconds, refreshCount], { signal }): Promise<LoadResult> => {
      this.backgroundController?.abort();
      const force = refreshCount !== this.lastRefreshCount;
      this.lastRefreshCount = refreshCount;
      // The cards, or the error, appear in the widget's language at once, not in English first.
      const stringsLoaded = this.loadUiStrings();
      try {
        if (feed !== undefined) return { feed: await normalizeFeedDocument(feed, { baseUrl: pageBaseUrl(), format }), stale: false };
        const url = this.resolvedUrl(src);
        if (!url)
          throw new FeedError('invalid', src ? 'the address is not an http(s) URL' : 'no feed address: set the src attribute', src ?? '');
        return await loadFeedCached(url, {
          ...this.loadOptions(signal, format, timeoutSeconds),
          cache: pageFeedCache(),
          ttlMs: ttlSeconds * 1000,
          force,
        });
      } finally {
        await stringsLoaded;
      }
    },
    args: () => [this.src, this.feed, this.feedFormat, this.timeoutSeconds, this.cacheTtlSeconds, this.refreshCount] as const,
    onComplete: (result) => this.resultLoaded(result),
    onError: (error) => this.feedFailed(error),
  });

  /** The resources that match the current filters, in display order (all of them, not one page). */
  get resources(): Resource[] {
    return this.filteredResources().slice();
  }

  private lastFiltered?: { index: IndexedResource[]; state: FilterState; locale: string | undefined; results: Resource[] };

  /** applyFilters, once per state: the render, the status and the events all ask for the same list. */
  private filteredResources(): Resource[] {
    const loaded = this.loaded;
    if (!loaded) return [];
    const memo = this.lastFiltered;
    const locale = this.locale;
    if (memo && memo.index === loaded.index && memo.state === this.filterState && memo.locale === locale) return memo.results;
    const results = applyFilters(loaded.index, this.filterState, locale);
    this.lastFiltered = { index: loaded.index, state: this.filterState, locale, results };
    return results;
  }

  /** Loads the feed again. A failed refresh keeps the cards already shown. */
  refresh(): void {
    this.refreshCount += 1;
  }

  /**
   * `lang` is HTMLElement's own property, not one Lit can observe, and it may be set on any
   * ancestor: a page that switches language (a bilingual site's toggle) changes it after render.
   */
  private readonly langObserver = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    this.langObserver.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    window.addEventListener('popstate', this.onPopState);
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.feedTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver.disconnect();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.typingTimer);
    this.backgroundController?.abort();
    // A widget taken off the page must not keep a request open, nor render its answer later.
    if (this.feedTask.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.feedTask.abort();
    }
  }

  private get feedFormat(): FeedFormat {
    return keywordOption('format', this.format, FEED_FORMATS, 'auto', this.warnOnce);
  }

  private get timeoutSeconds(): number {
    return secondsOption('timeout', this.timeout, DEFAULTS.timeout, this.warnOnce);
  }

  private get cacheTtlSeconds(): number {
    return integerOption('cache-ttl', this.cacheTtl, 0, 31_536_000, DEFAULTS.cacheTtl, this.warnOnce);
  }

  private loadOptions(signal: AbortSignal | undefined, format: FeedFormat, timeoutSeconds: number) {
    return { signal, timeoutMs: timeoutSeconds * 1000, format, warn: console.warn, deferred: true }; // perf: deferred
  }

  private get pageSizeValue(): number {
    return integerOption('page-size', this.pageSize, 0, 10_000, DEFAULTS.pageSize, this.warnOnce);
  }

  private get headingLevelValue(): number {
    return integerOption('heading-level', this.headingLevel, 1, 6, DEFAULTS.headingLevel, this.warnOnce);
  }

  private get excerptWordsValue(): number {
    return integerOption('excerpt-words', this.excerptWords, 0, 1000, DEFAULTS.excerptWords, this.warnOnce);
  }

  private get layoutValue(): Layout {
    return keywordOption('layout', this.layout, LAYOUTS, 'grid', this.warnOnce);
  }

  private get dateStyleValue(): DateStyle {
    return keywordOption('date-style', this.dateStyle, DATE_STYLES, 'long', this.warnOnce);
  }

  private get linkTargetValue(): string | undefined {
    return this.linkTarget ? keywordOption('link-target', this.linkTarget, LINK_TARGETS, '_self', this.warnOnce) : undefined;
  }

  /** What `hide` leaves out, plus what the compact layout never shows. */
  private get hiddenParts(): Set<HideablePart> {
    const hidden = hiddenPartsOption(this.hide, this.warnOnce);
    if (this.layoutValue === 'compact') for (const part of ['image', 'excerpt', 'tags'] as const) hidden.add(part);
    return hidden;
  }

  private get controls(): Set<ControlName> {
    return controlsOption(this.filters, this.warnOnce);
  }

  /** The language for UI strings and dates: the element's, else the nearest ancestor's, else the page's. */
  private get locale(): string | undefined {
    const lang = (this.closest('[lang]') as HTMLElement | null)?.lang || document.documentElement.lang;
    if (!lang) return undefined;
    try {
      // Some CMSs write a server locale (`es_ES`) where HTML wants a language tag (`es-ES`).
      return Intl.getCanonicalLocales(lang.replace(/_/g, '-'))[0];
    } catch {
      return undefined;
    }
  }

  private get strings(): UiStrings {
    return stringsFor(this.locale, this.translations);
  }

  /** Loads the shipped strings of the widget's language if they are not loaded yet, then renders with them. */
  private loadUiStrings(): Promise<void> {
    const code = uiLanguage(this.locale, this.translations);
    if (hasStrings(code)) return Promise.resolve();
    return loadStrings(code, this.warnOnce).then(() => this.requestUpdate());
  }

  private resolvedUrl(src: string | undefined): string | undefined {
    return src ? safeHttpUrl(src, pageBaseUrl()) : undefined;
  }

  private get loadKey(): unknown {
    return this.feed ?? this.resolvedUrl(this.src);
  }

  private resultLoaded(result: LoadResult): void {
    this.feedLoaded(result.feed);
    this.offlineCopySavedAt = result.failure ? result.savedAt : undefined;
    if (result.failure) this.announceError(result.failure);
    else if (result.stale) void this.revalidate();
  }

  /** Refreshes a stale stored copy behind the cards already shown. */
  private async revalidate(): Promise<void> {
    const url = this.resolvedUrl(this.src);
    if (!url) return;
    const controller = new AbortController();
    this.backgroundController = controller;
    const key = this.loadKey;
    try {
      const result = await loadFeedCached(url, {
        ...this.loadOptions(controller.signal, this.feedFormat, this.timeoutSeconds),
        cache: pageFeedCache(),
        ttlMs: this.cacheTtlSeconds * 1000,
        force: true,
      });
      // A newer src or a removal aborted this; its answer belongs to a feed no longer shown.
      if (controller.signal.aborted || key !== this.loadKey) return;
      if (result.failure) {
        this.offlineCopySavedAt = result.savedAt;
        this.announceError(result.failure);
      } else {
        this.feedLoaded(result.feed, { keepLaterPages: true });
      }
    } catch (error) {
      if (!controller.signal.aborted && !isAbortError(error)) this.announceError(this.asFeedError(error));
    }
  }

  /** Shows more cards; when the loaded ones run out and the feed has a next page, fetches it first. */
  private async loadNextPage(firstNew: number): Promise<void> {
    const loaded = this.loaded;
    if (!loaded?.feed.nextUrl || this.nextPage === 'loading') return;
    this.nextPage = 'loading';
    const controller = new AbortController();
    this.backgroundController = controller;
    try {
      const usedIds = new Set(loaded.feed.items.map((item) => item.id));
      const page = await loadFeed(loaded.feed.nextUrl, {
        ...this.loadOptions(controller.signal, this.feedFormat, this.timeoutSeconds),
        usedIds,
      });
      if (controller.signal.aborted || this.loaded !== loaded) return;
      const pages = new Set(loaded.pages).add(loaded.feed.nextUrl);
      // SPEC.md's item limit holds across pages too, and a chain of pages that loops ends here.
      const items = [...loaded.feed.items, ...page.items].slice(0, LIMITS.maxItems);
      const more = page.nextUrl && !pages.has(page.nextUrl) && items.length < LIMITS.maxItems;
      const feed: Feed = { ...loaded.feed, items, nextUrl: more ? page.nextUrl : undefined };
      this.loaded = { ...loaded, feed, index: indexResources(items), pages };
      this.foldWhenIdle(this.loaded.index); // perf
      this.nextPage = 'idle';
      this.pendingLoadEvent = true;
      this.showMore(firstNew);
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.nextPage = this.asFeedError(error);
    }
  }

  /**
   * Shows a feed's first document. After a background refresh (`keepLaterPages`), the cards "Show
   * more" brought in from later documents stay after it: the refresh never takes back what the
   * patron asked to see.
   */
  private feedLoaded(firstPage: Feed, { keepLaterPages = false } = {}): void {
    const previous = this.loaded;
    const key = this.loadKey;
    const sameFeed = previous?.key === key;
    let feed = firstPage;
    let pages: ReadonlySet<string> = new Set(typeof key === 'string' ? [key] : []);
    if (keepLaterPages && previous && sameFeed && previous.pages.size > 1) {
      const refreshed = new Set(firstPage.items.map((item) => item.id));
      const later = previous.feed.items.slice(previous.firstPageCount).filter((item) => !refreshed.has(item.id));
      feed = { ...firstPage, items: [...firstPage.items, ...later].slice(0, LIMITS.maxItems), nextUrl: previous.feed.nextUrl };
      pages = previous.pages;
    }
    this.loaded = { key, feed, index: indexResources(feed.items), pages, firstPageCount: firstPage.items.length };
    this.foldWhenIdle(this.loaded.index); // perf
    this.filterState = this.matchedToFeed(this.filterState);
    if (!sameFeed) this.visibleCount = this.pageSizeValue || Number.POSITIVE_INFINITY;
    this.nextPage = 'idle';
    this.pendingLoadEvent = true;
  }

  private feedFailed(error: unknown): void {
    // An element with neither `src` nor `feed` yet has failed nothing: a script may be about to set
    // one. It shows what to set, but tells no listener a load failed.
    if (isAbortError(error) || (!this.src && this.feed === undefined)) return;
    const failure = this.asFeedError(error);
    // A new feed that fails must not leave the previous feed's cards on screen.
    if (this.loaded && this.loaded.key !== this.loadKey) this.loaded = undefined;
    this.announceError(failure);
  }

  private announceError(failure: FeedError): void {
    const url = failure.url || this.src || '';
    const detail: ErrorDetail = {
      kind: failure.kind,
      message: `Could not load the feed ${url}: ${failure.message}.`,
      ...(failure.status !== undefined ? { status: failure.status } : {}),
    };
    this.dispatchEvent(new CustomEvent<ErrorDetail>('pf-error', { detail, bubbles: true, composed: true }));
  }

  private asFeedError(error: unknown): FeedError {
    if (error instanceof FeedError) return error;
    // Not expected: every loader failure is a FeedError. Still never an uncaught error on the host page.
    return new FeedError('invalid', error instanceof Error ? error.message : String(error), this.src);
  }

  /** Types and tags an editor typed, in the feed's own spelling. */
  private matchedToFeed(filterState: FilterState): FilterState {
    if (!this.loaded) return filterState;
    const index = this.loaded.index;
    const types = [...new Set(index.map((entry) => entry.resource.type).filter(Boolean))];
    const tags = [...new Set(index.flatMap((entry) => entry.resource.tags))];
    return { ...filterState, types: matchKnownValues(filterState.types, types), tags: matchKnownValues(filterState.tags, tags) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    let { filterState } = this;
    if (changed.has('type')) filterState = { ...filterState, types: listOption(this.type) };
    if (changed.has('tag')) filterState = { ...filterState, tags: listOption(this.tag) };
    if (changed.has('query')) filterState = { ...filterState, query: this.query ?? '' };
    if (changed.has('sort')) filterState = { ...filterState, sort: sortOption(this.sort, this.warnOnce) };
    // A shared link wins over the editor's initial attributes.
    if (changed.has('syncUrl') && this.syncUrl) filterState = this.filtersFromUrl(filterState);
    if (filterState !== this.filterState) this.filterState = this.matchedToFeed(filterState);
    if (changed.has('pageSize')) this.visibleCount = this.pageSizeValue || Number.POSITIVE_INFINITY;
    if (changed.has('theme')) keywordOption('theme', this.theme, THEMES, 'auto', this.warnOnce);
    void this.loadUiStrings();
  }

  private get urlPrefix(): string {
    return urlKeyPrefix(this.id);
  }

  private filtersFromUrl(fallback: FilterState): FilterState {
    const params = new URLSearchParams(window.location.search);
    return hasUrlState(params, this.urlPrefix) ? filtersFromParams(params, this.urlPrefix, fallback) : fallback;
  }

  private readonly onPopState = (): void => {
    if (!this.syncUrl) return;
    const defaults: FilterState = {
      types: listOption(this.type),
      tags: listOption(this.tag),
      query: this.query ?? '',
      sort: sortOption(this.sort, this.warnOnce),
    };
    this.filterState = this.matchedToFeed(this.filtersFromUrl(defaults));
    this.visibleCount = this.pageSizeValue || Number.POSITIVE_INFINITY;
    this.announceStatusSoon(false);
  };

  /** Mirrors the state into the query string: a discrete change is a new history entry, typing is not. */
  private writeUrl(state: FilterState, replace: boolean): void {
    if (!this.syncUrl) return;
    const params = paramsWithFilters(new URLSearchParams(window.location.search), this.urlPrefix, state);
    const search = params.toString();
    const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  /** Updates the announced status now, or once typing pauses. */
  private announceStatusSoon(typing: boolean): void {
    clearTimeout(this.typingTimer);
    if (!typing) {
      this.announcedStatus = undefined;
      return;
    }
    const pending = this.announcedStatus ?? this.currentStatus();
    this.announcedStatus = pending;
    this.typingTimer = setTimeout(() => {
      this.announcedStatus = undefined;
    }, TYPING_PAUSE_MS);
  }

  private currentStatus(): string {
    const loaded = this.loaded;
    if (!loaded) return '';
    const results = this.filteredResources();
    return this.statusText(Math.min(this.visibleCount, results.length), results.length, loaded.feed.items.length, this.strings);
  }

  protected override updated(): void {
    if (this.focusAfterUpdate) {
      const target = this.focusAfterUpdate();
      this.focusAfterUpdate = undefined;
      target?.focus();
    }
    // After the first results have rendered, not during this update (Lit would warn of an
    // update scheduled inside an update): the count shown on load is never announced.
    if (this.loaded && !this.statusLive) queueMicrotask(() => (this.statusLive = true));
    if (this.pendingLoadEvent && this.loaded) {
      this.pendingLoadEvent = false;
      const detail: LoadDetail = { total: this.loaded.feed.items.length, feed: this.loaded.feed };
      this.dispatchEvent(new CustomEvent<LoadDetail>('pf-load', { detail, bubbles: true, composed: true }));
    }
  }

  /** Applies a change the patron made, resets paging, and tells the host page. */
  private changeFilters(next: FilterState, how: { typing?: boolean } = {}): void {
    const typing = how.typing ?? false;
    this.announceStatusSoon(typing);
    this.filterState = next;
    this.visibleCount = this.pageSizeValue || Number.POSITIVE_INFINITY;
    this.writeUrl(next, typing);
    const total = this.loaded?.feed.items.length ?? 0;
    const detail: FilterChangeDetail = {
      types: [...next.types],
      tags: [...next.tags],
      query: next.query,
      sort: next.sort,
      shown: this.filteredResources().length,
      total,
    };
    this.dispatchEvent(new CustomEvent<FilterChangeDetail>('pf-filter-change', { detail, bubbles: true, composed: true }));
  }

  private clearFilters(): void {
    this.changeFilters({ ...this.filterState, types: [], tags: [], query: '', year: undefined });
    // The button that was used disappears with the no-match state or the chips: keep focus in the widget.
    this.focusAfterUpdate = () => this.firstControl();
  }

  private firstControl(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="controls"] :is(button, input, select)');
  }

  /** Removes one chip's filter; focus goes to the chip that takes its place, else the first control. */
  private removeChip(chip: Chip, index: number): void {
    chip.onRemove();
    this.focusAfterUpdate = () => {
      const chips = this.renderRoot.querySelectorAll<HTMLElement>('.chip');
      return chips[Math.min(index, chips.length - 1)] ?? this.firstControl();
    };
  }

  private chips(state: FilterState, strings: UiStrings): Chip[] {
    const chips: Chip[] = [];
    for (const type of state.types)
      chips.push({
        key: `type:${type}`,
        label: type,
        onRemove: () => this.changeFilters({ ...state, types: state.types.filter((t) => t !== type) }),
      });
    for (const tag of state.tags)
      chips.push({
        key: `tag:${tag}`,
        label: tag,
        onRemove: () => this.changeFilters({ ...state, tags: state.tags.filter((t) => t !== tag) }),
      });
    if (state.year !== undefined)
      chips.push({ key: 'year', label: String(state.year), onRemove: () => this.changeFilters({ ...state, year: undefined }) });
    if (state.query.trim())
      chips.push({
        key: 'query',
        label: strings.searchChip(state.query.trim()),
        onRemove: () => this.changeFilters({ ...state, query: '' }),
      });
    return chips.map((chip, index) => ({ ...chip, onRemove: () => this.removeChip({ ...chip }, index) }));
  }

  private showMore(firstNew: number): void {
    this.visibleCount += this.pageSizeValue || Number.POSITIVE_INFINITY;
    this.focusAfterUpdate = () => {
      const card = this.renderRoot.querySelectorAll<HTMLElement>('[part~="list"] > li')[firstNew];
      const link = card?.querySelector('a');
      if (link || !card) return link;
      // A card without a link has nothing focusable; focus the card itself so focus is not lost.
      card.tabIndex = -1;
      return card;
    };
  }

  private readonly formatCount = (value: number): string => formatNumber(value, this.locale);

  override render(): TemplateResult {
    const strings = this.strings;
    const loaded = this.loaded;
    const error =
      this.feedTask.status === TaskStatus.ERROR && !isAbortError(this.feedTask.error) ? this.asFeedError(this.feedTask.error) : undefined;
    const errorUrl = error ? error.url || this.src || '' : '';
    const errorView = error ? renderError(this.errorReason(error, strings), errorUrl, strings, () => this.refresh(), !loaded) : nothing;
    const content = loaded
      ? html`${this.renderLoaded(loaded, strings)}${errorView}`
      : html`${error ? errorView : renderSkeletons(strings, this.layoutValue, this.pageSizeValue, !this.hiddenParts.has('header'))}
          <p part="status" class="status" role="status"></p>`;
    // The root resets the text properties a host page's `!important` rules could push through :host.
    // A forced theme unlike the page's colours gets a box of its own; otherwise the page shows through.
    const boxed = (this.theme === 'light' || this.theme === 'dark') && this.theme !== this.pageColorScheme.scheme;
    return html`<div class="sizer" aria-hidden="true"></div>
      <div class="root layout-${this.layoutValue}${boxed ? ' boxed' : ''}">${content}</div>`;
  }

  private renderLoaded({ feed, index }: LoadedFeed, strings: UiStrings): TemplateResult {
    const level = this.headingLevelValue;
    const headingText = this.heading?.trim() || feed.title || strings.defaultHeading;
    const results = this.filteredResources();
    const visible = results.slice(0, this.visibleCount);
    const total = feed.items.length;
    const busy = this.feedTask.status === TaskStatus.PENDING;
    const terms = searchTerms(this.filterState.query);
    // A section labelled by the topic heading: a region landmark per widget, and it keeps the
    // header from counting as the page's banner when several widgets share a page.
    const hidden = this.hiddenParts;
    const linkTarget = this.linkTargetValue;
    const headerOptions = { headingText, level, hidden, linkTarget, strings };
    return html`<section class="widget" aria-labelledby="heading">
      ${renderHeader(feed, headerOptions)} ${this.renderControls(index, strings)}
      ${renderChips(this.chips(this.filterState, strings), strings, () => this.clearFilters())}
      <p part="status" class="status" role="status" aria-live=${this.statusLive ? 'polite' : 'off'}>
        ${this.announcedStatus ?? this.statusText(visible.length, results.length, total, strings)}
      </p>
      ${
        this.offlineCopySavedAt !== undefined
          ? html`<p class="notice">${strings.offlineCopy(formatDateTime(this.offlineCopySavedAt, this.locale))}</p>`
          : nothing
      }
      ${
        visible.length
          ? html`<ul part="list" class="list" aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'}>
              ${visible.map((resource) =>
                // A card is never reused for another resource: its image and broken-image state stay its own.
                keyed(
                  resource.id,
                  renderCard(resource, {
                    terms,
                    titleLevel: clampLevel(level + 1),
                    excerptWords: this.excerptWordsValue,
                    locale: this.locale,
                    dateStyle: this.dateStyleValue,
                    hidden,
                    linkTarget,
                    strings,
                  }),
                ),
              )}
            </ul>`
          : this.renderEmpty(total, strings)
      }
      ${this.renderMore(visible.length, results.length, Boolean(feed.nextUrl), strings)} ${renderRelated(feed.related, headerOptions)}
    </section>`;
  }

  private renderMore(visible: number, matching: number, hasNextPage: boolean, strings: UiStrings): TemplateResult | typeof nothing {
    const failure = this.nextPage instanceof FeedError ? this.nextPage : undefined;
    if (failure) {
      return html`<div part="error" class="error" role="alert">
        <p class="error-title">${strings.moreFailed}</p>
        <p class="error-detail">${strings.errorDetail(failure.url ?? '', this.errorReason(failure, strings))}</p>
        <button type="button" part="retry" class="button" @click=${() => this.loadNextPage(visible)}>${strings.retry}</button>
      </div>`;
    }
    if (visible >= matching && !hasNextPage) return nothing;
    const loading = this.nextPage === 'loading';
    return html`<button
      type="button"
      part="more"
      class="button more"
      aria-disabled=${loading ? 'true' : 'false'}
      @click=${() => (loading ? undefined : visible < matching ? this.showMore(visible) : this.loadNextPage(visible))}
    >
      ${loading ? strings.loadingMore : strings.showMore}
    </button>`;
  }

  /** What went wrong, in the widget's language. */
  private errorReason(error: FeedError, strings: UiStrings): string {
    switch (error.kind) {
      case 'network':
        return strings.errorNetwork;
      case 'timeout':
        return strings.errorTimeout(this.formatCount(this.timeoutSeconds));
      case 'http':
        return strings.errorHttp(String(error.status ?? ''));
      default:
        return strings.errorInvalid(error.message);
    }
  }

  private statusText(visible: number, matching: number, total: number, strings: UiStrings): string {
    if (total === 0) return '';
    if (matching === 0) return strings.noMatch;
    return visible < matching && hasActiveFilters(this.filterState)
      ? strings.showingOfMatching(visible, matching, this.formatCount)
      : strings.showingOfTotal(visible < matching ? visible : matching, visible < matching ? matching : total, this.formatCount);
  }

  private renderEmpty(total: number, strings: UiStrings): TemplateResult {
    if (total === 0) return html`<p part="empty" class="empty">${strings.emptyFeed}</p>`;
    return html`<div part="empty" class="empty">
      <p>${strings.noMatch}</p>
      <button type="button" part="clear" class="button" @click=${() => this.clearFilters()}>${strings.clearFilters}</button>
    </div>`;
  }

  private renderControls(index: IndexedResource[], strings: UiStrings): TemplateResult | typeof nothing {
    const controls = this.controls;
    const state = this.filterState;
    const facet = (name: 'type' | 'tag'): TemplateResult | typeof nothing => {
      if (!controls.has(name)) return nothing;
      const options = name === 'type' ? typeOptions(index, state) : tagOptions(index, state);
      if (!options.length) return nothing;
      const key = name === 'type' ? 'types' : 'tags';
      return renderFacet(
        {
          id: name,
          label: name === 'type' ? strings.filterByType : strings.filterByTag,
          options,
          selected: state[key],
          describe: (value) => value,
          onToggle: (value) => this.changeFilters({ ...state, [key]: toggleValue(state[key], value) }),
          ...(name === 'tag'
            ? {
                collapsedLimit: COLLAPSED_TAG_COUNT,
                expanded: this.tagsExpanded,
                moreLabel: strings.moreTags,
                onExpand: () => this.expandTags(),
              }
            : {}),
        },
        strings,
        this.formatCount,
      );
    };
    const years = controls.has('date') ? yearOptions(index, state) : [];
    const yearFacet = years.length
      ? renderFacet(
          {
            id: 'year',
            label: strings.filterByYear,
            options: years,
            selected: state.year === undefined ? [] : [state.year],
            describe: (year) => String(year),
            onToggle: (year) => this.changeFilters({ ...state, year: state.year === year ? undefined : year }),
            anyOption: { label: strings.anyYear, onSelect: () => this.changeFilters({ ...state, year: undefined }) },
          },
          strings,
          this.formatCount,
        )
      : nothing;
    const activeCount = state.types.length + state.tags.length + (state.year === undefined ? 0 : 1) + (state.query.trim() ? 1 : 0);
    return renderControls(
      {
        parts: [
          facet('type'),
          facet('tag'),
          yearFacet,
          controls.has('search')
            ? renderSearch({ value: state.query, onInput: (query) => this.changeFilters({ ...state, query }, { typing: true }) }, strings)
            : nothing,
          controls.has('sort')
            ? renderSort(
                { value: state.sort, onChange: (sort) => this.changeFilters({ ...state, sort: sortOption(sort, this.warnOnce) }) },
                strings,
              )
            : nothing,
        ],
        activeCount,
        expanded: this.controlsExpanded,
        onToggle: () => (this.controlsExpanded = !this.controlsExpanded),
      },
      strings,
    );
  }

  /** Shows every tag; focus moves to the first tag that was hidden, where the patron was heading. */
  private expandTags(): void {
    this.tagsExpanded = true;
    this.focusAfterUpdate = () =>
      this.renderRoot.querySelectorAll<HTMLElement>('[aria-labelledby="tag-label"] [part~="filter-option"]')[COLLAPSED_TAG_COUNT];
  }
}
