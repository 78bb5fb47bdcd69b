import { html, nothing, type TemplateResult } from 'lit';
import type { Feed, RelatedTopic, TopicImage } from '../../feed/model.js';
import type { UiStrings } from '../../i18n/strings.js';
import { heading } from './heading.js';

function credit(image: TopicImage, strings: UiStrings): TemplateResult | typeof nothing {
  if (!image.credit && !image.license) return nothing;
  const license = image.license
    ? image.licenseUrl
      ? html`<a href=${image.licenseUrl} rel="license noopener">${image.license}</a>`
      : image.license
    : nothing;
  const separator = image.credit && image.license ? ', ' : '';
  return html`<p part="credit" class="credit">${strings.photoCredit} ${image.credit ?? ''}${separator}${license}</p>`;
}

/** The topic header: heading, description, and the topic image with its credit line. */
export function renderHeader(feed: Feed, headingText: string, level: number, strings: UiStrings): TemplateResult {
  const image = feed.image;
  return html`<header part="header" class="header">
    <div class="header-text">
      ${heading(level, 'heading', headingText, 'heading')}
      ${feed.description ? html`<p part="description" class="description">${feed.description}</p>` : nothing}
    </div>
    ${image
      ? html`<figure class="header-figure">
          <img part="image" class="header-image" src=${image.url} alt=${image.alt} decoding="async" referrerpolicy="no-referrer" />
          ${credit(image, strings)}
        </figure>`
      : nothing}
  </header>`;
}

function relatedTopic(topic: RelatedTopic): TemplateResult {
  return html`<li>
    ${topic.url ? html`<a part="related-link" href=${topic.url}>${topic.title}</a>` : html`<span class="related-title">${topic.title}</span>`}
    ${topic.summary ? html`<p class="related-summary">${topic.summary}</p>` : nothing}
  </li>`;
}

export function renderRelated(related: readonly RelatedTopic[], level: number, strings: UiStrings): TemplateResult | typeof nothing {
  if (!related.length) return nothing;
  return html`<section part="related" class="related" aria-labelledby="related-heading">
    ${heading(level + 1, 'related-heading', strings.relatedTopics, 'related-heading')}
    <ul class="related-list">${related.map(relatedTopic)}</ul>
  </section>`;
}
