import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema';
import type { Lang } from '../core/messages';
import { addDays, daysBetween, parisWallToInstant } from '../core/paris-time';
import { notFoundAt, refuseFields } from '../catalog/refusals';
import type { RuleIssue } from '../catalog/rules';
import { checkAvailability, loadHolds, loadMaintenance, loadResourceFacts } from './availability-load';
import { toInstant } from './booking-check';
import type {
  AvailabilityCheckDto,
  CalendarHoldDto,
  ResourceCalendarDto,
  WeekPlanningDto,
  availabilityCalendarInput,
  availabilityCheckInput,
} from './contract';
import { conflictDto, verdictDto } from './verdicts';

/** Live feedback while the agent adds a line: nothing is written, nothing is refused. */
export async function availabilityCheck(
  db: Kysely<Database>,
  now: Date,
  lang: Lang,
  input: z.output<typeof availabilityCheckInput>,
): Promise<AvailabilityCheckDto> {
  const issues: RuleIssue[] = [];
  const start = toInstant(input.start, 'start', issues);
  const end = toInstant(input.end, 'end', issues);
  if (start && end && end.getTime() <= start.getTime())
    issues.push({ path: 'end.date', code: 'end_before_start' });
  if (issues.length > 0 || !start || !end) refuseFields(lang, issues);
  const exists = await db
    .selectFrom('resources')
    .select('id')
    .where('id', '=', input.resourceId)
    .executeTakeFirst();
  if (!exists) throw notFoundAt(lang, 'resource', input.resourceId, 'resourceId');
  const result = await checkAvailability(
    db,
    {
      lines: [{ resourceId: input.resourceId, quantity: input.quantity }],
      start,
      end,
      excludeBookingId: input.excludeBookingId ?? null,
    },
    now,
  );
  const resources = result.verdicts.map(verdictDto);
  const expanded = result.expanded[0];
  // A kit's usable count: full kits its own count and every component allow.
  let usable = Infinity;
  const walk = (line: NonNullable<typeof expanded>, perKit: number) => {
    const v = result.verdicts.find((x) => x.resource.id === line.resourceId);
    if (v) usable = Math.min(usable, Math.floor(v.usableQuantity / perKit));
    line.components.forEach((c) => walk(c, c.quantity / input.quantity));
  };
  if (expanded) walk(expanded, 1);
  const refused = resources.filter((r) => !r.available);
  return {
    available: result.available,
    usableQuantity: Number.isFinite(usable) ? usable : 0,
    conflicts: refused.flatMap((r) => r.conflicts),
    firstFreeSlot: latestSlot(refused),
    resources,
  };
}

/** With several refused resources (a kit), the slot that suits them all is at least the latest one. */
function latestSlot(refused: AvailabilityCheckDto['resources']) {
  let best: AvailabilityCheckDto['firstFreeSlot'] = null;
  for (const r of refused) {
    if (!r.firstFreeSlot) return null;
    if (!best || r.firstFreeSlot.startsAt > best.startsAt) best = r.firstFreeSlot;
  }
  return best;
}

/** At most a year and a bit per calendar request: a calendar is a screen, not an export. */
const MAX_CALENDAR_DAYS = 400;

async function calendars(
  db: Kysely<Database>,
  now: Date,
  ids: readonly number[],
  from: string,
  to: string,
  withReturned = false,
): Promise<ResourceCalendarDto[]> {
  const start = parisWallToInstant(from, '00:00');
  const end = parisWallToInstant(addDays(to, 1), '00:00');
  const facts = await loadResourceFacts(db, ids);
  const rows = await db
    .selectFrom('resources')
    .select(['id', 'kind', 'quantity_owned'])
    .where('id', 'in', ids.length > 0 ? [...ids] : [0])
    .execute();
  const extra = new Map(rows.map((r) => [r.id, r]));
  const [holds, maintenance, returned] = await Promise.all([
    loadHolds(db, facts, start, end, now),
    loadMaintenance(db, ids, start, end),
    withReturned ? loadReturned(db, ids, start, end) : new Map<number, CalendarHoldDto[]>(),
  ]);
  return ids.flatMap((id) => {
    const f = facts.get(id);
    const x = extra.get(id);
    if (!f || !x) return [];
    const hs: CalendarHoldDto[] = (holds.get(id) ?? [])
      .filter((h) => h.occupiedUntil > start.getTime())
      .map((h): CalendarHoldDto => ({
        ...conflictDto(h),
        occupiedUntil: new Date(h.occupiedUntil).toISOString(),
        state: 'held',
      }))
      .concat(returned.get(id) ?? [])
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.bookingId - b.bookingId);
    return [
      {
        resource: {
          id,
          name: f.name,
          inventoryCode: f.inventoryCode,
          kind: x.kind,
          tracking: f.tracking,
          quantityOwned: x.quantity_owned,
        },
        holds: hs,
        maintenance: (maintenance.get(id) ?? []).map((m) => ({
          startsAt: new Date(m.start).toISOString(),
          endsAt: new Date(m.end).toISOString(),
          quantity: m.quantity,
        })),
      },
    ];
  });
}

/**
 * Loans already back that were out during [start, end): from the booking's start to the line's
 * real return. They hold nothing (the availability engine ignores them); the planning shows them.
 */
async function loadReturned(
  db: Kysely<Database>,
  ids: readonly number[],
  start: Date,
  end: Date,
): Promise<Map<number, CalendarHoldDto[]>> {
  const rows = await db
    .selectFrom('booking_lines as l')
    .innerJoin('bookings as b', 'b.id', 'l.booking_id')
    .innerJoin('organisations as o', 'o.id', 'b.borrower_id')
    .select([
      'l.resource_id',
      'l.quantity',
      'b.id',
      'b.starts_at',
      'b.ends_at',
      'o.name',
      (eb) => eb.fn.coalesce('l.returned_at', 'b.returned_at').as('back'),
    ])
    .where('l.resource_id', 'in', ids.length > 0 ? [...ids] : [0])
    .where('b.status', '=', 'returned')
    .where('b.starts_at', '<', end.toISOString())
    .where((eb) => eb(eb.fn.coalesce('l.returned_at', 'b.returned_at'), '>', start.toISOString()))
    .orderBy('b.starts_at')
    .orderBy('b.id')
    .execute();
  const out = new Map<number, CalendarHoldDto[]>();
  for (const r of rows) {
    const list = out.get(r.resource_id) ?? [];
    // A kit and a loose piece of one booking: one block, summed.
    const same = list.find((h) => h.bookingId === r.id);
    if (same) {
      same.quantity += r.quantity;
      continue;
    }
    const startsAt = Date.parse(r.starts_at);
    const endsAt = Date.parse(r.ends_at);
    list.push({
      ...conflictDto({
        bookingId: r.id,
        borrowerName: r.name,
        status: 'returned',
        startsAt,
        endsAt,
        occupiedUntil: Date.parse(r.back as string),
        quantity: r.quantity,
        overdue: false,
      }),
      occupiedUntil: new Date(Date.parse(r.back as string)).toISOString(),
      state: 'returned',
    });
    out.set(r.resource_id, list);
  }
  return out;
}

export async function resourceCalendar(
  db: Kysely<Database>,
  now: Date,
  lang: Lang,
  input: z.output<typeof availabilityCalendarInput>,
): Promise<ResourceCalendarDto> {
  const span = daysBetween(input.from, input.to);
  if (span < 0) refuseFields(lang, [{ path: 'to', code: 'date_order' }]);
  if (span > MAX_CALENDAR_DAYS)
    refuseFields(lang, [{ path: 'to', code: 'too_big', params: { max: MAX_CALENDAR_DAYS } }]);
  const [cal] = await calendars(db, now, [input.resourceId], input.from, input.to);
  if (!cal) throw notFoundAt(lang, 'resource', input.resourceId, 'resourceId');
  return cal;
}

/** The week planning: every room and vehicle in use (not retired), with its holds over 7 days. */
export async function weekPlanning(
  db: Kysely<Database>,
  now: Date,
  weekStart: string,
): Promise<WeekPlanningDto> {
  const rows = await db
    .selectFrom('resources')
    .select('id')
    .where('kind', 'in', ['room', 'vehicle'])
    .where('status', '!=', 'retired')
    .orderBy('kind')
    .orderBy('name')
    .execute();
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  return {
    weekStart,
    days,
    resources: await calendars(
      db,
      now,
      rows.map((r) => r.id),
      weekStart,
      days[6] as string,
      true,
    ),
  };
}
