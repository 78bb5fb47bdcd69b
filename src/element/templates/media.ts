import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ResourceImage } from '../../feed/model.js';

/** An image that fails to load hides itself; its frame keeps the layout's shape. */
function hideBrokenImage(event: Event): void {
  (event.target as HTMLElement).closest('.media')?.classList.add('media-broken');
}

export interface MediaOptions {
  /** The image's `part` (`card-image`, `image`). */
  part: string;
  /** Classes of the frame beside `media` (`card-media`) and of the image (`card-image`). */
  frameClass: string;
  imageClass: string;
  /** Load only when scrolled near (cards); the topic image, near the top, loads at once. */
  lazy: boolean;
}

/**
 * A feed's image in a frame whose shape the styles fix, so nothing moves when it loads or fails.
 * The feed's image host is not told which page shows it.
 */
export function renderMedia(image: ResourceImage, options: MediaOptions): TemplateResult {
  return html`<div class="media ${options.frameClass}">
    <img
      part=${options.part}
      class=${options.imageClass}
      src=${image.url}
      alt=${image.alt}
      loading=${ifDefined(options.lazy ? 'lazy' : undefined)}
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${hideBrokenImage}
    />
  </div>`;
}
