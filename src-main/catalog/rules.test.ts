import { foldForSearch, matchesWords, searchWords } from '../core/search';
import { describe, expect, it } from 'vitest';
import {
  componentIssues,
  cycleThrough,
  inspectionAlert,
  maintenanceIssues,
  peakConcurrent,
  resourceShapeIssues,
  statusChangeRefusal,
  stockIssues,
  usableWithKits,
  type ResourceShape,
} from './rules';

const equipment: ResourceShape = {
  kind: 'equipment',
  tracking: 'unit',
  quantityOwned: 1,
  quantityOutOfService: 0,
  vehicleRegistration: null,
  vehicleSeats: null,
  vehicleLicenceCategory: null,
  vehicleFuel: null,
  vehicleMileage: null,
  vehicleNextInspection: null,
  roomCapacity: null,
  roomAccessible: null,
  roomAccess: null,
};
const paths = (issues: { path: string; code: string }[]) => issues.map((i) => `${i.path}:${i.code}`);

describe('search', () => {
  it('ignores case, accents and ligatures', () => {
    expect(foldForSearch('Œuvre Éclairée')).toBe('oeuvre eclairee');
    expect(matchesWords(searchWords('chaise'), 'Chaise pliante', 'CH-1')).toBe(true);
    expect(matchesWords(searchWords('ÉTAGÈRE'), 'etagere metal', 'E1')).toBe(true);
    expect(matchesWords(searchWords('chai'), 'Table', 'CHAI-120')).toBe(true);
  });

  it('needs every word, in the name or the code', () => {
    expect(matchesWords(searchWords('chaise pli'), 'Chaise pliante', 'X')).toBe(true);
    expect(matchesWords(searchWords('chaise ring'), 'Chaise pliante', 'X')).toBe(false);
    expect(matchesWords(searchWords('  '), 'anything', 'X')).toBe(true);
  });
});

describe('resource shape', () => {
  it('accepts plain equipment and a complete vehicle', () => {
    expect(resourceShapeIssues(equipment)).toEqual([]);
    expect(
      resourceShapeIssues({ ...equipment, kind: 'vehicle', vehicleLicenceCategory: 'B', vehicleSeats: 9 }),
    ).toEqual([]);
  });

  it('refuses vehicle and room fields on the wrong kind, beside each field', () => {
    expect(paths(resourceShapeIssues({ ...equipment, vehicleSeats: 9, roomCapacity: 40 }))).toEqual([
      'vehicleSeats:vehicle_field_only',
      'roomCapacity:room_field_only',
    ]);
    expect(
      paths(resourceShapeIssues({ ...equipment, kind: 'room', vehicleRegistration: 'AB-123-CD' })),
    ).toEqual(['vehicleRegistration:vehicle_field_only']);
  });

  it('needs a licence category on a vehicle', () => {
    expect(paths(resourceShapeIssues({ ...equipment, kind: 'vehicle' }))).toEqual([
      'vehicleLicenceCategory:required',
    ]);
  });

  it('keeps rooms and vehicles as units of one', () => {
    expect(
      paths(resourceShapeIssues({ ...equipment, kind: 'room', tracking: 'stock', quantityOwned: 3 })),
    ).toEqual(['tracking:unit_tracking_required']);
    expect(paths(resourceShapeIssues({ ...equipment, quantityOwned: 2 }))).toEqual([
      'quantityOwned:unit_quantity_one',
    ]);
    expect(paths(resourceShapeIssues({ ...equipment, quantityOutOfService: 1 }))).toEqual([
      'quantityOutOfService:unit_use_status',
    ]);
  });

  it('keeps out-of-service stock within what is owned', () => {
    const stock = { ...equipment, tracking: 'stock' as const, quantityOwned: 120 };
    expect(resourceShapeIssues({ ...stock, quantityOutOfService: 120 })).toEqual([]);
    expect(resourceShapeIssues({ ...stock, quantityOutOfService: 121 })).toEqual([
      { path: 'quantityOutOfService', code: 'out_of_service_exceeds_owned', params: { owned: 120 } },
    ]);
  });
});

describe('status changes', () => {
  it('needs a reason except to make available', () => {
    expect(statusChangeRefusal({ name: 'Ring', status: 'available' }, 'out_of_service', null, [])).toEqual({
      kind: 'fields',
      issues: [{ path: 'reason', code: 'reason_required' }],
    });
    expect(statusChangeRefusal({ name: 'Ring', status: 'out_of_service' }, 'available', null, [])).toBeNull();
  });

  it('never brings a retired resource back at the desk', () => {
    const r = statusChangeRefusal({ name: 'Ring', status: 'retired' }, 'available', null, []);
    expect(r).toMatchObject({ kind: 'state', key: 'resource_retired_final' });
    expect(statusChangeRefusal({ name: 'Ring', status: 'retired' }, 'out_of_service', 'x', [])).toMatchObject(
      {
        key: 'resource_retired_final',
      },
    );
  });

  it('refuses to retire a component still listed in a kit', () => {
    expect(
      statusChangeRefusal({ name: 'Câble', status: 'available' }, 'retired', 'perdu', ['Kit sono']),
    ).toEqual({
      kind: 'state',
      key: 'retire_component_of_kit',
      params: { name: 'Câble', kits: 'Kit sono' },
    });
  });
});

describe('stock', () => {
  it('keeps enough pieces for kits and planned maintenance', () => {
    expect(
      stockIssues({ quantityOwned: 10, quantityOutOfService: 2, kitNeeds: [], maintenancePeakAhead: 8 }),
    ).toEqual([]);
    expect(
      paths(
        stockIssues({
          quantityOwned: 3,
          quantityOutOfService: 0,
          kitNeeds: [{ kitName: 'Kit', quantity: 4 }],
          maintenancePeakAhead: 0,
        }),
      ),
    ).toEqual(['quantityOwned:stock_below_kit_need']);
    expect(
      paths(
        stockIssues({ quantityOwned: 10, quantityOutOfService: 3, kitNeeds: [], maintenancePeakAhead: 8 }),
      ),
    ).toEqual(['quantityOutOfService:stock_below_maintenance']);
  });
});

describe('kits', () => {
  const edges = [
    { kitId: 10, componentId: 1, quantity: 1 },
    { kitId: 10, componentId: 2, quantity: 2 },
    { kitId: 20, componentId: 10, quantity: 1 },
  ];

  it('derives a kit from how many full sets its components allow, nested kits included', () => {
    const own = new Map([
      [1, 3],
      [2, 5],
      [10, 4],
      [20, 1],
    ]);
    const usable = usableWithKits(own, edges);
    expect(usable.get(10)).toBe(2); // 5 speakers, 2 per kit
    expect(usable.get(20)).toBe(1);
    expect(usableWithKits(new Map([...own, [2, 1]]), edges).get(20)).toBe(0);
  });

  it('finds loops through other kits', () => {
    expect(cycleThrough(edges, 10, [20])).toBe(20); // 20 contains 10
    expect(cycleThrough(edges, 20, [2])).toBeNull();
    expect(cycleThrough(edges, 1, [20])).toBe(20); // 20 → 10 → 1
  });

  it('refuses itself, duplicates, retired, loops and more than owned', () => {
    const found = new Map([
      [1, { id: 1, name: 'Table de mixage', status: 'available' as const, quantityOwned: 1 }],
      [2, { id: 2, name: 'Enceinte', status: 'available' as const, quantityOwned: 4 }],
      [3, { id: 3, name: 'Vieux câble', status: 'retired' as const, quantityOwned: 1 }],
      [20, { id: 20, name: 'Grand kit', status: 'available' as const, quantityOwned: 1 }],
    ]);
    const issues = componentIssues(
      10,
      [
        { componentId: 10, quantity: 1 },
        { componentId: 2, quantity: 5 },
        { componentId: 2, quantity: 1 },
        { componentId: 3, quantity: 1 },
        { componentId: 20, quantity: 1 },
        { componentId: 1, quantity: 1 },
      ],
      found,
      edges,
    );
    expect(paths(issues)).toEqual([
      'components.0.componentId:kit_contains_itself',
      'components.1.quantity:kit_quantity_exceeds_owned',
      'components.2.componentId:kit_component_duplicate',
      'components.3.componentId:kit_component_retired',
      'components.4.componentId:kit_cycle',
    ]);
  });
});

describe('periods', () => {
  const h = (n: number) => n * 3_600_000;

  it('counts the peak at one instant, not the sum over the interval', () => {
    const periods = [
      { start: h(0), end: h(2), quantity: 3 },
      { start: h(2), end: h(4), quantity: 5 }, // back to back with the first
      { start: h(3), end: h(5), quantity: 1 },
    ];
    expect(peakConcurrent(periods, h(0), h(10))).toBe(6);
    expect(peakConcurrent(periods, h(0), h(2))).toBe(3);
    expect(peakConcurrent(periods, h(5), h(6))).toBe(0);
  });

  it('keeps maintenance within the pieces in working order', () => {
    const stock = { tracking: 'stock' as const, quantityOwned: 10, quantityOutOfService: 2 };
    expect(maintenanceIssues(stock, 5, 3)).toEqual([]);
    expect(maintenanceIssues(stock, 6, 3)).toEqual([
      { path: 'quantity', code: 'maintenance_exceeds_stock', params: { available: 5 } },
    ]);
    const unit = { tracking: 'unit' as const, quantityOwned: 1, quantityOutOfService: 0 };
    expect(paths(maintenanceIssues(unit, 1, 1))).toEqual(['start.date:maintenance_overlaps']);
    expect(paths(maintenanceIssues(unit, 2, 0))).toEqual(['quantity:unit_quantity_one']);
  });

  it('flags an inspection overdue or due within the warning window', () => {
    expect(inspectionAlert('2026-06-04', '2026-06-05', '2026-07-05')).toBe('overdue');
    expect(inspectionAlert('2026-06-05', '2026-06-05', '2026-07-05')).toBe('due_soon');
    expect(inspectionAlert('2026-07-06', '2026-06-05', '2026-07-05')).toBeNull();
    expect(inspectionAlert(null, '2026-06-05', '2026-07-05')).toBeNull();
  });
});
