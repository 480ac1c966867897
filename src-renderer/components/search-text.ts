/** Case- and accent-insensitive text, so 'equipe' finds 'Équipe' and 'foyer' finds 'FOYER'. */
export function normalizeSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/** Every word typed must appear somewhere in the row's text (in any order). */
export function matchesSearch(haystack: string, query: string): boolean {
  const words = normalizeSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = normalizeSearch(haystack);
  return words.every((w) => text.includes(w));
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Table order: numbers by value, text in French dictionary order ('Élise' beside 'Elise'). */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a ?? ''), String(b ?? ''));
}
