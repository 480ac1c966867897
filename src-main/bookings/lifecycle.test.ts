import { describe, expect, it } from 'vitest';
import { testApp } from '../../tests/helpers/test-app';
import { at, bookingApp } from './test-setup';
import { lapseExpiredOptions } from './lapse';
import type { UnavailableDetails } from './contract';

type Fields = { fields: { path: string; code: string }[] };
const fieldCodes = (details: unknown) => (details as Fields).fields.map((f) => `${f.path}:${f.code}`);

/** The same database seen at another instant (options lapse, loans become overdue). */
async function later(app: Awaited<ReturnType<typeof bookingApp>>, now: string) {
  const { appOn } = await import('../app');
  const { fixedClock } = await import('../core/clock');
  const other = appOn(app.conn, fixedClock(now), app.dataDir);
  const ok = async <T>(m: string, input: unknown): Promise<T> => {
    const r = await other.registry.call(m, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };
  const fails = async (m: string, input: unknown) => {
    const r = await other.registry.call(m, input);
    if (r.ok) throw new Error('unexpectedly succeeded');
    return r.error;
  };
  return { ok, fails };
}

describe('options', () => {
  it('an option holds until the end of its expiry day, then lapses by itself', async () => {
    const app = await bookingApp();
    const opt = await app.book({
      status: 'option',
      optionExpiresOn: '2026-06-08',
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
    expect(opt).toMatchObject({
      status: 'option',
      optionExpiresOn: '2026-06-08',
      optionExpiresAt: '2026-06-08T22:00:00.000Z',
    });
    const input = {
      borrowerId: app.foyerId,
      start: at('2026-06-13', '10:00'),
      end: at('2026-06-13', '11:00'),
      status: 'confirmed',
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    };
    const onDay = await later(app, '2026-06-08T21:59:00Z');
    expect((await onDay.fails('bookings.create', input)).code).toBe('RESOURCE_UNAVAILABLE');
    const after = await later(app, '2026-06-08T22:00:00Z');
    // Expired but not yet marked: it already holds nothing and reads 'lapsed'.
    expect((await after.ok<{ status: string }>('bookings.get', { id: opt.id })).status).toBe('lapsed');
    const stored = await app.conn.db
      .selectFrom('bookings')
      .select('status')
      .where('id', '=', opt.id)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('option');
    await after.ok('bookings.create', input);
    const marked = await app.conn.db
      .selectFrom('bookings')
      .select(['status', 'version'])
      .where('id', '=', opt.id)
      .executeTakeFirstOrThrow();
    expect(marked).toEqual({ status: 'lapsed', version: 1 });
    expect((await after.fails('bookings.confirm', { id: opt.id, version: 1 })).code).toBe('INVALID_STATE');
  });

  it('lapseExpiredOptions marks only expired options', async () => {
    const app = await bookingApp();
    const a = await app.book({
      status: 'option',
      optionExpiresOn: '2026-06-06',
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
    const b = await app.book({
      status: 'option',
      optionExpiresOn: '2026-06-10',
      lines: [{ resourceId: app.room.id, quantity: 1 }],
    });
    expect(await lapseExpiredOptions(app.conn.db, new Date('2026-06-07T00:00:00Z'))).toEqual([a.id]);
    expect(await lapseExpiredOptions(app.conn.db, new Date('2026-06-07T00:00:00Z'))).toEqual([]);
    expect((await app.ok('bookings.get', { id: b.id })).status).toBe('option');
  });

  it('refuses an expiry in the past or after the start; confirm turns an option into a booking', async () => {
    const app = await bookingApp();
    const base = {
      borrowerId: app.foyerId,
      start: at('2026-06-13', '10:00'),
      end: at('2026-06-13', '11:00'),
      status: 'option',
      lines: [{ resourceId: app.room.id, quantity: 1 }],
    };
    expect(
      fieldCodes((await app.fails('bookings.create', { ...base, optionExpiresOn: '2026-06-04' })).details),
    ).toEqual(['optionExpiresOn:option_expiry_past']);
    expect(
      fieldCodes((await app.fails('bookings.create', { ...base, optionExpiresOn: '2026-06-14' })).details),
    ).toEqual(['optionExpiresOn:option_expiry_after_start']);
    const opt = await app.ok('bookings.create', {
      ...base,
      status: 'option',
      optionExpiresOn: '2026-06-13',
    } as never);
    const confirmed = await app.ok('bookings.confirm', { id: opt.id, version: opt.version });
    expect(confirmed).toMatchObject({ status: 'confirmed', optionExpiresAt: null, version: 1 });
    expect((await app.fails('bookings.confirm', { id: opt.id, version: 1 })).code).toBe('INVALID_STATE');
  });
});

describe('edits', () => {
  it('a stale version is refused with a clear message; a new period is re-checked', async () => {
    const app = await bookingApp();
    const mine = await app.book({ lines: [{ resourceId: app.minibus.id, quantity: 1 }] });
    await app.book({
      borrowerId: app.foyerId,
      start: at('2026-06-14', '09:00'),
      end: at('2026-06-14', '18:00'),
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
    const moved = await app.ok('bookings.update', { id: mine.id, version: 0, purpose: 'Tournoi' });
    expect(moved).toMatchObject({ purpose: 'Tournoi', version: 1 });
    const stale = await app.fails('bookings.update', { id: mine.id, version: 0, purpose: 'Autre' });
    expect(stale.code).toBe('STALE_VERSION');
    expect(stale.message).toContain('Cette fiche a été modifiée entre-temps');
    const clash = await app.fails('bookings.update', {
      id: mine.id,
      version: 1,
      end: at('2026-06-14', '10:00'),
    });
    expect(clash.code).toBe('RESOURCE_UNAVAILABLE');
    // Its own hold does not stand in its way: shortening is fine.
    expect(
      await app.ok('bookings.update', { id: mine.id, version: 1, end: at('2026-06-13', '12:00') }),
    ).toMatchObject({ end: { time: '12:00' }, version: 2 });
  });

  it('addLine checks the new line with the others; cancel frees the resources', async () => {
    const app = await bookingApp();
    const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 100 }] });
    await app.book({ borrowerId: app.foyerId, lines: [{ resourceId: app.chairs.id, quantity: 10 }] });
    const err = await app.fails('bookings.addLine', {
      id: b.id,
      version: 0,
      resourceId: app.chairs.id,
      quantity: 7,
    });
    // The whole booking is checked: 100 + 7 asked, 116 − 10 free.
    expect(err.details).toMatchObject({ requested: 107, usableQuantity: 106 });
    const added = await app.ok('bookings.addLine', {
      id: b.id,
      version: 0,
      resourceId: app.chairs.id,
      quantity: 6,
    });
    expect(added.lines.map((l) => l.quantity)).toEqual([100, 6]);
    const cancelled = await app.ok('bookings.cancel', {
      id: b.id,
      version: 1,
      reason: 'Fête annulée (pluie)',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Fête annulée (pluie)' });
    await app.book({ borrowerId: app.foyerId, lines: [{ resourceId: app.chairs.id, quantity: 106 }] });
    expect((await app.fails('bookings.cancel', { id: b.id, version: 2, reason: 'x' })).code).toBe(
      'INVALID_STATE',
    );
  });

  it('after checkout, line and period changes need an amendment; cancelling is refused', async () => {
    const app = await bookingApp();
    const b = await app.book({
      lines: [
        { resourceId: app.minibus.id, quantity: 1 },
        { resourceId: app.chairs.id, quantity: 5 },
      ],
    });
    await app.conn.db.updateTable('bookings').set({ status: 'checked_out' }).where('id', '=', b.id).execute();
    for (const [m, input] of [
      ['bookings.addLine', { id: b.id, version: 0, resourceId: app.room.id, quantity: 1 }],
      ['bookings.removeLine', { id: b.id, version: 0, lineId: b.lines[1]?.id }],
      ['bookings.update', { id: b.id, version: 0, end: at('2026-06-14', '18:00') }],
    ] as const) {
      const err = await app.fails(m, input);
      expect(err.code, m).toBe('AMENDMENT_REQUIRED');
      expect(err.message).toContain('avenant');
    }
    expect((await app.fails('bookings.cancel', { id: b.id, version: 0, reason: 'x' })).code).toBe(
      'INVALID_STATE',
    );
    expect(await app.ok('bookings.update', { id: b.id, version: 0, placeOfUse: 'Gymnase' })).toMatchObject({
      placeOfUse: 'Gymnase',
    });
  });
});

describe('loans holding', () => {
  it('an overdue loan keeps holding until returned; a partial return frees what came back', async () => {
    const app = await bookingApp(); // now: 2026-06-05 10:00 Paris
    const loan = await app.book({
      start: at('2026-06-01', '09:00'),
      end: at('2026-06-04', '18:00'),
      lines: [
        { resourceId: app.minibus.id, quantity: 1 },
        { resourceId: app.chairs.id, quantity: 80 },
      ],
    });
    await app.conn.db
      .updateTable('bookings')
      .set({ status: 'checked_out' })
      .where('id', '=', loan.id)
      .execute();
    const rows = await app.ok('bookings.list', { status: 'checked_out' });
    expect(rows.map((r) => [r.id, r.overdue])).toEqual([[loan.id, true]]);
    const now = {
      borrowerId: app.foyerId,
      start: at('2026-06-05', '10:00'),
      end: at('2026-06-05', '12:00'),
      status: 'confirmed',
    };
    const err = await app.fails('bookings.create', {
      ...now,
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
    expect((err.details as UnavailableDetails).conflicts[0]).toMatchObject({
      bookingId: loan.id,
      overdue: true,
    });
    // The hold extends to now, not forever: later today or next week stays bookable.
    await app.book({
      borrowerId: app.foyerId,
      start: at('2026-06-05', '10:01'),
      end: at('2026-06-05', '11:00'),
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
    // 37 chairs back ok, 3 missing (an open incident): 40 still out, 3 lost.
    const chairLine = loan.lines.find((l) => l.resourceId === app.chairs.id);
    await app.conn.db
      .updateTable('booking_lines')
      .set({ quantity_ok: 37, quantity_missing: 3 })
      .where('id', '=', chairLine?.id as number)
      .execute();
    await app.conn.db
      .insertInto('incidents')
      .values({
        booking_id: loan.id,
        line_id: chairLine?.id ?? null,
        resource_id: app.chairs.id,
        borrower_id: app.clubId,
        kind: 'missing',
        quantity: 3,
        description: 'Perdues',
        estimate_cents: 0,
        cost_cents: null,
        status: 'open',
        return_item_id: null,
        created_at: 'x',
        updated_at: 'x',
        version: 0,
      })
      .execute();
    const check = await app.ok('availability.check', {
      resourceId: app.chairs.id,
      quantity: 1,
      start: now.start,
      end: now.end,
    });
    expect(check.usableQuantity).toBe(120 - 4 - 40 - 3);
  });
});

describe('fairness rules', () => {
  it('are set by a manager and enforced on create and update', async () => {
    const app = await bookingApp();
    expect(await app.ok('bookings.getRules', {})).toEqual({
      maxAdvanceDays: null,
      maxDurationDays: null,
      maxStockSharePercent: null,
    });
    await app.ok('staff.create', { name: 'Claire', role: 'manager', pin: '2468' });
    const rules = { maxAdvanceDays: 30, maxDurationDays: 3, maxStockSharePercent: 50 };
    expect((await app.fails('bookings.setRules', rules)).code).toBe('PIN_REQUIRED');
    await app.ok('bookings.setRules', rules, { pin: '2468' });
    expect(await app.ok('bookings.getRules', {})).toEqual({
      maxAdvanceDays: 30,
      maxDurationDays: 3,
      maxStockSharePercent: 50,
    });
    const base = { borrowerId: app.foyerId, status: 'confirmed' };
    const far = await app.fails('bookings.create', {
      ...base,
      start: at('2026-07-07', '09:00'),
      end: at('2026-07-07', '10:00'),
      lines: [{ resourceId: app.room.id, quantity: 1 }],
    });
    expect(fieldCodes(far.details)).toEqual(['start.date:fairness_too_far_ahead']);
    const long = await app.fails('bookings.create', {
      ...base,
      start: at('2026-06-10', '09:00'),
      end: at('2026-06-13', '10:30'),
      lines: [{ resourceId: app.room.id, quantity: 1 }],
    });
    expect(fieldCodes(long.details)).toEqual(['end.date:fairness_too_long']);
    const share = await app.fails('bookings.create', {
      ...base,
      start: at('2026-06-10', '09:00'),
      end: at('2026-06-10', '10:00'),
      lines: [
        { resourceId: app.room.id, quantity: 1 },
        { resourceId: app.chairs.id, quantity: 61 },
      ],
    });
    expect(fieldCodes(share.details)).toEqual(['lines.1.quantity:fairness_stock_share']);
    expect(share.message).toContain('60 au plus par réservation (50 % du stock)');
    const ok = await app.ok('bookings.create', {
      ...base,
      start: at('2026-06-10', '09:00'),
      end: at('2026-06-13', '09:00'),
      lines: [{ resourceId: app.chairs.id, quantity: 60 }],
    } as never);
    expect(
      (await app.fails('bookings.update', { id: ok.id, version: 0, end: at('2026-06-14', '09:00') })).code,
    ).toBe('VALIDATION_FAILED');
  });
});

describe('reads', () => {
  it('bookings.get of an unknown id is NOT_FOUND', async () => {
    const app = await testApp();
    expect((await app.fails('bookings.get', { id: 999 })).code).toBe('NOT_FOUND');
  });
});
