import { describe, expect, it } from 'vitest';
import { parisWallToInstant } from '../core/paris-time';
import {
  DEFAULT_CALENDAR,
  civilDaysOfUse,
  dayStatus,
  easterSunday,
  isOpenAt,
  isOpenDay,
  nextOpening,
  openingWarnings,
  proposeReturn,
  publicHolidays,
  weekdayOf,
  type Calendar,
} from './rules';

const at = (date: string, time: string, later = false) => parisWallToInstant(date, time, { later });
const cal = (patch: Partial<Calendar> = {}): Calendar => ({ ...DEFAULT_CALENDAR, ...patch });
const day = [
  { from: '09:00', to: '12:00' },
  { from: '14:00', to: '18:00' },
];
/** Open every day but Sunday, so holidays and closures are what closes a day. */
const openMonSat = cal({
  weekly: {
    monday: day,
    tuesday: day,
    wednesday: day,
    thursday: day,
    friday: day,
    saturday: day,
    sunday: [],
  },
});

describe('Easter (Gregorian computus)', () => {
  it.each([
    [1961, '1961-04-02'],
    [2008, '2008-03-23'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'], // earliest possible date
    [1943, '1943-04-25'], // latest possible date
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('French public holidays', () => {
  it('lists the eleven national holidays of 2026 in date order', () => {
    expect(publicHolidays(2026, false)).toEqual([
      { date: '2026-01-01', key: 'new_year' },
      { date: '2026-04-06', key: 'easter_monday' },
      { date: '2026-05-01', key: 'labour_day' },
      { date: '2026-05-08', key: 'victory_1945' },
      { date: '2026-05-14', key: 'ascension' },
      { date: '2026-05-25', key: 'whit_monday' },
      { date: '2026-07-14', key: 'bastille_day' },
      { date: '2026-08-15', key: 'assumption' },
      { date: '2026-11-01', key: 'all_saints' },
      { date: '2026-11-11', key: 'armistice_1918' },
      { date: '2026-12-25', key: 'christmas' },
    ]);
  });

  it.each([
    // year, Easter Monday, Ascension Thursday, Whit Monday, Good Friday
    [2024, '2024-04-01', '2024-05-09', '2024-05-20', '2024-03-29'],
    [2025, '2025-04-21', '2025-05-29', '2025-06-09', '2025-04-18'],
    [2026, '2026-04-06', '2026-05-14', '2026-05-25', '2026-04-03'],
    [2027, '2027-03-29', '2027-05-06', '2027-05-17', '2027-03-26'],
    [2038, '2038-04-26', '2038-06-03', '2038-06-14', '2038-04-23'],
  ])('%i: movable feasts', (year, easterMonday, ascension, whitMonday, goodFriday) => {
    const byKey = Object.fromEntries(publicHolidays(year, true).map((h) => [h.key, h.date]));
    expect(byKey).toMatchObject({
      easter_monday: easterMonday,
      ascension,
      whit_monday: whitMonday,
      good_friday: goodFriday,
      st_stephen: `${year}-12-26`,
    });
    expect(weekdayOf(ascension)).toBe('thursday');
    expect(weekdayOf(whitMonday)).toBe('monday');
    expect(weekdayOf(goodFriday)).toBe('friday');
  });

  it('adds Good Friday and 26 December only in Alsace-Moselle', () => {
    expect(publicHolidays(2026, false)).toHaveLength(11);
    expect(publicHolidays(2026, true)).toHaveLength(13);
    expect(isOpenDay('2026-04-03', openMonSat)).toBe(true);
    expect(isOpenDay('2026-04-03', { ...openMonSat, alsaceMoselle: true })).toBe(false);
    expect(isOpenDay('2026-12-26', openMonSat)).toBe(true);
    expect(dayStatus('2026-12-26', { ...openMonSat, alsaceMoselle: true })).toMatchObject({
      open: false,
      reason: 'holiday',
      label: 'st_stephen',
    });
  });

  it('closes the desk on a holiday that falls on an opening day', () => {
    // 1 May 2026 is a Friday, normally open.
    expect(dayStatus('2026-05-01', DEFAULT_CALENDAR)).toMatchObject({ open: false, reason: 'holiday' });
    expect(isOpenDay('2026-04-30', DEFAULT_CALENDAR)).toBe(true);
  });
});

describe('weekly hours and closures', () => {
  it.each([
    ['2026-06-08', false], // Monday
    ['2026-06-09', true], // Tuesday
    ['2026-06-13', true], // Saturday
    ['2026-06-14', false], // Sunday
  ])('default calendar: %s open = %s', (date, open) => {
    expect(isOpenDay(date, DEFAULT_CALENDAR)).toBe(open);
  });

  it('closes every day of a closure, inclusive of both ends', () => {
    const summer = cal({ closures: [{ from: '2026-08-03', to: '2026-08-21', label: 'Fermeture estivale' }] });
    expect(isOpenDay('2026-08-01', summer)).toBe(true);
    expect(dayStatus('2026-08-04', summer)).toMatchObject({
      open: false,
      reason: 'closure',
      label: 'Fermeture estivale',
    });
    expect(isOpenDay('2026-08-21', summer)).toBe(false);
    expect(isOpenDay('2026-08-22', summer)).toBe(true);
  });

  it.each([
    ['2026-06-09', '08:59', false],
    ['2026-06-09', '09:00', true],
    ['2026-06-09', '11:59', true],
    ['2026-06-09', '12:00', false], // lunch break: ranges are [from, to)
    ['2026-06-09', '13:30', false],
    ['2026-06-09', '14:00', true],
    ['2026-06-09', '17:59', true],
    ['2026-06-09', '18:00', false],
    ['2026-06-08', '10:00', false], // Monday
    ['2026-05-01', '10:00', false], // holiday
  ])('isOpenAt %s %s → %s (Paris wall time, whatever the host zone)', (date, time, open) => {
    expect(isOpenAt(at(date, time), DEFAULT_CALENDAR)).toBe(open);
  });

  it('reads opening hours in Paris wall time across both DST changes', () => {
    const everyDay = cal({
      weekly: {
        monday: day,
        tuesday: day,
        wednesday: day,
        thursday: day,
        friday: day,
        saturday: day,
        sunday: day,
      },
    });
    // Sunday 29 March 2026 (spring forward) and Sunday 25 October 2026 (fall back): 09:00 Paris.
    expect(isOpenAt(new Date('2026-03-29T07:00:00Z'), everyDay)).toBe(true); // 09:00 CEST
    expect(isOpenAt(new Date('2026-03-29T06:30:00Z'), everyDay)).toBe(false); // 08:30 CEST
    expect(isOpenAt(new Date('2026-10-25T08:00:00Z'), everyDay)).toBe(true); // 09:00 CET
    expect(isOpenAt(new Date('2026-10-25T07:30:00Z'), everyDay)).toBe(false); // 08:30 CET
    expect(isOpenAt(new Date('2026-10-25T16:59:00Z'), everyDay)).toBe(true); // 17:59 CET
    expect(isOpenAt(new Date('2026-10-25T17:00:00Z'), everyDay)).toBe(false); // 18:00 CET
  });
});

describe('nextOpening', () => {
  it.each([
    ['2026-06-09', '2026-06-09', '09:00'], // open already
    ['2026-06-07', '2026-06-09', '09:00'], // Sunday → Tuesday
    ['2026-06-08', '2026-06-09', '09:00'], // Monday → Tuesday
    ['2026-12-25', '2026-12-26', '09:00'], // Christmas Friday → Saturday
    ['2027-05-06', '2027-05-07', '09:00'], // Ascension → Friday
  ])('from %s → %s %s', (from, date, time) => {
    expect(nextOpening(from, DEFAULT_CALENDAR)).toMatchObject({ date, time });
  });

  it('skips a closure and gives the opening instant in Paris time', () => {
    const summer = cal({ closures: [{ from: '2026-08-01', to: '2026-08-24', label: 'Été' }] });
    const next = nextOpening('2026-08-02', summer);
    expect(next).toMatchObject({ date: '2026-08-25', time: '09:00' });
    expect(next?.at.toISOString()).toBe('2026-08-25T07:00:00.000Z');
  });

  it('uses the first range of a day with a late opening', () => {
    const late = cal({ weekly: { ...DEFAULT_CALENDAR.weekly, tuesday: [{ from: '13:30', to: '19:00' }] } });
    expect(nextOpening('2026-06-08', late)).toMatchObject({ date: '2026-06-09', time: '13:30' });
  });

  it('returns null when the centre never opens', () => {
    const never = cal({
      weekly: { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] },
    });
    expect(nextOpening('2026-06-09', never)).toBeNull();
  });
});

describe('proposeReturn', () => {
  it.each([
    // pickup date, time, days, proposed date, time, shifted
    ['2026-04-24', '10:00', 7, '2026-05-02', '18:00', true], // due Friday 1 May → Saturday 2 May
    ['2026-06-05', '10:00', 3, '2026-06-09', '18:00', true], // due Monday → Tuesday
    ['2026-06-05', '10:00', 4, '2026-06-09', '18:00', false], // due Tuesday, open
    ['2026-06-06', '17:00', 1, '2026-06-09', '18:00', true], // due Sunday → Tuesday
    ['2026-12-19', '10:00', 6, '2026-12-26', '18:00', true], // due Christmas Friday → Saturday
    ['2026-03-28', '10:00', 1, '2026-03-31', '18:00', true], // across spring forward
    ['2026-10-24', '10:00', 3, '2026-10-27', '18:00', false], // across fall back
  ])('pickup %s %s + %i days → %s %s (shifted %s)', (date, time, days, rDate, rTime, shifted) => {
    const p = proposeReturn(at(date, time), days, DEFAULT_CALENDAR);
    expect(p).toMatchObject({ date: rDate, time: rTime, shifted });
    expect(p.at.getTime()).toBe(at(rDate, rTime).getTime());
  });

  it('says why the due day was closed', () => {
    const p = proposeReturn(at('2026-04-24', '10:00'), 7, DEFAULT_CALENDAR);
    expect(p).toMatchObject({ dueDate: '2026-05-01', closedReason: 'holiday', closedLabel: 'labour_day' });
    const at2 = proposeReturn(at('2026-04-24', '10:00'), 7, { ...DEFAULT_CALENDAR, closures: [] });
    expect(at2.at.toISOString()).toBe('2026-05-02T16:00:00.000Z'); // 18:00 CEST
  });

  it('counts the pickup day in Paris even when it is already the next day in UTC+13', () => {
    // 23:30 Paris on Friday is Saturday in Auckland and still Friday in UTC: Paris decides.
    const p = proposeReturn(at('2026-06-05', '23:30'), 1, DEFAULT_CALENDAR);
    expect(p.dueDate).toBe('2026-06-06');
  });

  it('closes at the end of the last range of the proposed day', () => {
    const short = cal({ weekly: { ...DEFAULT_CALENDAR.weekly, saturday: [{ from: '09:00', to: '12:30' }] } });
    expect(proposeReturn(at('2026-06-05', '10:00'), 1, short)).toMatchObject({
      date: '2026-06-06',
      time: '12:30',
    });
  });

  it('falls back to the due date at 18:00 when nothing ever opens', () => {
    const never = cal({
      weekly: { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] },
    });
    expect(proposeReturn(at('2026-06-05', '10:00'), 2, never)).toMatchObject({
      date: '2026-06-07',
      time: '18:00',
      shifted: false,
    });
  });
});

describe('civil days of use', () => {
  it.each([
    [
      '2026-06-05',
      '17:00',
      '2026-06-09',
      '10:00',
      ['2026-06-05', '2026-06-06', '2026-06-07', '2026-06-08', '2026-06-09'],
    ],
    ['2026-06-05', '20:00', '2026-06-06', '00:00', ['2026-06-05']], // ends at midnight: not the next date
    ['2026-06-05', '20:00', '2026-06-06', '00:01', ['2026-06-05', '2026-06-06']],
    ['2026-03-28', '22:00', '2026-03-29', '04:00', ['2026-03-28', '2026-03-29']],
    ['2026-10-25', '01:00', '2026-10-25', '02:30', ['2026-10-25']],
  ])('%s %s → %s %s', (d1, t1, d2, t2, days) => {
    expect(civilDaysOfUse(at(d1, t1), at(d2, t2))).toEqual(days);
  });
});

describe('openingWarnings', () => {
  it('is silent for a pickup and a return within the hours, closing time included', () => {
    expect(
      openingWarnings(at('2026-06-09', '09:00'), at('2026-06-12', '18:00'), DEFAULT_CALENDAR, ['equipment']),
    ).toEqual({ warnings: [], closedDays: [], roomOnClosedDay: false });
  });

  it.each([
    ['pickup at opening', '09:00', '2026-06-10', '10:00', []],
    ['pickup at closing', '18:00', '2026-06-10', '10:00', ['pickup']],
    ['pickup at lunch', '12:00', '2026-06-10', '10:00', ['pickup']],
    ['return at closing', '10:00', '2026-06-10', '18:00', []],
    ['return at 12:00, end of the morning', '10:00', '2026-06-10', '12:00', []],
    ['return at 18:01', '10:00', '2026-06-10', '18:01', ['return']],
  ])('%s', (_label, pickupTime, returnDate, returnTime, moments) => {
    const r = openingWarnings(at('2026-06-09', pickupTime), at(returnDate, returnTime), DEFAULT_CALENDAR, []);
    expect(r.warnings.map((w) => w.moment)).toEqual(moments);
  });

  it('warns about a room handed over in the evening, without refusing it', () => {
    const r = openingWarnings(at('2026-06-09', '19:00'), at('2026-06-09', '23:00'), DEFAULT_CALENDAR, [
      'room',
    ]);
    expect(r.warnings).toEqual([
      {
        moment: 'pickup',
        date: '2026-06-09',
        time: '19:00',
        dayClosed: false,
        closedReason: null,
        closedLabel: null,
      },
      {
        moment: 'return',
        date: '2026-06-09',
        time: '23:00',
        dayClosed: false,
        closedReason: null,
        closedLabel: null,
      },
    ]);
    expect(r.roomOnClosedDay).toBe(false);
  });

  it('flags a room used on a closed day (Sunday, holiday), not equipment over a weekend', () => {
    const sunday = openingWarnings(at('2026-06-14', '10:00'), at('2026-06-14', '17:00'), DEFAULT_CALENDAR, [
      'room',
    ]);
    expect(sunday.roomOnClosedDay).toBe(true);
    expect(sunday.closedDays).toEqual([{ date: '2026-06-14', reason: 'weekly', label: null }]);
    expect(sunday.warnings.map((w) => [w.moment, w.dayClosed])).toEqual([
      ['pickup', true],
      ['return', true],
    ]);

    const weekend = openingWarnings(at('2026-06-13', '10:00'), at('2026-06-16', '10:00'), DEFAULT_CALENDAR, [
      'equipment',
    ]);
    expect(weekend.warnings).toEqual([]);
    expect(weekend.closedDays.map((d) => d.date)).toEqual(['2026-06-14', '2026-06-15']);
    expect(weekend.roomOnClosedDay).toBe(false);

    const may8 = openingWarnings(at('2026-05-08', '18:00'), at('2026-05-08', '22:00'), DEFAULT_CALENDAR, [
      'room',
      'equipment',
    ]);
    expect(may8.closedDays).toEqual([{ date: '2026-05-08', reason: 'holiday', label: 'victory_1945' }]);
    expect(may8.roomOnClosedDay).toBe(true);
  });

  it('does not count the next day for a room booked until midnight', () => {
    const r = openingWarnings(at('2026-06-13', '19:00'), at('2026-06-14', '00:00'), DEFAULT_CALENDAR, [
      'room',
    ]);
    expect(r.closedDays).toEqual([]);
    expect(r.roomOnClosedDay).toBe(false);
  });
});
