import { describe, expect, it } from 'vitest';
import { catalogApp } from '../catalog/test-setup';
import { testApp } from '../../tests/helpers/test-app';

const MANAGER = { pin: '2468' };

describe('calendar settings', () => {
  it('starts with a French centre’s week: Tuesday to Saturday, closed Sunday and Monday', async () => {
    const app = await testApp();
    const cal = await app.ok('calendar.get', {});
    expect(cal.version).toBe(0);
    expect(cal.alsaceMoselle).toBe(false);
    expect(cal.closures).toEqual([]);
    expect(cal.weekly.monday).toEqual([]);
    expect(cal.weekly.sunday).toEqual([]);
    expect(cal.weekly.tuesday).toEqual([
      { from: '09:00', to: '12:00' },
      { from: '14:00', to: '18:00' },
    ]);
  });

  it('lets a manager change the hours, the Alsace-Moselle flag and closures, with a version', async () => {
    const app = await testApp();
    await app.ok('staff.create', { name: 'Claire', role: 'manager', pin: '2468' });
    const input = {
      version: 0,
      alsaceMoselle: true,
      closures: [
        { from: '2026-12-24', to: '2027-01-02', label: 'Fêtes de fin d’année' },
        { from: '2026-08-03', to: '2026-08-21', label: 'Fermeture estivale' },
      ],
    };
    expect((await app.fails('calendar.update', input)).code).toBe('PIN_REQUIRED');
    const saved = await app.ok('calendar.update', input, MANAGER);
    expect(saved.version).toBe(1);
    expect(saved.closures.map((c) => c.from)).toEqual(['2026-08-03', '2026-12-24']); // date order
    expect(await app.ok('calendar.get', {})).toEqual(saved);

    const monday = [{ from: '14:00', to: '19:00' }];
    const weekly = { ...saved.weekly, monday };
    const again = await app.ok('calendar.update', { version: 1, weekly }, MANAGER);
    expect(again).toMatchObject({ version: 2, alsaceMoselle: true, weekly: { monday } });
    expect(again.closures).toHaveLength(2); // untouched

    const stale = await app.fails('calendar.update', { version: 1, alsaceMoselle: false }, MANAGER);
    expect(stale.code).toBe('STALE_VERSION');
    expect((await app.ok('calendar.get', {})).alsaceMoselle).toBe(true);

    const audit = await app.conn.db
      .selectFrom('audit_log')
      .select(['entity', 'action', 'fields'])
      .where('method', '=', 'calendar.update')
      .execute();
    expect(audit).toEqual([
      { entity: 'calendar', action: 'update', fields: '["alsaceMoselle","closures"]' },
      { entity: 'calendar', action: 'update', fields: '["weekly"]' },
    ]);
  });

  it.each([
    [{ tuesday: [{ from: '12:00', to: '09:00' }] }, 'weekly.tuesday.0.to', 'range_end_before_start'],
    [
      {
        tuesday: [
          { from: '09:00', to: '13:00' },
          { from: '12:00', to: '18:00' },
        ],
      },
      'weekly.tuesday',
      'ranges_overlap',
    ],
    [{ tuesday: [{ from: '9:00', to: '12:00' }] }, 'weekly.tuesday.0.from', 'time_invalid'],
  ])('refuses bad hours %j at %s', async (days, path, code) => {
    const app = await testApp();
    const current = await app.ok('calendar.get', {});
    const err = await app.fails('calendar.update', { version: 0, weekly: { ...current.weekly, ...days } });
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.details).toMatchObject({ fields: [{ path, code }] });
  });

  it('refuses a closure ending before it starts', async () => {
    const app = await testApp();
    const err = await app.fails('calendar.update', {
      version: 0,
      closures: [{ from: '2026-08-21', to: '2026-08-03', label: 'Été' }],
    });
    expect(err.details).toMatchObject({ fields: [{ path: 'closures.0.to', code: 'date_order' }] });
  });
});

describe('calendar.holidays', () => {
  it('names each holiday in French and English, with Alsace-Moselle’s two more once set', async () => {
    const app = await testApp();
    const plain = await app.ok('calendar.holidays', { year: 2027 });
    expect(plain).toHaveLength(11);
    expect(plain[1]).toEqual({
      date: '2027-03-29',
      key: 'easter_monday',
      name: { fr: 'Lundi de Pâques', en: 'Easter Monday' },
    });
    await app.ok('calendar.update', { version: 0, alsaceMoselle: true });
    const alsace = await app.ok('calendar.holidays', { year: 2027 });
    expect(alsace.map((h) => h.date)).toContain('2027-03-26');
    expect(alsace[alsace.length - 1]).toMatchObject({ date: '2027-12-26', name: { fr: 'Saint-Étienne' } });
  });
});

describe('calendar.proposeReturn', () => {
  it('uses the longest default loan length and moves a closed day to the next opening', async () => {
    const app = await catalogApp();
    const short = await app.resource({ defaultLoanDays: 2 });
    const long = await app.resource({ defaultLoanDays: 7 });
    // Friday 24 April + 7 days = Friday 1 May (holiday) → Saturday 2 May at closing time.
    const p = await app.ok('calendar.proposeReturn', {
      resourceIds: [short.id, long.id],
      pickup: { date: '2026-04-24', time: '10:00' },
    });
    expect(p).toEqual({
      loanDays: 7,
      dueDate: '2026-05-01',
      date: '2026-05-02',
      time: '18:00',
      at: '2026-05-02T16:00:00.000Z',
      shifted: true,
      closedReason: 'holiday',
      closedLabel: 'labour_day',
    });
    const alone = await app.ok('calendar.proposeReturn', {
      resourceIds: [short.id],
      pickup: { date: '2026-04-24', time: '10:00' },
    });
    expect(alone).toMatchObject({ loanDays: 2, date: '2026-04-28', shifted: true, closedReason: 'weekly' });
  });

  it('follows the centre’s closures', async () => {
    const app = await catalogApp();
    const r = await app.resource({ defaultLoanDays: 3 });
    await app.ok('calendar.update', {
      version: 0,
      closures: [{ from: '2026-07-15', to: '2026-07-31', label: 'Fermeture estivale' }],
    });
    const p = await app.ok('calendar.proposeReturn', {
      resourceIds: [r.id],
      pickup: { date: '2026-07-13', time: '10:00' },
    });
    expect(p).toMatchObject({
      dueDate: '2026-07-16',
      date: '2026-08-01',
      closedReason: 'closure',
      closedLabel: 'Fermeture estivale',
    });
  });

  it('names an unknown resource and refuses a pickup in the DST gap', async () => {
    const app = await catalogApp();
    const r = await app.resource({});
    const missing = await app.fails('calendar.proposeReturn', {
      resourceIds: [r.id, 9999],
      pickup: { date: '2026-06-05', time: '10:00' },
    });
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.details).toMatchObject({ fields: [{ path: 'resourceIds.1' }] });
    const gap = await app.fails(
      'calendar.proposeReturn',
      { resourceIds: [r.id], pickup: { date: '2026-03-29', time: '02:30' } },
      { lang: 'en' },
    );
    expect(gap.code).toBe('VALIDATION_FAILED');
    expect(gap.details).toMatchObject({ fields: [{ path: 'pickup.time', code: 'time_in_dst_gap' }] });
    expect(gap.message).toContain('does not exist in Paris');
  });
});

describe('calendar.check', () => {
  it('warns about an evening room and flags a room on a closed day', async () => {
    const app = await testApp();
    const evening = await app.ok('calendar.check', {
      start: { date: '2026-06-09', time: '18:30' },
      end: { date: '2026-06-09', time: '22:00' },
      kinds: ['room'],
    });
    expect(evening.warnings.map((w) => w.moment)).toEqual(['pickup', 'return']);
    expect(evening.roomOnClosedDay).toBe(false);

    const sunday = await app.ok('calendar.check', {
      start: { date: '2026-06-14', time: '10:00' },
      end: { date: '2026-06-14', time: '17:00' },
      kinds: ['room', 'equipment'],
    });
    expect(sunday.roomOnClosedDay).toBe(true);
    expect(sunday.closedDays).toEqual([{ date: '2026-06-14', reason: 'weekly', label: null }]);

    const equipment = await app.ok('calendar.check', {
      start: { date: '2026-06-13', time: '10:00' },
      end: { date: '2026-06-16', time: '10:00' },
      kinds: ['equipment'],
    });
    expect(equipment).toMatchObject({ warnings: [], roomOnClosedDay: false });
  });

  it('takes the later 02:30 of the autumn night when asked, and refuses an end before the start', async () => {
    const app = await testApp();
    await app.ok('calendar.update', {
      version: 0,
      weekly: {
        ...(await app.ok('calendar.get', {})).weekly,
        sunday: [{ from: '00:00', to: '23:59' }],
      },
    });
    const r = await app.ok('calendar.check', {
      start: { date: '2026-10-25', time: '02:30' },
      end: { date: '2026-10-25', time: '02:30', later: true },
      kinds: ['room'],
    });
    expect(r).toEqual({ warnings: [], closedDays: [], roomOnClosedDay: false });
    const err = await app.fails('calendar.check', {
      start: { date: '2026-10-25', time: '02:30', later: true },
      end: { date: '2026-10-25', time: '02:30' },
      kinds: [],
    });
    expect(err.details).toMatchObject({ fields: [{ path: 'end.date', code: 'end_before_start' }] });
  });
});

describe('calendar.nextOpening: the day the desk prepares for', () => {
  it.each([
    ['Friday morning → Saturday', '2026-06-05T08:00:00Z', { date: '2026-06-06', time: '09:00' }],
    [
      'Saturday → Tuesday (closed Sunday and Monday)',
      '2026-06-06T15:00:00Z',
      { date: '2026-06-09', time: '09:00' },
    ],
    [
      'Friday late evening in Paris (already Saturday in UTC+12) → Saturday',
      '2026-06-05T21:30:00Z',
      { date: '2026-06-06', time: '09:00' },
    ],
    [
      'the day before 14 July (a Tuesday holiday) → Wednesday',
      '2026-07-13T10:00:00Z',
      { date: '2026-07-15', time: '09:00' },
    ],
  ])('%s', async (_case, now, expected) => {
    const app = await testApp(now);
    expect(await app.ok('calendar.nextOpening', {})).toEqual(expected);
  });

  it('follows a closure set by a manager', async () => {
    const app = await testApp('2026-06-06T15:00:00Z');
    await app.ok('staff.create', { name: 'Claire', role: 'manager', pin: '2468' });
    const cal = await app.ok('calendar.get', {});
    await app.ok(
      'calendar.update',
      {
        version: cal.version,
        alsaceMoselle: false,
        weekly: cal.weekly,
        closures: [{ from: '2026-06-09', to: '2026-06-10', label: 'Inventaire' }],
      },
      MANAGER,
    );
    expect(await app.ok('calendar.nextOpening', {})).toEqual({ date: '2026-06-11', time: '09:00' });
  });
});
