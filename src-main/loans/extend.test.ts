import { describe, expect, it } from 'vitest';
import { MANAGER, at, loansApp } from './test-setup';

/** Each case loads the demo centre and makes several calls: room for a busy shared machine. */
const SLOW = 30_000;

describe('extension', () => {
  it('is refused by a following booking (named), accepted otherwise as an amendment, and can be undone', async () => {
    const app = await loansApp();
    const b = await app.book({ lines: [{ resourceId: app.minibus.id, quantity: 1 }] });
    const out = await app.ok('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
      deposit: app.cheque,
    });
    const nailloux = await app.borrower('Foyer rural de Nailloux');
    const next = await app.book({
      borrowerId: nailloux.id,
      start: at('2026-06-08', '09:00'),
      end: at('2026-06-08', '18:00'),
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
    const refused = await app.fails('loans.extend', {
      bookingId: b.id,
      version: out.booking.version,
      newEnd: at('2026-06-08', '12:00'),
    });
    expect(refused.code).toBe('RESOURCE_UNAVAILABLE');
    expect(refused.message).toContain(`Foyer rural de Nailloux (réservation n° ${next.id}`);

    const notLater = await app.fails('loans.extend', {
      bookingId: b.id,
      version: out.booking.version,
      newEnd: at('2026-06-06', '17:00'),
    });
    expect(notLater.message).toContain('06/06/2026 18:00');

    // Sunday 18:00 + the 60-minute buffer still leaves Monday 09:00 free.
    const r = await app.ok('loans.extend', {
      bookingId: b.id,
      version: out.booking.version,
      newEnd: at('2026-06-07', '18:00'),
    });
    expect(r.amendmentNumber).toBe('2026-0001-A1');
    expect(r.booking.end).toEqual({ date: '2026-06-07', time: '18:00' });
    const amendment = await app.db
      .selectFrom('agreements')
      .selectAll()
      .where('number', '=', '2026-0001-A1')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(amendment.frozen).period.endsAt).toBe(r.booking.endsAt);

    const undone = await app.ok('loans.undoExtension', { bookingId: b.id, version: r.booking.version });
    expect(undone.end).toEqual({ date: '2026-06-06', time: '18:00' });
    const ext = await app.db.selectFrom('booking_extensions').selectAll().executeTakeFirstOrThrow();
    expect(ext.undone_at).not.toBeNull();
    expect((await app.fails('loans.undoExtension', { bookingId: b.id, version: undone.version })).code).toBe(
      'INVALID_STATE',
    );
    // A new extension gets the next amendment number: A1 stays with the undone one.
    const again = await app.ok('loans.extend', {
      bookingId: b.id,
      version: undone.version,
      newEnd: at('2026-06-07', '12:00'),
    });
    expect(again.amendmentNumber).toBe('2026-0001-A2');
  });

  it('respects the maximum number of extensions set by the manager', async () => {
    const app = await loansApp();
    const rules = await app.ok('lateness.getRules', {});
    await app.ok('lateness.setRules', { version: rules.version, maxExtensions: 1 }, MANAGER);
    const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 10 }] });
    const out = await app.ok('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
      deposit: app.cheque,
    });
    const r = await app.ok('loans.extend', {
      bookingId: b.id,
      version: out.booking.version,
      newEnd: at('2026-06-07', '18:00'),
    });
    const e = await app.fails('loans.extend', {
      bookingId: b.id,
      version: r.booking.version,
      newEnd: at('2026-06-08', '18:00'),
    });
    expect(e.message).toContain('déjà été prolongé 1 fois');
  });
});

describe('extension and the longest booking (fairness rules)', { timeout: SLOW }, () => {
  type Fields = { fields: { path: string; code: string; message: string }[] };

  /** 10 chairs booked Saturday 6 June 09:00–18:00, out since Friday, the longest booking set to `max` days. */
  async function outFor(max: number | null) {
    const app = await loansApp();
    await app.ok(
      'bookings.setRules',
      { maxAdvanceDays: null, maxDurationDays: max, maxStockSharePercent: null },
      MANAGER,
    );
    const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 10 }] });
    const out = await app.ok('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
      deposit: app.cheque,
    });
    return { app, b, version: out.booking.version };
  }

  // Counted from the booking's start (Saturday 09:00), not from the old end.
  it.each([
    { max: 2, newEnd: at('2026-06-08', '09:00'), refused: false },
    { max: 2, newEnd: at('2026-06-08', '09:30'), refused: false }, // an hour's grace (DST)
    { max: 2, newEnd: at('2026-06-08', '12:00'), refused: true },
    { max: 1, newEnd: at('2026-06-07', '18:00'), refused: true },
    { max: 9, newEnd: at('2026-06-15', '09:00'), refused: false },
    { max: null, newEnd: at('2026-06-30', '18:00'), refused: false },
  ])('max $max day(s), new end $newEnd.date $newEnd.time: refused $refused', async (c) => {
    const { app, b, version } = await outFor(c.max);
    const input = { bookingId: b.id, version, newEnd: c.newEnd };
    if (!c.refused) {
      const r = await app.ok('loans.extend', input);
      expect(r.booking.end).toEqual({ date: c.newEnd.date, time: c.newEnd.time });
      return;
    }
    const e = await app.fails('loans.extend', input);
    expect(e.code).toBe('VALIDATION_FAILED');
    expect((e.details as Fields).fields).toEqual([
      {
        path: 'newEnd.date',
        code: 'fairness_too_long',
        message: `Une réservation dure ${c.max} jour(s) au plus.`,
      },
    ]);
    // The same words as a booking made that long from the start.
    const made = await app.fails('bookings.create', {
      borrowerId: app.boxing.id,
      start: at('2026-06-06', '09:00'),
      end: c.newEnd,
      status: 'confirmed',
      lines: [{ resourceId: app.chairs.id, quantity: 1 }],
    });
    expect((made.details as Fields).fields.map((f) => f.message)).toEqual([
      (e.details as Fields).fields[0]?.message,
    ]);
    const en = await app.fails('loans.extend', input, { lang: 'en' });
    expect(en.message).toContain(`A booking lasts ${c.max} day(s) at most.`);
    // Nothing changed: the loan still ends when it did, with no amendment.
    expect((await app.ok('bookings.get', { id: b.id })).end).toEqual({ date: '2026-06-06', time: '18:00' });
    expect(await app.db.selectFrom('booking_extensions').selectAll().execute()).toEqual([]);
  });
});
