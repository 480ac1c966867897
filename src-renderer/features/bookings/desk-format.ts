import { useTranslation } from 'react-i18next';
import type { WallDto } from '../../../src-main/bookings/contract';
import { formatDateShort } from '../../format/dates';
import { isLang, type Lang } from '../../i18n/lang';

/** The agent's language, French unless English was chosen. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : 'fr';
}

/**
 * A period as the desk reads it, from the Paris wall-clock parts the main side sent:
 * '06/06/2026 09:00 → 18:00' on one day, '05/06/2026 17:00 → 09/06/2026 10:00' otherwise.
 */
export function formatPeriod(start: WallDto, end: WallDto, lang: Lang): string {
  const from = `${formatDateShort(start.date, lang)} ${start.time}`;
  if (start.date === end.date) return `${from} → ${end.time}`;
  return `${from} → ${formatDateShort(end.date, lang)} ${end.time}`;
}

/**
 * A time typed at the counter, read as 24-hour 'HH:mm': '9' → '09:00', '930' → '09:30',
 * '9h30', '9:30', '18.00' → '18:00'. Anything else stays as typed, for the field to flag.
 */
export function normaliseTime(typed: string): string {
  const s = typed.trim().toLowerCase().replace(/\s/g, '');
  let m = /^(\d{1,2})(?:[h:.](\d{2})?)?$/.exec(s);
  if (!m) m = /^(\d{1,2})(\d{2})$/.exec(s);
  if (!m) return typed.trim();
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return typed.trim();
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
