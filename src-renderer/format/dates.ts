import { LOCALE, type Lang } from '../i18n/lang';

/**
 * Dates and times as the desk reads them, always in the centre's zone whatever the machine's:
 * 'mardi 9 juin 2026', '14:30'. Civil dates are 'YYYY-MM-DD' strings; instants are ISO-8601 UTC.
 */
export const ZONE = 'Europe/Paris';

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Lang, style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: ZONE, ...options });
    cache.set(key, f);
  }
  return f;
}

const LONG_DATE: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};
const SHORT_DATE: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

const CIVIL = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A civil date as an instant that falls on that same date in Paris (noon UTC always does). */
function civilToDate(civil: string): Date {
  const m = CIVIL.exec(civil);
  if (!m) throw new RangeError(`Not a civil date: ${civil}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

/** 'mardi 9 juin 2026' / 'Tuesday 9 June 2026'. */
export function formatDateLong(civil: string, lang: Lang): string {
  return fmt(lang, 'long', LONG_DATE).format(civilToDate(civil)).replace(',', '');
}

/** '09/06/2026' — for dense tables. */
export function formatDateShort(civil: string, lang: Lang): string {
  return fmt(lang, 'short', SHORT_DATE).format(civilToDate(civil));
}

/** The Paris civil date of an instant, 'YYYY-MM-DD'. */
export function parisDateOf(iso: string | Date): string {
  const parts = partsOf(iso);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The Paris wall-clock time of an instant, 'HH:mm' (24-hour). */
export function parisTimeOf(iso: string | Date): string {
  const parts = partsOf(iso);
  return `${parts.hour}:${parts.minute}`;
}

function partsOf(iso: string | Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const at = typeof iso === 'string' ? new Date(iso) : iso;
  const f = fmt('fr', 'parts', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const out = { year: '', month: '', day: '', hour: '', minute: '' };
  for (const p of f.formatToParts(at)) if (p.type in out) out[p.type as keyof typeof out] = p.value;
  return out;
}

/** '14:30'. */
export function formatTime(iso: string, lang: Lang): string {
  return fmt(lang, 'time', TIME).format(new Date(iso));
}

/** 'mardi 9 juin 2026 à 14:30' / 'Tuesday 9 June 2026 at 14:30'. */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = formatDateLong(parisDateOf(iso), lang);
  return lang === 'fr' ? `${date} à ${formatTime(iso, lang)}` : `${date} at ${formatTime(iso, lang)}`;
}

/** '09/06/2026 14:30' — for dense tables. */
export function formatDateTimeShort(iso: string, lang: Lang): string {
  return `${formatDateShort(parisDateOf(iso), lang)} ${formatTime(iso, lang)}`;
}
