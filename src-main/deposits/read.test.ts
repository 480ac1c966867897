import { describe, expect, it } from 'vitest';
import { depositsApp } from './test-fixtures';
import { createDeposit } from './ledger';
import { endOfParisDate } from './read';

/**
 * "Deposits held at date D" and the desk's list. Run under TZ=UTC, TZ=Europe/Paris and
 * TZ=Pacific/Auckland: civil dates are Paris dates whatever the host's zone.
 */
type App = Awaited<ReturnType<typeof depositsApp>>;

async function heldTent(app: App, method: 'cash' | 'cheque', chequeDate = '2026-06-05') {
  const { bookingId } = await app.loan([{ resourceId: app.tentId, quantity: 1 }]);
  await app.inTrx((ctx) => createDeposit(ctx, bookingId, 600_00));
  await app.ok('deposits.collect', {
    bookingId,
    method:
      method === 'cash'
        ? { type: 'cash' }
        : {
            type: 'cheque',
            number: `CHQ-${bookingId}`,
            bank: 'Banque Postale',
            drawer: 'Trésorier',
            date: chequeDate,
          },
  });
  return bookingId;
}

describe('deposits held at the end of a Paris civil date', () => {
  it('is answered from the ledger for any past date, between movements', async () => {
    const app = await depositsApp('2026-06-05T08:00:00Z');
    const a = await heldTent(app, 'cash'); // 5 June
    app.setNow('2026-06-08T09:00:00Z');
    const b = await heldTent(app, 'cheque', '2026-06-08'); // 8 June
    app.setNow('2026-06-12T14:00:00Z');
    await app.ok('deposits.settle', { bookingId: a, retainedCents: 100_00 }); // 12 June: a is settled
    app.setNow('2026-06-20T10:00:00Z');

    const at = async (date: string) => {
      const r = await app.ok('deposits.heldAt', { date });
      return { total: r.totalCents, bookings: r.rows.map((x) => x.bookingId) };
    };
    expect(await at('2026-06-04')).toEqual({ total: 0, bookings: [] });
    expect(await at('2026-06-05')).toEqual({ total: 600_00, bookings: [a] });
    expect(await at('2026-06-07')).toEqual({ total: 600_00, bookings: [a] });
    expect(await at('2026-06-08')).toEqual({ total: 1200_00, bookings: [a, b] });
    expect(await at('2026-06-11')).toEqual({ total: 1200_00, bookings: [a, b] });
    expect(await at('2026-06-12')).toEqual({ total: 600_00, bookings: [b] });
    // Editing the deposit row afterwards cannot rewrite the past: only the ledger counts.
    await app.db.updateTable('deposits').set({ amount_cents: 1 }).execute();
    expect(await at('2026-06-08')).toEqual({ total: 1200_00, bookings: [a, b] });
  });

  it('counts a movement on the Paris date it happened, not the UTC one', async () => {
    // 23:30 in Paris on 5 June (summer time) is 21:30 UTC; 00:30 on 6 June is 22:30 UTC on the 5th.
    const app = await depositsApp('2026-06-05T21:30:00Z');
    const late = await heldTent(app, 'cash');
    app.setNow('2026-06-05T22:30:00Z');
    const afterMidnight = await heldTent(app, 'cash');
    const fifth = await app.ok('deposits.heldAt', { date: '2026-06-05' });
    expect(fifth.rows.map((r) => r.bookingId)).toEqual([late]);
    expect(fifth.at).toBe('2026-06-05T22:00:00.000Z');
    const sixth = await app.ok('deposits.heldAt', { date: '2026-06-06' });
    expect(sixth.rows.map((r) => r.bookingId)).toEqual([late, afterMidnight]);
  });

  it.each([
    ['2026-03-28', '2026-03-28T23:00:00.000Z'], // the night clocks go forward: midnight is still +01:00
    ['2026-03-29', '2026-03-29T22:00:00.000Z'],
    ['2026-10-24', '2026-10-24T22:00:00.000Z'],
    ['2026-10-25', '2026-10-25T23:00:00.000Z'],
  ])('the end of %s is %s', (date, iso) => {
    expect(endOfParisDate(date).toISOString()).toBe(iso);
  });
});

describe('deposits.list', () => {
  it('flags a cheque held more than 11 months, exactly at the boundary', async () => {
    const app = await depositsApp('2025-07-05T09:00:00Z');
    const bookingId = await heldTent(app, 'cheque', '2025-07-05');
    const row = async () =>
      (await app.ok('deposits.list', { heldOnly: true })).find((r) => r.bookingId === bookingId);

    app.setNow('2026-06-05T21:59:00Z'); // 23:59 in Paris on 5 June: exactly 11 months
    expect(await row()).toMatchObject({ overElevenMonths: false, daysHeld: 335 });
    app.setNow('2026-06-05T22:00:00Z'); // 00:00 in Paris on 6 June
    expect(await row()).toMatchObject({ overElevenMonths: true, daysHeld: 336, cashableUntil: '2026-07-13' });
  });

  it('filters by state and held-only, searches borrower, cheque number and agreement', async () => {
    const app = await depositsApp();
    const a = await heldTent(app, 'cheque');
    const b = await heldTent(app, 'cash');
    await app.ok('deposits.settle', { bookingId: b, retainedCents: 0 });
    const c = (await app.loan([{ resourceId: app.tentId, quantity: 1 }])).bookingId;
    await app.inTrx((ctx) => createDeposit(ctx, c, 600_00));

    const ids = (rows: { bookingId: number }[]) => rows.map((r) => r.bookingId).sort();
    expect(ids(await app.ok('deposits.list', {}))).toEqual([a, b, c].sort());
    expect(ids(await app.ok('deposits.list', { heldOnly: true }))).toEqual([a]);
    expect(ids(await app.ok('deposits.list', { state: 'returned' }))).toEqual([b]);
    expect(ids(await app.ok('deposits.list', { state: 'expected' }))).toEqual([c]);
    expect(ids(await app.ok('deposits.list', { search: `chq-${a}` }))).toEqual([a]);
    expect(ids(await app.ok('deposits.list', { search: 'montesquieu foyer' }))).toEqual([a, b, c].sort());
    expect(ids(await app.ok('deposits.list', { search: 'inconnu' }))).toEqual([]);

    const [held] = await app.ok('deposits.list', { heldOnly: true });
    expect(held).toMatchObject({
      borrowerName: 'Foyer rural de Montesquieu',
      amountCents: 600_00,
      heldCents: 600_00,
      method: 'cheque',
      chequeNumber: `CHQ-${a}`,
      daysHeld: 0,
      overElevenMonths: false,
    });
  });
});
