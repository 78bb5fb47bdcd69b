/** Picks the singular or plural form through the language's own plural rules. */
export function plural(locale: string, count: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}
