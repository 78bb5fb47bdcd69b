import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ResourceImage } from '../../feed/model.js';

/** An image that fails to load hides itself; its frame keeps the layout's shape. */
function hideBrokenImage(event: Event): void {
  (event.target as HTMLElement).closest('.media')?.classList.add('media-broken');
}

/**
 * A feed's image (or `fallback-image`) in a frame whose shape the styles fix, so nothing moves when
 * it loads or fails. `place` names its classes (`card-media`, `card-image`…); a card's image loads
 * only when scrolled near, the topic image, near the top, at once. The image's host is not told
 * which page shows it.
 */
export function renderMedia(image: ResourceImage, part: string, place: 'card' | 'header'): TemplateResult {
  return html`<div class="media ${place}-media">
    <img
      part=${part}
      class="${place}-image"
      src=${image.url}
      alt=${image.alt}
      loading=${ifDefined(place === 'card' ? 'lazy' : undefined)}
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${hideBrokenImage}
    />
  </div>`;
}
