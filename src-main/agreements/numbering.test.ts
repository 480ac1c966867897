import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openMemory } from '../../db/connection';
import { inImmediateTransaction } from '../../db/immediate';
import { amendmentNumber, formatAgreementNumber, takeAgreementNumber } from './numbering';

describe('agreement numbering', () => {
  it('formats YYYY-NNNN with at least four digits, and amendments', () => {
    expect(formatAgreementNumber(2026, 42)).toBe('2026-0042');
    expect(formatAgreementNumber(2026, 12345)).toBe('2026-12345');
    expect(amendmentNumber('2026-0042', 1)).toBe('2026-0042-A1');
  });

  it('counts per Europe/Paris year: 31 Dec 23:30 UTC is already next year in Paris', async () => {
    const { db } = await openMemory();
    expect(await takeAgreementNumber(db, new Date('2026-12-31T22:30:00Z'))).toBe('2026-0001');
    expect(await takeAgreementNumber(db, new Date('2026-12-31T22:59:59Z'))).toBe('2026-0002');
    expect(await takeAgreementNumber(db, new Date('2026-12-31T23:30:00Z'))).toBe('2027-0001');
    expect(await takeAgreementNumber(db, new Date('2027-03-01T10:00:00Z'))).toBe('2027-0002');
  });

  it('leaves no gap when the transaction that took a number fails', async () => {
    const { db } = await openMemory();
    const at = new Date('2026-06-05T08:00:00Z');
    await inImmediateTransaction(db, (trx) => takeAgreementNumber(trx, at));
    await expect(
      inImmediateTransaction(db, async (trx) => {
        await takeAgreementNumber(trx, at);
        throw new Error('a later guard failed');
      }),
    ).rejects.toThrow('a later guard failed');
    expect(await inImmediateTransaction(db, (trx) => takeAgreementNumber(trx, at))).toBe('2026-0002');
    const row = await sql<{
      n: number;
    }>`select last_number as n from agreement_sequences where year = 2026`.execute(db);
    expect(row.rows[0]?.n).toBe(2);
  });
});
