import { describe, expect, it } from 'vitest';
import { loansApp } from './test-setup';

/** DOMAIN "Deposits": the deposit exists from booking time, so the desk can take the cheque then. */
describe('deposit expected from booking time', () => {
  it('bookings.create expects the default deposit; it follows the lines until collected', async () => {
    const app = await loansApp();
    const tent = app.minibus;
    const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 40 }] });
    const d0 = await app.ok('deposits.get', { bookingId: b.id });
    expect(d0).toMatchObject({ state: 'expected', heldCents: 0, ledger: [] });
    expect(d0.defaultCents).toBe(40 * app.chairs.deposit_cents);
    expect(d0.amountCents).toBe(d0.defaultCents);

    const added = await app.ok('bookings.addLine', {
      id: b.id,
      version: b.version,
      resourceId: tent.id,
      quantity: 1,
    });
    const d1 = await app.ok('deposits.get', { bookingId: b.id });
    expect(d1.defaultCents).toBe(40 * app.chairs.deposit_cents + tent.deposit_cents);
    expect(d1.amountCents).toBe(d1.defaultCents);

    const chairsLine = added.lines.find((l) => l.resourceId === app.chairs.id)?.id as number;
    await app.ok('bookings.removeLine', { id: b.id, version: added.version, lineId: chairsLine });
    const d2 = await app.ok('deposits.get', { bookingId: b.id });
    expect(d2).toMatchObject({ state: 'expected', defaultCents: tent.deposit_cents });
    expect(d2.amountCents).toBe(tent.deposit_cents);
  });

  it('deposits.collect works before checkout; the checkout then needs no deposit and keeps the cheque', async () => {
    const app = await loansApp();
    const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 40 }] });
    const held = await app.ok('deposits.collect', { bookingId: b.id, ...app.cheque });
    expect(held).toMatchObject({ state: 'held', heldCents: 40 * app.chairs.deposit_cents });
    expect(held.ledger.map((e) => e.kind)).toEqual(['collected']);

    const out = await app.ok('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
    });
    expect(out.booking.status).toBe('checked_out');
    const after = await app.ok('deposits.get', { bookingId: b.id });
    expect(after).toMatchObject({ state: 'held', chequeNumber: '0012345' });
    expect(after.ledger).toHaveLength(1); // collected once, not again at checkout
  });

  it('a collected deposit is not changed silently when a line is added before checkout', async () => {
    const app = await loansApp();
    const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 10 }] });
    await app.ok('deposits.collect', { bookingId: b.id, method: { type: 'cash' } });
    await app.ok('bookings.addLine', {
      id: b.id,
      version: b.version,
      resourceId: app.chairs.id,
      quantity: 5,
    });
    const d = await app.ok('deposits.get', { bookingId: b.id });
    expect(d).toMatchObject({ state: 'held', heldCents: 10 * app.chairs.deposit_cents });
  });

  it('a booking whose cheque is held cannot be cancelled until the cheque is handed back (fr and en)', async () => {
    const app = await loansApp();
    const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 40 }] });
    await app.ok('deposits.collect', { bookingId: b.id, ...app.cheque });
    const cancel = { id: b.id, version: b.version, reason: 'Tournoi annulé' };
    const fr = await app.fails('bookings.cancel', cancel);
    expect(fr.code).toBe('INVALID_STATE');
    expect(fr.message).toMatch(/caution \(80,00\s€\) est encore détenue.*rendez-la d’abord/);
    const en = await app.fails('bookings.cancel', cancel, { lang: 'en' });
    expect(en.message).toMatch(/deposit \(80,00\s€\) is still held.*hand it back to the borrower first/);
    expect((await app.ok('bookings.get', { id: b.id })).status).toBe('confirmed');

    // Handed back (settled with nothing retained): the booking can go.
    await app.ok('deposits.settle', { bookingId: b.id, retainedCents: 0, note: 'Chèque rendu' });
    const cancelled = await app.ok('bookings.cancel', cancel);
    expect(cancelled.status).toBe('cancelled');
    expect((await app.ok('deposits.get', { bookingId: b.id })).heldCents).toBe(0);
  });

  it('each occurrence of a recurring booking expects its own deposit', async () => {
    const app = await loansApp();
    const made = await app.ok('bookings.createRecurring', {
      borrowerId: app.boxing.id,
      firstDate: '2026-06-09',
      startTime: '18:00',
      endTime: '20:00',
      untilDate: '2026-06-23',
      lines: [{ resourceId: app.chairs.id, quantity: 10 }],
    });
    expect(made.bookings).toHaveLength(3);
    for (const occurrence of made.bookings) {
      const d = await app.ok('deposits.get', { bookingId: occurrence.id });
      expect(d).toMatchObject({ state: 'expected', defaultCents: 10 * app.chairs.deposit_cents });
    }
  });

  it('a walk-in still creates exactly one deposit, collected at checkout', async () => {
    const app = await loansApp();
    const r = await app.ok('loans.walkIn', {
      booking: {
        borrowerId: app.boxing.id,
        start: { date: '2026-06-05', time: '10:00', later: false },
        end: { date: '2026-06-05', time: '18:00', later: false },
        lines: [{ resourceId: app.chairs.id, quantity: 10 }],
      },
      checkout: { lines: [{ line: 0, condition: 'ok' }], deposit: { method: { type: 'cash' } } },
    });
    const rows = await app.db
      .selectFrom('deposits')
      .selectAll()
      .where('booking_id', '=', r.booking.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: 'held', amount_cents: 10 * app.chairs.deposit_cents });
  });
});
