import { describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../tests/helpers/test-app';

const fieldsOf = (details: unknown) =>
  (details as { fields: { path: string; code: string; message: string }[] }).fields;

async function foyer(app: TestApp, extra: Record<string, unknown> = {}) {
  return app.ok('organisations.create', {
    kind: 'association',
    name: 'Foyer rural d’Évry',
    rna: 'w313012345',
    siret: '732 829 320 00074',
    communeName: 'Évry-sur-Garonne',
    communeInsee: '31999',
    representativeName: 'Jeanne Martin',
    representativeRole: 'Présidente',
    email: '',
    ...extra,
  });
}

describe('organisations.create', () => {
  it('stores a normalised RNA and SIRET and reads them back', async () => {
    const app = await testApp();
    const o = await foyer(app);
    expect(o).toMatchObject({
      kind: 'association',
      rna: 'W313012345',
      siret: '73282932000074',
      email: null,
      isCentre: false,
      version: 0,
      insurance: { status: 'none' },
      suspended: null,
      contacts: [],
    });
    expect(await app.ok('organisations.get', { id: o.id })).toEqual(o);
  });

  it('refuses a SIRET whose check digit is wrong, beside the field', async () => {
    const app = await testApp();
    const err = await app.fails('organisations.create', {
      kind: 'association',
      name: 'X',
      siret: '73282932000075',
    });
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(err.details)).toEqual([
      { path: 'siret', code: 'siret_luhn', message: expect.stringMatching(/clé/) },
    ]);
  });

  it('refuses a malformed RNA', async () => {
    const app = await testApp();
    for (const rna of ['W31301234', '313012345', 'W31301234X']) {
      const err = await app.fails('organisations.create', { kind: 'association', name: 'X', rna });
      expect(fieldsOf(err.details).map((f) => f.code)).toEqual(['rna_invalid']);
    }
  });

  it('refuses an individual with a SIRET, naming the field', async () => {
    const app = await testApp();
    const err = await app.fails('organisations.create', {
      kind: 'individual',
      name: 'Paul Durand',
      siret: '73282932000074',
    });
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(err.details)).toEqual([
      { path: 'siret', code: 'individual_no_siret', message: expect.stringContaining('particulier') },
    ]);
    expect(await app.ok('organisations.list', {})).toEqual([]);
  });

  it('refuses a commune without its INSEE code', async () => {
    const app = await testApp();
    const err = await app.fails('organisations.create', {
      kind: 'association',
      name: 'X',
      communeName: 'Muret',
    });
    expect(fieldsOf(err.details)).toMatchObject([{ path: 'communeInsee', code: 'commune_incomplete' }]);
  });

  it('refuses a duplicate SIRET or RNA, naming who has it', async () => {
    const app = await testApp();
    await foyer(app);
    const err = await app.fails('organisations.create', {
      kind: 'organisation',
      name: 'Autre',
      siret: '73282932000074',
    });
    expect(err).toMatchObject({ code: 'DUPLICATE', message: expect.stringContaining('Foyer rural d’Évry') });
    expect(fieldsOf(err.details)).toMatchObject([{ path: 'siret', code: 'duplicate_siret' }]);
    const rna = await app.fails('organisations.create', {
      kind: 'association',
      name: 'Autre',
      rna: 'W313012345',
    });
    expect(rna.code).toBe('DUPLICATE');
    expect(rna.message).toContain('W313012345');
  });

  it('accepts only one centre', async () => {
    const app = await testApp();
    await app.ok('organisations.create', {
      kind: 'public_body',
      name: 'Maison des associations',
      isCentre: true,
    });
    const err = await app.fails('organisations.create', {
      kind: 'public_body',
      name: 'Autre',
      isCentre: true,
    });
    expect(err.code).toBe('DUPLICATE');
    expect(err.message).toContain('Maison des associations');
  });

  it('answers in English when asked', async () => {
    const app = await testApp();
    await foyer(app);
    const dup = await app.fails(
      'organisations.create',
      { kind: 'organisation', name: 'Autre', siret: '73282932000074' },
      { lang: 'en' },
    );
    expect(dup.message).toBe('SIRET 73282932000074 is already registered for "Foyer rural d’Évry".');
    const luhn = await app.fails(
      'organisations.create',
      { kind: 'association', name: 'X', siret: '73282932000084' },
      { lang: 'en' },
    );
    expect(fieldsOf(luhn.details)[0]?.message).toBe(
      'Invalid SIRET: the check digit does not match (check the digits).',
    );
    const indiv = await app.fails(
      'organisations.create',
      { kind: 'individual', name: 'X', rna: 'W313012345' },
      { lang: 'en' },
    );
    expect(fieldsOf(indiv.details)[0]?.message).toBe(
      'An individual has no RNA number: leave this field empty.',
    );
  });

  it('audits field names, never personal values', async () => {
    const app = await testApp();
    const o = await foyer(app);
    const log = await app.conn.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'organisation')
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ entity_id: o.id, action: 'create', method: 'organisations.create' });
    expect(JSON.parse(log[0]?.fields ?? '[]')).toContain('representativeName');
    expect(JSON.stringify(log)).not.toMatch(/Jeanne|73282932000074|W313012345|Évry/);
  });
});

describe('organisations.update', () => {
  it('changes only the fields sent, bumps the version and refuses a stale one', async () => {
    const app = await testApp();
    const o = await foyer(app);
    const u = await app.ok('organisations.update', { id: o.id, version: 0, phone: '05 61 00 00 00' });
    expect(u).toMatchObject({ version: 1, phone: '05 61 00 00 00', siret: '73282932000074', name: o.name });
    const stale = await app.fails('organisations.update', { id: o.id, version: 0, name: 'Autre nom' });
    expect(stale.code).toBe('STALE_VERSION');
    expect((await app.ok('organisations.get', { id: o.id })).name).toBe(o.name);
    const log = await app.conn.db
      .selectFrom('audit_log')
      .select('fields')
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(log.fields)).toEqual(['phone']);
  });

  it('checks the merged record: turning an association with a SIRET into an individual is refused', async () => {
    const app = await testApp();
    const o = await foyer(app);
    const err = await app.fails('organisations.update', { id: o.id, version: 0, kind: 'individual' });
    expect(fieldsOf(err.details).map((f) => f.path)).toEqual(['rna', 'siret']);
    const ok = await app.ok('organisations.update', {
      id: o.id,
      version: 0,
      kind: 'individual',
      rna: null,
      siret: '',
    });
    expect(ok).toMatchObject({ kind: 'individual', rna: null, siret: null, version: 1 });
  });

  it('does not count the record itself as a duplicate, but does count others', async () => {
    const app = await testApp();
    const o = await foyer(app);
    await app.ok('organisations.update', { id: o.id, version: 0, siret: '73282932000074' });
    const b = await app.ok('organisations.create', { kind: 'association', name: 'B' });
    const err = await app.fails('organisations.update', { id: b.id, version: 0, siret: '73282932000074' });
    expect(err.code).toBe('DUPLICATE');
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const app = await testApp();
    const err = await app.fails('organisations.update', { id: 999, version: 0, name: 'X' });
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: 'Organisation introuvable (n° 999).' });
  });
});

describe('organisations.list', () => {
  async function seed(app: TestApp) {
    const centre = await app.ok('organisations.create', {
      kind: 'public_body',
      name: 'Centre de ressources',
      isCentre: true,
    });
    const evry = await foyer(app);
    const club = await app.ok('organisations.create', {
      kind: 'association',
      name: 'Boxing club',
      siret: '44306184100047',
      communeName: 'Muret',
      communeInsee: '31395',
    });
    const paul = await app.ok('organisations.create', { kind: 'individual', name: 'Paul Durand' });
    return { centre, evry, club, paul };
  }

  it('is sorted by name and leaves the centre out unless asked', async () => {
    const app = await testApp();
    await seed(app);
    expect((await app.ok('organisations.list', {})).map((o) => o.name)).toEqual([
      'Boxing club',
      'Foyer rural d’Évry',
      'Paul Durand',
    ]);
    const all = await app.ok('organisations.list', { includeCentre: true });
    expect(all.map((o) => o.name)).toContain('Centre de ressources');
    expect(all.find((o) => o.isCentre)?.name).toBe('Centre de ressources');
  });

  it('searches without case or accents on name, commune, RNA and SIRET', async () => {
    const app = await testApp();
    await seed(app);
    const names = async (search: string) =>
      (await app.ok('organisations.list', { search })).map((o) => o.name);
    expect(await names('EVRY')).toEqual(['Foyer rural d’Évry']);
    expect(await names('évry-sur')).toEqual(['Foyer rural d’Évry']);
    expect(await names('muret')).toEqual(['Boxing club']);
    expect(await names('w3130')).toEqual(['Foyer rural d’Évry']);
    expect(await names('443 061 841')).toEqual(['Boxing club']);
    expect(await names('zzz')).toEqual([]);
  });

  it('filters on kind', async () => {
    const app = await testApp();
    await seed(app);
    expect((await app.ok('organisations.list', { kind: 'individual' })).map((o) => o.name)).toEqual([
      'Paul Durand',
    ]);
  });

  it('counts contacts and owned resources (retired ones aside)', async () => {
    const app = await testApp();
    const { club } = await seed(app);
    await app.ok('contacts.add', { organisationId: club.id, name: 'Ali', phone: '0600000000' });
    await app.ok('contacts.add', { organisationId: club.id, name: 'Zoé' });
    const db = app.conn.db;
    const at = '2026-06-01T00:00:00Z';
    const site = await db
      .insertInto('sites')
      .values({
        name: 'Gymnase',
        commune_name: 'Muret',
        commune_insee: '31395',
        address: null,
        postcode: null,
        notes: null,
        created_at: at,
        updated_at: at,
        version: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const resource = (code: string, status: 'available' | 'retired') => ({
      kind: 'equipment' as const,
      tracking: 'unit' as const,
      name: 'Ring gonflable',
      category: null,
      description: null,
      inventory_code: code,
      owner_id: club.id,
      site_id: site.id,
      deposit_cents: 0,
      replacement_value_cents: 0,
      daily_value_cents: 0,
      buffer_minutes: 0,
      default_loan_days: 1,
      status,
      status_reason: null,
      quantity_owned: 1,
      quantity_out_of_service: 0,
      safety_notes: null,
      vehicle_registration: null,
      vehicle_seats: null,
      vehicle_licence_category: null,
      vehicle_fuel: null,
      vehicle_mileage: null,
      vehicle_next_inspection: null,
      room_capacity: null,
      room_accessible: null,
      room_access: null,
      created_at: at,
      updated_at: at,
      version: 0,
    });
    await db
      .insertInto('resources')
      .values([resource('R1', 'available'), resource('R2', 'retired')])
      .execute();
    const row = (await app.ok('organisations.list', { search: 'boxing' }))[0];
    expect(row).toMatchObject({ contactCount: 2, ownedResourceCount: 1 });
    expect((await app.ok('organisations.get', { id: club.id })).ownedResourceCount).toBe(1);
  });

  it('shows each borrower’s insurance badge and suspension', async () => {
    const app = await testApp();
    const { evry, club } = await seed(app);
    const cert = {
      insurer: 'MAIF',
      policyNumber: 'P-1',
      coversCivilLiability: true,
      coversLentProperty: false,
      coversVehicleUse: false,
      validFrom: '2025-09-01',
    };
    await app.ok('insurance.add', { ...cert, organisationId: evry.id, validTo: '2026-06-20' });
    await app.ok('insurance.add', { ...cert, organisationId: club.id, validTo: '2026-08-31' });
    await app.ok('suspensions.add', {
      organisationId: club.id,
      reason: 'Retour en retard',
      endsOn: '2026-07-01',
    });
    const rows = await app.ok('organisations.list', {});
    expect(rows.find((r) => r.id === evry.id)).toMatchObject({
      insurance: { status: 'expiring', validTo: '2026-06-20', daysLeft: 15 },
      suspended: null,
    });
    expect(rows.find((r) => r.id === club.id)).toMatchObject({
      insurance: { status: 'valid', validTo: '2026-08-31', daysLeft: 87 },
      suspended: { until: '2026-07-01', reason: 'Retour en retard' },
    });
    expect(rows.find((r) => r.name === 'Paul Durand')?.insurance.status).toBe('none');
  });
});
