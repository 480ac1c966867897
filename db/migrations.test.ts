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

  it('roll back the foundation cleanly (down then up gives the same schema)', async () => {
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
    const first = Object.values(migrations)[0];
    await first?.down?.(conn.db);
    expect(await schemaOf()).toBe('');
    await first?.up(conn.db);
    expect(await schemaOf()).toBe(before);
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
