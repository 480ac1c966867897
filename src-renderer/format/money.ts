import { LOCALE, type Lang } from '../i18n/lang';

/**
 * Money is integer euro cents everywhere; it becomes text only here, at the edge.
 * French: '1 500,00 €' (fr-FR groups with a narrow no-break space); English: '€1,500.00'.
 */
const formatters = new Map<Lang, Intl.NumberFormat>();

function formatter(lang: Lang): Intl.NumberFormat {
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'EUR' });
    formatters.set(lang, f);
  }
  return f;
}

/** The decimal string of a cents amount ('150000' → '1500.00'), so no float ever rounds it. */
function centsToDecimal(cents: number): `${number}` {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an integer amount of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}` as `${number}`;
}

export function formatMoney(cents: number, lang: Lang): string {
  return formatter(lang).format(centsToDecimal(cents));
}

/** The amount as an agent would type it back into a field: '1500,50' (fr) or '1500.50' (en). */
export function centsToInput(cents: number, lang: Lang): string {
  const decimal = centsToDecimal(cents);
  return lang === 'fr' ? decimal.replace('.', ',') : decimal;
}

export type ParsedAmount =
  { ok: true; cents: number | null } | { ok: false; reason: 'invalid' | 'too_many_decimals' | 'negative' };

const SPACES = /[\s\u00a0\u202f\u2009]/g;
/** 15 digits of cents stay far below Number.MAX_SAFE_INTEGER. */
const MAX_DIGITS = 15;

/**
 * Reads a euro amount typed at the desk — '12,50', '1 500', '12.5', '1.500,00', '€12' — into integer
 * cents with string arithmetic only. An empty field is `null`. Three decimals ('1,500') are refused
 * rather than guessed: they could be a thousands separator or a typo.
 */
export function parseEuros(typed: string): ParsedAmount {
  let s = typed.replace(SPACES, '').replace(/€|eur(os?)?$/gi, '');
  if (s === '') return { ok: true, cents: null };
  if (s.startsWith('-')) return { ok: false, reason: 'negative' };
  if (s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, reason: 'invalid' };

  let intPart: string;
  let fraction = '';
  const lastSep = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
  const seps = s.replace(/\d/g, '');
  if (seps === '') {
    intPart = s;
  } else if (new Set(seps).size === 2) {
    // Both separators: the last one is the decimal mark, the other groups thousands.
    const decimalMark = s.charAt(lastSep);
    const grouping = decimalMark === ',' ? '.' : ',';
    if (seps.slice(0, -1).includes(decimalMark)) return { ok: false, reason: 'invalid' };
    intPart = s.slice(0, lastSep);
    fraction = s.slice(lastSep + 1);
    if (!validGrouping(intPart, grouping)) return { ok: false, reason: 'invalid' };
    intPart = intPart.split(grouping).join('');
  } else if (seps.length > 1) {
    // One separator repeated: thousands grouping only ('1.000.000').
    if (!validGrouping(s, seps.charAt(0))) return { ok: false, reason: 'invalid' };
    intPart = s.split(seps.charAt(0)).join('');
  } else {
    intPart = s.slice(0, lastSep);
    fraction = s.slice(lastSep + 1);
  }

  if (fraction.length > 2) return { ok: false, reason: 'too_many_decimals' };
  if (intPart === '') intPart = '0';
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(fraction)) return { ok: false, reason: 'invalid' };
  const digits = (intPart + fraction.padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_DIGITS) return { ok: false, reason: 'invalid' };
  return { ok: true, cents: Number(digits) };
}

function validGrouping(s: string, sep: string): boolean {
  const groups = s.split(sep);
  const [head, ...rest] = groups;
  return (
    head !== undefined && /^\d{1,3}$/.test(head) && rest.length > 0 && rest.every((g) => /^\d{3}$/.test(g))
  );
}
