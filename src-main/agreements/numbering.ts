import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { parisDate } from '../core/paris-time';

/**
 * Agreement numbers: `YYYY-NNNN`, the year of the checkout in Europe/Paris, one sequence per year,
 * at least four digits, never reused. The number is taken inside the checkout's BEGIN IMMEDIATE
 * transaction: a checkout that fails rolls the sequence back with it, so the series has no gaps
 * and two desks can never draw the same number.
 */
export function formatAgreementNumber(year: number, n: number): string {
  return `${year}-${String(n).padStart(4, '0')}`;
}

export function amendmentNumber(agreement: string, index: number): string {
  return `${agreement}-A${index}`;
}

export async function takeAgreementNumber(trx: Kysely<Database>, at: Date): Promise<string> {
  const year = Number(parisDate(at).slice(0, 4));
  const row = await trx
    .insertInto('agreement_sequences')
    .values({ year, last_number: 1 })
    .onConflict((oc) =>
      oc.column('year').doUpdateSet((eb) => ({ last_number: eb('agreement_sequences.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return formatAgreementNumber(year, row.last_number);
}
