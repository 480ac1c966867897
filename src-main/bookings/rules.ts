import { DomainError } from '../core/errors';
import { addDays, daysBetween, parisDate, parisWallToInstant } from '../core/paris-time';
import type { RuleIssue } from '../catalog/rules';
import { DAY, holdsAt } from './availability';
import type { BookingStatus, FairnessRulesDto } from './contract';

/** An option expiring on D holds through the whole of D (Europe/Paris), up to the next midnight. */
export function optionExpiryInstant(expiresOn: string): Date {
  return parisWallToInstant(addDays(expiresOn, 1), '00:00');
}

/** The civil day an option's expiry instant stands for (the day before that midnight). */
export function optionExpiresOn(expiresAt: string | null): string | null {
  return expiresAt === null ? null : addDays(parisDate(new Date(expiresAt)), -1);
}

/** The status as of now: an option past its expiry has lapsed, whether or not it is marked yet. */
export function effectiveStatus(
  status: BookingStatus,
  optionExpiresAt: string | null,
  now: Date,
): BookingStatus {
  if (status !== 'option') return status;
  const expiry = optionExpiresAt === null ? null : Date.parse(optionExpiresAt);
  return holdsAt({ status, optionExpiresAt: expiry }, now.getTime()) ? 'option' : 'lapsed';
}

export function isOverdue(status: BookingStatus, endsAt: string, now: Date): boolean {
  return status === 'checked_out' && Date.parse(endsAt) < now.getTime();
}

export type BookingAction = 'edit' | 'edit_period' | 'edit_lines' | 'confirm' | 'cancel';

/**
 * What each status allows. After checkout a change of lines or period is an amendment of the
 * signed agreement (the checkout feature's job): refused here with its own code.
 */
export function actionRefusal(status: BookingStatus, action: BookingAction): DomainError | null {
  switch (status) {
    case 'returned':
    case 'cancelled':
    case 'lapsed':
      return new DomainError('INVALID_STATE', `booking_closed_${status}`);
    case 'option':
      return null;
    case 'confirmed':
      return action === 'confirm' ? new DomainError('INVALID_STATE', 'booking_not_option') : null;
    case 'checked_out':
      if (action === 'edit') return null;
      if (action === 'edit_lines' || action === 'edit_period')
        return new DomainError('AMENDMENT_REQUIRED', 'booking_needs_amendment');
      if (action === 'confirm') return new DomainError('INVALID_STATE', 'booking_not_option');
      return new DomainError('INVALID_STATE', 'booking_checked_out_cancel');
  }
}

export interface PeriodCheck {
  start: Date;
  end: Date;
  status: 'option' | 'confirmed' | 'checked_out';
  optionExpiresOn: string | null;
  today: string;
}

/** Period and option expiry: the end after the start; an option needs an expiry, not past, not after it starts. */
export function periodIssues(p: PeriodCheck): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (p.end.getTime() <= p.start.getTime()) issues.push({ path: 'end.date', code: 'end_before_start' });
  if (p.status === 'option') {
    if (p.optionExpiresOn === null) issues.push({ path: 'optionExpiresOn', code: 'option_expiry_required' });
    else if (p.optionExpiresOn < p.today)
      issues.push({ path: 'optionExpiresOn', code: 'option_expiry_past' });
    else if (p.optionExpiresOn > parisDate(p.start))
      issues.push({ path: 'optionExpiresOn', code: 'option_expiry_after_start' });
  } else if (p.optionExpiresOn !== null && p.status !== 'checked_out') {
    issues.push({ path: 'optionExpiresOn', code: 'option_expiry_only_option' });
  }
  return issues;
}

export interface FairnessCheck {
  start: Date;
  end: Date;
  today: string;
  /** Per stock resource: pieces this booking takes (kits expanded) and pieces owned. */
  stock: { name: string; quantity: number; owned: number; path: string }[];
}

/** The manager's fairness rules (null: no limit), each refusal beside the field it concerns. */
export function fairnessIssues(rules: FairnessRulesDto, c: FairnessCheck): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (rules.maxAdvanceDays !== null) {
    const latest = addDays(c.today, rules.maxAdvanceDays);
    if (parisDate(c.start) > latest)
      issues.push({
        path: 'start.date',
        code: 'fairness_too_far_ahead',
        params: { days: rules.maxAdvanceDays, date: latest },
      });
  }
  const long = durationIssue(rules.maxDurationDays, c.start, c.end, 'end.date');
  if (long) issues.push(long);
  if (rules.maxStockSharePercent !== null) {
    for (const s of c.stock) {
      const max = Math.floor((s.owned * rules.maxStockSharePercent) / 100);
      if (s.quantity > max)
        issues.push({
          path: s.path,
          code: 'fairness_stock_share',
          params: { name: s.name, max, percent: rules.maxStockSharePercent },
        });
    }
  }
  return issues;
}

/**
 * The longest booking (null: no limit), over its whole period: creation, a new period and an
 * extension of a loan (counted from the booking's start, not from the old end) all keep it.
 */
export function durationIssue(
  maxDurationDays: number | null,
  start: Date,
  end: Date,
  path: string,
): RuleIssue | null {
  if (maxDurationDays === null) return null;
  // Whole days of 24 h, with an hour's grace so a period across a DST change is not refused.
  if (end.getTime() - start.getTime() <= maxDurationDays * DAY + DAY / 24) return null;
  return { path, code: 'fairness_too_long', params: { days: maxDurationDays } };
}

/** Rooms: the expected number of people may not exceed the room's capacity. */
export function capacityIssues(
  expectedPeople: number | null,
  rooms: readonly { name: string; capacity: number | null }[],
): RuleIssue[] {
  if (expectedPeople === null) return [];
  return rooms
    .filter((r) => r.capacity !== null && expectedPeople > r.capacity)
    .map((r) => ({
      path: 'expectedPeople',
      code: 'room_capacity_exceeded',
      params: { name: r.name, capacity: r.capacity as number },
    }));
}

/** A unit is booked one at a time. */
export function lineIssues(
  lines: readonly { quantity: number; tracking: 'unit' | 'stock'; status: string; name: string }[],
  pathOf: (index: number, field: string) => string,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  lines.forEach((l, i) => {
    if (l.tracking === 'unit' && l.quantity !== 1)
      issues.push({ path: pathOf(i, 'quantity'), code: 'unit_quantity_one' });
    if (l.status === 'retired')
      issues.push({ path: pathOf(i, 'resourceId'), code: 'resource_retired', params: { name: l.name } });
  });
  return issues;
}

export const MAX_RECURRENCE_DAYS = 366;

/** The dates of a weekly recurrence from `first` to `until` inclusive (every N weeks). */
export function occurrenceDates(first: string, until: string, everyWeeks: number): string[] {
  const out: string[] = [];
  if (until < first) return out;
  const last = daysBetween(first, until) > MAX_RECURRENCE_DAYS ? addDays(first, MAX_RECURRENCE_DAYS) : until;
  for (let d = first; d <= last; d = addDays(d, 7 * everyWeeks)) out.push(d);
  return out;
}

/** An occurrence's period: an end time not after the start time ends the next day. */
export function occurrencePeriod(
  date: string,
  startTime: string,
  endTime: string,
): { startDate: string; endDate: string } {
  return { startDate: date, endDate: endTime <= startTime ? addDays(date, 1) : date };
}
