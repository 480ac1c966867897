import { describe, expect, it } from 'vitest';
import { at, bookingApp } from './test-setup';

type Fields = { fields: { path: string; code: string; message: string }[] };
const fieldsOf = (details: unknown) => (details as Fields).fields;
const MANAGER = { pin: '2468' };

/** Now: Wednesday 1 April 2026, 10:00 in Paris; default calendar (Tuesday to Saturday). */
async function app() {
  const a = await bookingApp('2026-04-01T08:00:00Z');
  await a.ok('staff.create', { name: 'Claire', role: 'manager', pin: '2468' });
  const room = (date: string, from = '10:00', to = '12:00') => ({
    borrowerId: a.foyerId,
    start: at(date, from),
    end: at(date, to),
    status: 'confirmed' as const,
    lines: [{ resourceId: a.room.id, quantity: 1 }],
  });
  return { ...a, roomOn: room };
}

describe('a room on a day the centre is closed (DOMAIN "Time")', () => {
  it('is refused on 1 May naming the holiday, in the agent’s language', async () => {
    const a = await app();
    const err = await a.fails('bookings.create', a.roomOn('2026-05-01'));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(err.details)).toEqual([
      {
        path: 'start.date',
        code: 'room_closed_day',
        message:
          '« Salle des fêtes » ne peut pas être réservée un jour où le centre est fermé : ' +
          'le 01/05/2026 (jour férié : Fête du Travail). ' +
          'Changez les dates ou demandez la dérogation d’un responsable.',
      },
    ]);
    const en = await a.fails('bookings.create', a.roomOn('2026-05-01'), { lang: 'en' });
    expect(en.message).toContain('2026-05-01 (public holiday: Labour Day)');
    expect(await a.ok('bookings.list', {})).toEqual([]);
  });

  it('is accepted with a manager’s override, whose reason goes to the audit log', async () => {
    const a = await app();
    const input = { ...a.roomOn('2026-05-01'), overrideReason: 'Fête du 1er mai organisée par la mairie' };
    expect((await a.fails('bookings.createOverride', input)).code).toBe('PIN_REQUIRED');
    const b = await a.ok('bookings.createOverride', input, MANAGER);
    expect(b).toMatchObject({ status: 'confirmed', start: { date: '2026-05-01', time: '10:00' } });
    const audit = await a.conn.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'closed_day_override')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      method: 'bookings.createOverride',
      entity: 'booking',
      entity_id: b.id,
      reason: 'Fête du 1er mai organisée par la mairie',
    });

    // An edit that keeps the period is not refused again; a new closed period needs the override again.
    const renamed = await a.ok('bookings.update', { id: b.id, version: b.version, purpose: 'Bal' });
    const moved = {
      id: b.id,
      version: renamed.version,
      start: at('2026-05-04', '10:00'),
      end: at('2026-05-04', '12:00'),
    };
    const err = await a.fails('bookings.update', moved);
    expect(fieldsOf(err.details).map((f) => f.code)).toEqual(['room_closed_day']);
    expect(err.message).toContain('le 04/05/2026 (fermé le lundi)');
    const again = await a.ok('bookings.updateOverride', { ...moved, overrideReason: 'Pont' }, MANAGER);
    expect(again.start.date).toBe('2026-05-04');
    const reasons = await a.conn.db
      .selectFrom('audit_log')
      .select(['method', 'reason'])
      .where('action', '=', 'closed_day_override')
      .orderBy('id')
      .execute();
    expect(reasons.map((r) => [r.method, r.reason])).toEqual([
      ['bookings.createOverride', 'Fête du 1er mai organisée par la mairie'],
      ['bookings.updateOverride', 'Pont'],
    ]);
  });

  it('audits no override when the day was open anyway', async () => {
    const a = await app();
    const input = { ...a.roomOn('2026-05-02'), overrideReason: 'Par précaution' };
    await a.ok('bookings.createOverride', input, MANAGER);
    const audit = await a.conn.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'closed_day_override')
      .execute();
    expect(audit).toEqual([]);
  });

  it('is refused on a Monday (weekly closing) and during a closure, naming it', async () => {
    const a = await app();
    const monday = await a.fails('bookings.create', a.roomOn('2026-05-04'));
    expect(monday.message).toContain('le 04/05/2026 (fermé le lundi)');
    await a.ok(
      'calendar.update',
      { version: 0, closures: [{ from: '2026-06-15', to: '2026-06-19', label: 'Inventaire annuel' }] },
      MANAGER,
    );
    const closed = await a.fails('bookings.create', a.roomOn('2026-06-17'));
    expect(closed.message).toContain('le 17/06/2026 (fermeture : Inventaire annuel)');
    // A room over a weekend uses Sunday and Monday: both named.
    const weekend = await a.fails('bookings.create', {
      ...a.roomOn('2026-06-13'),
      end: at('2026-06-16', '12:00'),
    });
    expect(weekend.message).toContain(
      'le 14/06/2026 (fermé le dimanche), le 15/06/2026 (fermeture : Inventaire annuel)',
    );
  });

  it('does not apply to equipment, which gets a warning for a pickup on a closed day', async () => {
    const a = await app();
    const b = await a.ok('bookings.create', {
      ...a.roomOn('2026-05-01'),
      end: at('2026-05-02', '12:00'),
      lines: [{ resourceId: a.chairs.id, quantity: 40 }],
    });
    expect(b.warnings).toEqual([
      {
        code: 'pickup_closed_day',
        moment: 'pickup',
        date: '2026-05-01',
        time: '10:00',
        message: 'Retrait le 01/05/2026 (jour férié : Fête du Travail) : le centre est fermé ce jour-là.',
      },
    ]);
  });
});

describe('a pickup or return outside opening hours', () => {
  it('is allowed with warnings in the agent’s language', async () => {
    const a = await app();
    const b = await a.ok('bookings.create', a.roomOn('2026-06-13', '20:00', '23:00'));
    expect(b.warnings.map((w) => [w.code, w.date, w.time])).toEqual([
      ['pickup_outside_hours', '2026-06-13', '20:00'],
      ['return_outside_hours', '2026-06-13', '23:00'],
    ]);
    expect(b.warnings[0]?.message).toBe(
      'Retrait le 13/06/2026 à 20:00, en dehors des heures d’ouverture : ' +
        'prévoyez la remise des clés pendant les heures d’ouverture.',
    );
    const en = await a.ok('bookings.create', a.roomOn('2026-06-20', '20:00', '22:00'), { lang: 'en' });
    expect(en.warnings[0]?.message).toBe(
      'Pickup on 2026-06-20 at 20:00, outside opening hours: keys are handed over during opening hours.',
    );
    // Within the hours (a return at closing time sharp is fine): no warning.
    const day = await a.ok('bookings.create', a.roomOn('2026-06-27', '09:00', '18:00'));
    expect(day.warnings).toEqual([]);
    const upd = await a.ok('bookings.update', {
      id: day.id,
      version: day.version,
      end: at('2026-06-27', '19:00'),
    });
    expect(upd.warnings.map((w) => w.code)).toEqual(['return_outside_hours']);
  });
});

describe('recurring room bookings across a closure', () => {
  it('lists the closed Tuesdays as conflicts, then creates the others once dropped', async () => {
    const a = await app();
    await a.ok(
      'calendar.update',
      { version: 0, closures: [{ from: '2026-06-15', to: '2026-06-26', label: 'Travaux' }] },
      MANAGER,
    );
    const input = {
      borrowerId: a.foyerId,
      firstDate: '2026-06-09',
      startTime: '18:00',
      endTime: '20:00',
      untilDate: '2026-06-30',
      lines: [{ resourceId: a.room.id, quantity: 1 }],
    };
    const preview = await a.ok('bookings.previewRecurring', input);
    expect(preview.map((o) => [o.date, o.available, o.closedDay?.dates ?? null])).toEqual([
      ['2026-06-09', true, null],
      ['2026-06-16', false, ['2026-06-16']],
      ['2026-06-23', false, ['2026-06-23']],
      ['2026-06-30', true, null],
    ]);
    expect(preview[1]?.closedDay?.message).toContain('le 16/06/2026 (fermeture : Travaux)');
    const refused = await a.fails('bookings.createRecurring', input);
    expect(refused.code).toBe('RESOURCE_UNAVAILABLE');
    expect(refused.message).toContain('2026-06-16, 2026-06-23');
    expect(await a.ok('bookings.list', {})).toEqual([]);
    const made = await a.ok('bookings.createRecurring', {
      ...input,
      skipDates: ['2026-06-16', '2026-06-23'],
    });
    expect(made.bookings.map((b) => b.start.date)).toEqual(['2026-06-09', '2026-06-30']);
  });
});
