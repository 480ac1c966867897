/**
 * Accent- and case-insensitive search, shared by every list (catalogue, borrowers, bookings,
 * deposits, incidents). Done in JS rather than SQL so that it stays portable to PostgreSQL and
 * folds French accents and ligatures the same way everywhere.
 */

/** Lower-case, accents and ligatures removed: "Œuvre Éclairée" and "oeuvre eclairee" match. */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** The words of a search; a row matches when every word is found in its fields. */
export function searchWords(search: string | undefined): string[] {
  if (!search) return [];
  return foldForSearch(search).split(/\s+/).filter(Boolean);
}

export function matchesWords(words: readonly string[], ...fields: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = foldForSearch(fields.join(' '));
  return words.every((w) => haystack.includes(w));
}
