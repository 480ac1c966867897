import { z } from 'zod';

/**
 * Field schemas shared by every contract. Limits are deliberate: a desk form never needs more,
 * and a bounded input keeps a stray paste (or a hostile script) from bloating the database.
 */
export const LIMITS = { short: 120, medium: 400, long: 4000 } as const;

/** Custom issues carry a message key ('@key'); the API translates it into the caller's language. */
export const keyed = (key: string) => `@${key}`;

export const text = (max: number = LIMITS.short) => z.string().trim().min(1).max(max);
export const optText = (max: number = LIMITS.short) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));

export const id = z.number().int().positive();
/** Money is integer euro cents everywhere; a fractional cent is refused, never rounded. */
export const cents = z.number().int().min(0).max(100_000_000_00);
export const count = (max = 100_000) => z.number().int().min(0).max(max);

export const civilDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, keyed('date_invalid'));

export const instant = z.iso.datetime({ offset: true });

export const version = z.number().int().min(0);

/** INSEE commune code: 5 characters, digits except Corsica's 2A/2B. */
export const inseeCode = z.string().regex(/^(\d{5}|2[AB]\d{3})$/, keyed('insee_invalid'));

/** RNA: W followed by 9 digits (older associations use a 9-character prefecture number; not accepted here). */
export const RNA_PATTERN = /^W\d{9}$/;

/** Luhn checksum over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** SIRET: 14 digits, Luhn-checked (La Poste's establishments are the one documented exception). */
export function siretValid(raw: string): boolean {
  const s = raw.replace(/\s/g, '');
  if (!/^\d{14}$/.test(s)) return false;
  if (s.startsWith('356000000')) {
    // La Poste: sum of digits divisible by 5 instead of Luhn.
    return [...s].reduce((a, c) => a + Number(c), 0) % 5 === 0;
  }
  return luhnValid(s);
}

export const rna = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(RNA_PATTERN, keyed('rna_invalid')));

export const siret = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s/g, ''))
  .pipe(
    z
      .string()
      .regex(/^\d{14}$/, keyed('siret_format'))
      .refine(siretValid, keyed('siret_luhn')),
  );

export const email = z.email(keyed('email_invalid')).max(LIMITS.short);
export const phone = z
  .string()
  .trim()
  .max(30)
  .regex(/^[+\d][\d .\-()]*$/, keyed('phone_invalid'));

/** Nullable wrapper that also turns an empty string into null (forms send ''). */
export function nullable<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === '' ? null : v), schema.nullable());
}

/** French driving-licence categories (permis de conduire), in the licence's own order. */
export const LICENCE_CATEGORIES = [
  'AM',
  'A1',
  'A2',
  'A',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
] as const;
export type LicenceCategory = (typeof LICENCE_CATEGORIES)[number];

/** Europe/Paris wall-clock time 'HH:MM' (24 h). */
export const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, keyed('time_invalid'));

/**
 * A Europe/Paris wall-clock moment as the agent types it. `later` picks the second 02:xx of the
 * autumn repeat (the earlier one otherwise); a time in the spring-forward gap is refused by the
 * service that converts it (parisWallToInstant).
 */
export const parisMoment = z
  .object({ date: civilDate, time: wallTime, later: z.boolean().default(false) })
  .strict();
