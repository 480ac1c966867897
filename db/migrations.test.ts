import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import {
  connect,
  migrateToLatest,
  openDataDir,
  openSqlite,
  SCHEMA_VERSION,
  schemaVersion,
  SchemaTooNewError,
} from './connection';
import { migrations } from './migrations/index';

const tmp = () => mkdtempSync(join(tmpdir(), 'comptoir-mig-'));

describe('migrations', () => {
  it('are date-prefixed, in order, and counted as the schema version', () => {
    const names = Object.keys(migrations);
    expect(names.every((n) => /^\d{4}-\d{2}-\d{2}-\d{4}-[a-z0-9-]+$/.test(n))).toBe(true);
    expect([...names].sort()).toEqual(names);
    expect(SCHEMA_VERSION).toBe(names.length);
  });

  it('create every table of the schema on an empty database and record the version inside it', async () => {
    const conn = connect(openSqlite(':memory:'));
    expect(schemaVersion(conn.sqlite)).toBe(0);
    await migrateToLatest(conn);
    expect(schemaVersion(conn.sqlite)).toBe(SCHEMA_VERSION);
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where type='table' order by name`.execute(conn.db);
    expect(tables.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'resources',
        'organisations',
        'insurance_certificates',
        'audit_log',
        'staff',
        'settings',
        'kit_components',
        'maintenance_periods',
        'attachments',
        'sites',
        'contacts',
        'drivers',
        'suspensions',
      ]),
    );
    await conn.close();
  });

  it('are idempotent: opening the same folder twice keeps the data', async () => {
    const dir = tmp();
    const a = await openDataDir(dir);
    await a.db.insertInto('settings').values({ key: 'k', value: '1', updated_at: 'x' }).execute();
    await a.close();
    const b = await openDataDir(dir);
    expect((await b.db.selectFrom('settings').selectAll().execute()).length).toBe(1);
    expect(schemaVersion(b.sqlite)).toBe(SCHEMA_VERSION);
    await b.close();
  });

  it('roll back cleanly: every down in reverse empties the schema, every up rebuilds it identically', async () => {
    const conn = connect(openSqlite(':memory:'));
    await migrateToLatest(conn);
    const schemaOf = async () =>
      (
        await sql<{
          sql: string;
        }>`select sql from sqlite_master where sql is not null and name not like 'kysely%' and name not like 'sqlite_%' order by name`.execute(
          conn.db,
        )
      ).rows
        .map((r) => r.sql)
        .join('\n');
    const before = await schemaOf();
    const all = Object.values(migrations);
    for (const m of [...all].reverse()) await m.down?.(conn.db);
    expect(await schemaOf()).toBe('');
    for (const m of all) await m.up(conn.db);
    expect(await schemaOf()).toBe(before);
    await conn.close();
  });

  it('bring a foundation-era database forward with its rows intact (0001 → 0002)', async () => {
    const conn = connect(openSqlite(':memory:'));
    await migrateToLatest(conn, '2026-11-27-0001-foundation');
    expect(schemaVersion(conn.sqlite)).toBe(1);
    const now = '2026-06-05T08:00:00.000Z';
    conn.sqlite.exec(`
      insert into organisations (kind, name, is_centre, created_at, updated_at) values ('association', 'Les Amis du Canal', 0, '${now}', '${now}');
      insert into sites (name, commune_name, commune_insee, created_at, updated_at) values ('Toulouse', 'Toulouse', '31555', '${now}', '${now}');
      insert into resources (kind, tracking, name, inventory_code, owner_id, site_id, quantity_owned, created_at, updated_at)
        values ('equipment', 'stock', 'Chaise pliante', 'MOB-CHA', 1, 1, 120, '${now}', '${now}');`);
    const before = conn.sqlite.prepare('select * from resources').all();
    await migrateToLatest(conn);
    expect(schemaVersion(conn.sqlite)).toBe(SCHEMA_VERSION);
    expect(conn.sqlite.prepare('select * from resources').all()).toEqual(before);
    conn.sqlite.exec(`insert into bookings (borrower_id, status, starts_at, ends_at, created_at, updated_at)
      values (1, 'confirmed', '2026-06-06T07:00:00Z', '2026-06-06T16:00:00Z', '${now}', '${now}');
      insert into booking_lines (booking_id, resource_id, quantity, created_at) values (1, 1, 40, '${now}');`);
    expect(() => conn.sqlite.exec(`update booking_lines set quantity_ok = 41`)).toThrow(/CHECK/);
    await conn.close();
  });

  it('refuse a database written by a newer version, without modifying it', async () => {
    const dir = tmp();
    const first = await openDataDir(dir);
    first.sqlite.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    await first.close();
    await expect(openDataDir(dir)).rejects.toBeInstanceOf(SchemaTooNewError);
    const raw = openSqlite(join(dir, 'comptoir.sqlite'));
    expect(schemaVersion(raw)).toBe(SCHEMA_VERSION + 1);
    raw.close();
  });

  it('set the pragmas every connection needs', async () => {
    const conn = await openDataDir(tmp());
    expect(conn.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(conn.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(conn.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(Number(conn.sqlite.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    await conn.close();
  });
});
