import type { IncidentKind, IncidentStatus } from './contract';

/**
 * Pure incident rules: the estimate, the cost that counts, the status machine and what a status
 * change does to the inventory. No I/O.
 */

/** DOMAIN "Return": estimate = quantity × replacement value frozen at checkout on the line. */
export function incidentEstimate(quantity: number, frozenReplacementValueCents: number | null): number {
  return quantity * (frozenReplacementValueCents ?? 0);
}

/** The cost a retention counts: the real cost once known, else the estimate; found again = nothing. */
export function incidentCost(i: {
  status: IncidentStatus;
  estimateCents: number;
  costCents: number | null;
}): number {
  if (i.status === 'recovered') return 0;
  return i.costCents ?? i.estimateCents;
}

/**
 * open → repaired | written_off | recovered; a written-off piece that turns up again may still be
 * recovered (it goes back into the inventory). Repaired and recovered are final.
 */
const TRANSITIONS: Record<IncidentStatus, readonly IncidentStatus[]> = {
  open: ['repaired', 'written_off', 'recovered'],
  written_off: ['recovered'],
  repaired: [],
  recovered: [],
};

export function canMoveIncident(from: IncidentStatus, to: IncidentStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

/** Which kinds can go missing or be destroyed: only those touch the inventory. */
function touchesInventory(kind: IncidentKind): boolean {
  return kind === 'missing' || kind === 'damaged';
}

export interface InventoryShape {
  tracking: 'unit' | 'stock';
  status: 'available' | 'out_of_service' | 'retired';
  quantityOwned: number;
  quantityOutOfService: number;
}

export type InventoryChange =
  | { type: 'none' }
  | { type: 'stock'; quantityOwned: number; quantityOutOfService: number }
  | { type: 'status'; status: 'available' | 'retired' };

/**
 * What a status change does to the resource. Missing pieces are out of service while their
 * incident is open (the availability engine reads open 'missing' incidents, so nothing is stored
 * on the resource meanwhile). Writing them off removes them from the inventory: stock loses the
 * pieces, a unit is retired. Damaged pieces were put out of service at return (DOMAIN "Return"),
 * so writing them off takes them out of both counts. Recovering a written-off piece puts it back.
 */
export function inventoryChange(input: {
  kind: IncidentKind;
  quantity: number;
  from: IncidentStatus;
  to: IncidentStatus;
  resource: InventoryShape;
}): InventoryChange {
  const { kind, quantity, from, to, resource: r } = input;
  if (!touchesInventory(kind) || from === to) return { type: 'none' };
  const writingOff = to === 'written_off';
  const undoingWriteOff = from === 'written_off' && to === 'recovered';
  if (!writingOff && !undoingWriteOff) return { type: 'none' };
  if (r.tracking === 'unit') return { type: 'status', status: writingOff ? 'retired' : 'available' };
  if (writingOff) {
    const owned = Math.max(0, r.quantityOwned - quantity);
    const outOfService =
      kind === 'damaged' ? Math.max(0, r.quantityOutOfService - quantity) : r.quantityOutOfService;
    return { type: 'stock', quantityOwned: owned, quantityOutOfService: Math.min(outOfService, owned) };
  }
  return {
    type: 'stock',
    quantityOwned: r.quantityOwned + quantity,
    quantityOutOfService: r.quantityOutOfService,
  };
}
