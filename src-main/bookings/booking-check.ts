import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import { parisDate, parisWallToInstant } from '../core/paris-time';
import { notFoundAt, refuseFields } from '../catalog/refusals';
import type { RuleIssue } from '../catalog/rules';
import type { ExpandedLine } from './availability';
import { checkAvailability } from './availability-load';
import type { parisMoment } from './contract';
import { getFairnessRules } from './fairness';
import { capacityIssues, fairnessIssues, lineIssues, periodIssues } from './rules';
import { unavailableError } from './verdicts';
import type { OpeningCheck } from '../calendar/contract';
import { closedDayIssue, openingOf } from './opening';

type Moment = z.output<typeof parisMoment>;

/** A field under a line's input path ('' for a method whose line fields are at the top). */
const at = (path: string, field: string) => (path === '' ? field : `${path}.${field}`);

/** Wall clock → instant; a time in the spring-forward gap is refused beside its field. */
export function toInstant(m: Moment, path: string, issues: RuleIssue[]): Date | null {
  try {
    return parisWallToInstant(m.date, m.time, { later: m.later });
  } catch (e) {
    if (e instanceof DomainError && e.key === 'time_in_dst_gap') {
      issues.push({ path: `${path}.time`, code: 'time_in_dst_gap', params: { date: m.date, time: m.time } });
      return null;
    }
    throw e;
  }
}

export async function assertBorrower(db: Kysely<Database>, lang: Ctx['lang'], borrowerId: number) {
  const b = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', '=', borrowerId)
    .executeTakeFirst();
  if (!b) throw notFoundAt(lang, 'organisation', borrowerId, 'borrowerId');
  return b;
}

export interface BookingCheck {
  start: Date;
  end: Date;
  status: 'option' | 'confirmed' | 'checked_out';
  optionExpiresOn: string | null;
  expectedPeople: number | null;
  /** Every top-level line the booking will have, with the input path to blame for each. */
  lines: readonly { resourceId: number; quantity: number; path: string }[];
  excludeBookingId: number | null;
  /**
   * Availability and fairness are checked only when the period or the lines change: a purpose
   * edit is not refused because the manager tightened the rules since. Returns [] when skipped.
   */
  checkAvailability: boolean;
  /** Fields issues found while parsing (DST gap…), reported with the rest. */
  issues: RuleIssue[];
  /**
   * A manager's override of the closed-day rule (a room on a day the centre is closed). The rule
   * is checked with availability, when the period or the lines change.
   */
  closedDayOverride?: boolean;
  /**
   * The closed-day rule judges only these resources, blamed on this input path (addLine: the new
   * line; the booking's other lines were accepted, or overridden by a manager, already).
   * By default every line, blamed on the start date.
   */
  closedDayScope?: { resourceIds: readonly number[]; path: string };
}

export interface CheckedBooking {
  /** The lines as they are to be written (kit components included); [] when availability was skipped. */
  expanded: ExpandedLine[];
  /** Opening warnings of the period (pickup or return outside opening hours) and its closed days. */
  opening: OpeningCheck;
  /** A room is used on a closed day and the manager's override let it through (to be audited). */
  overridden: boolean;
}

/**
 * Every rule a booking must keep before it is written: lines (units one at a time, nothing
 * retired), period and option expiry, room capacity, the manager's fairness rules, then the
 * availability of every resource (kits expanded) over the period. Runs inside the write's
 * BEGIN IMMEDIATE transaction, so what it saw is still true when the caller writes.
 * Returns the lines as they are to be written (kit components included) and the opening check.
 */
export async function checkBooking(ctx: Ctx, c: BookingCheck): Promise<CheckedBooking> {
  const ids = [...new Set(c.lines.map((l) => l.resourceId))];
  const resources = await ctx.db
    .selectFrom('resources')
    .select(['id', 'name', 'kind', 'tracking', 'status', 'quantity_owned', 'room_capacity'])
    .where('id', 'in', ids.length > 0 ? ids : [0])
    .execute();
  const byId = new Map(resources.map((r) => [r.id, r]));
  const missing = c.lines.find((l) => !byId.has(l.resourceId));
  if (missing) throw notFoundAt(ctx.lang, 'resource', missing.resourceId, at(missing.path, 'resourceId'));

  const issues: RuleIssue[] = [...c.issues];
  const found = c.lines.map((l) => {
    const r = byId.get(l.resourceId) as (typeof resources)[number];
    return { ...l, tracking: r.tracking, status: r.status, name: r.name };
  });
  issues.push(...lineIssues(found, (i, field) => at((found[i] as (typeof found)[number]).path, field)));
  const today = parisDate(ctx.now);
  issues.push(...periodIssues({ ...c, today }));
  issues.push(
    ...capacityIssues(
      c.expectedPeople,
      c.lines
        .map((l) => byId.get(l.resourceId))
        .filter((r) => r?.kind === 'room')
        .map((r) => ({ name: r?.name ?? '', capacity: r?.room_capacity ?? null })),
    ),
  );
  const scope = c.closedDayScope;
  const judged = scope ? c.lines.filter((l) => scope.resourceIds.includes(l.resourceId)) : c.lines;
  const { check: opening } = await openingOf(
    ctx.db,
    c.lines.map((l) => byId.get(l.resourceId) as (typeof resources)[number]),
    c.start,
    c.end,
  );
  const rooms = [...new Set(judged.map((l) => byId.get(l.resourceId)).filter((r) => r?.kind === 'room'))].map(
    (r) => r?.name ?? '',
  );
  // Not on placeholder instants (a time refused while parsing), nor on an edit that keeps the period.
  const closed =
    c.checkAvailability && c.issues.length === 0
      ? closedDayIssue(ctx.lang, rooms, opening, scope?.path)
      : null;
  if (closed && !c.closedDayOverride) issues.push(closed);
  if (issues.length > 0) refuseFields(ctx.lang, issues);
  if (!c.checkAvailability) return { expanded: [], opening, overridden: false };

  const result = await checkAvailability(
    ctx.db,
    { lines: c.lines, start: c.start, end: c.end, excludeBookingId: c.excludeBookingId },
    ctx.now,
  );

  const rules = await getFairnessRules(ctx.db);
  const pathOf = new Map<number, string>();
  result.expanded.forEach((e, i) => {
    const walk = (x: ExpandedLine) => {
      if (!pathOf.has(x.resourceId))
        pathOf.set(x.resourceId, at((c.lines[i] as { path: string }).path, 'quantity'));
      x.components.forEach(walk);
    };
    walk(e);
  });
  const stock = result.verdicts
    .filter((v) => v.resource.tracking === 'stock')
    .map((v) => ({
      name: v.resource.name,
      quantity: v.requested,
      owned: v.resource.quantityOwned,
      path: pathOf.get(v.resource.id) ?? 'lines',
    }));
  const unfair = fairnessIssues(rules, { start: c.start, end: c.end, today, stock });
  if (unfair.length > 0) refuseFields(ctx.lang, unfair);

  if (!result.available)
    throw unavailableError(ctx.lang, result.verdicts, { start: c.start.getTime(), end: c.end.getTime() });
  return { expanded: result.expanded, opening, overridden: closed !== null };
}

/** Writes lines and, under each kit line, its component lines (recursively). */
export async function insertLines(
  db: Kysely<Database>,
  bookingId: number,
  lines: readonly ExpandedLine[],
  now: Date,
  kitLineId: number | null = null,
): Promise<void> {
  for (const l of lines) {
    const row = await db
      .insertInto('booking_lines')
      .values({
        booking_id: bookingId,
        resource_id: l.resourceId,
        quantity: l.quantity,
        kit_line_id: kitLineId,
        quantity_ok: 0,
        quantity_damaged: 0,
        quantity_missing: 0,
        created_at: now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertLines(db, bookingId, l.components, now, row.id);
  }
}
