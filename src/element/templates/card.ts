import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Resource, ResourceDate, ResourceImage } from '../../feed/model.js';
import { truncateWords } from '../../feed/text.js';
import type { ShownStrings } from '../../i18n/strings.js';
import { formatDate, type DateStyle } from '../format.js';
import type { HideablePart } from '../options.js';
import { heading } from './heading.js';
import { feedLink } from './link.js';
import { renderMedia } from './media.js';

export interface CardOptions {
  /** The patron's search words, folded: their matches are marked in the title. */
  terms: readonly string[];
  /** Where the terms occur in a text (search.ts's `highlightRanges`, loaded after the first cards); absent: nothing is marked. */
  highlight: ((text: string, terms: readonly string[]) => Array<[number, number]>) | undefined;
  titleLevel: number;
  excerptWords: number;
  locale: string | undefined;
  dateStyle: DateStyle;
  /** `date-style="relative"`'s words (format.ts's `formatRelativeDate`, from the later code); absent: a medium date. */
  relativeDate: ((date: ResourceDate, locale: string | undefined) => string) | undefined;
  /** What the editor left out (`hide`), plus what the compact layout leaves out. */
  hidden: ReadonlySet<HideablePart>;
  linkTarget: string | undefined;
  /** `link-rel`'s tokens, space-separated, for the card's link. */
  linkRel: string;
  /** `fallback-image`, for a resource without an image. */
  fallbackImage: ResourceImage | undefined;
  strings: ShownStrings;
}

/** The title with the search matches in `<mark>`, built as template parts (never an HTML string). */
function highlighted(title: string, { terms, highlight }: CardOptions): unknown {
  const ranges = highlight?.(title, terms) ?? [];
  if (!ranges.length) return title;
  const pieces: unknown[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    pieces.push(title.slice(at, start), html`<mark>${title.slice(start, end)}</mark>`);
    at = end;
  }
  pieces.push(title.slice(at));
  return pieces;
}

function cardDate(date: ResourceDate, { dateStyle, locale, relativeDate }: CardOptions): string {
  if (dateStyle !== 'relative') return formatDate(date, locale, dateStyle);
  return relativeDate ? relativeDate(date, locale) : formatDate(date, locale, 'medium');
}

/** One resource as a list item: its title is a heading holding the card's one link. */
export function renderCard(resource: Resource, options: CardOptions): TemplateResult {
  const { hidden, strings } = options;
  const date = hidden.has('date') ? undefined : resource.date;
  const type = hidden.has('type') ? '' : resource.type;
  const image = hidden.has('image') ? undefined : (resource.image ?? options.fallbackImage);
  const titleText = highlighted(resource.title, options);
  const title = resource.url ? feedLink(resource.url, titleText, 'card-link', options.linkTarget, strings, options.linkRel) : titleText;
  const excerpt = hidden.has('excerpt') ? '' : truncateWords(resource.excerpt, options.excerptWords);
  const tags = hidden.has('tags') ? [] : resource.tags;
  // Which of several feeds it came from (merge.ts): absent with one feed.
  const source = hidden.has('source') ? '' : resource.source;
  return html`<li part="card" class="card" lang=${ifDefined(resource.language)}>
    ${heading(options.titleLevel, 'card-title', title)}
    ${
      type || date || source
        ? html`<p class="card-meta">
            ${type ? html`<span part="card-type" class="card-type">${type}</span>` : nothing}
            ${date ? html`<time part="card-date" class="card-date" datetime=${date.iso}>${cardDate(date, options)}</time>` : nothing}
            ${source ? html`<span part="card-source">${source}</span>` : nothing}
          </p>`
        : nothing
    }
    ${
      // An image is never reused for another picture: its broken-image state stays its own, and no card shows another's picture while its own loads.
      image ? keyed(image.url, renderMedia(image, 'card-image', 'card')) : nothing
    }
    ${excerpt ? html`<p part="card-excerpt" class="card-excerpt">${excerpt}</p>` : nothing}
    ${
      tags.length
        ? html`<ul part="card-tags" class="card-tags" aria-label=${strings.tagsLabel}>
            ${tags.map((tag) => html`<li>${tag}</li>`)}
          </ul>`
        : nothing
    }
  </li>`;
}

/** The cards shown; `busy` while the feed reloads behind them. */
export function renderCardList(resources: readonly Resource[], options: CardOptions, busy: boolean): TemplateResult {
  return html`<ul part="list" class="list" aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'}>
    ${
      // Cards are reused in place when the list changes (a filter, a search): filling in 12 cards
      // costs less than cloning and laying out 12 new ones (a type filter at 100 items: about 10%
      // less time to its painted frame, A/B); only the picture is each card's own (renderCard).
      resources.map((resource) => renderCard(resource, options))
    }
  </ul>`;
}
