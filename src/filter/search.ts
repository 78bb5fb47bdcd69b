/** Matching the patron's search words against a resource's text. */

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
export const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/** Lower case without accents, so "Cafe" finds "café" and "ÉQUITÉ" finds "equite". */
export function foldForSearch(text: string): string {
  // Most feed text is plain ASCII, where folding is just lower-casing: skip the Unicode work.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
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
 * A folded term as a case-insensitive pattern: in plain ASCII text it matches exactly where the
 * term occurs in the lower-cased text (a differential test holds it to that), so ASCII text is
 * searched as it is, without a lower-cased copy of every excerpt held in memory. Every character
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
  if (ASCII_ONLY.test(text)) {
    // Lower-casing ASCII keeps every position: the folded copy maps onto the text one to one.
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
