import { describe, expect, it } from 'vitest';
import { MANAGER, loansApp } from './test-setup';

type App = Awaited<ReturnType<typeof loansApp>>;

/**
 * DOMAIN "Deposits": costs beyond the deposit become an amount the borrower owes. With the
 * deposit waived (or a deposit of 0 €) everything is beyond it, so closing the loan owes it all.
 * 20 chairs (25 € replacement each) out on a waived deposit, 3 never come back.
 */
async function threeMissingWaived(app: App) {
  const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 20 }] });
  const out = await app.ok('loans.checkout', {
    bookingId: b.id,
    version: b.version,
    lines: app.linesFor(b),
    deposit: { method: { type: 'waiver', reason: 'Association partenaire' } },
  });
  app.setNow('2026-06-06T16:30:00Z');
  const ret = await app.ok('loans.return', {
    bookingId: b.id,
    version: out.booking.version,
    items: [{ lineId: b.lines[0]!.id, ok: 17, damaged: 0, missing: 3 }],
  });
  expect(ret.status).toBe('returned');
  return b.id;
}

const owedOf = async (app: App, bookingId: number) =>
  (await app.ok('amountsOwed.list', {})).filter((o) => o.bookingId === bookingId);

describe('costs with no deposit held become an amount owed when the loan is closed', () => {
  it('waived deposit: 3 missing chairs → 75 € owed at closing, once', async () => {
    const app = await loansApp();
    const bookingId = await threeMissingWaived(app);
    const d = await app.ok('deposits.get', { bookingId });
    expect(d.state).toBe('waived');
    // Nothing to settle: the deposit holds nothing.
    expect((await app.fails('deposits.settle', { bookingId, retainedCents: 0 })).code).toBe('INVALID_STATE');

    await app.ok('loans.close', { bookingId });
    const owed = await owedOf(app, bookingId);
    expect(owed.map((o) => o.amountCents)).toEqual([3 * 25_00]);
    expect(owed[0]?.paidAt).toBeNull();

    // A second close (or settle) does not bill it again.
    expect((await app.fails('loans.close', { bookingId })).code).toBe('INVALID_STATE');
    expect((await app.fails('deposits.settle', { bookingId, retainedCents: 0 })).code).toBe('INVALID_STATE');
    expect((await owedOf(app, bookingId)).map((o) => o.amountCents)).toEqual([3 * 25_00]);
  });

  it('a return corrected after closing moves what is owed (3 missing were really 1: 25 €)', async () => {
    const app = await loansApp();
    const bookingId = await threeMissingWaived(app);
    const closed = await app.ok('loans.close', { bookingId });
    const item = await app.db
      .selectFrom('return_items as i')
      .innerJoin('return_visits as v', 'v.id', 'i.visit_id')
      .select('i.id')
      .where('v.booking_id', '=', bookingId)
      .executeTakeFirstOrThrow();
    const fix = (missing: number, version: number) =>
      app.ok('loans.correctReturn', {
        bookingId,
        version,
        returnItemId: item.id,
        ok: 20 - missing,
        damaged: 0,
        missing,
        reason: 'Recomptées au local',
      });
    const fewer = await fix(1, closed.version);
    const unpaid = async () =>
      (await owedOf(app, bookingId)).filter((o) => o.paidAt === null).reduce((s, o) => s + o.amountCents, 0);
    expect(await unpaid()).toBe(25_00);
    await fix(4, fewer.booking.version);
    expect(await unpaid()).toBe(4 * 25_00);
  });

  it('a deposit of 0 € (nothing asked): the same 75 € owed at closing, with the late fee', async () => {
    const app = await loansApp();
    const rules = await app.ok('lateness.getRules', {});
    await app.ok('lateness.setRules', { version: rules.version, feePerDayCents: 2_00 }, MANAGER);
    const chairs = await app.ok('resources.get', { id: app.chairs.id });
    await app.ok('resources.update', { id: chairs.id, version: chairs.version, depositCents: 0 });
    const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 20 }] });
    expect((await app.ok('deposits.get', { bookingId: b.id })).defaultCents).toBe(0);
    const out = await app.ok('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
    });
    app.setNow('2026-06-08T08:00:00Z'); // Monday: Sunday and Monday late
    const ret = await app.ok('loans.return', {
      bookingId: b.id,
      version: out.booking.version,
      items: [{ lineId: b.lines[0]!.id, ok: 17, damaged: 0, missing: 3 }],
    });
    expect(ret.proposedLateFeeCents).toBe(4_00);
    await app.ok('loans.close', { bookingId: b.id });
    expect((await owedOf(app, b.id)).map((o) => o.amountCents)).toEqual([3 * 25_00 + 4_00]);
  });

  it('nothing lost, nothing late: closing owes nothing', async () => {
    const app = await loansApp();
    const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 20 }] });
    const out = await app.ok('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
      deposit: { method: { type: 'waiver', reason: 'Association partenaire' } },
    });
    app.setNow('2026-06-06T16:30:00Z');
    await app.ok('loans.return', {
      bookingId: b.id,
      version: out.booking.version,
      items: [{ lineId: b.lines[0]!.id, ok: 20, damaged: 0, missing: 0 }],
    });
    await app.ok('loans.close', { bookingId: b.id });
    expect(await owedOf(app, b.id)).toEqual([]);
  });
});
