import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ShownStrings } from '../../i18n/strings.js';

/**
 * A link to a page the feed names, opening in a new tab (and saying so) when the editor asked for
 * that. `rel` holds the editor's `link-rel` tokens; a new tab keeps `noopener noreferrer` beside them.
 */
export function feedLink(
  url: string,
  content: unknown,
  part: string,
  linkTarget: string | undefined,
  strings: ShownStrings,
  rel = '',
): TemplateResult {
  const newTab = linkTarget === '_blank';
  return html`<a
    part=${part}
    class=${part}
    href=${url}
    target=${ifDefined(linkTarget)}
    rel=${(newTab ? `${rel} noopener noreferrer` : rel).trim() || nothing}
    >${content}${newTab ? html`<span class="visually-hidden"> ${strings.opensInNewTab}</span>` : nothing}</a
  >`;
}
