export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(v: unknown): v is Lang {
  return v === 'fr' || v === 'en';
}

/** BCP 47 locales for Intl: English uses British conventions (day first, 24-hour clock). */
export const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
