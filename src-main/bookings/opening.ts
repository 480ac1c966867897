import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Ctx } from '../api/context';
import type { RuleIssue } from '../catalog/rules';
import { translate, type Lang } from '../core/messages';
import type { ClosedDay, HolidayKey, OpeningCheck, OpeningWarning, Weekday } from '../calendar/contract';
import { HOLIDAY_NAMES, weekdayOf } from '../calendar/rules';
import { openingCheckFor } from '../calendar/service';
import type { BookingWarningDto } from './contract';

type Kind = 'equipment' | 'room' | 'vehicle';

const WEEKDAY_NAMES: Record<Lang, Record<Weekday, string>> = {
  fr: {
    monday: 'lundi',
    tuesday: 'mardi',
    wednesday: 'mercredi',
    thursday: 'jeudi',
    friday: 'vendredi',
    saturday: 'samedi',
    sunday: 'dimanche',
  },
  en: {
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
    sunday: 'Sunday',
  },
};

/** "01/05/2026" in French, "2026-05-01" in English. */
export function dateText(lang: Lang, date: string): string {
  if (lang === 'en') return date;
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** A closed day and why: "le 01/05/2026 (jour férié : Fête du Travail)". */
export function closedDayText(lang: Lang, day: Pick<ClosedDay, 'date' | 'reason' | 'label'>): string {
  const date = dateText(lang, day.date);
  switch (day.reason) {
    case 'holiday': {
      const names = HOLIDAY_NAMES[day.label as HolidayKey] as { fr: string; en: string } | undefined;
      return translate(lang, 'closed_day_holiday', { date, name: names ? names[lang] : (day.label ?? '') });
    }
    case 'closure':
      return translate(lang, 'closed_day_closure', { date, label: day.label ?? '' });
    case 'weekly':
      return translate(lang, 'closed_day_weekly', {
        date,
        weekday: WEEKDAY_NAMES[lang][weekdayOf(day.date)],
      });
  }
}

/**
 * DOMAIN "Time": a room used on a day the centre is closed is refused unless a manager overrides.
 * One issue beside the start date, naming the rooms and each closed day with its reason.
 */
export function closedDayIssue(
  lang: Lang,
  rooms: readonly string[],
  check: OpeningCheck,
  path = 'start.date',
): RuleIssue | null {
  if (!check.roomOnClosedDay || rooms.length === 0) return null;
  return {
    path,
    code: 'room_closed_day',
    params: {
      rooms: rooms.map((r) => (lang === 'en' ? `"${r}"` : `« ${r} »`)).join(', '),
      days: check.closedDays.map((d) => closedDayText(lang, d)).join(', '),
    },
  };
}

/** A pickup or return outside opening hours: allowed, told to the agent in their language. */
export function warningDto(lang: Lang, w: OpeningWarning): BookingWarningDto {
  if (w.dayClosed && w.closedReason) {
    const day = closedDayText(lang, { date: w.date, reason: w.closedReason, label: w.closedLabel });
    const code = `${w.moment}_closed_day` as const;
    return {
      code,
      moment: w.moment,
      date: w.date,
      time: w.time,
      message: translate(lang, `opening_${code}`, { day }),
    };
  }
  const code = `${w.moment}_outside_hours` as const;
  return {
    code,
    moment: w.moment,
    date: w.date,
    time: w.time,
    message: translate(lang, `opening_${code}`, { date: dateText(lang, w.date), time: w.time }),
  };
}

/** The opening check of a period for these resources (rooms named for the refusal). */
export async function openingOf(
  db: Kysely<Database>,
  resources: readonly { kind: Kind; name: string }[],
  start: Date,
  end: Date,
): Promise<{ check: OpeningCheck; rooms: string[] }> {
  const kinds = [...new Set(resources.map((r) => r.kind))];
  const rooms = [...new Set(resources.filter((r) => r.kind === 'room').map((r) => r.name))];
  return { check: await openingCheckFor(db, start, end, kinds), rooms };
}

/** The resources of some top-level lines, for openingOf. */
export async function resourcesOf(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<{ kind: Kind; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('resources')
    .select(['kind', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** The manager's override of the closed-day rule, recorded with its reason (only when it was needed). */
export function auditClosedDayOverride(ctx: Ctx, bookingId: number, reason: string): void {
  ctx.audit({
    entity: 'booking',
    entityId: bookingId,
    action: 'closed_day_override',
    fields: ['start', 'end'],
    reason,
  });
}
