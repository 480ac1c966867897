import { centsToInput, parseEuros } from '../../format/money';
import { parseInteger } from '../../format/numbers';
import type { Lang } from '../../i18n/lang';

/**
 * Typed text ↔ the settings' numbers. Only reading what was typed happens here (a whole number,
 * an amount in euros); every limit is the API's to check.
 */
export type LimitsText<K extends string> = Record<K, string>;

/** Numbers (null: no limit) → the text of their fields ('' for null). */
export function limitsToText<K extends string>(
  values: Record<K, number | null>,
  fields: readonly K[],
): LimitsText<K> {
  return Object.fromEntries(
    fields.map((k) => [k, values[k] === null ? '' : String(values[k])]),
  ) as LimitsText<K>;
}

/** The fields' text → whole numbers ('' → null), and the fields whose text is not a whole number. */
export function limitsToInput<K extends string>(
  form: LimitsText<K>,
  fields: readonly K[],
): { value: Record<K, number | null>; invalid: K[] } {
  const invalid: K[] = [];
  const value = {} as Record<K, number | null>;
  for (const k of fields) {
    const n = parseInteger(form[k]);
    if (Number.isNaN(n)) invalid.push(k);
    value[k] = Number.isNaN(n) ? null : n;
  }
  return { value, invalid };
}

export type MoneyIssue = 'money_invalid' | 'money_decimals';

/** An amount typed in euros → cents ('' → null), or why it cannot be read. */
export function readEuros(
  typed: string,
): { ok: true; cents: number | null } | { ok: false; issue: MoneyIssue } {
  const r = parseEuros(typed);
  if (r.ok) return r;
  return { ok: false, issue: r.reason === 'too_many_decimals' ? 'money_decimals' : 'money_invalid' };
}

/** Cents → the text of an amount field ('' for null). */
export function eurosText(cents: number | null, lang: Lang): string {
  return cents === null ? '' : centsToInput(cents, lang);
}
