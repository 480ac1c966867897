import { describe, expect, it } from 'vitest';
import { at, bookingApp } from './test-setup';

/**
 * Europe/Paris time, whatever the host zone: run under TZ=UTC, TZ=Europe/Paris and
 * TZ=Pacific/Auckland, the expectations are the same.
 */
type Fields = { fields: { path: string; code: string }[] };
const fieldCodes = (details: unknown) => (details as Fields).fields.map((f) => `${f.path}:${f.code}`);

describe('DST nights', () => {
  it('refuses 2026-03-29 02:30 (spring forward) beside its field', async () => {
    const app = await bookingApp('2026-03-01T08:00:00Z');
    const err = await app.fails('bookings.create', {
      borrowerId: app.foyerId,
      start: at('2026-03-29', '02:30'),
      end: at('2026-03-29', '10:00'),
      status: 'confirmed',
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(fieldCodes(err.details)).toEqual(['start.time:time_in_dst_gap']);
    // The night is 1 h shorter: 00:00 → 06:00 is 5 hours.
    const b = await app.book({
      start: at('2026-03-29', '00:00'),
      end: at('2026-03-29', '06:00'),
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
    expect([b.startsAt, b.endsAt]).toEqual(['2026-03-28T23:00:00.000Z', '2026-03-29T04:00:00.000Z']);
  });

  it('2026-10-25 02:30 is the earlier one unless the agent chooses the later', async () => {
    const app = await bookingApp('2026-10-01T08:00:00Z');
    const early = await app.book({
      start: at('2026-10-25', '01:00'),
      end: at('2026-10-25', '02:30'),
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
    expect(early.endsAt).toBe('2026-10-25T00:30:00.000Z');
    // 02:30 (second) is an hour later: back-to-back from the first 02:30 would be refused...
    const clash = await app.fails('bookings.create', {
      borrowerId: app.foyerId,
      start: at('2026-10-25', '02:00'),
      end: at('2026-10-25', '02:30', true),
      status: 'confirmed',
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
    expect(clash.code).toBe('RESOURCE_UNAVAILABLE');
    const later = await app.book({
      borrowerId: app.foyerId,
      start: at('2026-10-25', '02:30'),
      end: at('2026-10-25', '02:30', true),
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
    expect([later.startsAt, later.endsAt]).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']);
    expect(later.end).toEqual({ date: '2026-10-25', time: '02:30' });
  });
});

describe('recurring bookings', () => {
  const every = (app: Awaited<ReturnType<typeof bookingApp>>) => ({
    borrowerId: app.foyerId,
    firstDate: '2026-06-09', // a Tuesday
    startTime: '18:00',
    endTime: '20:00',
    untilDate: '2026-06-30',
    purpose: 'Répétition de théâtre',
    lines: [{ resourceId: app.room.id, quantity: 1 }],
  });

  it('lists each Tuesday with its conflicts, then creates the others once the agent drops them', async () => {
    const app = await bookingApp();
    const other = await app.book({
      start: at('2026-06-16', '19:00'),
      end: at('2026-06-16', '23:00'),
      lines: [{ resourceId: app.room.id, quantity: 1 }],
    });
    const preview = await app.ok('bookings.previewRecurring', every(app));
    expect(preview.map((o) => [o.date, o.start.time, o.available])).toEqual([
      ['2026-06-09', '18:00', true],
      ['2026-06-16', '18:00', false],
      ['2026-06-23', '18:00', true],
      ['2026-06-30', '18:00', true],
    ]);
    expect(preview[1]?.refused[0]?.conflicts.map((c) => c.bookingId)).toEqual([other.id]);

    const refused = await app.fails('bookings.createRecurring', every(app));
    expect(refused.code).toBe('RESOURCE_UNAVAILABLE');
    expect(refused.message).toContain('2026-06-16');
    expect(await app.ok('bookings.list', { resourceId: app.room.id })).toHaveLength(1); // nothing created

    const made = await app.ok('bookings.createRecurring', { ...every(app), skipDates: ['2026-06-16'] });
    expect(made.skipped).toEqual(['2026-06-16']);
    expect(made.bookings.map((b) => [b.start.date, b.recurrenceId])).toEqual([
      ['2026-06-09', made.recurrenceId],
      ['2026-06-23', made.recurrenceId],
      ['2026-06-30', made.recurrenceId],
    ]);
  });

  it('keeps 18:00 Paris time across the DST change and marks a time in the gap', async () => {
    const app = await bookingApp('2026-03-01T08:00:00Z');
    const preview = await app.ok('bookings.previewRecurring', {
      ...every(app),
      firstDate: '2026-03-22',
      untilDate: '2026-04-05',
      startTime: '02:30',
      endTime: '04:00',
    });
    expect(preview.map((o) => [o.date, o.startsAt, o.timeInGap])).toEqual([
      ['2026-03-22', '2026-03-22T01:30:00.000Z', false],
      ['2026-03-29', null, true],
      ['2026-04-05', '2026-04-05T00:30:00.000Z', false],
    ]);
  });
});

describe('calendar and week planning', () => {
  it('shows a resource’s holds and maintenance over dates, and rooms and vehicles for a week', async () => {
    const app = await bookingApp();
    const b = await app.book({
      lines: [
        { resourceId: app.minibus.id, quantity: 1 },
        { resourceId: app.chairs.id, quantity: 40 },
      ],
    });
    await app.book({
      status: 'option',
      optionExpiresOn: '2026-06-10',
      start: at('2026-06-20', '09:00'),
      end: at('2026-06-20', '12:00'),
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
    const cal = await app.ok('availability.calendar', {
      resourceId: app.minibus.id,
      from: '2026-06-13',
      to: '2026-06-13',
    });
    expect(cal.holds.map((h) => [h.bookingId, h.start.time, h.end.time])).toEqual([[b.id, '09:00', '18:00']]);
    const week = await app.ok('availability.week', { weekStart: '2026-06-15' });
    expect(week.days).toHaveLength(7);
    expect(week.resources.map((r) => r.resource.name)).toEqual(['Salle des fêtes', 'Minibus 9 places']);
    expect(week.resources[1]?.holds.map((h) => h.status)).toEqual(['option']);
  });
});
