import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { UiStrings } from '../../i18n/strings.js';

/** A link to a page the feed names, opening in a new tab (and saying so) when the editor asked for that. */
export function feedLink(url: string, content: unknown, part: string, linkTarget: string | undefined, strings: UiStrings): TemplateResult {
  const newTab = linkTarget === '_blank';
  return html`<a
    part=${part}
    class=${part}
    href=${url}
    target=${ifDefined(linkTarget)}
    rel=${ifDefined(newTab ? 'noopener noreferrer' : undefined)}
    >${content}${newTab ? html`<span class="visually-hidden"> ${strings.opensInNewTab}</span>` : nothing}</a
  >`;
}
