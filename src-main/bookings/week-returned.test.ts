import { describe, expect, it } from 'vitest';
import { at, loansApp } from '../loans/test-setup';

/** Each case loads the demo centre and makes several calls: room for a busy shared machine. */
const SLOW = 30_000;

/**
 * Week planning with the past in it (demo centre, now Friday 5 June 2026): the minibus lent for
 * Saturday 6 June and back on Sunday 7 June at 17:30, a room booking for Tuesday 9 June still
 * ahead, and a minibus booking cancelled. Read a week later.
 */
async function weekAfter() {
  const app = await loansApp();
  const b = await app.book({ lines: [{ resourceId: app.minibus.id, quantity: 1 }] });
  const out = await app.ok('loans.checkout', {
    bookingId: b.id,
    version: b.version,
    lines: app.linesFor(b),
    deposit: app.cheque,
  });
  app.setNow('2026-06-08T08:00:00Z');
  await app.ok('loans.return', {
    bookingId: b.id,
    version: out.booking.version,
    at: at('2026-06-07', '17:30'),
    backdateReason: 'Retour noté sur papier dimanche',
    items: [
      { lineId: b.lines[0]?.id as number, ok: 1, damaged: 0, missing: 0, mileageIn: 84_400, fuelIn: 7 },
    ],
  });
  const room = await app.book({
    start: at('2026-06-09', '18:00'),
    end: at('2026-06-09', '22:00'),
    lines: [{ resourceId: app.room.id, quantity: 1 }],
  });
  const cancelled = await app.book({
    start: at('2026-06-10', '09:00'),
    end: at('2026-06-10', '18:00'),
    lines: [{ resourceId: app.minibus.id, quantity: 1 }],
  });
  await app.ok('bookings.cancel', { id: cancelled.id, version: cancelled.version, reason: 'Match reporté' });
  app.setNow('2026-06-15T08:00:00Z');
  return { app, loan: b.id, room: room.id };
}

describe('availability.week shows loans already returned, read-only', { timeout: SLOW }, () => {
  it.each([
    { week: '2026-06-01', minibus: [['loan', 'returned', '2026-06-07T15:30:00.000Z']], room: [] },
    {
      week: '2026-06-08',
      minibus: [],
      room: [['room', 'held']],
    },
    { week: '2026-06-15', minibus: [], room: [] },
  ])('week of $week', async (c) => {
    const { app, loan, room } = await weekAfter();
    const ids = { loan, room };
    const w = await app.ok('availability.week', { weekStart: c.week });
    const blocks = (resourceId: number) =>
      (w.resources.find((r) => r.resource.id === resourceId)?.holds ?? []).map((h) => [
        h.bookingId,
        h.state,
        h.occupiedUntil,
      ]);
    const expected = (rows: readonly (readonly string[])[]) =>
      rows.map(([which, ...rest]) => [ids[which as 'loan' | 'room'], ...rest]);
    expect(blocks(app.minibus.id)).toEqual(expected(c.minibus));
    // A hold's end includes the room's turnaround buffer: only who and which state are compared.
    expect(blocks(app.room.id).map((b) => b.slice(0, 2))).toEqual(expected(c.room));
  });

  it('a returned block keeps the booking’s period and status, and holds nothing', async () => {
    const { app, loan } = await weekAfter();
    const w = await app.ok('availability.week', { weekStart: '2026-06-01' });
    const block = w.resources.find((r) => r.resource.id === app.minibus.id)?.holds[0];
    expect(block).toMatchObject({
      bookingId: loan,
      status: 'returned',
      state: 'returned',
      start: { date: '2026-06-06', time: '09:00' },
      end: { date: '2026-06-06', time: '18:00' },
      overdue: false,
      quantity: 1,
    });
    // The resource calendar and the availability engine are not changed by it.
    const cal = await app.ok('availability.calendar', {
      resourceId: app.minibus.id,
      from: '2026-06-01',
      to: '2026-06-07',
    });
    expect(cal.holds).toEqual([]);
    const check = await app.ok('availability.check', {
      resourceId: app.minibus.id,
      quantity: 1,
      start: at('2026-06-06', '10:00'),
      end: at('2026-06-06', '12:00'),
    });
    expect(check.available).toBe(true);
  });
});
