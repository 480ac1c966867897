import type { InspectionAlert, ResourceKind, ResourceStatus, Tracking } from './contract';

/**
 * The catalogue's rules: pure functions, no I/O, `now` passed in. Refusals are returned as issues
 * ({path, code, params}); the service translates them into the caller's language.
 */
export interface RuleIssue {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

// ---- The shape of a resource ------------------------------------------------------------------

export const VEHICLE_FIELDS = [
  'vehicleRegistration',
  'vehicleSeats',
  'vehicleLicenceCategory',
  'vehicleFuel',
  'vehicleMileage',
  'vehicleNextInspection',
] as const;
export const ROOM_FIELDS = ['roomCapacity', 'roomAccessible', 'roomAccess'] as const;

export interface ResourceShape {
  kind: ResourceKind;
  tracking: Tracking;
  quantityOwned: number;
  quantityOutOfService: number;
  vehicleRegistration: string | null;
  vehicleSeats: number | null;
  vehicleLicenceCategory: string | null;
  vehicleFuel: string | null;
  vehicleMileage: number | null;
  vehicleNextInspection: string | null;
  roomCapacity: number | null;
  roomAccessible: boolean | null;
  roomAccess: string | null;
}

/** Cross-field rules of a resource record (after a patch is merged into the stored one). */
export function resourceShapeIssues(r: ResourceShape): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (r.kind !== 'equipment' && r.tracking !== 'unit') {
    issues.push({ path: 'tracking', code: 'unit_tracking_required' });
  }
  if (r.tracking === 'unit' && r.quantityOwned !== 1) {
    issues.push({ path: 'quantityOwned', code: 'unit_quantity_one' });
  }
  // A unit is out of service through its status; a piece count only makes sense for stock.
  if (r.tracking === 'unit' && r.quantityOutOfService !== 0) {
    issues.push({ path: 'quantityOutOfService', code: 'unit_use_status' });
  } else if (r.quantityOutOfService > r.quantityOwned) {
    issues.push({
      path: 'quantityOutOfService',
      code: 'out_of_service_exceeds_owned',
      params: { owned: r.quantityOwned },
    });
  }
  if (r.kind !== 'vehicle') {
    for (const f of VEHICLE_FIELDS) if (r[f] !== null) issues.push({ path: f, code: 'vehicle_field_only' });
  } else if (r.vehicleLicenceCategory === null) {
    issues.push({ path: 'vehicleLicenceCategory', code: 'required' });
  }
  if (r.kind !== 'room') {
    for (const f of ROOM_FIELDS) if (r[f] !== null) issues.push({ path: f, code: 'room_field_only' });
  }
  return issues;
}

// ---- Status and stock -----------------------------------------------------------------------

export type Refusal =
  | { kind: 'fields'; issues: RuleIssue[] }
  | { kind: 'state'; key: string; params: Record<string, string | number> };

/**
 * Retiring is final for the desk: a retired resource comes back only through a manager's
 * `resources.reinstate`, so an inventory write-off is never undone by a slip of the mouse.
 * A resource still listed in a kit cannot be retired: the kit would silently become unusable.
 */
export function statusChangeRefusal(
  current: { name: string; status: ResourceStatus },
  next: ResourceStatus,
  reason: string | null,
  activeKitsContaining: readonly string[],
): Refusal | null {
  if (current.status === 'retired' && next !== 'retired') {
    return { kind: 'state', key: 'resource_retired_final', params: { name: current.name } };
  }
  if (next !== 'available' && !reason) {
    return { kind: 'fields', issues: [{ path: 'reason', code: 'reason_required' }] };
  }
  if (next === 'retired' && current.status !== 'retired' && activeKitsContaining.length > 0) {
    return {
      kind: 'state',
      key: 'retire_component_of_kit',
      params: { name: current.name, kits: activeKitsContaining.join(', ') },
    };
  }
  return null;
}

export interface StockCheck {
  quantityOwned: number;
  quantityOutOfService: number;
  /** What each kit containing this resource needs of it. */
  kitNeeds: readonly { kitName: string; quantity: number }[];
  /** Peak pieces in maintenance from now on (past periods do not constrain today's stock). */
  maintenancePeakAhead: number;
}

export function stockIssues(s: StockCheck): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (s.quantityOutOfService > s.quantityOwned) {
    issues.push({
      path: 'quantityOutOfService',
      code: 'out_of_service_exceeds_owned',
      params: { owned: s.quantityOwned },
    });
  }
  for (const need of s.kitNeeds) {
    if (need.quantity > s.quantityOwned) {
      issues.push({
        path: 'quantityOwned',
        code: 'stock_below_kit_need',
        params: { kit: need.kitName, quantity: need.quantity },
      });
    }
  }
  if (issues.length === 0 && s.maintenancePeakAhead > s.quantityOwned - s.quantityOutOfService) {
    issues.push({
      path: 'quantityOutOfService',
      code: 'stock_below_maintenance',
      params: { quantity: s.maintenancePeakAhead },
    });
  }
  return issues;
}

// ---- Usable now and kits ----------------------------------------------------------------------

export function ownUsableNow(
  r: { status: ResourceStatus; quantityOwned: number; quantityOutOfService: number },
  inMaintenanceNow: number,
): number {
  if (r.status !== 'available') return 0;
  return Math.max(0, r.quantityOwned - r.quantityOutOfService - inMaintenanceNow);
}

export interface KitEdge {
  kitId: number;
  componentId: number;
  quantity: number;
}

/**
 * What can be used now, kits included: a kit is limited by its own count and by how many full
 * sets its components allow (recursively, since a kit may contain a kit).
 */
export function usableWithKits(
  own: ReadonlyMap<number, number>,
  edges: readonly KitEdge[],
): Map<number, number> {
  const byKit = new Map<number, KitEdge[]>();
  for (const e of edges) {
    const list = byKit.get(e.kitId) ?? [];
    list.push(e);
    byKit.set(e.kitId, list);
  }
  const memo = new Map<number, number>();
  const visiting = new Set<number>();
  const usable = (resourceId: number): number => {
    const known = memo.get(resourceId);
    if (known !== undefined) return known;
    // A cycle cannot be stored (setComponents refuses it); counting it as unusable is the safe side.
    if (visiting.has(resourceId)) return 0;
    visiting.add(resourceId);
    let value = own.get(resourceId) ?? 0;
    for (const e of byKit.get(resourceId) ?? []) {
      value = Math.min(value, Math.floor(usable(e.componentId) / e.quantity));
    }
    visiting.delete(resourceId);
    memo.set(resourceId, value);
    return value;
  };
  const out = new Map<number, number>();
  for (const resourceId of own.keys()) out.set(resourceId, usable(resourceId));
  return out;
}

/**
 * Would listing these components in `kitId` make a loop? True when `kitId` is reachable from one
 * of them through the other kits' compositions. Returns the first offending component, or null.
 */
export function cycleThrough(
  edges: readonly KitEdge[],
  kitId: number,
  componentIds: readonly number[],
): number | null {
  const children = new Map<number, number[]>();
  for (const e of edges) {
    if (e.kitId === kitId) continue; // the kit's own list is being replaced
    const list = children.get(e.kitId) ?? [];
    list.push(e.componentId);
    children.set(e.kitId, list);
  }
  for (const start of componentIds) {
    const seen = new Set<number>();
    const stack = [start];
    while (stack.length > 0) {
      const node = stack.pop() as number;
      if (node === kitId) return start;
      if (seen.has(node)) continue;
      seen.add(node);
      stack.push(...(children.get(node) ?? []));
    }
  }
  return null;
}

export interface ComponentCandidate {
  id: number;
  name: string;
  status: ResourceStatus;
  quantityOwned: number;
}

export function componentIssues(
  kitId: number,
  requested: readonly { componentId: number; quantity: number }[],
  found: ReadonlyMap<number, ComponentCandidate>,
  edges: readonly KitEdge[],
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const seen = new Set<number>();
  requested.forEach((c, i) => {
    const at = `components.${i}`;
    if (c.componentId === kitId) {
      issues.push({ path: `${at}.componentId`, code: 'kit_contains_itself' });
      return;
    }
    if (seen.has(c.componentId)) {
      issues.push({ path: `${at}.componentId`, code: 'kit_component_duplicate' });
      return;
    }
    seen.add(c.componentId);
    const comp = found.get(c.componentId);
    if (!comp) {
      issues.push({
        path: `${at}.componentId`,
        code: 'kit_component_missing',
        params: { id: c.componentId },
      });
      return;
    }
    if (comp.status === 'retired') {
      issues.push({ path: `${at}.componentId`, code: 'kit_component_retired', params: { name: comp.name } });
      return;
    }
    if (cycleThrough(edges, kitId, [c.componentId]) !== null) {
      issues.push({ path: `${at}.componentId`, code: 'kit_cycle', params: { name: comp.name } });
      return;
    }
    if (c.quantity > comp.quantityOwned) {
      issues.push({
        path: `${at}.quantity`,
        code: 'kit_quantity_exceeds_owned',
        params: { owned: comp.quantityOwned, name: comp.name },
      });
    }
  });
  return issues;
}

// ---- Time-based ---------------------------------------------------------------------------

export const INSPECTION_WARNING_DAYS = 30;

/** `today` and `next` are Europe/Paris civil dates ('YYYY-MM-DD' compare as text). */
export function inspectionAlert(next: string | null, today: string, soonLimit: string): InspectionAlert {
  if (next === null) return null;
  if (next < today) return 'overdue';
  if (next <= soonLimit) return 'due_soon';
  return null;
}

export function periodWhen(startsAt: Date, endsAt: Date, now: Date): 'past' | 'current' | 'upcoming' {
  if (endsAt.getTime() <= now.getTime()) return 'past';
  if (startsAt.getTime() <= now.getTime()) return 'current';
  return 'upcoming';
}

export interface Period {
  start: number;
  end: number;
  quantity: number;
}

/**
 * The most pieces held at any one instant of [from, to) by half-open periods: periods touching
 * end-to-start do not add up (a period ending at 12:00 and one starting at 12:00 never overlap).
 */
export function peakConcurrent(periods: readonly Period[], from: number, to: number): number {
  const events: [number, number][] = [];
  for (const p of periods) {
    const s = Math.max(p.start, from);
    const e = Math.min(p.end, to);
    if (s < e) events.push([s, p.quantity], [e, -p.quantity]);
  }
  // At the same instant, ends are applied before starts.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 0;
  let peak = 0;
  for (const [, delta] of events) {
    current += delta;
    peak = Math.max(peak, current);
  }
  return peak;
}

/** Maintenance that would leave fewer than zero pieces: room left is owned − out of service − peak. */
export function maintenanceIssues(
  r: { tracking: Tracking; quantityOwned: number; quantityOutOfService: number },
  quantity: number,
  peakOverlapping: number,
): RuleIssue[] {
  if (r.tracking === 'unit') {
    if (quantity !== 1) return [{ path: 'quantity', code: 'unit_quantity_one' }];
    return peakOverlapping > 0 ? [{ path: 'start.date', code: 'maintenance_overlaps' }] : [];
  }
  const room = r.quantityOwned - r.quantityOutOfService - peakOverlapping;
  if (quantity > room) {
    return [
      { path: 'quantity', code: 'maintenance_exceeds_stock', params: { available: Math.max(0, room) } },
    ];
  }
  return [];
}
