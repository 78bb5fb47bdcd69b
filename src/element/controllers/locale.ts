import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasStrings, loadStrings, shownStringsFor, uiLanguage } from '../../i18n/strings.js';
import type { ShownStrings, UiStrings } from '../../i18n/types.js';
import { formatNumber, needsIntlDates } from '../format.js';

type LocaleHost = ReactiveControllerHost & HTMLElement & { translations: Record<string, Partial<UiStrings>>; dateStyle?: string };

/** Whether this page has built its first Intl formatter (see `load`). */
let intlReady = false;

/**
 * The language of a widget (its own `lang`, else the nearest ancestor's, else the page's), read at
 * every update, its strings, its numbers. A `lang` changed after the render is heard by
 * page-lang.ts's observer, which comes with the later code.
 */
export class LocaleController implements ReactiveController {
  /** The locale of dates and numbers: the widget's language, or English where its words are English. */
  locale: string | undefined;
  /** The language of the words. */
  language = 'en';
  strings!: ShownStrings;

  constructor(
    private readonly host: LocaleHost,
    private readonly warn: (message: string) => void,
  ) {
    host.addController(this);
  }

  /** Once per update: every date, count and facet option of the render asks for the same locale. */
  hostUpdate(): void {
    const lang = (this.host.closest('[lang]') as HTMLElement | null)?.lang || document.documentElement.lang;
    try {
      // Some CMSs write a server locale (`es_ES`) where HTML wants a language tag (`es-ES`).
      this.locale = lang ? Intl.getCanonicalLocales(lang.replace(/_/g, '-'))[0] : undefined;
    } catch {
      this.locale = undefined;
    }
    this.language = uiLanguage(this.locale, this.host.translations);
    this.strings = shownStringsFor(this.locale, this.host.translations);
    // A language's own digits and month names only with its own words: "Showing 10 of 10
    // resources", not "Showing ۱۰ of ۱۰ resources", where no strings serve the page's language.
    if (this.language === 'en' && !this.locale?.startsWith('en')) this.locale = 'en';
    void this.load();
  }

  /** Loads the shipped strings of the widget's language if they are not loaded yet, then renders with them. */
  load(): Promise<void> {
    // A page's first Intl formatter loads the date and number data, about 30 ms in Chromium: it is
    // built in a task of its own while the feed downloads, not in the one that paints the cards,
    // and not at all where the cards' dates need none.
    if (!intlReady && needsIntlDates(this.locale, this.host.dateStyle)) setTimeout(() => new Intl.DateTimeFormat(this.locale));
    intlReady = true;
    return hasStrings(this.language) ? Promise.resolve() : loadStrings(this.language, this.warn).then(() => this.host.requestUpdate());
  }

  readonly formatNumber = (value: number): string => formatNumber(value, this.locale);
}
