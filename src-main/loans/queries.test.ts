import { describe, expect, it } from 'vitest';
import { at, loansApp } from './test-setup';

describe("the desk's queries", () => {
  it('whoHad names the borrower and the drivers of the day, and nobody outside the loan', async () => {
    const app = await loansApp();
    const b = await app.book({ lines: [{ resourceId: app.minibus.id, quantity: 1 }] });
    const out = await app.ok('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
      deposit: app.cheque,
    });
    const saturday = await app.ok('loans.whoHad', { resourceId: app.minibus.id, date: '2026-06-06' });
    expect(saturday).toEqual([
      expect.objectContaining({
        bookingId: b.id,
        agreementNumber: '2026-0001',
        borrowerName: 'Boxing Club Muretain',
        drivers: [app.driver.name],
        returnedAt: null,
      }),
    ]);
    // Handed over on Friday 10:00: it was already theirs on Friday.
    expect(await app.ok('loans.whoHad', { resourceId: app.minibus.id, date: '2026-06-05' })).toHaveLength(1);
    expect(await app.ok('loans.whoHad', { resourceId: app.minibus.id, date: '2026-06-04' })).toEqual([]);
    app.setNow('2026-06-06T16:30:00Z');
    await app.ok('loans.return', {
      bookingId: b.id,
      version: out.booking.version,
      items: [
        { lineId: b.lines[0]?.id as number, ok: 1, damaged: 0, missing: 0, mileageIn: 84_400, fuelIn: 8 },
      ],
    });
    app.setNow('2026-06-10T08:00:00Z');
    expect(await app.ok('loans.whoHad', { resourceId: app.minibus.id, date: '2026-06-07' })).toEqual([]);
    expect(await app.ok('loans.whoHad', { resourceId: app.minibus.id, date: '2026-06-06' })).toHaveLength(1);
  });

  it('today lists pickups, returns, overdue loans, expiring options, insurance, deposits held and inspections', async () => {
    const app = await loansApp();
    const pickup = await app.book({
      start: at('2026-06-05', '14:00'),
      end: at('2026-06-05', '17:00'),
      lines: [{ resourceId: app.chairs.id, quantity: 10 }],
    });
    const nailloux = await app.borrower('Foyer rural de Nailloux');
    const option = await app.book({
      borrowerId: nailloux.id,
      status: 'option',
      optionExpiresOn: '2026-06-06',
      start: at('2026-06-12', '09:00'),
      end: at('2026-06-12', '18:00'),
      lines: [{ resourceId: app.room.id, quantity: 1 }],
    });
    const later = await app.book({
      start: at('2026-06-20', '09:00'),
      end: at('2026-06-20', '18:00'),
      lines: [{ resourceId: app.chairs.id, quantity: 5 }],
    });
    const walk = async (end: string) =>
      app.ok('loans.walkIn', {
        booking: {
          borrowerId: app.boxing.id,
          start: at('2026-06-05', '10:00'),
          end: at('2026-06-05', end),
          lines: [{ resourceId: app.chairs.id, quantity: 2 }],
        },
        checkout: { lines: [{ line: 0, condition: 'ok' }], deposit: { method: { type: 'cash' } } },
      });
    const dueToday = await walk('17:00');
    const soonLate = await walk('10:30');
    app.setNow('2026-06-05T09:00:00Z'); // 11:00 Paris

    const t = await app.ok('loans.today', {});
    expect(t.date).toBe('2026-06-05');
    expect(t.pickups.map((r) => r.bookingId)).toEqual([pickup.id]);
    expect(t.returns.map((r) => r.bookingId)).toEqual([dueToday.booking.id]);
    expect(t.overdue.map((r) => [r.bookingId, r.agreementNumber, r.lateDays])).toEqual([
      [soonLate.booking.id, soonLate.agreementNumber, 0],
    ]);
    expect(t.optionsExpiring.map((r) => [r.bookingId, r.optionExpiresOn])).toEqual([
      [option.id, '2026-06-06'],
    ]);
    expect([...t.pickups, ...t.returns, ...t.overdue].map((r) => r.bookingId)).not.toContain(later.id);
    // The demo has three borrowers whose cover ends within 30 days.
    expect(t.insuranceExpiring).toHaveLength(3);
    expect(t.insuranceExpiring.every((i) => i.daysLeft >= 0 && i.daysLeft <= 30)).toBe(true);
    expect(t.depositsHeld.map((d) => d.bookingId).sort()).toEqual(
      [dueToday.booking.id, soonLate.booking.id].sort(),
    );
    expect(t.inspectionsDue).toEqual([
      expect.objectContaining({ resourceId: app.minibus.id, nextInspection: '2026-06-25', daysLeft: 20 }),
    ]);
  });

  it('today lists late pickups too: confirmed for an earlier day, not handed over, not cancelled or lapsed', async () => {
    const app = await loansApp(); // Friday 5 June, 10:00
    const chairs = (date: string, time: string, more: Partial<Parameters<typeof app.book>[0]> = {}) =>
      app.book({
        start: at(date, time),
        end: at(date, '18:00'),
        lines: [{ resourceId: app.chairs.id, quantity: 2 }],
        ...more,
      });
    const fri9 = await chairs('2026-06-05', '09:00');
    const fri14 = await chairs('2026-06-05', '14:00');
    const sat = await chairs('2026-06-06', '09:00');
    const mon14 = await chairs('2026-06-08', '14:00');
    const option = await chairs('2026-06-05', '08:00', { status: 'option', optionExpiresOn: '2026-06-05' });
    const cancelled = await chairs('2026-06-06', '10:00');
    await app.ok('bookings.cancel', { id: cancelled.id, version: cancelled.version, reason: 'Fête annulée' });
    const handed = await chairs('2026-06-05', '10:00');
    await app.ok('loans.checkout', {
      bookingId: handed.id,
      version: handed.version,
      lines: app.linesFor(handed),
      deposit: { method: { type: 'cash' } },
    });

    const pickups = async () => (await app.ok('loans.today', {})).pickups.map((r) => [r.bookingId, r.late]);
    // Friday 10:00: today's pickups, the 9:00 ones already late.
    expect(await pickups()).toEqual([
      [option.id, true],
      [fri9.id, true],
      [fri14.id, false],
    ]);
    app.setNow('2026-06-08T08:00:00Z'); // Monday 10:00
    expect(await pickups()).toEqual([
      [fri9.id, true],
      [fri14.id, true],
      [sat.id, true],
      [mon14.id, false],
    ]);
  });

  it('pickList gives the lines to prepare at a site for a day, kits with their components', async () => {
    const app = await loansApp();
    const b = await app.book({
      lines: [
        { resourceId: app.chairs.id, quantity: 40 },
        { resourceId: app.room.id, quantity: 1 },
      ],
    });
    const rows = await app.ok('loans.pickList', { siteId: app.chairs.site_id, date: '2026-06-06' });
    expect(rows.map((r) => [r.bookingId, r.inventoryCode, r.quantity])).toEqual([
      [b.id, 'MOB-CHA', 40],
      [b.id, 'SAL-GAR', 1],
    ]);
    expect(rows[1]?.safetyNotes).toContain('Issues de secours');
    expect(await app.ok('loans.pickList', { siteId: app.chairs.site_id, date: '2026-06-07' })).toEqual([]);
  });
});
