/**
 * Text that may run left to right (an address, an English detail, a feed's tag) inside a
 * right-to-left sentence, isolated (FSI … PDI) so it does not reorder the words around it.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
