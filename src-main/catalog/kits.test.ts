import { describe, expect, it } from 'vitest';
import { catalogApp } from './test-setup';

type Fields = { fields: { path: string; code: string; message: string }[] };
const fieldCodes = (details: unknown) => (details as Fields).fields.map((f) => `${f.path}:${f.code}`);

async function soundKit() {
  const app = await catalogApp();
  const mixer = await app.resource({ name: 'Table de mixage' });
  const speakers = await app.resource({ name: 'Enceinte', tracking: 'stock', quantityOwned: 3 });
  const kit = await app.resource({ name: 'Kit sono' });
  return { app, mixer, speakers, kit };
}

describe('resources.setComponents', () => {
  it('sets a kit’s components, bumps its version and derives what is usable from them', async () => {
    const { app, mixer, speakers, kit } = await soundKit();
    const r = await app.ok('resources.setComponents', {
      kitId: kit.id,
      version: 0,
      components: [
        { componentId: speakers.id, quantity: 2 },
        { componentId: mixer.id, quantity: 1 },
      ],
    });
    expect(r).toMatchObject({ isKit: true, componentCount: 2, quantityUsableNow: 1, version: 1 });
    expect(r.components.map((c) => [c.name, c.quantity])).toEqual([
      ['Enceinte', 2],
      ['Table de mixage', 1],
    ]);
    // Two speakers broken: one left, not enough for a full kit.
    await app.ok('resources.setStock', {
      id: speakers.id,
      version: 0,
      quantityOwned: 3,
      quantityOutOfService: 2,
      reason: 'Membranes',
    });
    const row = (await app.ok('resources.list', { search: 'kit sono' }))[0];
    expect(row).toMatchObject({ isKit: true, quantityUsableNow: 0 });
    // The free component can still be seen (and booked) alone.
    expect((await app.ok('resources.list', { search: 'mixage' }))[0]?.quantityUsableNow).toBe(1);
    const audit = await app.conn.db
      .selectFrom('audit_log')
      .selectAll()
      .where('method', '=', 'resources.setComponents')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity: 'resource', entity_id: kit.id, action: 'set_components' });
  });

  it('derives usable-now through a kit whose components are outside the filtered list', async () => {
    const { app, speakers, kit } = await soundKit();
    const other = await app.ok('sites.create', {
      name: 'Annexe',
      communeName: 'Muret',
      communeInsee: '31395',
    });
    await app.ok('resources.update', { id: speakers.id, version: 0, siteId: other.id });
    await app.ok('resources.setComponents', {
      kitId: kit.id,
      version: 0,
      components: [{ componentId: speakers.id, quantity: 3 }],
    });
    await app.ok('resources.setStatus', {
      id: speakers.id,
      version: 1,
      status: 'out_of_service',
      reason: 'Panne',
    });
    const rows = await app.ok('resources.list', { siteId: app.siteId });
    expect(rows.find((r) => r.id === kit.id)?.quantityUsableNow).toBe(0);
  });

  it('refuses a kit containing itself or a kit that contains it', async () => {
    const { app, mixer, kit } = await soundKit();
    const self = await app.fails('resources.setComponents', {
      kitId: kit.id,
      version: 0,
      components: [{ componentId: kit.id, quantity: 1 }],
    });
    expect(fieldCodes(self.details)).toEqual(['components.0.componentId:kit_contains_itself']);
    const big = await app.resource({ name: 'Grand kit fête' });
    await app.ok('resources.setComponents', {
      kitId: big.id,
      version: 0,
      components: [{ componentId: kit.id, quantity: 1 }],
    });
    await app.ok('resources.setComponents', {
      kitId: kit.id,
      version: 0,
      components: [{ componentId: mixer.id, quantity: 1 }],
    });
    const loop = await app.fails('resources.setComponents', {
      kitId: mixer.id,
      version: 0,
      components: [{ componentId: big.id, quantity: 1 }],
    });
    expect(loop.code).toBe('VALIDATION_FAILED');
    expect((loop.details as Fields).fields[0]).toMatchObject({
      path: 'components.0.componentId',
      code: 'kit_cycle',
      message: '« Grand kit fête » contient déjà ce kit : cela ferait une boucle.',
    });
  });

  it('refuses missing, retired, duplicated components and more than owned', async () => {
    const { app, mixer, speakers, kit } = await soundKit();
    const missing = await app.fails('resources.setComponents', {
      kitId: kit.id,
      version: 0,
      components: [
        { componentId: mixer.id, quantity: 1 },
        { componentId: 999, quantity: 1 },
      ],
    });
    expect(missing.code).toBe('NOT_FOUND');
    expect(fieldCodes(missing.details)).toEqual(['components.1.componentId:not_found']);
    const old = await app.resource({ name: 'Vieux câble' });
    await app.ok('resources.setStatus', { id: old.id, version: 0, status: 'retired', reason: 'Usé' });
    const bad = await app.fails('resources.setComponents', {
      kitId: kit.id,
      version: 0,
      components: [
        { componentId: old.id, quantity: 1 },
        { componentId: speakers.id, quantity: 4 },
        { componentId: speakers.id, quantity: 1 },
        { componentId: mixer.id, quantity: 2 },
      ],
    });
    expect(fieldCodes(bad.details)).toEqual([
      'components.0.componentId:kit_component_retired',
      'components.1.quantity:kit_quantity_exceeds_owned',
      'components.2.componentId:kit_component_duplicate',
      'components.3.quantity:kit_quantity_exceeds_owned',
    ]);
    expect(await app.conn.db.selectFrom('kit_components').selectAll().execute()).toHaveLength(0);
  });

  it('refuses a stale version; an empty list makes it a plain resource again', async () => {
    const { app, mixer, kit } = await soundKit();
    await app.ok('resources.setComponents', {
      kitId: kit.id,
      version: 0,
      components: [{ componentId: mixer.id, quantity: 1 }],
    });
    const stale = await app.fails('resources.setComponents', { kitId: kit.id, version: 0, components: [] });
    expect(stale.code).toBe('STALE_VERSION');
    const plain = await app.ok('resources.setComponents', { kitId: kit.id, version: 1, components: [] });
    expect(plain).toMatchObject({ isKit: false, componentCount: 0, components: [], version: 2 });
  });
});
