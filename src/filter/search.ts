/** Matching the patron's search words against a resource's text. */

/**
 * Text that folding only lower-cases, code unit for code unit: ASCII, with the typographer's
 * punctuation feeds are full of (WordPress curls every quote; dashes, ellipses, no-break spaces,
 * guillemets, the euro sign), none of which has a case, a decomposition or a mark. Such text is
 * searched as it is (asciiTermPattern), without a folded copy. Not the micro sign µ: a pattern's
 * `i` flag matches it with Greek mu, which folding keeps apart. A test checks every
 * character of the class against both (filter.test.ts).
 */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
export const FOLDS_AS_ASCII = /^[\u0000-\u007f\u00a0-\u00b4\u00b6-\u00bf\u00d7\u00f7\u2010-\u2027\u202f-\u205e\u20ac]*$/;

/** Lower case without accents, so "Cafe" finds "café" and "ÉQUITÉ" finds "equite". */
export function foldForSearch(text: string): string {
  // Most feed text is plain ASCII and punctuation, where folding is just lower-casing: skip the Unicode work.
  if (FOLDS_AS_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und');
}

/** The words of a query, folded; empty when the query has none. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/**
 * A folded term as a case-insensitive pattern: in text FOLDS_AS_ASCII accepts it matches exactly
 * where the term occurs in the lower-cased text (a differential test holds it to that), so such
 * text is searched as it is, without a lower-cased copy of every excerpt held in memory. Every character
 * but a letter, digit or `_` is escaped, which a pattern without the `u` flag allows.
 */
export function asciiTermPattern(term: string): RegExp {
  return new RegExp(term.replace(/\W/g, '\\$&'), 'i');
}

/** True when every term occurs in the (already folded) text. */
export function matchesAllTerms(foldedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedText.includes(term));
}

/**
 * Where the terms occur in `text`, as [start, end) ranges of the original string, merged and in
 * order: the view marks them. Folding can change a string's length ("é" is two code units once
 * decomposed), so the search runs on a folded copy that remembers each folded unit's origin.
 */
export function highlightRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  if (!terms.length) return [];
  let folded = '';
  const origin: number[] = [];
  if (FOLDS_AS_ASCII.test(text)) {
    // Lower-casing such text keeps every position: the folded copy maps onto the text one to one.
    folded = text.toLowerCase();
    for (let i = 0; i <= text.length; i += 1) origin.push(i);
  } else {
    let offset = 0;
    for (const char of text) {
      const piece = foldForSearch(char);
      folded += piece;
      for (let i = 0; i < piece.length; i += 1) origin.push(offset);
      offset += char.length;
    }
    origin.push(text.length);
  }
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      const start = origin[at]!;
      const lastUnit = at + term.length - 1;
      const lastChar = origin[lastUnit]!;
      const end = lastChar + (text.codePointAt(lastChar)! > 0xffff ? 2 : 1);
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
