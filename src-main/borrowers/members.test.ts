import { describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../tests/helpers/test-app';

/** Contacts, drivers and suspensions: the records hanging off an organisation. */

async function org(app: TestApp) {
  return app.ok('organisations.create', { kind: 'association', name: 'Foyer rural' });
}

describe('contacts', () => {
  it('adds, updates and removes a contact; audits names of fields only', async () => {
    const app = await testApp();
    const o = await org(app);
    const c = await app.ok('contacts.add', {
      organisationId: o.id,
      name: 'Jeanne Martin',
      role: 'Trésorière',
      phone: '06 12 34 56 78',
      email: 'jeanne@example.org',
    });
    expect(c).toMatchObject({ organisationId: o.id, name: 'Jeanne Martin', email: 'jeanne@example.org' });
    const u = await app.ok('contacts.update', { id: c.id, role: 'Présidente', email: '' });
    expect(u).toMatchObject({ role: 'Présidente', email: null, phone: '06 12 34 56 78' });
    expect((await app.ok('organisations.get', { id: o.id })).contacts).toEqual([u]);
    await app.ok('contacts.remove', { id: c.id });
    expect((await app.ok('organisations.get', { id: o.id })).contacts).toEqual([]);
    const log = await app.conn.db
      .selectFrom('audit_log')
      .select(['action', 'fields'])
      .where('entity', '=', 'contact')
      .orderBy('id')
      .execute();
    expect(log).toEqual([
      { action: 'create', fields: '["name","role","phone","email"]' },
      { action: 'update', fields: '["role","email"]' },
      { action: 'delete', fields: '[]' },
    ]);
    expect(JSON.stringify(await app.conn.db.selectFrom('audit_log').selectAll().execute())).not.toMatch(
      /Jeanne|jeanne@|06 12/,
    );
  });

  it('refuses a bad email and an unknown contact', async () => {
    const app = await testApp();
    const o = await org(app);
    const err = await app.fails('contacts.add', { organisationId: o.id, name: 'X', email: 'pas-un-email' });
    expect(err.details).toMatchObject({ fields: [{ path: 'email' }] });
    expect((await app.fails('contacts.update', { id: 77, name: 'Y' })).code).toBe('NOT_FOUND');
    expect((await app.fails('contacts.remove', { id: 77 })).message).toBe('Contact introuvable (n° 77).');
    expect((await app.fails('contacts.add', { organisationId: 999, name: 'X' })).code).toBe('NOT_FOUND');
  });
});

describe('drivers', () => {
  it('records a checked licence and reports its validity today', async () => {
    const app = await testApp();
    const o = await org(app);
    const d = await app.ok('drivers.add', {
      organisationId: o.id,
      name: 'Paul Durand',
      licenceCategory: 'B',
      licenceExpiry: '2026-06-05',
      checkedOn: '2026-06-05',
      checkedBy: 'Accueil',
    });
    expect(d).toMatchObject({ licenceCategory: 'B', licenceValid: true, licenceDaysLeft: 0 });
    const expired = await app.ok('drivers.update', { id: d.id, licenceExpiry: '2026-06-04' });
    expect(expired).toMatchObject({ licenceValid: false, licenceDaysLeft: -1, name: 'Paul Durand' });
    expect((await app.ok('organisations.get', { id: o.id })).drivers).toEqual([expired]);
    await app.ok('drivers.remove', { id: d.id });
    expect((await app.ok('organisations.get', { id: o.id })).drivers).toEqual([]);
  });

  it('refuses an unknown category, a check in the future and a half-filled check', async () => {
    const app = await testApp();
    const o = await org(app);
    const base = {
      organisationId: o.id,
      name: 'X',
      licenceCategory: 'B',
      licenceExpiry: '2030-01-01',
    } as const;
    const cat = await app.fails('drivers.add', { ...base, licenceCategory: 'B96' });
    expect(cat.details).toMatchObject({ fields: [{ path: 'licenceCategory' }] });
    const future = await app.fails('drivers.add', { ...base, checkedOn: '2026-06-06', checkedBy: 'Accueil' });
    expect(future.details).toMatchObject({ fields: [{ path: 'checkedOn', code: 'checked_on_future' }] });
    const half = await app.fails('drivers.add', { ...base, checkedBy: 'Accueil' }, { lang: 'en' });
    expect(half.details).toMatchObject({
      fields: [{ path: 'checkedOn', message: expect.stringContaining('who checked it') }],
    });
    expect(await app.conn.db.selectFrom('drivers').selectAll().execute()).toEqual([]);
  });
});

describe('suspensions', () => {
  it('suspends from today until the date given, then lifts with a reason', async () => {
    const app = await testApp();
    const o = await org(app);
    const s = await app.ok('suspensions.add', {
      organisationId: o.id,
      reason: 'Matériel rendu abîmé',
      endsOn: '2026-09-01',
    });
    expect(s).toMatchObject({
      startsOn: '2026-06-05',
      endsOn: '2026-09-01',
      status: 'active',
      liftedAt: null,
    });
    expect((await app.ok('organisations.get', { id: o.id })).suspended).toEqual({
      until: '2026-09-01',
      reason: 'Matériel rendu abîmé',
    });
    const lifted = await app.ok('suspensions.lift', { id: s.id, reason: 'Réparation payée' });
    expect(lifted).toMatchObject({
      status: 'lifted',
      liftedReason: 'Réparation payée',
      liftedAt: '2026-06-05T08:00:00.000Z',
    });
    const detail = await app.ok('organisations.get', { id: o.id });
    expect(detail.suspended).toBeNull();
    expect(detail.suspensions).toEqual([lifted]);
    const again = await app.fails('suspensions.lift', { id: s.id, reason: 'encore' });
    expect(again.code).toBe('INVALID_STATE');
    const log = await app.conn.db
      .selectFrom('audit_log')
      .select(['action', 'fields'])
      .where('entity', '=', 'suspension')
      .execute();
    expect(log.map((l) => l.action)).toEqual(['create', 'lift']);
    expect(JSON.stringify(log)).not.toMatch(/abîmé|payée/);
  });

  it('a suspension ending today is still in force; one ending yesterday is refused', async () => {
    const app = await testApp();
    const o = await org(app);
    await app.ok('suspensions.add', { organisationId: o.id, reason: 'r', endsOn: '2026-06-05' });
    expect((await app.ok('organisations.list', {}))[0]?.suspended).toEqual({
      until: '2026-06-05',
      reason: 'r',
    });
    const past = await app.fails('suspensions.add', {
      organisationId: o.id,
      reason: 'r',
      endsOn: '2026-06-04',
    });
    expect(past.details).toMatchObject({ fields: [{ path: 'endsOn', code: 'suspension_end_past' }] });
  });

  it('lists active suspensions first', async () => {
    const app = await testApp();
    const o = await org(app);
    const first = await app.ok('suspensions.add', {
      organisationId: o.id,
      reason: 'a',
      endsOn: '2026-07-01',
    });
    await app.ok('suspensions.lift', { id: first.id, reason: 'levée' });
    const second = await app.ok('suspensions.add', {
      organisationId: o.id,
      reason: 'b',
      endsOn: '2026-08-01',
    });
    // Most recent first would put "c" first: the one in force must come before it.
    const third = await app.ok('suspensions.add', {
      organisationId: o.id,
      reason: 'c',
      endsOn: '2026-06-20',
    });
    await app.ok('suspensions.lift', { id: third.id, reason: 'erreur' });
    const list = (await app.ok('organisations.get', { id: o.id })).suspensions;
    expect(list.map((s) => [s.reason, s.status])).toEqual([
      ['b', 'active'],
      ['c', 'lifted'],
      ['a', 'lifted'],
    ]);
    expect(list[0]?.id).toBe(second.id);
  });

  it('is a manager decision once a manager exists', async () => {
    const app = await testApp();
    const o = await org(app);
    await app.ok('staff.create', { name: 'Claire', role: 'manager', pin: '2468' });
    const err = await app.fails('suspensions.add', {
      organisationId: o.id,
      reason: 'r',
      endsOn: '2026-07-01',
    });
    expect(err.code).toBe('PIN_REQUIRED');
    await app.ok(
      'suspensions.add',
      { organisationId: o.id, reason: 'r', endsOn: '2026-07-01' },
      { pin: '2468' },
    );
  });
});
