import { describe, expect, it } from 'vitest';
import { MANAGER, at, loansApp } from './test-setup';

type App = Awaited<ReturnType<typeof loansApp>>;

/** The Saturday: minibus + room SAL-GAR + 40 chairs, handed over on Friday with a cheque. */
async function saturdayLoan(app: App) {
  const b = await app.book({
    lines: [
      { resourceId: app.minibus.id, quantity: 1 },
      { resourceId: app.room.id, quantity: 1 },
      { resourceId: app.chairs.id, quantity: 40 },
    ],
  });
  const out = await app.ok('loans.checkout', {
    bookingId: b.id,
    version: b.version,
    lines: app.linesFor(b),
    deposit: app.cheque,
  });
  const line = (resourceId: number) => b.lines.find((l) => l.resourceId === resourceId)?.id as number;
  return {
    booking: out.booking,
    minibusLine: line(app.minibus.id),
    roomLine: line(app.room.id),
    chairsLine: line(app.chairs.id),
  };
}
const item = (lineId: number, ok: number, damaged = 0, missing = 0) => ({ lineId, ok, damaged, missing });

describe('return, settle and close', () => {
  it('the desk day: 37 chairs back + 3 missing → an incident, retention 3 × the frozen replacement value; settle; close', async () => {
    const app = await loansApp();
    const loan = await saturdayLoan(app);
    app.setNow('2026-06-06T16:30:00Z'); // Saturday 18:30 Paris, on the due day: not late
    const r = await app.ok('loans.return', {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      items: [
        { ...item(loan.minibusLine, 1), mileageIn: 84_412, fuelIn: 7 },
        { ...item(loan.roomLine, 1), keysReturned: 2 },
        { ...item(loan.chairsLine, 37, 0, 3), remarks: 'Trois chaises oubliées sur place' },
      ],
    });
    expect(r.status).toBe('returned');
    expect(r.lateDays).toBe(0);
    expect(r.incidents).toHaveLength(1);
    expect(r.incidents[0]).toMatchObject({ kind: 'missing', quantity: 3, estimateCents: 3 * 25_00 });
    expect(r.proposedRetentionCents).toBe(3 * 25_00);
    expect(r.booking.status).toBe('returned');
    const minibus = await app.resource('VEH-MIN');
    expect(minibus.vehicle_mileage).toBe(84_412);

    const early = await app.fails('loans.close', { bookingId: loan.booking.id });
    expect(early.code).toBe('INVALID_STATE');
    expect(early.message).toContain('La caution');
    await app.ok('deposits.settle', {
      bookingId: loan.booking.id,
      retainedCents: r.proposedRetentionCents,
      mode: 'borrower_paid',
      incidentIds: r.incidents.map((i) => i.id),
    });
    const closed = await app.ok('loans.close', { bookingId: loan.booking.id });
    expect(closed.status).toBe('returned');
    const row = await app.db
      .selectFrom('bookings')
      .select('closed_at')
      .where('id', '=', loan.booking.id)
      .executeTakeFirstOrThrow();
    expect(row.closed_at).toBe('2026-06-06T16:30:00.000Z');
    expect((await app.fails('loans.close', { bookingId: loan.booking.id })).code).toBe('INVALID_STATE');
  });

  it('a settlement and a closing recorded late keep their real time (the ledger answers for that day)', async () => {
    const app = await loansApp();
    const loan = await saturdayLoan(app);
    app.setNow('2026-06-06T16:30:00Z');
    await app.ok('loans.return', {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      items: [
        { ...item(loan.minibusLine, 1), mileageIn: 84_300, fuelIn: 8 },
        { ...item(loan.roomLine, 1), keysReturned: 2 },
        item(loan.chairsLine, 40),
      ],
    });
    app.setNow('2026-06-09T08:00:00Z'); // recorded on Tuesday morning
    const saturdayEvening = at('2026-06-06', '18:45');
    const noReason = await app.fails('deposits.settle', {
      bookingId: loan.booking.id,
      retainedCents: 0,
      at: saturdayEvening,
    });
    expect(noReason.code).toBe('VALIDATION_FAILED');
    const future = await app.fails('deposits.settle', {
      bookingId: loan.booking.id,
      retainedCents: 0,
      at: at('2026-06-10', '10:00'),
      backdateReason: 'test',
    });
    expect(future.code).toBe('VALIDATION_FAILED');
    await app.ok('deposits.settle', {
      bookingId: loan.booking.id,
      retainedCents: 0,
      at: saturdayEvening,
      backdateReason: 'Chèque rendu samedi soir, saisi mardi',
    });
    await app.ok('loans.close', {
      bookingId: loan.booking.id,
      at: saturdayEvening,
      backdateReason: 'Saisie tardive',
    });
    const row = await app.db
      .selectFrom('bookings')
      .select('closed_at')
      .where('id', '=', loan.booking.id)
      .executeTakeFirstOrThrow();
    expect(row.closed_at).toBe('2026-06-06T16:45:00.000Z');
    const held = (date: string) => app.ok('deposits.heldAt', { date });
    const bookingHeld = async (date: string) =>
      (await held(date)).rows
        .filter((r) => r.bookingId === loan.booking.id)
        .reduce((n, r) => n + r.heldCents, 0);
    expect(await bookingHeld('2026-06-05')).toBeGreaterThan(0);
    expect(await bookingHeld('2026-06-06')).toBe(0);
  });

  it('partial return over two visits: the pieces still out keep holding; the loan is returned with the last one', async () => {
    const app = await loansApp();
    const loan = await saturdayLoan(app);
    app.setNow('2026-06-06T16:30:00Z');
    const first = await app.ok('loans.return', {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      items: [
        { ...item(loan.minibusLine, 1), mileageIn: 84_300, fuelIn: 8 },
        item(loan.roomLine, 1),
        item(loan.chairsLine, 30),
      ],
    });
    expect(first.status).toBe('checked_out');
    expect(first.lateDays).toBeNull();
    const chairsLine = first.booking.lines.find((l) => l.id === loan.chairsLine);
    expect(chairsLine?.quantityOk).toBe(30);
    // 116 usable chairs; over the loan's period only the 10 still out hold: 106 free, not 107.
    const during = { start: at('2026-06-06', '12:00'), end: at('2026-06-06', '13:00') };
    const check = await app.ok('availability.check', { resourceId: app.chairs.id, quantity: 107, ...during });
    expect(check.available).toBe(false);
    expect(check.usableQuantity).toBe(106);

    const over = await app.fails('loans.return', {
      bookingId: loan.booking.id,
      version: first.booking.version,
      items: [item(loan.chairsLine, 11)],
    });
    expect(over.message).toContain('Il reste 10 pièce(s)');
    const stale = await app.fails('loans.return', {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      items: [item(loan.chairsLine, 10)],
    });
    expect(stale.code).toBe('STALE_VERSION');

    app.setNow('2026-06-07T08:00:00Z');
    const second = await app.ok('loans.return', {
      bookingId: loan.booking.id,
      version: first.booking.version,
      items: [item(loan.chairsLine, 8, 2)],
    });
    expect(second.status).toBe('returned');
    expect(second.lateDays).toBe(1);
    expect(second.incidents.map((i) => [i.kind, i.quantity])).toEqual([['damaged', 2]]);
    const visits = await app.db.selectFrom('return_visits').selectAll().execute();
    expect(visits).toHaveLength(2);
  });

  it('late days and the proposed fee (2 €/day set by the manager), editable afterwards', async () => {
    const app = await loansApp();
    const rules = await app.ok('lateness.getRules', {});
    await app.ok(
      'lateness.setRules',
      { version: rules.version, feePerDayCents: 2_00, suspensionDays: 15 },
      MANAGER,
    );
    const loan = await saturdayLoan(app);
    app.setNow('2026-06-09T08:00:00Z'); // Tuesday 10:00: Sunday, Monday, Tuesday late
    const r = await app.ok('loans.return', {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      items: [
        { ...item(loan.minibusLine, 1), mileageIn: 84_900, fuelIn: 2 },
        item(loan.roomLine, 1),
        item(loan.chairsLine, 40),
      ],
    });
    expect(r).toMatchObject({ lateDays: 3, proposedLateFeeCents: 6_00, proposedSuspensionDays: 15 });
    expect(r.proposedRetentionCents).toBe(6_00);
    const edited = await app.ok('loans.setLateFee', {
      bookingId: loan.booking.id,
      version: r.booking.version,
      lateFeeCents: 0,
      reason: 'Panne de voiture, prévenu par téléphone',
    });
    expect(edited.version).toBe(r.booking.version + 1);
    expect((await app.ok('deposits.proposal', { bookingId: loan.booking.id })).lateFeeCents).toBe(0);
  });

  it('refuses a mileage below the mileage out; a damaged unit can go out of service, damaged stock raises its out-of-service count', async () => {
    const app = await loansApp();
    const loan = await saturdayLoan(app);
    app.setNow('2026-06-06T16:30:00Z');
    const e = await app.fails('loans.return', {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      items: [{ ...item(loan.minibusLine, 1), mileageIn: 84_000, fuelIn: 8 }],
    });
    expect((e.details as { fields: { path: string; message: string }[] }).fields).toEqual([
      expect.objectContaining({ path: 'items.0.mileageIn', message: expect.stringContaining('84230') }),
    ]);
    await app.ok('loans.return', {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      items: [
        {
          ...item(loan.minibusLine, 0, 1),
          mileageIn: 84_300,
          fuelIn: 8,
          damageDescription: 'Rétroviseur cassé',
          putOutOfService: true,
        },
        item(loan.roomLine, 1),
        { ...item(loan.chairsLine, 38, 2), putOutOfService: true },
      ],
    });
    const minibus = await app.resource('VEH-MIN');
    expect(minibus.status).toBe('out_of_service');
    expect(minibus.status_reason).toContain('2026-0001');
    expect((await app.resource('MOB-CHA')).quantity_out_of_service).toBe(4 + 2);
    const incidents = await app.ok('incidents.list', { bookingId: loan.booking.id });
    expect(incidents.map((i) => [i.kind, i.quantity, i.description, i.estimateCents])).toEqual(
      expect.arrayContaining([
        ['damaged', 1, 'Rétroviseur cassé', 32_000_00],
        ['damaged', 2, 'Rendu abîmé', 2 * 25_00],
      ]),
    );
  });
});
