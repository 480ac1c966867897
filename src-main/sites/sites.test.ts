import { describe, expect, it } from 'vitest';
import { testApp } from '../../tests/helpers/test-app';

const labege = {
  name: 'Entrepôt de Labège',
  address: '3 rue de la Mutualisation',
  postcode: '31670',
  communeName: 'Labège',
  communeInsee: '31254',
};

describe('sites', () => {
  it('creates, lists by name and audits without values', async () => {
    const app = await testApp();
    await app.ok('sites.create', { ...labege, name: 'Salle des fêtes', notes: '' });
    const created = await app.ok('sites.create', labege);
    expect(created).toMatchObject({ ...labege, notes: null, resourceCount: 0, version: 0 });
    expect((await app.ok('sites.list', {})).map((s) => s.name)).toEqual([
      'Entrepôt de Labège',
      'Salle des fêtes',
    ]);
    const audit = await app.conn.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', created.id)
      .where('entity', '=', 'site')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ method: 'sites.create', action: 'create' });
    expect(audit.fields).toContain('communeInsee');
    expect(audit.fields).not.toContain('Labège');
  });

  it('refuses a second site of the same name, whatever its case', async () => {
    const app = await testApp();
    await app.ok('sites.create', labege);
    const err = await app.fails('sites.create', { ...labege, name: 'ENTREPÔT DE LABÈGE' }, { lang: 'en' });
    expect(err.code).toBe('DUPLICATE');
    expect(err.message).toBe('A site is already named "Entrepôt de Labège".');
  });

  it('refuses an invalid INSEE code or postcode beside the field', async () => {
    const app = await testApp();
    const err = await app.fails('sites.create', { ...labege, communeInsee: '3125', postcode: '3167' });
    expect(err.code).toBe('VALIDATION_FAILED');
    const fields = (err.details as { fields: { path: string; code: string }[] }).fields;
    expect(fields.map((f) => `${f.path}:${f.code}`).sort()).toEqual([
      'communeInsee:insee_invalid',
      'postcode:postcode_invalid',
    ]);
    expect(await app.ok('sites.create', { ...labege, name: 'Ajaccio', communeInsee: '2A004' })).toMatchObject(
      {
        communeInsee: '2A004',
      },
    );
  });

  it('updates only the fields sent, bumps the version and refuses a stale one', async () => {
    const app = await testApp();
    const site = await app.ok('sites.create', labege);
    const updated = await app.ok('sites.update', {
      id: site.id,
      version: 0,
      address: null,
      notes: 'Clé au bureau',
    });
    expect(updated).toMatchObject({ name: labege.name, address: null, notes: 'Clé au bureau', version: 1 });
    const stale = await app.fails('sites.update', { id: site.id, version: 0, name: 'Autre' });
    expect(stale.code).toBe('STALE_VERSION');
    expect((await app.fails('sites.update', { id: 999, version: 0, name: 'X' })).code).toBe('NOT_FOUND');
    const last = await app.conn.db
      .selectFrom('audit_log')
      .select('fields')
      .where('method', '=', 'sites.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(last.fields)).toEqual(['address', 'notes']);
  });

  it('refuses renaming onto another site but allows keeping its own name', async () => {
    const app = await testApp();
    const a = await app.ok('sites.create', labege);
    await app.ok('sites.create', { ...labege, name: 'Salle B' });
    expect((await app.fails('sites.update', { id: a.id, version: 0, name: 'salle b' })).code).toBe(
      'DUPLICATE',
    );
    expect(await app.ok('sites.update', { id: a.id, version: 0, name: labege.name })).toMatchObject({
      version: 1,
    });
  });
});
