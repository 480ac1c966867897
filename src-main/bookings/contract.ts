import { z } from 'zod';
import { method, returns } from '../core/contract-kit';
import {
  LIMITS,
  civilDate,
  id,
  nullable,
  optText,
  text,
  version,
  wallTime,
  parisMoment,
} from '../core/contract-fields';

export const BOOKING_STATUSES = [
  'option',
  'confirmed',
  'checked_out',
  'returned',
  'cancelled',
  'lapsed',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export { wallTime, parisMoment };

const quantity = z.number().int().min(1).max(100_000);
const lineInput = z.object({ resourceId: id, quantity }).strict();
const lines = z.array(lineInput).min(1).max(100);
const purpose = optText(LIMITS.medium);
const placeOfUse = optText(LIMITS.medium);
const expectedPeople = nullable(z.number().int().min(1).max(100_000));

export const bookingCreateInput = z
  .object({
    borrowerId: id,
    start: parisMoment,
    end: parisMoment,
    status: z.enum(['option', 'confirmed']),
    /** Required for an option: it holds until the end of that day (Europe/Paris), then lapses. */
    optionExpiresOn: nullable(civilDate).default(null),
    purpose: purpose.default(null),
    placeOfUse: placeOfUse.default(null),
    /** Rooms: more than the room's capacity is refused. */
    expectedPeople: expectedPeople.default(null),
    /** Units: quantity 1. A kit books its components too. */
    lines,
  })
  .strict();

/** A patch: only the fields sent change. A new period is re-checked against availability. */
export const bookingUpdateInput = z
  .object({
    id,
    version,
    start: parisMoment.optional(),
    end: parisMoment.optional(),
    optionExpiresOn: nullable(civilDate).optional(),
    purpose: purpose.optional(),
    placeOfUse: placeOfUse.optional(),
    expectedPeople: expectedPeople.optional(),
  })
  .strict();

/** A manager's reason for booking a room on a day the centre is closed (recorded in the audit log). */
const overrideReason = text(LIMITS.medium);
export const bookingCreateOverrideInput = bookingCreateInput.extend({ overrideReason }).strict();
export const bookingUpdateOverrideInput = bookingUpdateInput.extend({ overrideReason }).strict();

export const bookingAddLineInput = z.object({ id, version, resourceId: id, quantity }).strict();
export const bookingAddLineOverrideInput = bookingAddLineInput.extend({ overrideReason }).strict();
export const bookingRemoveLineInput = z.object({ id, version, lineId: id }).strict();
export const bookingConfirmInput = z.object({ id, version }).strict();
export const bookingCancelInput = z.object({ id, version, reason: text(LIMITS.medium) }).strict();

export const bookingListInput = z
  .object({
    status: z.enum(BOOKING_STATUSES).optional(),
    borrowerId: id.optional(),
    resourceId: id.optional(),
    /** Bookings whose period touches [from, to] (civil dates, Europe/Paris, inclusive). */
    from: civilDate.optional(),
    to: civilDate.optional(),
    /** Borrower, purpose, resource name or code; every word must match; case and accents ignored. */
    search: z.string().trim().max(LIMITS.short).optional(),
  })
  .strict();

export const availabilityCheckInput = z
  .object({
    resourceId: id,
    quantity,
    start: parisMoment,
    end: parisMoment,
    excludeBookingId: id.optional(),
  })
  .strict();

export const availabilityCalendarInput = z
  .object({ resourceId: id, from: civilDate, to: civilDate })
  .strict();

export const availabilityWeekInput = z.object({ weekStart: civilDate }).strict();

const recurringFields = {
  borrowerId: id,
  /** The first occurrence; the others fall on the same weekday. */
  firstDate: civilDate,
  startTime: wallTime,
  /** Not after the start time: the occurrence ends the next day (an evening until 00:00). */
  endTime: wallTime,
  /** Last possible date (inclusive); at most a year after the first. */
  untilDate: civilDate,
  everyWeeks: z.number().int().min(1).max(4).default(1),
  purpose: purpose.default(null),
  placeOfUse: placeOfUse.default(null),
  expectedPeople: expectedPeople.default(null),
  lines,
};
export const recurringPreviewInput = z.object(recurringFields).strict();
export const recurringCreateInput = z
  .object({
    ...recurringFields,
    /** Occurrences the agent agreed to drop (the conflicting ones, usually). */
    skipDates: z.array(civilDate).max(400).default([]),
  })
  .strict();
export const recurringCreateOverrideInput = recurringCreateInput.extend({ overrideReason }).strict();

const limit = (max: number) => nullable(z.number().int().min(1).max(max));
export const fairnessRulesInput = z
  .object({
    /** How far ahead a booking may start, in days from today (null: no limit). */
    maxAdvanceDays: limit(3650),
    /** Longest booking, in days (null: no limit). */
    maxDurationDays: limit(3650),
    /** Largest share of a stock one booking may take, in percent (null: no limit). */
    maxStockSharePercent: limit(100),
  })
  .strict();

// ---- Results -------------------------------------------------------------------------------

export interface WallDto {
  date: string;
  time: string;
}

export interface BookingLineDto {
  id: number;
  resourceId: number;
  resourceName: string;
  inventoryCode: string;
  kind: 'equipment' | 'room' | 'vehicle';
  tracking: 'unit' | 'stock';
  quantity: number;
  /** Set on a kit's component lines: the kit's line. */
  kitLineId: number | null;
  quantityOk: number;
  quantityDamaged: number;
  quantityMissing: number;
}

export interface BookingDto {
  id: number;
  borrowerId: number;
  borrowerName: string;
  /** As of now: an option past its expiry reads 'lapsed' even before it is marked. */
  status: BookingStatus;
  startsAt: string;
  endsAt: string;
  start: WallDto;
  end: WallDto;
  optionExpiresAt: string | null;
  /** The last civil day the option holds. */
  optionExpiresOn: string | null;
  purpose: string | null;
  placeOfUse: string | null;
  expectedPeople: number | null;
  recurrenceId: number | null;
  walkIn: boolean;
  agreementNumber: string | null;
  checkedOutAt: string | null;
  returnedAt: string | null;
  /** Returned and its deposit settled: nothing more to do on it. */
  closedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  /** Checked out and past its end. */
  overdue: boolean;
  lines: BookingLineDto[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A pickup or return outside opening hours: allowed, shown to the agent (in their language). */
export interface BookingWarningDto {
  code: 'pickup_outside_hours' | 'return_outside_hours' | 'pickup_closed_day' | 'return_closed_day';
  moment: 'pickup' | 'return';
  /** Europe/Paris wall clock of the pickup or return. */
  date: string;
  time: string;
  message: string;
}

/** What create and update return: the booking, with the opening warnings of its period. */
export interface BookingWriteDto extends BookingDto {
  warnings: BookingWarningDto[];
}

/** One row of the bookings table. */
export interface BookingRowDto {
  id: number;
  borrowerId: number;
  borrowerName: string;
  status: BookingStatus;
  startsAt: string;
  endsAt: string;
  start: WallDto;
  end: WallDto;
  /** "Minibus 9 places ; 40 × Chaise pliante" (kit components are not repeated). */
  lineSummary: string;
  lineCount: number;
  overdue: boolean;
  optionExpiresOn: string | null;
  purpose: string | null;
  recurrenceId: number | null;
  version: number;
}

export interface ConflictDto {
  bookingId: number;
  borrowerName: string;
  status: BookingStatus;
  startsAt: string;
  endsAt: string;
  start: WallDto;
  end: WallDto;
  /** Pieces it holds. */
  quantity: number;
  overdue: boolean;
}

export interface SlotDto {
  startsAt: string;
  endsAt: string;
  start: WallDto;
  end: WallDto;
}

export type UnavailableReason = 'retired' | 'out_of_service' | 'exceeds_owned' | 'taken';

/** Why one resource cannot be had: `details` of RESOURCE_UNAVAILABLE, and availability.check's parts. */
export interface ResourceVerdictDto {
  resource: { id: number; name: string; inventoryCode: string };
  requested: number;
  available: boolean;
  usableQuantity: number;
  reason: UnavailableReason | 'ok';
  conflicts: ConflictDto[];
  maintenance: { startsAt: string; endsAt: string; quantity: number }[];
  firstFreeSlot: SlotDto | null;
}

export interface UnavailableDetails extends ResourceVerdictDto {
  /** Every resource that failed (a kit may fail on several components). */
  refused: ResourceVerdictDto[];
}

export interface AvailabilityCheckDto {
  available: boolean;
  /** For a kit: how many full kits could be had. */
  usableQuantity: number;
  conflicts: ConflictDto[];
  firstFreeSlot: SlotDto | null;
  /** One per resource involved (the kit and its components). */
  resources: ResourceVerdictDto[];
}

export interface CalendarHoldDto extends ConflictDto {
  /**
   * End of the hold, buffer included (and extended to now while overdue). For a loan already
   * returned: when it really came back.
   */
  occupiedUntil: string;
  /**
   * 'held': it holds the resource (option, confirmed, out). 'returned': a loan already back,
   * shown read-only by the week planning so past weeks are not empty; it holds nothing.
   */
  state: 'held' | 'returned';
}

export interface ResourceCalendarDto {
  resource: {
    id: number;
    name: string;
    inventoryCode: string;
    kind: 'equipment' | 'room' | 'vehicle';
    tracking: 'unit' | 'stock';
    quantityOwned: number;
  };
  holds: CalendarHoldDto[];
  maintenance: { startsAt: string; endsAt: string; quantity: number }[];
}

export interface WeekPlanningDto {
  weekStart: string;
  days: string[];
  /** Each resource's holds, and the loans already returned that week (`state: 'returned'`). */
  resources: ResourceCalendarDto[];
}

export interface OccurrenceDto {
  date: string;
  start: WallDto;
  end: WallDto;
  startsAt: string | null;
  endsAt: string | null;
  available: boolean;
  /** The time does not exist that day (spring-forward gap): the occurrence must be skipped. */
  timeInGap: boolean;
  refused: ResourceVerdictDto[];
  /** A room on a day the centre is closed: the closed days, and the refusal in the agent's language. */
  closedDay: { dates: string[]; message: string } | null;
}

export interface RecurringResultDto {
  recurrenceId: number;
  bookings: BookingDto[];
  skipped: string[];
}

export interface FairnessRulesDto {
  maxAdvanceDays: number | null;
  maxDurationDays: number | null;
  maxStockSharePercent: number | null;
}

export const bookingsContract = {
  'bookings.get': method({
    kind: 'read',
    summary: 'Une réservation avec ses lignes (composants de kit compris).',
    input: z.object({ id }).strict(),
    output: returns<BookingDto>(),
  }),
  'bookings.list': method({
    kind: 'read',
    summary: 'Les réservations, filtrées (statut, emprunteur, ressource, période, recherche).',
    input: bookingListInput,
    output: returns<BookingRowDto[]>(),
  }),
  'bookings.create': method({
    kind: 'write',
    summary: 'Crée une réservation (option ou ferme) après vérification de la disponibilité.',
    input: bookingCreateInput,
    output: returns<BookingWriteDto>(),
  }),
  'bookings.createOverride': method({
    kind: 'write',
    role: 'manager',
    summary:
      'Crée une réservation de salle un jour de fermeture du centre (dérogation motivée, journal d’audit).',
    input: bookingCreateOverrideInput,
    output: returns<BookingWriteDto>(),
  }),
  'bookings.update': method({
    kind: 'write',
    summary: 'Modifie la période, l’objet, le lieu ou le nombre de personnes (disponibilité revérifiée).',
    input: bookingUpdateInput,
    output: returns<BookingWriteDto>(),
  }),
  'bookings.updateOverride': method({
    kind: 'write',
    role: 'manager',
    summary:
      'Modifie une réservation de salle vers un jour de fermeture (dérogation motivée, journal d’audit).',
    input: bookingUpdateOverrideInput,
    output: returns<BookingWriteDto>(),
  }),
  'bookings.addLine': method({
    kind: 'write',
    summary: 'Ajoute une ligne à une réservation (avant la sortie).',
    input: bookingAddLineInput,
    output: returns<BookingDto>(),
  }),
  'bookings.addLineOverride': method({
    kind: 'write',
    role: 'manager',
    summary:
      'Ajoute une salle à une réservation un jour de fermeture du centre (dérogation motivée, journal d’audit).',
    input: bookingAddLineOverrideInput,
    output: returns<BookingDto>(),
  }),
  'bookings.removeLine': method({
    kind: 'write',
    summary: 'Retire une ligne (et les composants d’un kit) d’une réservation (avant la sortie).',
    input: bookingRemoveLineInput,
    output: returns<BookingDto>(),
  }),
  'bookings.confirm': method({
    kind: 'write',
    summary: 'Transforme une option en réservation ferme.',
    input: bookingConfirmInput,
    output: returns<BookingDto>(),
  }),
  'bookings.cancel': method({
    kind: 'write',
    summary: 'Annule une option ou une réservation ferme, avec une raison.',
    input: bookingCancelInput,
    output: returns<BookingDto>(),
  }),
  'bookings.previewRecurring': method({
    kind: 'read',
    summary: 'Les occurrences d’une réservation récurrente, chacune avec sa disponibilité.',
    input: recurringPreviewInput,
    output: returns<OccurrenceDto[]>(),
  }),
  'bookings.createRecurring': method({
    kind: 'write',
    summary: 'Crée les occurrences d’une réservation récurrente, sauf les dates écartées.',
    input: recurringCreateInput,
    output: returns<RecurringResultDto>(),
  }),
  'bookings.createRecurringOverride': method({
    kind: 'write',
    role: 'manager',
    summary:
      'Crée une réservation récurrente de salle dont des occurrences tombent un jour de fermeture (dérogation motivée, journal d’audit) ; les autres conflits restent refusés.',
    input: recurringCreateOverrideInput,
    output: returns<RecurringResultDto>(),
  }),
  'bookings.getRules': method({
    kind: 'read',
    summary: 'Les règles d’équité des réservations.',
    input: z.object({}).strict(),
    output: returns<FairnessRulesDto>(),
  }),
  'bookings.setRules': method({
    kind: 'write',
    role: 'manager',
    summary: 'Fixe les règles d’équité (délai, durée, part de stock) ; vide : pas de limite.',
    input: fairnessRulesInput,
    output: returns<FairnessRulesDto>(),
  }),
  'availability.check': method({
    kind: 'read',
    summary: 'Disponibilité d’une ressource sur une période : conflits et premier créneau libre.',
    input: availabilityCheckInput,
    output: returns<AvailabilityCheckDto>(),
  }),
  'availability.calendar': method({
    kind: 'read',
    summary: 'Le calendrier d’une ressource : réservations, prêts et maintenances sur des dates.',
    input: availabilityCalendarInput,
    output: returns<ResourceCalendarDto>(),
  }),
  'availability.week': method({
    kind: 'read',
    summary:
      'Le planning d’une semaine des salles et des véhicules (prêts déjà rendus compris, en lecture seule).',
    input: availabilityWeekInput,
    output: returns<WeekPlanningDto>(),
  }),
};
