import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Lit's `css` tag without its check of interpolated values, of which this sheet has none (the type
 * takes none): that check's error message alone cost the bundles about 0.1 KB. Named `css`, so the
 * build minifies the literal as it does Lit's. The text is this file's own, never a feed's or a page's.
 */
const css = (text: TemplateStringsArray): CSSResult => unsafeCSS(text[0]);

/**
 * At home on the host page (docs/spec.md, "Embedding"):
 * - Sizes are in `em`, never `rem`: the widget takes the font size the page gives it (a theme's
 *   body size, the visitor's browser setting), and `html { font-size: 62.5% }` changes nothing.
 * - The inherited text properties a theme sets on its body (line height, letter spacing,
 *   alignment, transforms…) are set back, on `:host` and again on the root, which takes them back
 *   from a host page that pushes them through `:host` with `!important`.
 * - Colours come from `light-dark()`, so with `theme="auto"` they follow the page's *declared*
 *   colour scheme, which the host inherits: light on a page that declares none (most library
 *   themes, which never turn dark), the visitor's preference on a `light dark` page (CSS or
 *   `<meta name="color-scheme">`). `theme="light"`/`"dark"` set the host's own scheme.
 * - No slab: the widget paints no background of its own, so the page shows around the cards.
 *   Only a forced theme that differs from the page's paints a padded box (`.boxed`).
 * - Directions are logical, so `dir="rtl"` mirrors the layout.
 * The stylesheet has no interpolations, so whatever minifies it has nothing to stitch back.
 */
export const styles = css`
  :host {
    --_text: var(--pf-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--pf-color-muted, light-dark(#57606a, #a8b3bf));
    --_accent: var(--pf-color-accent, light-dark(#0a58a8, #79b8ff));
    --_on-accent: light-dark(#ffffff, #0d1117);
    --_surface: var(--pf-color-surface, light-dark(#ffffff, #161b22));
    --_subtle: color-mix(in srgb, var(--_surface) 94%, var(--_text));
    --_border: var(--pf-color-border, light-dark(#767676, #8b949e));
    --_radius: var(--pf-radius, 0.5em);
    --_gap: var(--pf-gap, 1em);
    --_focus: var(--pf-focus-ring, light-dark(#0a58a8, #79b8ff));

    display: block;
    box-sizing: border-box;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  :host,
  .root {
    color: var(--_text);
    font-family: var(--pf-font-family, inherit);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
  }

  :host([hidden]) {
    display: none;
  }

  /* Arabic, Persian and Urdu strings ship: the widget is right to left in them, whatever the page. */
  :host(:lang(ar)),
  :host(:lang(fa)),
  :host(:lang(ur)) {
    direction: rtl;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  /*
   * The sizer gives the widget a width where a host page sizes it by its content (a flex row, a
   * float, an inline block): the root is the size container the narrow-layout queries measure,
   * and a size container has no width of its own content. Up to 40em, never wider than the
   * screen or its own box.
   */
  .sizer {
    inline-size: min(40em, 100vw - 2em);
    max-inline-size: 100%;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
  }

  .root {
    container-type: inline-size;
  }

  .boxed {
    padding: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  figure {
    margin: 0;
    padding: 0;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 0.15em;
  }

  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* Header */
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: flex-start;
    margin-block-end: calc(var(--_gap) * 1.5);
  }

  .header-text {
    flex: 1 1 20em;
    display: grid;
    gap: 0.5em;
  }

  [part~='heading'] {
    font-size: 1.75em;
  }

  .description {
    max-inline-size: 65ch;
  }

  .header-figure {
    flex: 0 1 20em;
    display: grid;
    gap: 0.25em;
  }

  .header-media {
    aspect-ratio: 2 / 1;
    border-radius: var(--_radius);
  }

  .credit {
    font-size: 0.8125em;
    color: var(--_muted);
  }

  /* Controls */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: flex-end;
    margin-block-end: var(--_gap);
  }

  .filter {
    display: grid;
    gap: 0.375em;
  }

  .filter-label,
  .control-label {
    font-weight: 700;
    font-size: 0.875em;
  }

  .filter-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  button,
  input,
  select {
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
    margin: 0;
  }

  .filter-option,
  .button,
  .search-input,
  .sort-select {
    min-block-size: 2.75em;
    padding-block: 0.375em;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .filter-option,
  .button {
    padding-inline: 0.875em;
    cursor: pointer;
    line-height: 1.25;
  }

  .filter-option:hover,
  .button:hover {
    border-color: var(--_accent);
  }

  /* The sort control (drawn by the later code) shares the search box's rules; "More"'s come with it (later.ts, chipsSheet). */
  .search,
  .sort {
    display: grid;
    gap: 0.375em;
    flex: 1 1 14em;
    max-inline-size: 24em;
  }

  .search-input,
  .sort-select {
    inline-size: 100%;
  }

  .hint {
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .filters-toggle {
    display: none;
  }

  /* Narrow widgets (phones, sidebars): the controls fold behind the "Filters" disclosure. */
  @container (width <= 37.5em) {
    .filters-toggle {
      display: inline-block;
      margin-block-end: var(--_gap);
    }

    .controls:not(.expanded) {
      display: none;
    }

    .search,
    .sort {
      max-inline-size: none;
    }
  }

  .status {
    min-block-size: 1.5em;
    margin-block-end: 0.75em;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* Cards */
  .list {
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--pf-card-min-width, 17em)), 1fr));
    gap: var(--_gap);
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
  }

  .card:focus-within {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }

  [part~='card-title'] {
    font-size: 1.125em;
  }

  .card-link {
    text-decoration: none;
  }

  .card-link:hover {
    text-decoration: underline;
  }

  /* The whole card is the link's click target; the link stays the one focusable element. */
  .card-link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }

  .card-link:focus-visible {
    outline: none;
  }

  .card-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .card-type {
    font-weight: 700;
    color: var(--_text);
  }

  /* Images sit in frames of a fixed shape, so nothing moves when they load or fail. */
  .media {
    overflow: hidden;
    background: var(--_subtle);
  }

  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .media-broken img {
    visibility: hidden;
  }

  .card-media {
    order: -1;
    aspect-ratio: 16 / 9;
    margin-block-start: -1em;
    margin-inline: -1em;
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
  }

  .card-tags {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin-block-start: auto;
    font-size: 0.8125em;
  }

  .card-tags li {
    padding-block: 0.125em;
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    color: var(--_muted);
  }

  .more {
    display: block;
    margin-block: var(--_gap) 0;
    margin-inline: auto;
  }

  /* States (the empty and error states' and the notices' styles come with the later code: later.ts, statesSheet) */
  .skeleton {
    min-block-size: 12em;
    border-style: dashed;
  }

  .skeleton-line {
    display: block;
    block-size: 0.875em;
    border-radius: 0.25em;
    background: var(--_subtle);
    /* A slow load pulses, a quick one never does. The colour, unlike opacity, is animated by the
       main thread: an opacity animation is the compositor's, with a layer for every line, whose
       frames held the first cards of a 100-item feed back by ~50 ms on a 2-core machine (a delay
       alone did not help: the layers are made while it runs). */
    animation: pf-pulse 1.5s ease-in-out 1s infinite;
  }

  .skeleton-header {
    display: grid;
    gap: 0.6em;
    max-inline-size: 40em;
    min-block-size: 9em;
  }

  .skeleton-heading {
    block-size: 1.75em;
    inline-size: 60%;
  }

  .skeleton-title {
    block-size: 1.25em;
    inline-size: 80%;
  }

  .skeleton-meta {
    inline-size: 40%;
  }

  .skeleton-short {
    inline-size: 60%;
  }

  @keyframes pf-pulse {
    50% {
      background: color-mix(in srgb, var(--_subtle) 50%, transparent);
    }
  }

  /* Related topics */
  .related {
    margin-block-start: calc(var(--_gap) * 2);
    display: grid;
    gap: 0.5em;
  }

  [part~='related-heading'] {
    font-size: 1.25em;
  }

  .related-list {
    list-style: none;
    display: grid;
    gap: 0.75em;
  }

  .related-summary {
    color: var(--_muted);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }

  @media (forced-colors: active) {
    .card,
    .filter-option,
    .button {
      border-color: CanvasText;
    }

    :focus-visible,
    .card:focus-within {
      outline-color: Highlight;
    }
  }
`;
