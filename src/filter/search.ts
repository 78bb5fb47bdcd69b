/** Matching the patron's search words against a resource's text. */

/** Lower case without accents, so "Cafe" finds "café" and "ÉQUITÉ" finds "equite". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase('und');
}

/** The words of a query, folded; empty when the query has none. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/** True when every term occurs in the (already folded) text. */
export function matchesAllTerms(foldedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedText.includes(term));
}
