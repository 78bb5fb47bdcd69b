/**
 * Every shipped catalog against English: every key, the same placeholders, a form for every plural
 * category its language has, and no English sentence left. And how a tag picks a catalog.
 */
import { expect } from '@open-wc/testing';
import type { PluralForms } from './plural.js';
import { strings as en } from './en.js';
import { laterStrings } from './en-later.js';
import { SHIPPED_LANGUAGES, loadStrings, shownStringsFor, stringsFor, uiLanguage } from './strings.js';
import type { UiStrings } from './types.js';

interface Catalog {
  strings: UiStrings;
  plurals: Record<string, PluralForms>;
}

/** Keys whose text may equal English's in a language, because that language really writes it so. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  // "Label (3)": a pattern, not a sentence.
  '*': ['optionWithCount'],
};

/** Arguments that show up in the output: each placeholder a catalog must use. */
const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
  optionWithCount: ['⟦label⟧', '⟦7⟧'],
  showingOfTotal: [3, 10],
  showingOfMatching: [3, 5],
  errorDetail: ['⟦url⟧', '⟦reason⟧'],
  errorTimeout: ['⟦seconds⟧'],
  errorHttp: ['⟦status⟧'],
  errorInvalid: ['⟦detail⟧'],
  offlineCopy: ['⟦savedAt⟧'],
  feedsFailed: ['⟦feeds⟧'],
  removeFilter: ['⟦label⟧'],
  searchChip: ['⟦query⟧'],
  moreTags: ['⟦4⟧'],
  filtersToggle: ['⟦2⟧'],
};
/** The number formatter the counting strings get: it marks each number it formats. */
const marked = (value: number): string => `⟦n${value}⟧`;

/** What a string says: its text, or a function's output for the sample arguments (each marked). */
function say(value: unknown, key: string): string {
  if (typeof value !== 'function') return String(value);
  return String((value as (...args: unknown[]) => unknown)(...(SAMPLE_ARGUMENTS[key] ?? []), marked));
}

const placeholders = (text: string): string[] => (text.match(/⟦[^⟧]+⟧/g) ?? []).sort();

/** The plural categories of a language; a language without CLDR rules (Hmong, Haitian Creole) has only `other`. */
function categoriesOf(code: string): string[] {
  const rules = new Intl.PluralRules(code).resolvedOptions();
  return rules.locale.split('-')[0] === code.split('-')[0] || (code.startsWith('tl') && rules.locale.startsWith('fil'))
    ? rules.pluralCategories
    : ['other'];
}

const catalogs = new Map<string, Catalog>();
before(async () => {
  for (const code of SHIPPED_LANGUAGES) catalogs.set(code, (await import(`./${code}.ts`)) as Catalog);
});

describe('the shipped catalogs', () => {
  it('ship the 24 languages libraries asked for', () => {
    expect([...SHIPPED_LANGUAGES].sort()).to.deep.equal(
      'es fr zh-CN zh-TW vi ko tl ar ru ht pt de hi it pl ur ja fa uk so bn gu am hmn'.split(' ').sort(),
    );
  });

  for (const code of SHIPPED_LANGUAGES) {
    describe(code, () => {
      it('has every key of English, of the same kind, with the same placeholders', () => {
        const { strings } = catalogs.get(code)!;
        for (const [key, english] of Object.entries(en)) {
          const value = (strings as unknown as Record<string, unknown>)[key];
          expect(typeof value, key).to.equal(typeof english);
          expect(placeholders(say(value, key)), key).to.deep.equal(placeholders(say(english, key)));
          expect(say(value, key).trim(), key).not.to.equal('');
        }
        expect(strings.filtersToggle('').trim(), 'filtersToggle without a count').not.to.equal('');
        expect(strings.filtersToggle(''), 'filtersToggle without a count').not.to.match(/\(\s*\)|（\s*）/);
      });

      it('has a form for every plural category of its language, and counts read right across them', () => {
        const { plurals, strings } = catalogs.get(code)!;
        const needed = categoriesOf(code);
        for (const [name, forms] of Object.entries(plurals))
          for (const category of needed) expect(forms[category as keyof PluralForms] ?? '', `${name}.${category}`).not.to.equal('');
        for (const count of [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 1000000]) {
          const sentence = strings.showingOfTotal(count, count, marked);
          expect(sentence, `${count}`).to.include(`⟦n${count}⟧`);
          expect(sentence, `${count}`).not.to.include('undefined');
        }
      });

      it('leaves no English sentence', () => {
        const { strings } = catalogs.get(code)!;
        const allowed = [...(SAME_AS_ENGLISH['*'] ?? []), ...(SAME_AS_ENGLISH[code] ?? [])];
        const english = Object.keys(en).filter(
          (key) =>
            !allowed.includes(key) &&
            say((strings as unknown as Record<string, unknown>)[key], key) === say((en as unknown as Record<string, unknown>)[key], key),
        );
        expect(english).to.deep.equal([]);
      });
    });
  }
});

describe('choosing a language as a browser would', () => {
  it('takes the tag, else its base language, else English', () => {
    const cases: Record<string, string> = {
      es: 'es',
      'es-MX': 'es',
      'pt-BR': 'pt',
      'pt-PT': 'pt',
      'fr-CA': 'fr',
      'AR-eg': 'ar',
      'fa-IR': 'fa',
      'zh-Hant': 'zh-TW',
      'zh-TW': 'zh-TW',
      'zh-HK': 'zh-TW',
      'zh-MO': 'zh-TW',
      'zh-Hant-CN': 'zh-TW',
      zh: 'zh-CN',
      'zh-Hans': 'zh-CN',
      'zh-CN': 'zh-CN',
      'zh-SG': 'zh-CN',
      'zh-Hans-HK': 'zh-CN',
      fil: 'tl',
      'fil-PH': 'tl',
      tl: 'tl',
      hmn: 'hmn',
      'hmn-US': 'hmn',
      ht: 'ht',
      nl: 'en',
      'en-GB': 'en',
      '': 'en',
    };
    const chosen = Object.fromEntries(Object.keys(cases).map((tag) => [tag, uiLanguage(tag)]));
    expect(chosen).to.deep.equal(cases);
    expect(uiLanguage(undefined)).to.equal('en');
  });

  it("takes a page's own language from the translations property, and its corrections over a shipped one", () => {
    expect(uiLanguage('nl-BE', { nl: { showMore: 'Meer tonen' } })).to.equal('nl');
    expect(stringsFor('nl-BE', { nl: { showMore: 'Meer tonen' } }).showMore).to.equal('Meer tonen');
    expect(stringsFor('nl-BE', { nl: { showMore: 'Meer tonen' } }).retry).to.equal(en.retry);
  });

  it('leaves English’s later strings to the code that shows them, and gives every other string as stringsFor does', async () => {
    await loadStrings('de');
    const later = Object.keys(laterStrings);
    expect(later).to.include.members(['sortLabel', 'clearAll', 'anyYear']);
    const shown = shownStringsFor('en', { en: { clearAll: 'Remove all' } });
    expect(later.filter((key) => key in shown)).to.deep.equal(['clearAll']);
    expect({ ...shown, ...laterStrings, clearAll: 'Remove all' }).to.deep.equal(stringsFor('en', { en: { clearAll: 'Remove all' } }));
    expect(stringsFor('en').sortLabel).to.equal('Sort by');
    // A shipped language's later strings are its own, in what a widget holds too.
    expect(shownStringsFor('de').sortLabel).to.equal(stringsFor('de').sortLabel);
    expect(shownStringsFor('de').sortLabel).not.to.equal('Sort by');
  });
});

describe('the language names the builder and the WordPress block list', () => {
  it('name English and every shipped language, each in itself', async () => {
    const names = (await (await fetch(new URL('./languages.json', import.meta.url))).json()) as Record<string, string>;
    expect(Object.keys(names).sort()).to.deep.equal(['en', ...SHIPPED_LANGUAGES].sort());
    for (const [code, name] of Object.entries(names)) expect(name.trim(), code).not.to.equal('');
  });
});
