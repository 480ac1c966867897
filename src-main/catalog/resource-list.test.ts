import { describe, expect, it } from 'vitest';
import { catalogApp } from './test-setup';

describe('resources.list', () => {
  it('finds by name or code ignoring case and accents', async () => {
    const app = await catalogApp();
    await app.resource({ name: 'Chaise pliante', inventoryCode: 'CP-120' });
    await app.resource({ name: 'Table', inventoryCode: 'CHAI-9' });
    await app.resource({ name: 'Éclairage scène', inventoryCode: 'ECL-1' });
    await app.resource({ name: 'Ring', inventoryCode: 'RG-1' });
    const names = async (search: string) => (await app.ok('resources.list', { search })).map((r) => r.name);
    expect(await names('chaise')).toEqual(['Chaise pliante']);
    expect(await names('CHAI')).toEqual(['Chaise pliante', 'Table']);
    expect(await names('eclairage SCENE')).toEqual(['Éclairage scène']);
    expect(await names('cp-12')).toEqual(['Chaise pliante']);
    expect(await names('')).toHaveLength(4);
  });

  it('filters by kind, site and owner, and hides retired resources unless asked', async () => {
    const app = await catalogApp();
    const other = await app.ok('sites.create', {
      name: 'Foyer rural',
      communeName: 'Muret',
      communeInsee: '31395',
    });
    await app.resource({ name: 'Sono', ownerId: app.clubId });
    await app.resource({ name: 'Salle', kind: 'room', siteId: other.id });
    const old = await app.resource({ name: 'Vieux barnum' });
    await app.ok('resources.setStatus', {
      id: old.id,
      version: 0,
      status: 'retired',
      reason: 'Toile déchirée',
    });
    const names = async (input: Record<string, unknown>) =>
      (await app.ok('resources.list', input)).map((r) => r.name);
    expect(await names({})).toEqual(['Salle', 'Sono']);
    expect(await names({ includeRetired: true })).toEqual(['Salle', 'Sono', 'Vieux barnum']);
    expect(await names({ status: 'retired' })).toEqual(['Vieux barnum']);
    expect(await names({ kind: 'room' })).toEqual(['Salle']);
    expect(await names({ siteId: other.id })).toEqual(['Salle']);
    expect(await names({ ownerId: app.clubId })).toEqual(['Sono']);
  });

  it('computes usable now from stock, out of service and maintenance covering the clock', async () => {
    const app = await catalogApp(); // now: Friday 5 June 2026, 10:00 in Paris
    const chairs = await app.resource({
      name: 'Chaises',
      tracking: 'stock',
      quantityOwned: 120,
      quantityOutOfService: 4,
    });
    await app.ok('maintenance.add', {
      resourceId: chairs.id,
      start: { date: '2026-06-05', time: '08:00' },
      end: { date: '2026-06-06', time: '18:00' },
      quantity: 10,
      reason: 'Revernissage',
    });
    await app.ok('maintenance.add', {
      resourceId: chairs.id,
      start: { date: '2026-06-10', time: '08:00' },
      end: { date: '2026-06-11', time: '18:00' },
      quantity: 50,
      reason: 'Plus tard : ne compte pas maintenant',
    });
    const ring = await app.resource({ name: 'Ring' });
    await app.ok('resources.setStatus', {
      id: ring.id,
      version: 0,
      status: 'out_of_service',
      reason: 'Valve',
    });
    const rows = await app.ok('resources.list', {});
    expect(rows.find((r) => r.id === chairs.id)).toMatchObject({
      quantityOwned: 120,
      quantityOutOfService: 4,
      quantityInMaintenanceNow: 10,
      quantityUsableNow: 106,
    });
    expect(rows.find((r) => r.id === ring.id)).toMatchObject({
      status: 'out_of_service',
      statusReason: 'Valve',
      quantityUsableNow: 0,
    });
  });

  it('lists 3 000 resources with their site, owner and computed figures', async () => {
    const app = await catalogApp();
    const at = '2026-01-01T00:00:00.000Z';
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      kind: 'equipment' as const,
      tracking: 'stock' as const,
      name: `${i % 3 === 0 ? 'Chaise' : 'Table'} n° ${String(i).padStart(4, '0')}`,
      inventory_code: `INV-${i}`,
      owner_id: i % 2 === 0 ? app.centreId : app.clubId,
      site_id: app.siteId,
      quantity_owned: 10,
      quantity_out_of_service: i % 10 === 0 ? 1 : 0,
      deposit_cents: 0,
      replacement_value_cents: 0,
      daily_value_cents: 0,
      buffer_minutes: 0,
      default_loan_days: 1,
      status: 'available' as const,
      created_at: at,
      updated_at: at,
      version: 0,
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await app.conn.db
        .insertInto('resources')
        .values(rows.slice(i, i + 500))
        .execute();
    }
    const all = await app.ok('resources.list', {});
    expect(all).toHaveLength(3000);
    expect(all[0]?.name).toBe('Chaise n° 0000');
    expect(all.filter((r) => r.quantityUsableNow === 9)).toHaveLength(300);
    expect(all.filter((r) => r.ownerName === 'Boxing Club Muretain')).toHaveLength(1500);
    expect(await app.ok('resources.list', { search: 'chaise' })).toHaveLength(1000);
    expect(await app.ok('resources.list', { search: 'inv-2999' })).toHaveLength(1);
  });
});

describe('resources.get', () => {
  it('returns the full record, with components, kits, maintenance and photos', async () => {
    const app = await catalogApp();
    const speaker = await app.resource({ name: 'Enceinte', tracking: 'stock', quantityOwned: 4 });
    const kit = await app.resource({ name: 'Kit sono', description: 'Pour les fêtes' });
    await app.ok('resources.setComponents', {
      kitId: kit.id,
      version: 0,
      components: [{ componentId: speaker.id, quantity: 2 }],
    });
    const detail = await app.ok('resources.get', { id: kit.id });
    expect(detail).toMatchObject({
      description: 'Pour les fêtes',
      isKit: true,
      componentCount: 1,
      components: [{ id: speaker.id, name: 'Enceinte', quantity: 2 }],
      kits: [],
      maintenance: [],
      photos: [],
    });
    expect((await app.ok('resources.get', { id: speaker.id })).kits).toEqual([
      { id: kit.id, name: 'Kit sono', inventoryCode: kit.inventoryCode, quantity: 2 },
    ]);
    const err = await app.fails('resources.get', { id: 4242 }, { lang: 'en' });
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: 'Resource not found (no. 4242).' });
  });

  it('lists the categories in use, once each, in French order', async () => {
    const app = await catalogApp();
    await app.resource({ category: 'Son' });
    await app.resource({ category: 'Éclairage' });
    await app.resource({ category: 'Son' });
    await app.resource({});
    expect(await app.ok('resources.categories', {})).toEqual(['Éclairage', 'Son']);
  });
});
