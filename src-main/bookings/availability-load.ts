import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import {
  DAY,
  MINUTE,
  SLOT_SEARCH_DAYS,
  assess,
  demandByResource,
  expandKit,
  firstFreeSlot,
  toHold,
  type Blocker,
  type ExpandedLine,
  type Hold,
  type KitEdge,
  type ResourceFacts,
} from './availability';

/** The statuses that may hold (an option only until its expiry: see `holdsAt`). */
export const HOLDING_STATUSES = ['option', 'confirmed', 'checked_out'] as const;
/** The catalogue bounds a buffer to a week; loading that much earlier catches every buffer. */
const MAX_BUFFER_MS = 7 * DAY;

export interface AvailabilityRequest {
  lines: readonly { resourceId: number; quantity: number }[];
  start: Date;
  end: Date;
  /** The booking being edited: its own lines do not stand in its way. */
  excludeBookingId?: number | null;
}

export interface ResourceVerdict {
  resource: ResourceFacts;
  requested: number;
  available: boolean;
  usableQuantity: number;
  reason: 'ok' | 'retired' | 'out_of_service' | 'exceeds_owned' | 'taken';
  conflicts: Hold[];
  maintenance: Blocker[];
  firstFreeSlot: { start: number; end: number } | null;
}

export interface AvailabilityResult {
  available: boolean;
  /** One per resource asked for (kit components included), in the order first asked. */
  verdicts: ResourceVerdict[];
  /** The lines with their kit components, as they are to be written. */
  expanded: ExpandedLine[];
}

export async function loadKitEdges(db: Kysely<Database>): Promise<KitEdge[]> {
  const rows = await db.selectFrom('kit_components').select(['kit_id', 'component_id', 'quantity']).execute();
  return rows.map((r) => ({ kitId: r.kit_id, componentId: r.component_id, quantity: r.quantity }));
}

export async function loadResourceFacts(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, ResourceFacts>> {
  if (ids.length === 0) return new Map();
  const [rows, lost] = await Promise.all([
    db
      .selectFrom('resources')
      .select([
        'id',
        'name',
        'inventory_code',
        'tracking',
        'status',
        'quantity_owned',
        'quantity_out_of_service',
        'buffer_minutes',
      ])
      .where('id', 'in', [...ids])
      .execute(),
    db
      .selectFrom('incidents')
      .select(['resource_id', (eb) => eb.fn.sum<number>('quantity').as('q')])
      .where('resource_id', 'in', [...ids])
      .where('kind', '=', 'missing')
      .where('status', '=', 'open')
      .groupBy('resource_id')
      .execute(),
  ]);
  const lostBy = new Map(lost.map((l) => [l.resource_id, Number(l.q)]));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        inventoryCode: r.inventory_code,
        tracking: r.tracking,
        status: r.status,
        quantityOwned: r.quantity_owned,
        quantityOutOfService: r.quantity_out_of_service,
        bufferMinutes: r.buffer_minutes,
        quantityLost: lostBy.get(r.id) ?? 0,
      },
    ]),
  );
}

/**
 * The holds on these resources that may touch [from, to), as of `now`. Checked-out lines are
 * loaded whatever their end: an overdue one holds until it actually comes back.
 */
export async function loadHolds(
  db: Kysely<Database>,
  resources: ReadonlyMap<number, ResourceFacts>,
  from: Date,
  to: Date,
  now: Date,
  excludeBookingId: number | null = null,
): Promise<Map<number, Hold[]>> {
  const out = new Map<number, Hold[]>();
  if (resources.size === 0) return out;
  let q = db
    .selectFrom('booking_lines as l')
    .innerJoin('bookings as b', 'b.id', 'l.booking_id')
    .innerJoin('organisations as o', 'o.id', 'b.borrower_id')
    .select([
      'l.resource_id',
      'l.quantity',
      'l.quantity_ok',
      'l.quantity_damaged',
      'l.quantity_missing',
      'b.id as booking_id',
      'b.status',
      'b.starts_at',
      'b.ends_at',
      'b.option_expires_at',
      'o.name as borrower_name',
    ])
    .where('l.resource_id', 'in', [...resources.keys()])
    .where('b.status', 'in', [...HOLDING_STATUSES])
    .where('b.starts_at', '<', to.toISOString())
    .where((eb) =>
      eb.or([
        eb('b.status', '=', 'checked_out'),
        eb('b.ends_at', '>', new Date(from.getTime() - MAX_BUFFER_MS).toISOString()),
      ]),
    );
  if (excludeBookingId !== null) q = q.where('b.id', '!=', excludeBookingId);
  const rows = await q.orderBy('b.starts_at').orderBy('b.id').execute();
  for (const r of rows) {
    const facts = resources.get(r.resource_id);
    if (!facts) continue;
    const hold = toHold(
      {
        bookingId: r.booking_id,
        borrowerName: r.borrower_name,
        status: r.status,
        startsAt: Date.parse(r.starts_at),
        endsAt: Date.parse(r.ends_at),
        optionExpiresAt: r.option_expires_at === null ? null : Date.parse(r.option_expires_at),
        quantity: r.quantity,
        quantityOk: r.quantity_ok,
        quantityDamaged: r.quantity_damaged,
        quantityMissing: r.quantity_missing,
      },
      facts.bufferMinutes,
      now.getTime(),
    );
    if (!hold) continue;
    const list = out.get(r.resource_id) ?? [];
    // One booking may hold a resource on two lines (a kit and a loose piece): one hold, summed.
    const same = list.find((h) => h.bookingId === hold.bookingId);
    if (same) same.quantity += hold.quantity;
    else list.push(hold);
    out.set(r.resource_id, list);
  }
  return out;
}

export async function loadMaintenance(
  db: Kysely<Database>,
  ids: readonly number[],
  from: Date,
  to: Date,
): Promise<Map<number, Blocker[]>> {
  const out = new Map<number, Blocker[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('maintenance_periods')
    .select(['resource_id', 'starts_at', 'ends_at', 'quantity'])
    .where('resource_id', 'in', [...ids])
    .where('starts_at', '<', to.toISOString())
    .where('ends_at', '>', from.toISOString())
    .execute();
  for (const r of rows) {
    const list = out.get(r.resource_id) ?? [];
    list.push({ start: Date.parse(r.starts_at), end: Date.parse(r.ends_at), quantity: r.quantity });
    out.set(r.resource_id, list);
  }
  return out;
}

/**
 * THE entry point: can these lines (kits expanded, quantities summed per resource) be had over
 * [start, end) as of `now`? Checkout re-checks with it; a back-dated action passes its own time
 * as `now`. Run it inside the writing transaction so the answer still holds when written.
 * Unknown resource ids are left out of the verdicts: callers check existence first.
 */
export async function checkAvailability(
  db: Kysely<Database>,
  request: AvailabilityRequest,
  now: Date,
): Promise<AvailabilityResult> {
  const edges = await loadKitEdges(db);
  const expanded = request.lines.map((l) => expandKit(l.resourceId, l.quantity, edges));
  const demand = demandByResource(expanded);
  const ids = [...demand.keys()];
  const facts = await loadResourceFacts(db, ids);
  const start = request.start.getTime();
  const end = request.end.getTime();
  // Far enough ahead for the first free slot search.
  const horizon = new Date(end + SLOT_SEARCH_DAYS * DAY + MAX_BUFFER_MS);
  const [holds, maintenance] = await Promise.all([
    loadHolds(db, facts, request.start, horizon, now, request.excludeBookingId ?? null),
    loadMaintenance(db, ids, new Date(start - MINUTE), horizon),
  ]);
  const verdicts: ResourceVerdict[] = [];
  for (const [id, requested] of demand) {
    const r = facts.get(id);
    if (!r) continue;
    const h = holds.get(id) ?? [];
    const m = maintenance.get(id) ?? [];
    const a = assess(r, h, m, start, end, requested);
    verdicts.push({
      resource: r,
      requested,
      ...a,
      firstFreeSlot: a.available ? null : firstFreeSlot(r, h, m, start, end, requested),
    });
  }
  return { available: verdicts.every((v) => v.available), verdicts, expanded };
}
