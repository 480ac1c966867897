import { describe, expect, it } from 'vitest';
import {
  MINUTE,
  assess,
  demandByResource,
  expandKit,
  firstFreeSlot,
  peakUse,
  toHold,
  type Blocker,
  type Hold,
  type HoldingLine,
  type ResourceFacts,
} from './availability';

const H = 60 * MINUTE;
const T0 = Date.parse('2026-06-13T00:00:00Z');
const h = (hours: number) => T0 + hours * H;

const unit: ResourceFacts = {
  id: 1,
  name: 'Minibus',
  inventoryCode: 'VEH-1',
  tracking: 'unit',
  status: 'available',
  quantityOwned: 1,
  quantityOutOfService: 0,
  bufferMinutes: 0,
  quantityLost: 0,
};
const stock: ResourceFacts = { ...unit, id: 2, name: 'Chaises', tracking: 'stock', quantityOwned: 100 };

const hold = (from: number, to: number, quantity = 1, bookingId = 1, buffer = 0): Hold => ({
  bookingId,
  borrowerName: `Emprunteur ${bookingId}`,
  status: 'confirmed',
  startsAt: h(from),
  endsAt: h(to),
  occupiedUntil: h(to) + buffer * MINUTE,
  quantity,
  overdue: false,
});

describe('assess: units', () => {
  const existing = [hold(10, 12)];
  it.each([
    ['back-to-back after', 12, 14, true],
    ['back-to-back before', 8, 10, true],
    ['overlapping the end', 11, 13, false],
    ['overlapping the start', 9, 11, false],
    ['inside', 10.5, 11.5, false],
    ['covering', 9, 13, false],
    ['same period', 10, 12, false],
  ])('%s (%s–%s h): available=%s', (_label, from, to, expected) => {
    const a = assess(unit, existing, [], h(from), h(to), 1);
    expect(a.available).toBe(expected);
    expect(a.conflicts.map((c) => c.bookingId)).toEqual(expected ? [] : [1]);
  });

  it('applies the buffer of held lines and of the request itself', () => {
    const buffered = { ...unit, bufferMinutes: 30 };
    const held = [hold(10, 12, 1, 1, 30)];
    expect(assess(buffered, held, [], h(12), h(14), 1).available).toBe(false);
    expect(assess(buffered, held, [], h(12.5), h(14), 1).available).toBe(true);
    // The request 08:00–10:00 needs its own turnaround before the 10:00 hold starts.
    expect(assess(buffered, held, [], h(8), h(10), 1).available).toBe(false);
    expect(assess(buffered, held, [], h(8), h(9.5), 1).available).toBe(true);
  });

  it('refuses a unit out of service, retired or in maintenance', () => {
    expect(assess({ ...unit, status: 'out_of_service' }, [], [], h(1), h(2), 1).reason).toBe(
      'out_of_service',
    );
    expect(assess({ ...unit, status: 'retired' }, [], [], h(1), h(2), 1).reason).toBe('retired');
    const m: Blocker[] = [{ start: h(5), end: h(20), quantity: 1 }];
    const a = assess(unit, [], m, h(19), h(21), 1);
    expect(a).toMatchObject({ available: false, reason: 'taken', maintenance: m });
    expect(assess(unit, [], m, h(20), h(21), 1).available).toBe(true);
  });
});

describe('assess: stock by peak concurrent use', () => {
  it('three bookings that each fit alone but not together', () => {
    const holds = [hold(9, 12, 40, 1), hold(10, 13, 40, 2)];
    // 40 + 40 + 40 = 120 > 100 at 10:00–12:00.
    const a = assess(stock, holds, [], h(10), h(11), 40);
    expect(a).toMatchObject({ available: false, usableQuantity: 20, reason: 'taken' });
    expect(a.conflicts.map((c) => c.bookingId)).toEqual([1, 2]);
    expect(assess(stock, [], [], h(10), h(11), 40).available).toBe(true);
  });

  it('three that fit because they do not overlap, though their sum exceeds the stock', () => {
    const holds = [hold(8, 10, 60, 1), hold(10, 12, 60, 2)];
    expect(assess(stock, holds, [], h(12), h(14), 60)).toMatchObject({
      available: true,
      usableQuantity: 100,
    });
    // Across both: the peak is 60, not 120.
    expect(assess(stock, holds, [], h(8), h(12), 40)).toMatchObject({ available: true, usableQuantity: 40 });
  });

  it('subtracts out-of-service, lost and maintenance pieces', () => {
    const r = { ...stock, quantityOutOfService: 4, quantityLost: 3 };
    const m: Blocker[] = [{ start: h(10), end: h(11), quantity: 10 }];
    const a = assess(r, [hold(10.5, 12, 50)], m, h(9), h(13), 1);
    expect(a.usableQuantity).toBe(100 - 4 - 3 - 10 - 50);
    expect(assess(r, [], [], h(9), h(13), 94)).toMatchObject({ available: false, reason: 'exceeds_owned' });
  });

  it('peakUse: ends apply before starts at the same instant', () => {
    const p: Blocker[] = [
      { start: h(1), end: h(2), quantity: 5 },
      { start: h(2), end: h(3), quantity: 7 },
      { start: h(1.5), end: h(2.5), quantity: 1 },
    ];
    expect(peakUse(p, h(0), h(4))).toBe(8);
    expect(peakUse(p, h(2.5), h(4))).toBe(7);
    expect(peakUse(p, h(3), h(4))).toBe(0);
  });
});

describe('toHold', () => {
  const line: HoldingLine = {
    bookingId: 7,
    borrowerName: 'Foyer',
    status: 'checked_out',
    startsAt: h(0),
    endsAt: h(10),
    optionExpiresAt: null,
    quantity: 80,
    quantityOk: 0,
    quantityDamaged: 0,
    quantityMissing: 0,
  };
  it('extends an overdue loan to now and holds only pieces not yet back', () => {
    expect(toHold(line, 15, h(5))).toMatchObject({
      occupiedUntil: h(10) + 15 * MINUTE,
      quantity: 80,
      overdue: false,
    });
    expect(toHold(line, 15, h(30))).toMatchObject({
      occupiedUntil: h(30) + 16 * MINUTE,
      overdue: true,
    });
    const partly = { ...line, quantityOk: 37, quantityDamaged: 2, quantityMissing: 1 };
    expect(toHold(partly, 0, h(30))?.quantity).toBe(40);
    expect(toHold({ ...partly, quantityOk: 77 }, 0, h(30))).toBeNull();
  });
  it.each([
    ['option before expiry', 'option', h(20), true],
    ['option at expiry', 'option', h(5), false],
    ['confirmed', 'confirmed', null, true],
    ['returned', 'returned', null, false],
    ['cancelled', 'cancelled', null, false],
    ['lapsed', 'lapsed', null, false],
  ] as const)('%s holds: %s', (_l, status, expiry, holds) => {
    expect(toHold({ ...line, status, optionExpiresAt: expiry }, 0, h(5)) !== null).toBe(holds);
  });
});

describe('firstFreeSlot', () => {
  it('is the first end of a blocking hold where the same length fits', () => {
    const holds = [hold(9, 12, 1, 1), hold(12, 13, 1, 2), hold(15, 20, 1, 3)];
    // 2 h from 10:00: 13:00–15:00 fits exactly between holds 2 and 3 (back-to-back both sides).
    expect(firstFreeSlot(unit, holds, [], h(10), h(12), 1)).toEqual({ start: h(13), end: h(15) });
    // 3 h does not fit there: after hold 3.
    expect(firstFreeSlot(unit, holds, [], h(10), h(13), 1)).toEqual({ start: h(20), end: h(23) });
  });
  it('counts buffers and maintenance, and gives up on what can never fit', () => {
    const r = { ...unit, bufferMinutes: 60 };
    const holds = [hold(9, 12, 1, 1, 60)];
    const m: Blocker[] = [{ start: h(13), end: h(16), quantity: 1 }];
    expect(firstFreeSlot(r, holds, m, h(10), h(11), 1)).toEqual({ start: h(16), end: h(17) });
    expect(firstFreeSlot(stock, [], [], h(1), h(2), 101)).toBeNull();
    expect(firstFreeSlot({ ...unit, status: 'out_of_service' }, [], [], h(1), h(2), 1)).toBeNull();
  });
  it('for stock, waits until enough pieces are back', () => {
    const holds = [hold(8, 12, 50, 1), hold(9, 14, 30, 2)];
    expect(firstFreeSlot(stock, holds, [], h(10), h(11), 40)).toEqual({ start: h(12), end: h(13) });
    expect(firstFreeSlot(stock, holds, [], h(10), h(11), 80)).toEqual({ start: h(14), end: h(15) });
  });
});

describe('kits', () => {
  const edges = [
    { kitId: 10, componentId: 11, quantity: 1 },
    { kitId: 10, componentId: 12, quantity: 2 },
    { kitId: 20, componentId: 10, quantity: 1 },
    { kitId: 20, componentId: 12, quantity: 1 },
  ];
  it('expands a kit in a kit and sums what lines ask of each resource', () => {
    const lines = [expandKit(20, 2, edges), expandKit(12, 1, edges)];
    expect(lines[0]?.components.map((c) => [c.resourceId, c.quantity])).toEqual([
      [10, 2],
      [12, 2],
    ]);
    expect(Object.fromEntries(demandByResource(lines))).toEqual({ 20: 2, 10: 2, 11: 2, 12: 7 });
  });
});
