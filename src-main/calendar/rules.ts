import { addDays, daysBetween, parisDate, parisWall, parisWallToInstant } from '../core/paris-time';
import { DomainError } from '../core/errors';
import type {
  CalendarSettings,
  ClosedDay,
  ClosedReason,
  Closure,
  HolidayKey,
  OpeningCheck,
  OpeningWarning,
  TimeRange,
  Weekday,
  WeeklyHours,
} from './contract';
import { WEEKDAYS } from './contract';

/** What the rules need of the settings (the version is a storage concern). */
export type Calendar = Pick<CalendarSettings, 'weekly' | 'alsaceMoselle' | 'closures'>;

const TUE_SAT: TimeRange[] = [
  { from: '09:00', to: '12:00' },
  { from: '14:00', to: '18:00' },
];
/** A typical French centre: Tuesday to Saturday, 09:00–12:00 and 14:00–18:00. */
export const DEFAULT_WEEKLY: WeeklyHours = {
  monday: [],
  tuesday: TUE_SAT,
  wednesday: TUE_SAT,
  thursday: TUE_SAT,
  friday: TUE_SAT,
  saturday: TUE_SAT,
  sunday: [],
};
export const DEFAULT_CALENDAR: Calendar = { weekly: DEFAULT_WEEKLY, alsaceMoselle: false, closures: [] };

/** Used as the return time when the centre has no opening at all to offer (all days closed). */
export const DEFAULT_RETURN_TIME = '18:00';

/** How far ahead nextOpening looks: a long summer closure plus margin, without looping forever. */
const SEARCH_DAYS = 730;

export const HOLIDAY_NAMES: Record<HolidayKey, { fr: string; en: string }> = {
  new_year: { fr: "Jour de l'an", en: "New Year's Day" },
  good_friday: { fr: 'Vendredi saint', en: 'Good Friday' },
  easter_monday: { fr: 'Lundi de Pâques', en: 'Easter Monday' },
  labour_day: { fr: 'Fête du Travail', en: 'Labour Day' },
  victory_1945: { fr: 'Victoire 1945', en: 'Victory in Europe Day' },
  ascension: { fr: 'Ascension', en: 'Ascension Day' },
  whit_monday: { fr: 'Lundi de Pentecôte', en: 'Whit Monday' },
  bastille_day: { fr: 'Fête nationale', en: 'Bastille Day' },
  assumption: { fr: 'Assomption', en: 'Assumption Day' },
  all_saints: { fr: 'Toussaint', en: "All Saints' Day" },
  armistice_1918: { fr: 'Armistice 1918', en: 'Armistice Day' },
  christmas: { fr: 'Noël', en: 'Christmas Day' },
  st_stephen: { fr: 'Saint-Étienne', en: "St Stephen's Day" },
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Easter Sunday of a Gregorian year (anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** French public holidays of a year, in date order; Alsace-Moselle adds Good Friday and 26 December. */
export function publicHolidays(year: number, alsaceMoselle: boolean): { date: string; key: HolidayKey }[] {
  const y = pad(year, 4);
  const easter = easterSunday(year);
  const list: { date: string; key: HolidayKey }[] = [
    { date: `${y}-01-01`, key: 'new_year' },
    { date: addDays(easter, 1), key: 'easter_monday' },
    { date: `${y}-05-01`, key: 'labour_day' },
    { date: `${y}-05-08`, key: 'victory_1945' },
    { date: addDays(easter, 39), key: 'ascension' },
    { date: addDays(easter, 50), key: 'whit_monday' },
    { date: `${y}-07-14`, key: 'bastille_day' },
    { date: `${y}-08-15`, key: 'assumption' },
    { date: `${y}-11-01`, key: 'all_saints' },
    { date: `${y}-11-11`, key: 'armistice_1918' },
    { date: `${y}-12-25`, key: 'christmas' },
  ];
  if (alsaceMoselle) {
    list.push({ date: addDays(easter, -2), key: 'good_friday' }, { date: `${y}-12-26`, key: 'st_stephen' });
  }
  // Ascension can fall on 1 or 8 May (2008: 1 May): both entries stay, the day is closed either way.
  return list.sort((p, q) => (p.date < q.date ? -1 : p.date > q.date ? 1 : 0));
}

const holidayCache = new Map<string, Map<string, HolidayKey>>();
function holidaysByDate(year: number, alsaceMoselle: boolean): Map<string, HolidayKey> {
  const cacheKey = `${year}:${alsaceMoselle}`;
  let map = holidayCache.get(cacheKey);
  if (!map) {
    map = new Map();
    for (const h of publicHolidays(year, alsaceMoselle)) if (!map.has(h.date)) map.set(h.date, h.key);
    holidayCache.set(cacheKey, map);
  }
  return map;
}

export function holidayOn(date: string, alsaceMoselle: boolean): HolidayKey | null {
  return holidaysByDate(Number(date.slice(0, 4)), alsaceMoselle).get(date) ?? null;
}

/** The weekday of a civil date, computed on the date itself (no zone: a date has no instant). */
export function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const js = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(js + 6) % 7] as Weekday;
}

export function closureOn(date: string, closures: readonly Closure[]): Closure | null {
  return closures.find((c) => c.from <= date && date <= c.to) ?? null;
}

export interface DayStatus {
  open: boolean;
  reason: ClosedReason | null;
  /** The closure's label or the holiday's key; null for a weekly closing day. */
  label: string | null;
  /** Opening ranges of the day ([] when closed). */
  ranges: TimeRange[];
}

/** Holidays first (they are what a borrower asks about), then closures, then the weekly hours. */
export function dayStatus(date: string, cal: Calendar): DayStatus {
  const holiday = holidayOn(date, cal.alsaceMoselle);
  if (holiday) return { open: false, reason: 'holiday', label: holiday, ranges: [] };
  const closure = closureOn(date, cal.closures);
  if (closure) return { open: false, reason: 'closure', label: closure.label, ranges: [] };
  const ranges = cal.weekly[weekdayOf(date)];
  if (ranges.length === 0) return { open: false, reason: 'weekly', label: null, ranges: [] };
  return { open: true, reason: null, label: null, ranges };
}

export function isOpenDay(date: string, cal: Calendar): boolean {
  return dayStatus(date, cal).open;
}

/** Whether the desk is open at an instant, read as Europe/Paris wall time; ranges are [from, to). */
export function isOpenAt(at: Date, cal: Calendar): boolean {
  const { date, time } = parisWall(at);
  return dayStatus(date, cal).ranges.some((r) => r.from <= time && time < r.to);
}

/**
 * Whether a handover at this instant is within the desk's hours. A return may come at closing time
 * sharp (that is the proposed return time); a pickup then would leave the agent no time, so a
 * pickup needs the desk open at that minute.
 */
export function withinDeskHours(at: Date, cal: Calendar, moment: 'pickup' | 'return'): boolean {
  if (moment === 'pickup') return isOpenAt(at, cal);
  const { date, time } = parisWall(at);
  return dayStatus(date, cal).ranges.some((r) => r.from <= time && time <= r.to);
}

/**
 * A wall time as an instant, tolerating the spring-forward gap: an opening hour set at 02:30 on
 * the night clocks go forward starts when the clock reaches 03:00. Agent-typed times stay strict.
 */
function openingInstant(date: string, time: string): Date {
  try {
    return parisWallToInstant(date, time);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return parisWallToInstant(date, '03:00');
  }
}

export interface Opening {
  date: string;
  time: string;
  at: Date;
}

/** The next open day on or after a date, with its first opening time; null if none within two years. */
export function nextOpening(date: string, cal: Calendar): Opening | null {
  for (let i = 0; i <= SEARCH_DAYS; i++) {
    const day = addDays(date, i);
    const first = dayStatus(day, cal).ranges[0];
    if (first) return { date: day, time: first.from, at: openingInstant(day, first.from) };
  }
  return null;
}

export interface ReturnProposal {
  dueDate: string;
  date: string;
  time: string;
  at: Date;
  shifted: boolean;
  closedReason: ClosedReason | null;
  closedLabel: string | null;
}

/**
 * Pickup date (Europe/Paris) + N days; when that day is closed, the next opening day. The time is
 * the closing time of that day, so the borrower has the whole day; with no opening at all ahead,
 * the due date at DEFAULT_RETURN_TIME.
 */
export function proposeReturn(pickup: Date, defaultLoanDays: number, cal: Calendar): ReturnProposal {
  const dueDate = addDays(parisDate(pickup), defaultLoanDays);
  const due = dayStatus(dueDate, cal);
  const opening = due.open ? { date: dueDate } : nextOpening(dueDate, cal);
  if (!opening) {
    return {
      dueDate,
      date: dueDate,
      time: DEFAULT_RETURN_TIME,
      at: openingInstant(dueDate, DEFAULT_RETURN_TIME),
      shifted: false,
      closedReason: due.reason,
      closedLabel: due.label,
    };
  }
  const ranges = dayStatus(opening.date, cal).ranges;
  const closing = (ranges[ranges.length - 1] as TimeRange).to;
  return {
    dueDate,
    date: opening.date,
    time: closing,
    at: openingInstant(opening.date, closing),
    shifted: opening.date !== dueDate,
    closedReason: due.reason,
    closedLabel: due.label,
  };
}

/** Civil days (Europe/Paris) an interval [start, end) overlaps; an end at 00:00 does not touch its date. */
export function civilDaysOfUse(start: Date, end: Date): string[] {
  if (end.getTime() <= start.getTime()) return [];
  const first = parisDate(start);
  const last = parisDate(new Date(end.getTime() - 1));
  const n = daysBetween(first, last);
  return Array.from({ length: n + 1 }, (_, i) => addDays(first, i));
}

function warningFor(moment: 'pickup' | 'return', at: Date, cal: Calendar): OpeningWarning | null {
  if (withinDeskHours(at, cal, moment)) return null;
  const { date, time } = parisWall(at);
  const day = dayStatus(date, cal);
  return { moment, date, time, dayClosed: !day.open, closedReason: day.reason, closedLabel: day.label };
}

/** Above this many days the closed-day list is not worth walking day by day (and bookings cap far lower). */
const MAX_CHECKED_DAYS = 3 * 366;

/**
 * Opening warnings for a period: pickup and return outside the desk's hours (allowed, warned);
 * closed days the period uses, and whether a room would be used on one (refused unless a manager
 * overrides: the bookings feature enforces that from `roomOnClosedDay`).
 */
export function openingWarnings(
  start: Date,
  end: Date,
  cal: Calendar,
  kinds: readonly ('equipment' | 'room' | 'vehicle')[] = [],
): OpeningCheck {
  const warnings = [warningFor('pickup', start, cal), warningFor('return', end, cal)].filter(
    (w): w is OpeningWarning => w !== null,
  );
  const closedDays: ClosedDay[] = [];
  for (const date of civilDaysOfUse(start, end).slice(0, MAX_CHECKED_DAYS)) {
    const day = dayStatus(date, cal);
    if (!day.open) closedDays.push({ date, reason: day.reason as ClosedReason, label: day.label });
  }
  return { warnings, closedDays, roomOnClosedDay: kinds.includes('room') && closedDays.length > 0 };
}
