/**
 * How a language is chosen (the shape of the text is in types.ts). Each language's strings live in one
 * file beside this one (en.ts, es.ts, fr.ts). Counts go through Intl.PluralRules and
 * Intl.NumberFormat, never through string concatenation.
 */
import { en } from './en.js';
import type { UiStrings } from './types.js';

export type { NumberFormatter, UiStrings } from './types.js';

/** English is always there; the other shipped languages are loaded when a widget needs them. */
const catalogs: Record<string, UiStrings> = { en };
const loaders: Record<string, () => Promise<UiStrings>> = {
  es: async () => (await import('./es.js')).es,
  fr: async () => (await import('./fr.js')).fr,
};
const loading = new Map<string, Promise<void>>();

/** The language code whose strings serve a BCP 47 tag: its own, else its base language's, else English. */
export function uiLanguage(lang: string | undefined, extra: Readonly<Record<string, Partial<UiStrings>>> = {}): string {
  const tag = (lang ?? '').toLowerCase();
  const base = tag.split('-')[0] ?? '';
  for (const candidate of [tag, base]) {
    if (candidate && (catalogs[candidate] || loaders[candidate] || extra[candidate])) return candidate;
  }
  return 'en';
}

/** True when the shipped strings for `code` are loaded, or none ship for it (English serves). */
export function hasStrings(code: string): boolean {
  return !!catalogs[code] || !loaders[code];
}

/**
 * Loads the shipped strings for a language code. Never rejects: when the file cannot be loaded
 * (a copy of `dist/` missing it, a network failure), the language stays on English and a warning
 * says why, so the widget still renders.
 */
export function loadStrings(code: string, warn: (message: string) => void = console.warn): Promise<void> {
  const loader = loaders[code];
  if (catalogs[code] || !loader) return Promise.resolve();
  let pending = loading.get(code);
  if (!pending) {
    pending = loader().then(
      (strings) => {
        catalogs[code] = strings;
      },
      (error: unknown) => {
        // English from now on, rather than a new request at every render.
        catalogs[code] = en;
        warn(`partnership-feed: the "${code}" strings could not be loaded, so English is shown (${String(error)}).`);
      },
    );
    loading.set(code, pending);
  }
  return pending;
}

/**
 * The strings for a language. `overrides` (the element's `translations` property) adds languages
 * or replaces single strings; whatever it leaves out comes from the shipped catalog (once
 * `loadStrings` has loaded it), else English.
 */
export function stringsFor(lang: string | undefined, overrides: Readonly<Record<string, Partial<UiStrings>>> = {}): UiStrings {
  const code = uiLanguage(lang, overrides);
  return { ...en, ...catalogs[code], ...overrides[code] };
}
