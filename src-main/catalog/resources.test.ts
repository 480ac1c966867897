import { describe, expect, it } from 'vitest';
import { catalogApp } from './test-setup';

type Fields = { fields: { path: string; code: string; message: string }[] };
const fieldCodes = (details: unknown) => (details as Fields).fields.map((f) => `${f.path}:${f.code}`).sort();

describe('resources.create', () => {
  it('stores every field, trims and upper-cases the inventory code, audits field names only', async () => {
    const app = await catalogApp();
    const r = await app.ok('resources.create', {
      kind: 'equipment',
      tracking: 'stock',
      name: 'Chaise pliante',
      category: 'Mobilier',
      description: 'Chaises en bois',
      inventoryCode: '  chp-120 ',
      ownerId: app.clubId,
      siteId: app.siteId,
      depositCents: 500,
      replacementValueCents: 3500,
      dailyValueCents: 50,
      bufferMinutes: 30,
      defaultLoanDays: 3,
      quantityOwned: 120,
      quantityOutOfService: 4,
      safetyNotes: 'Ne pas empiler plus de 10',
    });
    expect(r).toMatchObject({
      kind: 'equipment',
      tracking: 'stock',
      inventoryCode: 'CHP-120',
      ownerName: 'Boxing Club Muretain',
      siteName: 'Entrepôt de Labège',
      siteCommune: 'Labège',
      status: 'available',
      quantityOwned: 120,
      quantityOutOfService: 4,
      quantityUsableNow: 116,
      depositCents: 500,
      replacementValueCents: 3500,
      dailyValueCents: 50,
      bufferMinutes: 30,
      defaultLoanDays: 3,
      safetyNotes: 'Ne pas empiler plus de 10',
      isKit: false,
      version: 0,
    });
    const audit = await app.conn.db
      .selectFrom('audit_log')
      .selectAll()
      .where('method', '=', 'resources.create')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity: 'resource', entity_id: r.id, action: 'create' });
    const fields = JSON.parse(audit.fields) as string[];
    expect(fields).toContain('inventoryCode');
    expect(fields).not.toContain('vehicleSeats'); // left empty
    expect(audit.fields).not.toMatch(/Chaise|CHP/);
  });

  it('creates a vehicle and a room with their own fields', async () => {
    const app = await catalogApp();
    const bus = await app.resource({
      kind: 'vehicle',
      name: 'Minibus 9 places',
      vehicleRegistration: 'gh-123-ab',
      vehicleSeats: 9,
      vehicleLicenceCategory: 'B',
      vehicleFuel: 'diesel',
      vehicleMileage: 84210,
      vehicleNextInspection: '2026-06-20',
    });
    expect(bus).toMatchObject({
      vehicleRegistration: 'GH-123-AB',
      vehicleSeats: 9,
      vehicleLicenceCategory: 'B',
      vehicleFuel: 'diesel',
      vehicleMileage: 84210,
      inspectionAlert: 'due_soon',
    });
    const room = await app.resource({
      kind: 'room',
      name: 'Salle polyvalente',
      roomCapacity: 80,
      roomAccessible: true,
    });
    expect(room).toMatchObject({
      roomCapacity: 80,
      roomAccessible: true,
      tracking: 'unit',
      quantityOwned: 1,
    });
  });

  it('refuses a duplicate inventory code, naming the resource that has it', async () => {
    const app = await catalogApp();
    await app.resource({ name: 'Ring de boxe gonflable', inventoryCode: 'RING-1' });
    const err = await app.fails('resources.create', {
      kind: 'equipment',
      name: 'Autre ring',
      inventoryCode: 'ring-1',
      ownerId: app.centreId,
      siteId: app.siteId,
    });
    expect(err.code).toBe('DUPLICATE');
    expect(err.message).toBe(
      'Le code inventaire « RING-1 » est déjà utilisé par « Ring de boxe gonflable ».',
    );
    expect(fieldCodes(err.details)).toEqual(['inventoryCode:duplicate_inventory_code']);
  });

  it('refuses vehicle fields on equipment and room fields elsewhere, beside each field', async () => {
    const app = await catalogApp();
    const err = await app.fails(
      'resources.create',
      {
        kind: 'equipment',
        name: 'Sono',
        inventoryCode: 'SONO-1',
        ownerId: app.centreId,
        siteId: app.siteId,
        vehicleSeats: 9,
        roomCapacity: 50,
      },
      { lang: 'en' },
    );
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(fieldCodes(err.details)).toEqual([
      'roomCapacity:room_field_only',
      'vehicleSeats:vehicle_field_only',
    ]);
    expect((err.details as Fields).fields[0]?.message).toBe('For vehicles only: leave this field empty.');
    expect(await app.conn.db.selectFrom('resources').selectAll().execute()).toHaveLength(0);
  });

  it('keeps rooms and vehicles as single units and needs a licence category on a vehicle', async () => {
    const app = await catalogApp();
    const room = await app.fails('resources.create', {
      kind: 'room',
      tracking: 'stock',
      quantityOwned: 3,
      name: 'Salle',
      inventoryCode: 'S1',
      ownerId: app.centreId,
      siteId: app.siteId,
    });
    expect(fieldCodes(room.details)).toEqual(['tracking:unit_tracking_required']);
    const unit = await app.fails('resources.create', {
      kind: 'equipment',
      quantityOwned: 2,
      name: 'Ring',
      inventoryCode: 'R1',
      ownerId: app.centreId,
      siteId: app.siteId,
    });
    expect(fieldCodes(unit.details)).toEqual(['quantityOwned:unit_quantity_one']);
    const bus = await app.fails('resources.create', {
      kind: 'vehicle',
      name: 'Minibus',
      inventoryCode: 'V1',
      ownerId: app.centreId,
      siteId: app.siteId,
    });
    expect(fieldCodes(bus.details)).toEqual(['vehicleLicenceCategory:required']);
  });

  it('refuses a missing site or owner with NOT_FOUND beside the field', async () => {
    const app = await catalogApp();
    const base = {
      kind: 'equipment',
      name: 'Sono',
      inventoryCode: 'S',
      ownerId: app.centreId,
      siteId: app.siteId,
    };
    const site = await app.fails('resources.create', { ...base, siteId: 999 });
    expect(site.code).toBe('NOT_FOUND');
    expect(site.message).toBe('Site introuvable (n° 999).');
    expect(fieldCodes(site.details)).toEqual(['siteId:not_found']);
    const owner = await app.fails('resources.create', { ...base, ownerId: 998 }, { lang: 'en' });
    expect(owner.message).toBe('Organisation not found (no. 998).');
  });

  it('refuses fractional cents, bad codes and unknown fields at the edge', async () => {
    const app = await catalogApp();
    const base = {
      kind: 'equipment',
      name: 'Sono',
      inventoryCode: 'S',
      ownerId: app.centreId,
      siteId: app.siteId,
    };
    expect(
      fieldCodes((await app.fails('resources.create', { ...base, depositCents: 10.5 })).details),
    ).toEqual(['depositCents:not_integer']);
    expect(
      fieldCodes((await app.fails('resources.create', { ...base, inventoryCode: 'SONO 1' })).details),
    ).toEqual(['inventoryCode:inventory_code_format']);
    expect((await app.fails('resources.create', { ...base, colour: 'red' })).code).toBe('VALIDATION_FAILED');
    expect(
      fieldCodes((await app.fails('resources.create', { ...base, description: 'x'.repeat(4001) })).details),
    ).toEqual(['description:too_long']);
  });
});

describe('resources.update', () => {
  it('changes only the fields sent, bumps the version, audits the changed names', async () => {
    const app = await catalogApp();
    const r = await app.resource({ name: 'Sono portable', category: 'Son' });
    const updated = await app.ok('resources.update', {
      id: r.id,
      version: 0,
      name: 'Sono portable 200 W',
      category: 'Son',
      depositCents: 15000,
    });
    expect(updated).toMatchObject({
      name: 'Sono portable 200 W',
      category: 'Son',
      depositCents: 15000,
      version: 1,
    });
    const audit = await app.conn.db
      .selectFrom('audit_log')
      .select('fields')
      .where('method', '=', 'resources.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.fields)).toEqual(['name', 'depositCents']);
  });

  it('refuses a stale version and writes nothing', async () => {
    const app = await catalogApp();
    const r = await app.resource({ name: 'Sono' });
    await app.ok('resources.update', { id: r.id, version: 0, name: 'Sono A' });
    const err = await app.fails('resources.update', { id: r.id, version: 0, name: 'Sono B' }, { lang: 'en' });
    expect(err.code).toBe('STALE_VERSION');
    expect((await app.ok('resources.get', { id: r.id })).name).toBe('Sono A');
    expect((await app.fails('resources.update', { id: 999, version: 0, name: 'X' })).code).toBe('NOT_FOUND');
  });

  it('checks cross-field rules on the merged record', async () => {
    const app = await catalogApp();
    const bus = await app.resource({
      kind: 'vehicle',
      name: 'Minibus',
      vehicleLicenceCategory: 'B',
      vehicleSeats: 9,
    });
    const err = await app.fails('resources.update', { id: bus.id, version: 0, kind: 'equipment' });
    expect(fieldCodes(err.details)).toEqual([
      'vehicleLicenceCategory:vehicle_field_only',
      'vehicleSeats:vehicle_field_only',
    ]);
    const ok = await app.ok('resources.update', {
      id: bus.id,
      version: 0,
      kind: 'equipment',
      vehicleLicenceCategory: null,
      vehicleSeats: null,
    });
    expect(ok).toMatchObject({ kind: 'equipment', vehicleSeats: null, version: 1 });
  });

  it('refuses another resource’s inventory code, a missing site, but keeps its own code', async () => {
    const app = await catalogApp();
    await app.resource({ inventoryCode: 'A-1' });
    const b = await app.resource({ inventoryCode: 'B-1' });
    expect((await app.fails('resources.update', { id: b.id, version: 0, inventoryCode: 'a-1' })).code).toBe(
      'DUPLICATE',
    );
    expect((await app.fails('resources.update', { id: b.id, version: 0, siteId: 77 })).code).toBe(
      'NOT_FOUND',
    );
    const same = await app.ok('resources.update', {
      id: b.id,
      version: 0,
      inventoryCode: 'b-1',
      ownerId: app.clubId,
    });
    expect(same).toMatchObject({ inventoryCode: 'B-1', ownerId: app.clubId, version: 1 });
  });
});

describe('resources.setStatus and reinstate', () => {
  it('needs a reason to put out of service, clears it when available again', async () => {
    const app = await catalogApp();
    const r = await app.resource({ name: 'Ring' });
    const err = await app.fails('resources.setStatus', { id: r.id, version: 0, status: 'out_of_service' });
    expect(fieldCodes(err.details)).toEqual(['reason:reason_required']);
    const out = await app.ok('resources.setStatus', {
      id: r.id,
      version: 0,
      status: 'out_of_service',
      reason: 'Valve percée',
    });
    expect(out).toMatchObject({ status: 'out_of_service', statusReason: 'Valve percée', version: 1 });
    const back = await app.ok('resources.setStatus', {
      id: r.id,
      version: 1,
      status: 'available',
      reason: 'x',
    });
    expect(back).toMatchObject({ status: 'available', statusReason: null, version: 2 });
    expect((await app.fails('resources.setStatus', { id: r.id, version: 1, status: 'available' })).code).toBe(
      'STALE_VERSION',
    );
    const audit = await app.conn.db
      .selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('method', '=', 'resources.setStatus')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'set_status', reason: 'Valve percée' },
      { action: 'set_status', reason: null },
    ]);
  });

  it('keeps a retired resource retired at the desk; a manager reinstates it', async () => {
    const app = await catalogApp();
    await app.ok('staff.create', { name: 'Claire', role: 'manager', pin: '2468' });
    const r = await app.resource({ name: 'Barnum' });
    await app.ok('resources.setStatus', { id: r.id, version: 0, status: 'retired', reason: 'Réformé' });
    const err = await app.fails('resources.setStatus', { id: r.id, version: 1, status: 'available' });
    expect(err.code).toBe('INVALID_STATE');
    expect(err.message).toContain('seul un responsable');
    expect((await app.fails('resources.reinstate', { id: r.id, version: 1, reason: 'Retrouvé' })).code).toBe(
      'PIN_REQUIRED',
    );
    const back = await app.ok(
      'resources.reinstate',
      { id: r.id, version: 1, reason: 'Retrouvé' },
      { pin: '2468' },
    );
    expect(back).toMatchObject({ status: 'available', version: 2 });
    const again = await app.fails(
      'resources.reinstate',
      { id: r.id, version: 2, reason: 'x' },
      { pin: '2468' },
    );
    expect(again.code).toBe('INVALID_STATE');
  });

  it('refuses to retire a resource still listed in a kit', async () => {
    const app = await catalogApp();
    const cable = await app.resource({ name: 'Câble XLR' });
    const kit = await app.resource({ name: 'Kit sono' });
    await app.ok('resources.setComponents', {
      kitId: kit.id,
      version: 0,
      components: [{ componentId: cable.id, quantity: 1 }],
    });
    const err = await app.fails('resources.setStatus', {
      id: cable.id,
      version: 0,
      status: 'retired',
      reason: 'Perdu',
    });
    expect(err.code).toBe('INVALID_STATE');
    expect(err.message).toBe("« Câble XLR » fait partie du kit Kit sono : retirez-la d'abord de ce kit.");
  });
});

describe('resources.setStock', () => {
  it('corrects stock with a reason kept in the audit log', async () => {
    const app = await catalogApp();
    const chairs = await app.resource({ name: 'Chaises', tracking: 'stock', quantityOwned: 120 });
    const r = await app.ok('resources.setStock', {
      id: chairs.id,
      version: 0,
      quantityOwned: 118,
      quantityOutOfService: 4,
      reason: 'Inventaire annuel',
    });
    expect(r).toMatchObject({
      quantityOwned: 118,
      quantityOutOfService: 4,
      quantityUsableNow: 114,
      version: 1,
    });
    const audit = await app.conn.db
      .selectFrom('audit_log')
      .selectAll()
      .where('method', '=', 'resources.setStock')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'set_stock', reason: 'Inventaire annuel' });
    expect(JSON.parse(audit.fields)).toEqual(['quantityOwned', 'quantityOutOfService']);
  });

  it('refuses units, more out of service than owned, and less than a kit needs', async () => {
    const app = await catalogApp();
    const ring = await app.resource({ name: 'Ring' });
    const unitErr = await app.fails('resources.setStock', {
      id: ring.id,
      version: 0,
      quantityOwned: 2,
      quantityOutOfService: 0,
      reason: 'x',
    });
    expect(unitErr.code).toBe('INVALID_STATE');
    const speakers = await app.resource({ name: 'Enceinte', tracking: 'stock', quantityOwned: 4 });
    const kit = await app.resource({ name: 'Kit sono' });
    await app.ok('resources.setComponents', {
      kitId: kit.id,
      version: 0,
      components: [{ componentId: speakers.id, quantity: 2 }],
    });
    const over = await app.fails('resources.setStock', {
      id: speakers.id,
      version: 0,
      quantityOwned: 4,
      quantityOutOfService: 5,
      reason: 'x',
    });
    expect(fieldCodes(over.details)).toEqual(['quantityOutOfService:out_of_service_exceeds_owned']);
    const below = await app.fails('resources.setStock', {
      id: speakers.id,
      version: 0,
      quantityOwned: 1,
      quantityOutOfService: 0,
      reason: 'Perte',
    });
    expect((below.details as Fields).fields[0]?.message).toBe('Le kit « Kit sono » en compte 2 : pas moins.');
    expect(
      (
        await app.fails('resources.setStock', {
          id: speakers.id,
          version: 0,
          quantityOwned: 4,
          quantityOutOfService: 0,
        })
      ).code,
    ).toBe('VALIDATION_FAILED');
  });
});
