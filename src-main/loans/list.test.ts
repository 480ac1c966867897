import { describe, expect, it } from 'vitest';
import type { LoanView } from './contract';
import { at, loansApp } from './test-setup';

type App = Awaited<ReturnType<typeof loansApp>>;

/**
 * Three loans handed over on Friday 2026-06-05 (and a booking never handed over), read on
 * Thursday 2026-06-11 10:00 Paris: the chairs are out until the 20th; the room came back on
 * Monday the 8th, two days after its due Saturday; the minibus, extended to Tuesday the 9th, is
 * still out.
 */
async function week(app: App) {
  const handOver = async (lines: { resourceId: number; quantity: number }[], endDate: string) => {
    const b = await app.book({ start: at('2026-06-05', '10:00'), end: at(endDate, '18:00'), lines });
    const out = await app.ok('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
      deposit: app.cheque,
    });
    return out.booking;
  };
  const chairs = await handOver([{ resourceId: app.chairs.id, quantity: 30 }], '2026-06-20');
  const room = await handOver([{ resourceId: app.room.id, quantity: 1 }], '2026-06-06');
  const minibus = await handOver([{ resourceId: app.minibus.id, quantity: 1 }], '2026-06-07');
  const pending = await app.book({
    start: at('2026-06-12', '10:00'),
    end: at('2026-06-12', '18:00'),
    lines: [{ resourceId: app.chairs.id, quantity: 5 }],
  });
  await app.ok('loans.extend', {
    bookingId: minibus.id,
    version: minibus.version,
    newEnd: at('2026-06-09', '18:00'),
  });
  app.setNow('2026-06-08T07:30:00Z'); // Monday 09:30 Paris
  await app.ok('loans.return', {
    bookingId: room.id,
    version: room.version,
    items: [{ lineId: room.lines[0]?.id as number, ok: 1, damaged: 0, missing: 0, keysReturned: 2 }],
  });
  app.setNow('2026-06-11T08:00:00Z'); // Thursday 10:00 Paris
  return { chairs, room, minibus, pending };
}

describe('loans.list', () => {
  it.each<[LoanView, ('chairs' | 'room' | 'minibus')[]]>([
    ['out', ['minibus', 'chairs']],
    ['late', ['minibus']],
    ['returned', ['room']],
    ['all', ['chairs', 'minibus', 'room']],
  ])('view %s lists %j (never a booking not handed over), in its order', async (view, names) => {
    const app = await loansApp();
    const loans = await week(app);
    const rows = await app.ok('loans.list', { view });
    expect(rows.map((r) => r.bookingId)).toEqual(names.map((n) => loans[n].id));
    expect(rows.map((r) => r.bookingId)).not.toContain(loans.pending.id);
  });

  it('says per loan when it went out and came back, when it is due and how late, by the lateness rule', async () => {
    const app = await loansApp();
    const loans = await week(app);
    const rows = await app.ok('loans.list', { view: 'all' });
    const row = (id: number) => rows.find((r) => r.bookingId === id);
    const deposit = await app.ok('deposits.get', { bookingId: loans.chairs.id });
    expect(row(loans.chairs.id)).toEqual({
      bookingId: loans.chairs.id,
      version: loans.chairs.version,
      agreementNumber: '2026-0001',
      borrowerId: app.boxing.id,
      borrowerName: 'Boxing Club Muretain',
      status: 'checked_out',
      start: { date: '2026-06-05', time: '10:00' },
      end: { date: '2026-06-20', time: '18:00' },
      checkedOutAt: '2026-06-05T08:00:00.000Z',
      returnedAt: null,
      dueAt: '2026-06-20T16:00:00.000Z',
      overdue: false,
      lateDays: 0,
      lineSummary: '30 × Chaise pliante',
      purpose: null,
      depositState: 'held',
      heldCents: deposit.heldCents,
      extensionCount: 0,
    });
    expect(deposit.heldCents).toBeGreaterThan(0);
    // Back on Monday for Saturday: 2 days late as of its return, not as of today (5).
    expect(row(loans.room.id)).toMatchObject({
      status: 'returned',
      returnedAt: '2026-06-08T07:30:00.000Z',
      overdue: false,
      lateDays: 2,
      agreementNumber: '2026-0002',
    });
    // Extended to Tuesday 18:00 and still out on Thursday: due Tuesday, 2 days late now.
    expect(row(loans.minibus.id)).toMatchObject({
      status: 'checked_out',
      end: { date: '2026-06-09', time: '18:00' },
      dueAt: '2026-06-09T16:00:00.000Z',
      overdue: true,
      lateDays: 2,
      extensionCount: 1,
      lineSummary: 'Minibus 9 places',
    });
  });

  it('counts no late day for a loan past its end on its due day, yet flags it out past its end', async () => {
    const app = await loansApp();
    const b = await app.book({
      start: at('2026-06-05', '10:00'),
      end: at('2026-06-05', '12:00'),
      lines: [{ resourceId: app.chairs.id, quantity: 4 }],
    });
    await app.ok('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
      deposit: app.cheque,
    });
    app.setNow('2026-06-05T15:00:00Z'); // 17:00 Paris, same day
    expect(await app.ok('loans.list', { view: 'late' })).toEqual([
      expect.objectContaining({ bookingId: b.id, overdue: true, lateDays: 0 }),
    ]);
    app.setNow('2026-06-06T08:00:00Z'); // the next morning
    expect((await app.ok('loans.list', { view: 'late' }))[0]?.lateDays).toBe(1);
  });
});
