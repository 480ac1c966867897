import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider } from 'kysely';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './schema';
import { migrations } from './migrations/index';

export const DB_FILE = 'comptoir.sqlite';

export interface OpenOptions {
  /** Path to an Electron build of better-sqlite3's addon (the desktop app); tests use the Node build. */
  nativeBinding?: string;
  readonly?: boolean;
}

export interface Connection {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  close(): Promise<void>;
}

export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `Cette base de données a été écrite par une version plus récente de Comptoir (schéma ${found}, ` +
        `cette version connaît ${known}). Elle n'a pas été modifiée.`,
    );
  }
}

/** Opens (creating if needed) the SQLite file with the pragmas every connection must have. */
export function openSqlite(file: string, options: OpenOptions = {}): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  try {
    if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
    // FULL: a committed transaction survives power loss, not only a killed process.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
  } catch (e) {
    // A damaged file fails here: release the handle so the caller can offer a restore.
    sqlite.close();
    throw e;
  }
  return sqlite;
}

export function connect(sqlite: BetterSqlite3.Database): Connection {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, sqlite, close: () => db.destroy() };
}

export function dataFile(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, DB_FILE);
}

const provider: MigrationProvider = { getMigrations: async () => migrations };
export const SCHEMA_VERSION = Object.keys(migrations).length;

/** The schema version kept inside the database itself. */
export function schemaVersion(sqlite: BetterSqlite3.Database): number {
  return Number(sqlite.pragma('user_version', { simple: true }));
}

/**
 * Brings the database to the latest schema. A database written by a newer Comptoir is refused
 * before anything is written to it.
 */
export async function migrateToLatest(conn: Connection, target?: string): Promise<number> {
  const found = schemaVersion(conn.sqlite);
  if (found > SCHEMA_VERSION) throw new SchemaTooNewError(found, SCHEMA_VERSION);
  const migrator = new Migrator({ db: conn.db, provider });
  const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} échouée : ${String(error)}`, { cause: error });
  }
  const applied = (await migrator.getMigrations()).filter((m) => m.executedAt !== undefined).length;
  conn.sqlite.pragma(`user_version = ${applied}`);
  return applied;
}

/** Opens the data folder's database and migrates it: what the CLI, the browser mode and the app do. */
export async function openDataDir(dataDir: string, options: OpenOptions = {}): Promise<Connection> {
  const conn = connect(openSqlite(dataFile(dataDir), options));
  try {
    await migrateToLatest(conn);
  } catch (e) {
    await conn.close();
    throw e;
  }
  return conn;
}

/** A fresh, migrated in-memory database: what the tests use. */
export async function openMemory(): Promise<Connection> {
  const conn = connect(openSqlite(':memory:'));
  await migrateToLatest(conn);
  return conn;
}
