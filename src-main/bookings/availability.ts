/**
 * The availability engine, pure: no I/O, `now` is a parameter, instants are epoch milliseconds.
 * DOMAIN.md "Availability": each holding line occupies [start, end + buffer) of its resource; a
 * unit carries one hold at a time; a stock is checked at its PEAK concurrent use over the
 * requested interval (a sweep over the interval boundaries), never the sum over the interval.
 */

export type BookingStatus = 'option' | 'confirmed' | 'checked_out' | 'returned' | 'cancelled' | 'lapsed';

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
/** How far forward the first free slot is searched. */
export const SLOT_SEARCH_DAYS = 366;

/** A booking line as stored, with what the engine needs of its booking. */
export interface HoldingLine {
  bookingId: number;
  borrowerName: string;
  status: BookingStatus;
  startsAt: number;
  endsAt: number;
  optionExpiresAt: number | null;
  quantity: number;
  quantityOk: number;
  quantityDamaged: number;
  quantityMissing: number;
}

/** A line that holds, reduced to its occupied interval (buffer included) and held pieces. */
export interface Hold {
  bookingId: number;
  borrowerName: string;
  status: BookingStatus;
  /** The booking's own period (for display). */
  startsAt: number;
  endsAt: number;
  /** [start, occupiedUntil): the end (a minute past now while overdue), plus the buffer. */
  occupiedUntil: number;
  quantity: number;
  overdue: boolean;
}

export interface Blocker {
  start: number;
  end: number;
  quantity: number;
}

export interface ResourceFacts {
  id: number;
  name: string;
  inventoryCode: string;
  tracking: 'unit' | 'stock';
  status: 'available' | 'out_of_service' | 'retired';
  quantityOwned: number;
  quantityOutOfService: number;
  bufferMinutes: number;
  /** Pieces declared missing and not yet found nor written off (open 'missing' incidents). */
  quantityLost: number;
}

/** Does this booking hold its resources at `now`? An expired option holds nothing, marked or not. */
export function holdsAt(b: { status: BookingStatus; optionExpiresAt: number | null }, now: number): boolean {
  switch (b.status) {
    case 'option':
      return b.optionExpiresAt === null || now < b.optionExpiresAt;
    case 'confirmed':
    case 'checked_out':
      return true;
    case 'returned':
    case 'cancelled':
    case 'lapsed':
      return false;
  }
}

/**
 * The hold of a line, or null when it holds nothing. A checked-out line holds only what has not
 * come back yet, and an overdue one keeps holding until it actually comes back: its end is now.
 */
export function toHold(line: HoldingLine, bufferMinutes: number, now: number): Hold | null {
  if (!holdsAt(line, now)) return null;
  const out =
    line.status === 'checked_out'
      ? line.quantity - line.quantityOk - line.quantityDamaged - line.quantityMissing
      : line.quantity;
  if (out <= 0) return null;
  const overdue = line.status === 'checked_out' && line.endsAt < now;
  // Still out at this very minute: a walk-in starting now must not get it. Times are typed to the
  // minute, so the hold runs to the end of the current minute (later bookings stay possible).
  const end = overdue ? now + MINUTE : line.endsAt;
  return {
    bookingId: line.bookingId,
    borrowerName: line.borrowerName,
    status: line.status,
    startsAt: line.startsAt,
    endsAt: line.endsAt,
    occupiedUntil: end + bufferMinutes * MINUTE,
    quantity: out,
    overdue,
  };
}

/** Peak of Σ quantity over [from, to) for half-open periods; ends apply before starts at one instant. */
export function peakUse(periods: readonly Blocker[], from: number, to: number): number {
  const events: [number, number][] = [];
  for (const p of periods) {
    const s = Math.max(p.start, from);
    const e = Math.min(p.end, to);
    if (s < e) events.push([s, p.quantity], [e, -p.quantity]);
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 0;
  let peak = 0;
  for (const [, delta] of events) {
    current += delta;
    peak = Math.max(peak, current);
  }
  return peak;
}

/** Pieces usable at every instant of the window, ignoring holds: owned minus what is out of use. */
export function baseCapacity(r: ResourceFacts): number {
  if (r.status !== 'available') return 0;
  const owned = r.tracking === 'unit' ? Math.min(1, r.quantityOwned) : r.quantityOwned;
  return Math.max(0, owned - r.quantityOutOfService - r.quantityLost);
}

export interface Assessment {
  available: boolean;
  /** The most that could be taken over the whole window (0 when none). */
  usableQuantity: number;
  /** Holds overlapping the window: the bookings that stand in the way when refused. */
  conflicts: Hold[];
  /** Maintenance periods overlapping the window. */
  maintenance: Blocker[];
  reason: 'ok' | 'retired' | 'out_of_service' | 'exceeds_owned' | 'taken';
}

/**
 * Can `quantity` pieces of the resource be taken over [start, end)? The request occupies
 * [start, end + buffer) too, so a turnaround after it is respected before the next hold.
 */
export function assess(
  r: ResourceFacts,
  holds: readonly Hold[],
  maintenance: readonly Blocker[],
  start: number,
  end: number,
  quantity: number,
): Assessment {
  const to = end + r.bufferMinutes * MINUTE;
  const overlapping = holds.filter((h) => h.startsAt < to && h.occupiedUntil > start);
  const inMaintenance = maintenance.filter((m) => m.start < to && m.end > start);
  const periods: Blocker[] = [
    ...overlapping.map((h) => ({ start: h.startsAt, end: h.occupiedUntil, quantity: h.quantity })),
    ...inMaintenance,
  ];
  const base = baseCapacity(r);
  const usable = Math.max(0, base - peakUse(periods, start, to));
  const available = quantity <= usable;
  let reason: Assessment['reason'] = 'ok';
  if (!available) {
    if (r.status === 'retired') reason = 'retired';
    else if (r.status === 'out_of_service') reason = 'out_of_service';
    else if (quantity > base) reason = 'exceeds_owned';
    else reason = 'taken';
  }
  return {
    available,
    usableQuantity: usable,
    conflicts: available ? [] : overlapping,
    maintenance: available ? [] : inMaintenance,
    reason,
  };
}

/**
 * The first start at or after `start` where the same length fits. Feasibility can only change
 * where something stops occupying the resource, so the candidates are the requested start and
 * the ends of holds and maintenance (buffer included); searched up to SLOT_SEARCH_DAYS ahead.
 * Null when it can never fit (retired, out of service, more than owned) or not within the bound.
 */
export function firstFreeSlot(
  r: ResourceFacts,
  holds: readonly Hold[],
  maintenance: readonly Blocker[],
  start: number,
  end: number,
  quantity: number,
): { start: number; end: number } | null {
  if (quantity > baseCapacity(r)) return null;
  const length = end - start;
  const limit = start + SLOT_SEARCH_DAYS * DAY;
  const candidates = new Set<number>([start]);
  for (const h of holds)
    if (h.occupiedUntil > start && h.occupiedUntil <= limit) candidates.add(h.occupiedUntil);
  for (const m of maintenance) if (m.end > start && m.end <= limit) candidates.add(m.end);
  for (const c of [...candidates].sort((a, b) => a - b)) {
    if (assess(r, holds, maintenance, c, c + length, quantity).available)
      return { start: c, end: c + length };
  }
  return null;
}

// ---- Kits ----------------------------------------------------------------------------------------

export interface KitEdge {
  kitId: number;
  componentId: number;
  quantity: number;
}

/** A booked line and, for a kit, the lines its components get (recursively, for a kit in a kit). */
export interface ExpandedLine {
  resourceId: number;
  quantity: number;
  components: ExpandedLine[];
}

export function expandKit(
  resourceId: number,
  quantity: number,
  edges: readonly KitEdge[],
  seen: readonly number[] = [],
): ExpandedLine {
  // A cycle cannot be stored (the catalogue refuses it); stopping here keeps a bad row from looping.
  if (seen.includes(resourceId)) return { resourceId, quantity, components: [] };
  return {
    resourceId,
    quantity,
    components: edges
      .filter((e) => e.kitId === resourceId)
      .map((e) => expandKit(e.componentId, quantity * e.quantity, edges, [...seen, resourceId])),
  };
}

/** Σ pieces asked of each resource across lines, kits expanded: a kit and a loose piece add up. */
export function demandByResource(lines: readonly ExpandedLine[]): Map<number, number> {
  const out = new Map<number, number>();
  const walk = (l: ExpandedLine) => {
    out.set(l.resourceId, (out.get(l.resourceId) ?? 0) + l.quantity);
    l.components.forEach(walk);
  };
  lines.forEach(walk);
  return out;
}
