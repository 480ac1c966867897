import { describe, expect, it } from 'vitest';
import {
  canMoveIncident,
  incidentCost,
  incidentEstimate,
  inventoryChange,
  type InventoryShape,
} from './rules';

describe('incidentEstimate: quantity × replacement value frozen at checkout', () => {
  it.each([
    [3, 35_00, 105_00],
    [1, 180_00, 180_00],
    [2, null, 0],
  ])('%i × %s = %i', (q, v, expected) => {
    expect(incidentEstimate(q, v)).toBe(expected);
  });
});

describe('incidentCost', () => {
  it.each([
    [{ status: 'open', estimateCents: 180_00, costCents: null }, 180_00],
    [{ status: 'repaired', estimateCents: 180_00, costCents: 45_00 }, 45_00],
    [{ status: 'written_off', estimateCents: 180_00, costCents: null }, 180_00],
    [{ status: 'recovered', estimateCents: 180_00, costCents: 30_00 }, 0],
  ] as const)('%o → %i', (i, expected) => {
    expect(incidentCost(i)).toBe(expected);
  });
});

describe('status changes', () => {
  it.each([
    ['open', 'repaired', true],
    ['open', 'written_off', true],
    ['open', 'recovered', true],
    ['open', 'open', true],
    ['written_off', 'recovered', true],
    ['written_off', 'open', false],
    ['repaired', 'open', false],
    ['recovered', 'written_off', false],
  ] as const)('%s → %s: %s', (from, to, ok) => {
    expect(canMoveIncident(from, to)).toBe(ok);
  });
});

describe('inventoryChange', () => {
  const stock: InventoryShape = {
    tracking: 'stock',
    status: 'available',
    quantityOwned: 120,
    quantityOutOfService: 4,
  };
  const unit: InventoryShape = {
    tracking: 'unit',
    status: 'available',
    quantityOwned: 1,
    quantityOutOfService: 0,
  };
  it.each([
    [
      'missing written off lowers stock',
      'missing',
      3,
      'open',
      'written_off',
      stock,
      { type: 'stock', quantityOwned: 117, quantityOutOfService: 4 },
    ],
    [
      'damaged written off leaves both counts',
      'damaged',
      3,
      'open',
      'written_off',
      stock,
      { type: 'stock', quantityOwned: 117, quantityOutOfService: 1 },
    ],
    [
      'found after a write-off comes back',
      'missing',
      3,
      'written_off',
      'recovered',
      { ...stock, quantityOwned: 117 },
      { type: 'stock', quantityOwned: 120, quantityOutOfService: 4 },
    ],
    [
      'missing found while open: nothing stored to undo',
      'missing',
      3,
      'open',
      'recovered',
      stock,
      { type: 'none' },
    ],
    ['repaired: nothing', 'damaged', 1, 'open', 'repaired', stock, { type: 'none' }],
    ['an accident never touches the inventory', 'accident', 1, 'open', 'written_off', unit, { type: 'none' }],
    [
      'a lost unit is retired',
      'missing',
      1,
      'open',
      'written_off',
      unit,
      { type: 'status', status: 'retired' },
    ],
    [
      'a retired unit found again is available',
      'missing',
      1,
      'written_off',
      'recovered',
      { ...unit, status: 'retired' },
      { type: 'status', status: 'available' },
    ],
    [
      'never below zero',
      'missing',
      5,
      'open',
      'written_off',
      { ...stock, quantityOwned: 3, quantityOutOfService: 1 },
      { type: 'stock', quantityOwned: 0, quantityOutOfService: 0 },
    ],
  ] as const)('%s', (_name, kind, quantity, from, to, resource, expected) => {
    expect(inventoryChange({ kind, quantity, from, to, resource })).toEqual(expected);
  });
});
