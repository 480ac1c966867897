import { describe, expect, it } from 'vitest';
import { loansApp } from './test-setup';

type App = Awaited<ReturnType<typeof loansApp>>;

/**
 * 20 chairs (2 € deposit, 25 € replacement each) out with a 40 € cheque, back on Saturday with
 * `missing` missing, the deposit settled as proposed (kept up to 40 €, the rest an amount owed).
 */
async function settledChairs(app: App, missing: number) {
  const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 20 }] });
  const out = await app.ok('loans.checkout', {
    bookingId: b.id,
    version: b.version,
    lines: app.linesFor(b),
    deposit: app.cheque,
  });
  const lineId = b.lines[0]!.id;
  app.setNow('2026-06-06T16:30:00Z');
  const ret = await app.ok('loans.return', {
    bookingId: b.id,
    version: out.booking.version,
    items: [{ lineId, ok: 20 - missing, damaged: 0, missing }],
  });
  await app.ok('deposits.settle', {
    bookingId: b.id,
    retainedCents: ret.proposedRetentionCents,
    mode: ret.proposedRetentionCents > 0 ? 'cheque_cashed' : null,
    incidentIds: ret.incidents.map((i) => i.id),
  });
  const item = await app.db
    .selectFrom('return_items')
    .select('id')
    .where('line_id', '=', lineId)
    .executeTakeFirstOrThrow();
  return { bookingId: b.id, version: ret.booking.version, itemId: item.id };
}

const owedOf = async (app: App, bookingId: number) =>
  (await app.ok('amountsOwed.list', {})).filter((o) => o.bookingId === bookingId && o.paidAt === null);

describe('correcting a return after the deposit was settled', () => {
  it.each([
    // missing typed → really missing: deposit kept, owed beyond it, refunded by correction entry
    { typed: 3, real: 1, kept: 25_00, owed: 0, refund: 15_00 },
    { typed: 3, real: 2, kept: 40_00, owed: 10_00, refund: 0 },
    { typed: 3, real: 0, kept: 0, owed: 0, refund: 40_00 },
    { typed: 1, real: 3, kept: 25_00, owed: 50_00, refund: 0 },
    { typed: 0, real: 2, kept: 0, owed: 50_00, refund: 0 },
  ])(
    '$typed missing typed, $real really: $kept kept, $owed still owed, $refund refunded',
    async ({ typed, real, kept, owed, refund }) => {
      const app = await loansApp();
      const loan = await settledChairs(app, typed);
      const before = await app.ok('deposits.get', { bookingId: loan.bookingId });
      expect(before.retainedCents).toBe(Math.min(40_00, typed * 25_00));

      await app.ok('loans.correctReturn', {
        bookingId: loan.bookingId,
        version: loan.version,
        returnItemId: loan.itemId,
        ok: 20 - real,
        damaged: 0,
        missing: real,
        reason: 'Compté à nouveau le lundi',
      });
      const d = await app.ok('deposits.get', { bookingId: loan.bookingId });
      expect(d.retainedCents).toBe(kept);
      expect(d.state).toBe(kept === 0 ? 'returned' : kept >= 40_00 ? 'retained' : 'partly_retained');
      const corrections = d.ledger.filter((e) => e.kind === 'correction');
      expect(corrections.reduce((s, e) => s + e.amountCents, 0)).toBe(refund);
      // Kept + still owed = what the corrected loss really costs.
      const owedNow = (await owedOf(app, loan.bookingId)).reduce((s, o) => s + o.amountCents, 0);
      expect(owedNow).toBe(owed);
      expect(kept + owedNow).toBe(real * 25_00);
      // What is still owed shows on the borrower's record.
      expect((await app.ok('organisations.get', { id: app.boxing.id })).unpaidOwedCents).toBe(owed);
    },
    30_000,
  );
});
