import { describe, expect, it } from 'vitest';
import type { ResourceDetailDto } from '../../../src-main/catalog/contract';
import { emptyForm, formFromDetail, formToInput, patchOf } from './resource-form';

const minibus: ResourceDetailDto = {
  id: 7,
  kind: 'vehicle',
  tracking: 'unit',
  name: 'Minibus 9 places',
  category: 'Transport',
  inventoryCode: 'VEH-01',
  siteId: 2,
  siteName: 'Dépôt',
  siteCommune: 'Toulouse',
  ownerId: 1,
  ownerName: 'Centre',
  status: 'available',
  statusReason: null,
  quantityOwned: 1,
  quantityOutOfService: 0,
  quantityInMaintenanceNow: 0,
  quantityUsableNow: 1,
  depositCents: 60000,
  replacementValueCents: 3500000,
  dailyValueCents: 8000,
  isKit: false,
  componentCount: 0,
  vehicleRegistration: 'AB-123-CD',
  vehicleSeats: 9,
  vehicleLicenceCategory: 'B',
  vehicleNextInspection: '2026-09-01',
  inspectionAlert: null,
  roomCapacity: null,
  roomAccessible: null,
  version: 3,
  description: null,
  bufferMinutes: 30,
  defaultLoanDays: 2,
  safetyNotes: null,
  vehicleFuel: 'diesel',
  vehicleMileage: 84000,
  roomAccess: null,
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-01-01T10:00:00Z',
  components: [],
  kits: [],
  maintenance: [],
  photos: [],
};

function input(form: ReturnType<typeof emptyForm>) {
  const r = formToInput(form);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('formToInput', () => {
  it('reads typed euro amounts and numbers', () => {
    const v = input({
      ...emptyForm('equipment'),
      deposit: '150',
      replacementValue: '1 200,50',
      bufferMinutes: '15',
    });
    expect(v.depositCents).toBe(15000);
    expect(v.replacementValueCents).toBe(120050);
    expect(v.bufferMinutes).toBe(15);
  });

  it('names the fields it cannot read instead of sending a guess', () => {
    const r = formToInput({
      ...emptyForm('vehicle'),
      deposit: '12,345',
      vehicleSeats: 'neuf',
      dailyValue: 'abc',
    });
    expect(r).toEqual({
      ok: false,
      issues: [
        { path: 'depositCents', code: 'money_decimals' },
        { path: 'dailyValueCents', code: 'money_invalid' },
        { path: 'vehicleSeats', code: 'integer_invalid' },
      ],
    });
  });

  it('sends the fields of the other kinds as null', () => {
    const v = input({ ...emptyForm('room'), roomCapacity: '80', roomAccessible: 'yes', vehicleSeats: '9' });
    expect(v.roomCapacity).toBe(80);
    expect(v.roomAccessible).toBe(true);
    expect(v.vehicleSeats).toBeNull();
    expect(v.tracking).toBe('unit');
  });

  it('sends stock quantities only for stock', () => {
    const stock = input({
      ...emptyForm('equipment'),
      tracking: 'stock',
      quantityOwned: '120',
      quantityOutOfService: '3',
    });
    expect([stock.quantityOwned, stock.quantityOutOfService]).toEqual([120, 3]);
    const unit = input({ ...emptyForm('equipment'), quantityOwned: '120' });
    expect([unit.quantityOwned, unit.quantityOutOfService]).toEqual([1, 0]);
  });
});

describe('patchOf', () => {
  it('sends only what changed', () => {
    const loaded = formFromDetail(minibus, 'fr');
    expect(loaded.deposit).toBe('600,00');
    const initial = input(loaded);
    const patch = patchOf(initial, input({ ...loaded, name: 'Minibus 9 pl.', deposit: '650' }));
    expect(patch).toEqual({ name: 'Minibus 9 pl.', depositCents: 65000 });
  });

  it('sends nothing when only spaces changed', () => {
    const loaded = formFromDetail(minibus, 'en');
    expect(patchOf(input(loaded), input({ ...loaded, category: ' Transport ', description: '  ' }))).toEqual(
      {},
    );
  });

  it('clears the vehicle fields when a vehicle becomes equipment', () => {
    const loaded = formFromDetail(minibus, 'fr');
    const patch = patchOf(input(loaded), input({ ...loaded, kind: 'equipment' }));
    expect(patch).toMatchObject({
      kind: 'equipment',
      vehicleRegistration: null,
      vehicleSeats: null,
      vehicleLicenceCategory: null,
      vehicleFuel: null,
      vehicleMileage: null,
      vehicleNextInspection: null,
    });
    expect(patch).not.toHaveProperty('quantityOwned');
  });
});
