/**
 * The package entry for bundler users: the element class without registering it
 * (`import 'partnership-feed/define'` registers it), and the feed and filter functions.
 */
export { PartnershipFeed } from './element/partnership-feed.js';
// Also declares the events in HTMLElementEventMap, so `addEventListener('pf-load', …)` types its detail.
export type { ErrorDetail, FilterChangeDetail, LoadDetail } from './element/events.js';
export type { Feed, Resource, ResourceDate, ResourceImage, RelatedTopic, TopicImage } from './feed/model.js';
export { FeedError, type FeedErrorKind } from './feed/errors.js';
export { parseFeed, normalizeFeedDocument, type FeedFormat } from './feed/parse.js';
export { loadFeed } from './feed/load.js';
export type { FilterState, SortOrder } from './filter/filter.js';
export { loadStrings, stringsFor, uiLanguage, type UiStrings } from './i18n/strings.js';
