import { z } from 'zod';
import { method, returns } from '../core/contract-kit';
import { LIMITS, civilDate, id, keyed, text, version, wallTime, parisMoment } from '../core/contract-fields';

/** ISO order (Monday first), the order French desks print opening hours in. */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const HOLIDAY_KEYS = [
  'new_year',
  'good_friday',
  'easter_monday',
  'labour_day',
  'victory_1945',
  'ascension',
  'whit_monday',
  'bastille_day',
  'assumption',
  'all_saints',
  'armistice_1918',
  'christmas',
  'st_stephen',
] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

/** Europe/Paris wall-clock time 'HH:MM' (24 h). Kept here: a contract may import only core contract files. */
const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** An opening range in Europe/Paris wall time, half-open [from, to). */
export interface TimeRange {
  from: string;
  to: string;
}
/** Per weekday: [] when closed, otherwise one or two ranges (a lunch break splits the day). */
export type WeeklyHours = Record<Weekday, TimeRange[]>;

export interface Closure {
  /** Inclusive civil dates (Europe/Paris). */
  from: string;
  to: string;
  label: string;
}

export interface CalendarSettings {
  weekly: WeeklyHours;
  /** Alsace-Moselle local law adds Good Friday and 26 December. */
  alsaceMoselle: boolean;
  closures: Closure[];
  version: number;
}

export interface HolidayDto {
  date: string;
  key: HolidayKey;
  name: { fr: string; en: string };
}

/** Why a day is closed; null when it is open. */
export type ClosedReason = 'holiday' | 'closure' | 'weekly';

export interface ProposedReturn {
  /** The longest default loan length among the resources asked about. */
  loanDays: number;
  /** Pickup date + loanDays, before any shift to an opening day. */
  dueDate: string;
  date: string;
  time: string;
  /** ISO UTC instant of date + time in Europe/Paris. */
  at: string;
  /** True when the due date was closed and the next opening day was proposed instead. */
  shifted: boolean;
  /** Why the due date was closed (when shifted). */
  closedReason: ClosedReason | null;
  closedLabel: string | null;
}

export interface OpeningWarning {
  moment: 'pickup' | 'return';
  date: string;
  time: string;
  /** The whole day is closed (holiday, closure, weekly closing) rather than just outside the hours. */
  dayClosed: boolean;
  closedReason: ClosedReason | null;
  closedLabel: string | null;
}

export interface ClosedDay {
  date: string;
  reason: ClosedReason;
  label: string | null;
}

export interface OpeningCheck {
  /** Pickup or return outside opening hours: allowed, shown as a warning. */
  warnings: OpeningWarning[];
  /** Closed civil days the period uses (an end at 00:00 does not touch the next date). */
  closedDays: ClosedDay[];
  /** A room used on a closed day: refused unless a manager overrides. */
  roomOnClosedDay: boolean;
}

const timeRange = z
  .object({ from: wallTime, to: wallTime })
  .strict()
  // A malformed time is already reported by its own field; comparing it would add a second, misleading error.
  .refine((r) => !WALL_TIME.test(r.from) || !WALL_TIME.test(r.to) || r.from < r.to, {
    message: keyed('range_end_before_start'),
    path: ['to'],
  });

const dayHours = z
  .array(timeRange)
  .max(2)
  .refine(
    (rs) => {
      const [a, b] = rs;
      if (!a || !b || !WALL_TIME.test(a.to) || !WALL_TIME.test(b.from)) return true;
      return a.to <= b.from;
    },
    {
      message: keyed('ranges_overlap'),
    },
  );

const weeklyHours = z
  .object(Object.fromEntries(WEEKDAYS.map((d) => [d, dayHours])) as Record<Weekday, typeof dayHours>)
  .strict();

const closure = z
  .object({ from: civilDate, to: civilDate, label: text(LIMITS.short) })
  .strict()
  .refine((c) => c.from <= c.to, { message: keyed('date_order'), path: ['to'] });

const RESOURCE_KINDS = ['equipment', 'room', 'vehicle'] as const;

export const calendarContract = {
  'calendar.get': method({
    kind: 'read',
    summary: "Le calendrier d'ouverture : horaires de la semaine, Alsace-Moselle, fermetures.",
    input: z.object({}).strict(),
    output: returns<CalendarSettings>(),
  }),
  'calendar.update': method({
    kind: 'write',
    role: 'manager',
    summary: "Modifie le calendrier d'ouverture (responsable).",
    input: z
      .object({
        version,
        weekly: weeklyHours.optional(),
        alsaceMoselle: z.boolean().optional(),
        closures: z.array(closure).max(200).optional(),
      })
      .strict(),
    output: returns<CalendarSettings>(),
  }),
  'calendar.holidays': method({
    kind: 'read',
    summary: "Les jours fériés d'une année (selon le réglage Alsace-Moselle).",
    input: z.object({ year: z.number().int().min(1583).max(9999) }).strict(),
    output: returns<HolidayDto[]>(),
  }),
  'calendar.nextOpening': method({
    kind: 'read',
    summary:
      'Le prochain jour d’ouverture après aujourd’hui (celui que le comptoir prépare), avec son heure d’ouverture.',
    input: z.object({}).strict(),
    output: returns<{ date: string; time: string } | null>(),
  }),
  'calendar.proposeReturn': method({
    kind: 'read',
    summary: 'Le retour proposé : retrait + durée de prêt la plus longue, reporté au prochain jour ouvert.',
    input: z.object({ resourceIds: z.array(id).min(1).max(500), pickup: parisMoment }).strict(),
    output: returns<ProposedReturn>(),
  }),
  'calendar.check': method({
    kind: 'read',
    summary: "Avertissements d'ouverture pour une période (retrait, retour, salle un jour de fermeture).",
    input: z
      .object({
        start: parisMoment,
        end: parisMoment,
        kinds: z.array(z.enum(RESOURCE_KINDS)).max(3),
      })
      .strict(),
    output: returns<OpeningCheck>(),
  }),
};
