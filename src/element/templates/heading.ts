import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A real `<h1>`–`<h6>` (reader modes and screen readers both rely on them). Lit needs static tag
 * names, and this code base allows no helper that builds tags from strings, hence the switch.
 * `level` is `heading-level` (checked to be 1–6) or one below it: card titles and "Related topics"
 * under an `<h6>` topic stay `<h6>`.
 */
export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${ifDefined(id)}>${content}</h6>`;
  }
}
