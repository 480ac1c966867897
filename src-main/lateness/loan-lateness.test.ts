import { describe, expect, it } from 'vitest';
import { MANAGER, loansApp } from '../loans/test-setup';

/** 40 chairs for Saturday 2026-06-06 (due 18:00), handed over with a cheque. */
async function chairsLoan(app: Awaited<ReturnType<typeof loansApp>>) {
  const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 40 }] });
  const out = await app.ok('loans.checkout', {
    bookingId: b.id,
    version: b.version,
    lines: app.linesFor(b),
    deposit: app.cheque,
  });
  return { booking: out.booking, lineId: b.lines[0]?.id as number };
}

describe('lateness.ofLoan: a returned loan settled later reads its lateness again', () => {
  it('proposes the fee and suspension from the due and return moments, and the fee as edited', async () => {
    const app = await loansApp();
    const rules = await app.ok('lateness.getRules', {});
    await app.ok(
      'lateness.setRules',
      { version: rules.version, feePerDayCents: 2_00, suspensionDays: 15 },
      MANAGER,
    );
    const loan = await chairsLoan(app);
    expect((await app.fails('lateness.ofLoan', { bookingId: loan.booking.id })).code).toBe('INVALID_STATE');

    app.setNow('2026-06-09T08:00:00Z'); // Tuesday 10:00: Sunday, Monday, Tuesday late
    const r = await app.ok('loans.return', {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      items: [{ lineId: loan.lineId, ok: 40, damaged: 0, missing: 0 }],
    });
    app.setNow('2026-06-12T08:00:00Z'); // settled days later: still counted at the return
    expect(await app.ok('lateness.ofLoan', { bookingId: loan.booking.id })).toEqual({
      bookingId: loan.booking.id,
      lateDays: 3,
      feeCents: 6_00,
      capped: false,
      suspensionDays: 15,
      suspensionFrom: '2026-06-09',
      suspensionTo: '2026-06-23',
      currentFeeCents: 6_00,
    });
    await app.ok('loans.setLateFee', {
      bookingId: loan.booking.id,
      version: r.booking.version,
      lateFeeCents: 1_50,
      reason: null,
    });
    const after = await app.ok('lateness.ofLoan', { bookingId: loan.booking.id });
    expect(after).toMatchObject({ feeCents: 6_00, currentFeeCents: 1_50 });
    expect((await app.ok('bookings.get', { id: loan.booking.id })).closedAt).toBeNull();
  });

  it('a missing loan is not found', async () => {
    const app = await loansApp();
    expect((await app.fails('lateness.ofLoan', { bookingId: 999_999 })).code).toBe('NOT_FOUND');
  });
});
