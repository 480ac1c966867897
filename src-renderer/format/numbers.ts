/** A whole number typed in a field: '' → null, ' 12 ' → 12, '1 200' → 1200, anything else → NaN. */
export function parseInteger(typed: string): number | null {
  const s = typed.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return null;
  if (!/^\d{1,15}$/.test(s)) return Number.NaN;
  return Number(s);
}

export function formatInteger(n: number, lang: 'fr' | 'en'): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(n);
}
