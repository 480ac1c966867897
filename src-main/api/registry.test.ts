import { describe, expect, it } from 'vitest';
import { testApp } from '../../tests/helpers/test-app';

describe('registry', () => {
  it('answers an unknown method with a stable code', async () => {
    const app = await testApp();
    const err = await app.fails('nope.nothing', {});
    expect(err.code).toBe('UNKNOWN_METHOD');
    expect(err.message).toContain('nope.nothing');
  });

  it('refuses extra keys with VALIDATION_FAILED and field details', async () => {
    const app = await testApp();
    const err = await app.fails('app.info', { extra: 1 });
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(err.details)).toContain('unknown_field');
  });

  it('reports the fixed clock', async () => {
    const app = await testApp('2026-03-29T01:30:00Z');
    const info = await app.ok('app.info', {});
    expect(info.clockFixed).toBe(true);
    expect(info.now).toBe('2026-03-29T01:30:00.000Z');
    expect(info.schemaVersion).toBeGreaterThan(0);
  });

  it('audits every write with actor and method, and the log refuses edits', async () => {
    const app = await testApp();
    await app.ok('staff.create', { name: 'Claire', role: 'manager', pin: '2468' });
    const rows = await app.conn.db.selectFrom('audit_log').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor: 'cli',
      method: 'staff.create',
      entity: 'staff',
      action: 'create',
    });
    expect(() => app.conn.sqlite.prepare('update audit_log set actor = ?').run('x')).toThrow(/append-only/);
    expect(() => app.conn.sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/);
  });

  it('needs a manager PIN once a manager exists, and names the authoriser', async () => {
    const app = await testApp();
    await app.ok('staff.create', { name: 'Claire', role: 'manager', pin: '2468' });
    expect((await app.fails('staff.create', { name: 'Paul', role: 'agent' })).code).toBe('PIN_REQUIRED');
    expect((await app.fails('staff.create', { name: 'Paul', role: 'agent' }, { pin: '0000' })).code).toBe(
      'PIN_INVALID',
    );
    await app.ok('staff.create', { name: 'Paul', role: 'agent' }, { pin: '2468' });
    const last = await app.conn.db
      .selectFrom('audit_log')
      .select('actor')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.actor).toBe('cli (autorisé par Claire)');
  });

  it('rolls back the whole write when a handler fails', async () => {
    const app = await testApp();
    await app.ok('staff.create', { name: 'Claire', role: 'manager', pin: '2468' });
    const err = await app.fails(
      'staff.create',
      { name: 'Claire', role: 'agent' },
      { pin: '2468', lang: 'en' },
    );
    expect(err.code).toBe('DUPLICATE');
    expect(err.message).toBe('A profile is already named "Claire".');
    expect((await app.conn.db.selectFrom('audit_log').selectAll().execute()).length).toBe(1);
  });
});
