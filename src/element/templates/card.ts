import { html, nothing, type TemplateResult } from 'lit';
import type { Resource } from '../../feed/model.js';
import { truncateWords } from '../../feed/text.js';
import { highlightRanges } from '../../filter/search.js';
import type { UiStrings } from '../../i18n/strings.js';
import { formatDate } from '../format.js';
import { heading } from './heading.js';

export interface CardOptions {
  /** The patron's search words, folded: their matches are marked in the title. */
  terms: readonly string[];
  titleLevel: number;
  excerptWords: number;
  locale: string | undefined;
  strings: UiStrings;
}

/** The title with the search matches in `<mark>`, built as template parts (never an HTML string). */
function highlighted(title: string, terms: readonly string[]): unknown {
  const ranges = highlightRanges(title, terms);
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

/** One resource as a list item: its title is a heading holding the card's one link. */
export function renderCard(resource: Resource, options: CardOptions): TemplateResult {
  const { date, image } = resource;
  const titleText = highlighted(resource.title, options.terms);
  const title = resource.url ? html`<a part="card-link" class="card-link" href=${resource.url}>${titleText}</a>` : titleText;
  const excerpt = truncateWords(resource.excerpt, options.excerptWords);
  return html`<li part="card" class="card" lang=${resource.language ?? nothing}>
    ${heading(options.titleLevel, 'card-title', title)}
    ${resource.type || date
      ? html`<p class="card-meta">
          ${resource.type ? html`<span part="card-type" class="card-type">${resource.type}</span>` : nothing}
          ${date ? html`<time part="card-date" class="card-date" datetime=${date.iso}>${formatDate(date, options.locale)}</time>` : nothing}
        </p>`
      : nothing}
    ${image
      ? html`<img part="card-image" class="card-image" src=${image.url} alt=${image.alt} loading="lazy" decoding="async" referrerpolicy="no-referrer" />`
      : nothing}
    ${excerpt ? html`<p part="card-excerpt" class="card-excerpt">${excerpt}</p>` : nothing}
    ${resource.tags.length
      ? html`<ul part="card-tags" class="card-tags" aria-label=${options.strings.tagsLabel}>
          ${resource.tags.map((tag) => html`<li>${tag}</li>`)}
        </ul>`
      : nothing}
  </li>`;
}
