/** Registers `<partnership-feed>`. Safe to load twice: the second registration is skipped. */
import { PartnershipFeed } from './element/partnership-feed.js';

export const TAG_NAME = 'partnership-feed';

if (!customElements.get(TAG_NAME)) {
  customElements.define(TAG_NAME, PartnershipFeed);
}

export { PartnershipFeed };

declare global {
  interface HTMLElementTagNameMap {
    'partnership-feed': PartnershipFeed;
  }
}
