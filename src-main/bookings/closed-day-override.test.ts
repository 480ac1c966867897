import { describe, expect, it } from 'vitest';
import { at, bookingApp } from './test-setup';

/** Each case loads the demo centre and makes several calls: room for a busy shared machine. */
const SLOW = 30_000;

type Fields = { fields: { path: string; code: string; message: string }[] };
const fieldsOf = (details: unknown) => (details as Fields).fields;
const MANAGER = { pin: '2468' };

/** Now: Wednesday 1 April 2026, 10:00 in Paris; default calendar (Tuesday to Saturday). */
async function app() {
  const a = await bookingApp('2026-04-01T08:00:00Z');
  await a.ok('staff.create', { name: 'Claire', role: 'manager', pin: '2468' });
  const overrides = () =>
    a.conn.db
      .selectFrom('audit_log')
      .select(['method', 'entity_id', 'reason'])
      .where('action', '=', 'closed_day_override')
      .orderBy('id')
      .execute();
  return { ...a, overrides };
}
type App = Awaited<ReturnType<typeof app>>;

/** Chairs on a day: equipment is never refused on a closed day (a warning only). */
const chairsOn = (a: App, date: string) =>
  a.ok('bookings.create', {
    borrowerId: a.foyerId,
    start: at(date, '10:00'),
    end: at(date, '12:00'),
    status: 'confirmed',
    lines: [{ resourceId: a.chairs.id, quantity: 10 }],
  });

describe(
  'bookings.addLine: a room added to a booking on a closed day (DOMAIN "Time")',
  { timeout: SLOW },
  () => {
    it.each([
      ['1 May (public holiday)', '2026-05-01', 'le 01/05/2026 (jour férié : Fête du Travail)'],
      ['a Monday (weekly closing)', '2026-05-04', 'le 04/05/2026 (fermé le lundi)'],
    ])(
      'is refused on %s beside the resource, then accepted with a manager’s override',
      async (_, date, why) => {
        const a = await app();
        const b = await chairsOn(a, date);
        const line = { id: b.id, version: b.version, resourceId: a.room.id, quantity: 1 };
        const err = await a.fails('bookings.addLine', line);
        expect(err.code).toBe('VALIDATION_FAILED');
        expect(fieldsOf(err.details).map((f) => [f.path, f.code])).toEqual([
          ['resourceId', 'room_closed_day'],
        ]);
        expect(err.message).toContain(why);
        const input = { ...line, overrideReason: 'Réunion de crise de la mairie' };
        expect((await a.fails('bookings.addLineOverride', input)).code).toBe('PIN_REQUIRED');
        const added = await a.ok('bookings.addLineOverride', input, MANAGER);
        expect(added.lines.map((l) => l.resourceId)).toEqual([a.chairs.id, a.room.id]);
        expect(await a.overrides()).toEqual([
          { method: 'bookings.addLineOverride', entity_id: b.id, reason: 'Réunion de crise de la mairie' },
        ]);
      },
    );

    it('on an open day needs no override and audits none', async () => {
      const a = await app();
      const b = await chairsOn(a, '2026-05-02');
      const input = { id: b.id, version: b.version, resourceId: a.room.id, quantity: 1 };
      await a.ok('bookings.addLine', input);
      const c = await chairsOn(a, '2026-05-09');
      await a.ok(
        'bookings.addLineOverride',
        { ...input, id: c.id, overrideReason: 'Par précaution' },
        MANAGER,
      );
      expect(await a.overrides()).toEqual([]);
    });

    it('does not ask again for a room a manager already allowed: chairs join the 1 May room booking', async () => {
      const a = await app();
      const b = await a.ok(
        'bookings.createOverride',
        {
          borrowerId: a.foyerId,
          start: at('2026-05-01', '10:00'),
          end: at('2026-05-01', '12:00'),
          status: 'confirmed',
          lines: [{ resourceId: a.room.id, quantity: 1 }],
          overrideReason: 'Fête du 1er mai',
        },
        MANAGER,
      );
      const r = await a.ok('bookings.addLine', {
        id: b.id,
        version: b.version,
        resourceId: a.chairs.id,
        quantity: 20,
      });
      expect(r.lines).toHaveLength(2);
      expect((await a.overrides()).map((o) => o.method)).toEqual(['bookings.createOverride']);
    });
  },
);

describe('bookings.createRecurringOverride: occurrences on closed days', { timeout: SLOW }, () => {
  const setup = async () => {
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
    return { a, input };
  };

  it('books the closed Tuesdays with the reason, audited once per occurrence on a closed day', async () => {
    const { a, input } = await setup();
    const refused = await a.fails('bookings.createRecurring', input);
    expect(refused.code).toBe('RESOURCE_UNAVAILABLE');
    expect(refused.message).toContain('2026-06-16, 2026-06-23');
    const withReason = { ...input, overrideReason: 'Chorale : concerts maintenus pendant les travaux' };
    expect((await a.fails('bookings.createRecurringOverride', withReason)).code).toBe('PIN_REQUIRED');
    const made = await a.ok('bookings.createRecurringOverride', withReason, MANAGER);
    expect(made.bookings.map((b) => b.start.date)).toEqual([
      '2026-06-09',
      '2026-06-16',
      '2026-06-23',
      '2026-06-30',
    ]);
    const byDate = new Map(made.bookings.map((b) => [b.id, b.start.date]));
    const audit = await a.overrides();
    expect(audit.map((o) => [o.method, byDate.get(o.entity_id as number), o.reason])).toEqual([
      ['bookings.createRecurringOverride', '2026-06-16', withReason.overrideReason],
      ['bookings.createRecurringOverride', '2026-06-23', withReason.overrideReason],
    ]);
  });

  it('still refuses the other conflicts (the room taken on the 30th), listing only those', async () => {
    const { a, input } = await setup();
    await a.book({
      start: at('2026-06-30', '17:00'),
      end: at('2026-06-30', '22:00'),
      lines: [{ resourceId: a.room.id, quantity: 1 }],
    });
    const withReason = { ...input, overrideReason: 'Concerts maintenus' };
    const err = await a.fails('bookings.createRecurringOverride', withReason, MANAGER);
    expect(err.code).toBe('RESOURCE_UNAVAILABLE');
    const occ = (err.details as { occurrences: { date: string; closedDay: unknown; refused: unknown[] }[] })
      .occurrences;
    expect(occ.map((o) => [o.date, o.closedDay, o.refused.length])).toEqual([['2026-06-30', null, 1]]);
    expect(await a.overrides()).toEqual([]);
    const made = await a.ok(
      'bookings.createRecurringOverride',
      { ...withReason, skipDates: ['2026-06-30'] },
      MANAGER,
    );
    expect(made.bookings.map((b) => b.start.date)).toEqual(['2026-06-09', '2026-06-16', '2026-06-23']);
    expect(made.skipped).toEqual(['2026-06-30']);
  });
});
