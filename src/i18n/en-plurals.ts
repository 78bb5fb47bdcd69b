import { plural, type PluralForms } from './plural.js';

/** Every plural form set English's strings use (en.ts and en-later.ts), one form per plural category (the catalog test checks them). */
export const plurals = {
  resources: { one: 'resource', other: 'resources' },
} satisfies Record<string, PluralForms>;

export const resources = (count: number): string => plural('en', count, plurals.resources);
