/** A word's forms for each plural category its language has (Intl.PluralRules); `other` always. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Each language's rules, built once: a new Intl.PluralRules costs about 0.1 ms, and the status line asks at every update. */
const rulesByLocale = new Map<string, Intl.PluralRules>();

/** Picks the form for `count` through the language's own plural rules. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rules = rulesByLocale.get(locale);
  if (!rules) rulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
  return forms[rules.select(count)] ?? forms.other;
}
