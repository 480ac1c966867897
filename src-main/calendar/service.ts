import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Ctx } from '../api/context';
import type { FieldError } from '../api/validation';
import { DomainError } from '../core/errors';
import { translate, type Lang } from '../core/messages';
import { addDays, parisDate, parisWallToInstant } from '../core/paris-time';
import type {
  CalendarSettings,
  Closure,
  HolidayDto,
  OpeningCheck,
  ProposedReturn,
  WeeklyHours,
} from './contract';
import { WEEKDAYS } from './contract';
import {
  DEFAULT_CALENDAR,
  HOLIDAY_NAMES,
  nextOpening,
  openingWarnings,
  proposeReturn,
  publicHolidays,
  type Calendar,
} from './rules';

/** The calendar lives in the settings table under one key, as JSON, with its own version. */
export const CALENDAR_SETTING = 'calendar';

interface Moment {
  date: string;
  time: string;
  later: boolean;
}

function isWeekly(v: unknown): v is WeeklyHours {
  return (
    typeof v === 'object' &&
    v !== null &&
    WEEKDAYS.every((d) => Array.isArray((v as Record<string, unknown>)[d]))
  );
}

/** The stored calendar, completed with defaults for anything never set (a fresh centre has none). */
export async function loadCalendarSettings(db: Kysely<Database>): Promise<CalendarSettings> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', CALENDAR_SETTING)
    .executeTakeFirst();
  const stored = row ? (JSON.parse(row.value) as Partial<CalendarSettings>) : {};
  return {
    weekly: isWeekly(stored.weekly) ? stored.weekly : DEFAULT_CALENDAR.weekly,
    alsaceMoselle: stored.alsaceMoselle === true,
    closures: Array.isArray(stored.closures) ? stored.closures : [],
    version: typeof stored.version === 'number' ? stored.version : 0,
  };
}

/** For other features (bookings, loans, Today): the calendar the rules in ./rules.ts take. */
export async function loadCalendar(db: Kysely<Database>): Promise<Calendar> {
  const { weekly, alsaceMoselle, closures } = await loadCalendarSettings(db);
  return { weekly, alsaceMoselle, closures };
}

export async function updateCalendar(
  ctx: Ctx,
  input: { version: number; weekly?: WeeklyHours; alsaceMoselle?: boolean; closures?: Closure[] },
): Promise<CalendarSettings> {
  const current = await loadCalendarSettings(ctx.db);
  if (current.version !== input.version) throw new DomainError('STALE_VERSION', 'stale_version');
  const { version: _v, ...patch } = input;
  const next: CalendarSettings = {
    weekly: patch.weekly ?? current.weekly,
    alsaceMoselle: patch.alsaceMoselle ?? current.alsaceMoselle,
    // Sorted so the settings screen and printed notices list closures in date order.
    closures: [...(patch.closures ?? current.closures)].sort((a, b) => a.from.localeCompare(b.from)),
    version: current.version + 1,
  };
  const value = JSON.stringify(next);
  const updatedAt = ctx.now.toISOString();
  await ctx.db
    .insertInto('settings')
    .values({ key: CALENDAR_SETTING, value, updated_at: updatedAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: updatedAt }))
    .execute();
  ctx.audit({ entity: 'calendar', entityId: null, action: 'update', fields: Object.keys(patch) });
  return next;
}

export async function listHolidays(db: Kysely<Database>, year: number): Promise<HolidayDto[]> {
  const { alsaceMoselle } = await loadCalendarSettings(db);
  return publicHolidays(year, alsaceMoselle).map((h) => ({ ...h, name: HOLIDAY_NAMES[h.key] }));
}

function momentToInstant(m: Moment, path: string, lang: Lang, fields: FieldError[]): Date | null {
  try {
    return parisWallToInstant(m.date, m.time, { later: m.later });
  } catch (e) {
    if (!(e instanceof DomainError) || e.key !== 'time_in_dst_gap') throw e;
    const message = translate(lang, 'time_in_dst_gap', { date: m.date, time: m.time });
    fields.push({ path: `${path}.time`, code: 'time_in_dst_gap', message });
    return null;
  }
}

function refuse(fields: FieldError[]): never {
  throw new DomainError(
    'VALIDATION_FAILED',
    'validation_failed',
    { summary: fields.map((f) => `${f.path} : ${f.message}`).join(' ; ') },
    { fields },
  );
}

/** The return proposed for a booking of these resources: the longest default loan length wins. */
export async function proposeReturnFor(
  db: Kysely<Database>,
  lang: Lang,
  input: { resourceIds: number[]; pickup: Moment },
): Promise<ProposedReturn> {
  const fields: FieldError[] = [];
  const pickup = momentToInstant(input.pickup, 'pickup', lang, fields);
  if (!pickup) refuse(fields);
  const ids = [...new Set(input.resourceIds)];
  const rows = await db
    .selectFrom('resources')
    .select(['id', 'default_loan_days'])
    .where('id', 'in', ids)
    .execute();
  const missing = ids.find((id) => !rows.some((r) => r.id === id));
  if (missing !== undefined) {
    const index = input.resourceIds.indexOf(missing);
    throw new DomainError(
      'NOT_FOUND',
      'not_found',
      { entity: 'resource', id: missing },
      {
        fields: [
          {
            path: `resourceIds.${index}`,
            code: 'not_found',
            message: translate(lang, 'referenced_not_found', { id: missing }),
          },
        ],
      },
    );
  }
  const loanDays = Math.max(...rows.map((r) => r.default_loan_days));
  const p = proposeReturn(pickup, loanDays, await loadCalendar(db));
  return { loanDays, ...p, at: p.at.toISOString() };
}

/** For the bookings feature: the opening check of a period already turned into instants. */
export async function openingCheckFor(
  db: Kysely<Database>,
  start: Date,
  end: Date,
  kinds: readonly ('equipment' | 'room' | 'vehicle')[],
): Promise<OpeningCheck> {
  return openingWarnings(start, end, await loadCalendar(db), kinds);
}

export async function checkPeriod(
  db: Kysely<Database>,
  lang: Lang,
  input: { start: Moment; end: Moment; kinds: ('equipment' | 'room' | 'vehicle')[] },
): Promise<OpeningCheck> {
  const fields: FieldError[] = [];
  const start = momentToInstant(input.start, 'start', lang, fields);
  const end = momentToInstant(input.end, 'end', lang, fields);
  if (start && end && end.getTime() <= start.getTime()) {
    fields.push({ path: 'end.date', code: 'end_before_start', message: translate(lang, 'end_before_start') });
  }
  if (!start || !end || fields.length > 0) refuse(fields);
  return openingCheckFor(db, start, end, input.kinds);
}

/**
 * The centre's next opening after today (Paris): the day the desk prepares for, e.g. Monday after
 * a Saturday when Sunday is closed. Null when nothing opens within the search window.
 */
export async function nextOpeningAfterToday(
  db: Kysely<Database>,
  now: Date,
): Promise<{ date: string; time: string } | null> {
  const opening = nextOpening(addDays(parisDate(now), 1), await loadCalendar(db));
  return opening ? { date: opening.date, time: opening.time } : null;
}
