/**
 * How a language is chosen (the shape of the text is in types.ts). Each language's strings live in one
 * file beside this one (en.ts, es.ts, zh-TW.ts …), named by its code. Counts go through
 * Intl.PluralRules and Intl.NumberFormat, never through string concatenation.
 */
import { firstStrings as en } from './en.js';
import { laterStrings } from './en-later.js';
import type { ShownStrings, UiStrings } from './types.js';

export type { NumberFormatter, ShownStrings, UiStrings } from './types.js';

/**
 * The languages whose strings ship beside English, each loaded when a widget needs it. Adding one is
 * a file named by its code, and its code here (README, "Adding or correcting a language").
 */
export const SHIPPED_LANGUAGES = 'am ar bn de es fa fr gu hi hmn ht it ja ko pl pt ru so tl uk ur vi zh-CN zh-TW'.split(' ');

/** English is always there; the other shipped languages are loaded when a widget needs them. */
const catalogs: Record<string, ShownStrings> = { en };
const loading = new Map<string, Promise<void>>();

/**
 * The language code whose strings serve a BCP 47 tag, as a browser picks one: the tag's own, else
 * its base language's (es-MX → es, pt-BR → pt), Chinese by script or region (zh-Hant, zh-TW, zh-HK,
 * zh-MO → zh-TW; zh, zh-Hans, zh-SG, zh-CN → zh-CN), else English.
 */
export function uiLanguage(lang: string | undefined, extra: Readonly<Record<string, Partial<UiStrings>>> = {}): string {
  const tag = (lang ?? '').toLowerCase();
  let base = tag.split('-')[0] ?? '';
  // Chinese by script, else by region: Traditional in Taiwan, Hong Kong and Macao.
  if (base === 'zh') base = /-(hant|tw|hk|mo)\b/.test(tag.split('-hans')[0]!) ? 'zh-tw' : 'zh-cn';
  // Browsers write Tagalog's tag as Filipino's (Intl.getCanonicalLocales('tl') is 'fil').
  if (base === 'fil') base = 'tl';
  for (const candidate of [tag, base]) {
    const code = SHIPPED_LANGUAGES.find((shipped) => shipped.toLowerCase() === candidate);
    if (code || extra[candidate]) return code ?? candidate;
  }
  return 'en';
}

/** True when the shipped strings for `code` are loaded, or none ship for it (English serves). */
export function hasStrings(code: string): boolean {
  return !!catalogs[code] || !SHIPPED_LANGUAGES.includes(code);
}

/**
 * Loads the shipped strings for a language code. Never rejects: when the file cannot be loaded
 * (a copy of `dist/` missing it, a network failure), the language stays on English and a warning
 * says why, so the widget still renders.
 */
export function loadStrings(code: string, warn: (message: string) => void = console.warn): Promise<void> {
  if (hasStrings(code)) return Promise.resolve();
  let pending = loading.get(code);
  if (!pending) {
    // The bundles load `partnership-feed-<code>.js` from beside themselves (build/on-demand.mjs
    // rewrites this address); the source loads `<code>.ts` from this folder, which the dev servers compile.
    pending = import(/* @vite-ignore */ `./${code}.ts`).then(
      (module: { strings: UiStrings }) => {
        catalogs[code] = module.strings;
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
  return { ...laterStrings, ...shownStringsFor(lang, overrides) };
}

/**
 * `stringsFor` as a widget holds them: English's later strings (types.ts, `LaterStringKey`) are left
 * to the code that shows them, which fills them in (src/element/later.ts).
 */
export function shownStringsFor(lang: string | undefined, overrides: Readonly<Record<string, Partial<UiStrings>>> = {}): ShownStrings {
  const code = uiLanguage(lang, overrides);
  return { ...en, ...catalogs[code], ...overrides[code] };
}
