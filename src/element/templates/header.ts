import { html, nothing, type TemplateResult } from 'lit';
import type { Feed, RelatedTopic, TopicImage } from '../../feed/model.js';
import type { ShownStrings } from '../../i18n/strings.js';
import type { HideablePart } from '../options.js';
import { heading } from './heading.js';
import { feedLink } from './link.js';
import { renderMedia } from './media.js';

export interface HeaderOptions {
  headingText: string;
  level: number;
  hidden: ReadonlySet<HideablePart>;
  linkTarget: string | undefined;
  strings: ShownStrings;
}

function credit(image: TopicImage, options: HeaderOptions): TemplateResult | typeof nothing {
  if (options.hidden.has('credit') || (!image.credit && !image.license)) return nothing;
  const license = image.license
    ? image.licenseUrl
      ? feedLink(image.licenseUrl, image.license, 'license-link', options.linkTarget, options.strings)
      : image.license
    : nothing;
  const separator = image.credit && image.license ? ', ' : '';
  return html`<p part="credit" class="credit">${options.strings.photoCredit} ${image.credit ?? ''}${separator}${license}</p>`;
}

/**
 * The topic header: heading, description, and the topic image with its credit line. With
 * `hide="header"` the heading stays for screen readers (it names the widget's region) but the
 * header is not drawn.
 */
export function renderHeader(feed: Feed, options: HeaderOptions): TemplateResult {
  if (options.hidden.has('header')) {
    return html`<div class="visually-hidden">${heading(options.level, 'heading', options.headingText, 'heading')}</div>`;
  }
  const image = options.hidden.has('image') ? undefined : feed.image;
  return html`<header part="header" class="header">
    <div class="header-text">
      ${heading(options.level, 'heading', options.headingText, 'heading')}
      ${feed.description ? html`<p part="description" class="description">${feed.description}</p>` : nothing}
    </div>
    ${image ? html`<figure class="header-figure">${renderMedia(image, 'image', 'header')} ${credit(image, options)}</figure>` : nothing}
  </header>`;
}

function relatedTopic(topic: RelatedTopic, options: HeaderOptions): TemplateResult {
  return html`<li>
    ${topic.url ? feedLink(topic.url, topic.title, 'related-link', options.linkTarget, options.strings) : html`<span class="related-title">${topic.title}</span>`}
    ${topic.summary ? html`<p class="related-summary">${topic.summary}</p>` : nothing}
  </li>`;
}

export function renderRelated(related: readonly RelatedTopic[], options: HeaderOptions): TemplateResult | typeof nothing {
  if (!related.length || options.hidden.has('related')) return nothing;
  // Named with the topic too ("Related topics, Partnerships & collaboration"): every widget on a
  // page has this section, and landmarks that share a name cannot be told apart.
  return html`<section part="related" class="related" aria-labelledby="related-heading heading">
    ${heading(options.level + 1, 'related-heading', options.strings.relatedTopics, 'related-heading')}
    <ul class="related-list">
      ${related.map((topic) => relatedTopic(topic, options))}
    </ul>
  </section>`;
}
