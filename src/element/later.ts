/**
 * What the widget needs only after its first cards, or only in some layouts: loaded on demand by
 * controllers/later.ts, in idle time once the cards have painted, or before them when the
 * attributes show it at once (a list or compact layout, a search already typed).
 */
export { highlightRanges } from '../filter/search.js';

/**
 * The list and compact layouts, after the main stylesheet. A plain sheet, not Lit's css tag: this
 * file carries no copy of Lit.
 */
export const layoutSheet = new CSSStyleSheet();
layoutSheet.replaceSync(`
  /* list: one column; on wide widgets the image sits beside the text. */
  .layout-list .list,
  .layout-compact .list {
    grid-template-columns: minmax(0, 1fr);
  }

  @container (width >= 40em) {
    .layout-list .card:has(.card-media) {
      display: grid;
      grid-template-columns: minmax(0, 14em) minmax(0, 1fr);
      column-gap: 1.25em;
      align-content: start;
    }

    .layout-list .card:has(.card-media) > :not(.card-media) {
      grid-column: 2;
    }

    .layout-list .card-media {
      grid-column: 1;
      grid-row: 1 / span 4;
      margin: 0;
      align-self: start;
      border-radius: calc(var(--_radius) / 2);
    }
  }

  /* compact: title, type and date only, dense. */
  .layout-compact .list {
    gap: 0;
    border-block-start: 1px solid var(--_border);
  }

  .layout-compact .card {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
    padding-block: 0.5em;
    padding-inline: 0.25em;
    border: 0;
    border-block-end: 1px solid var(--_border);
    border-radius: 0;
  }

  .layout-compact [part~='card-title'] {
    font-size: 1em;
  }
`);
