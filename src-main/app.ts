import { openDataDir, type Connection, type OpenOptions } from '../db/connection';
import type { Clock } from './core/clock';
import { createRegistry, type Registry } from './api/registry';
import { contract } from './api/contract';
import { handlers } from './api/handlers';
import { ensureBuiltinProfiles } from './staff/service';

export interface App {
  conn: Connection;
  registry: Registry;
  clock: Clock;
  dataDir: string;
  close(): Promise<void>;
}

/** Opens a data folder, migrates it and builds the registry: shared by the CLI, browser mode and desktop app. */
export async function openApp(dataDir: string, clock: Clock, options: OpenOptions = {}): Promise<App> {
  const conn = await openDataDir(dataDir, options);
  await ensureBuiltinProfiles(conn.db, clock.now());
  return appOn(conn, clock, dataDir);
}

export function appOn(conn: Connection, clock: Clock, dataDir: string): App {
  const registry = createRegistry(contract, handlers, { db: conn.db, clock, dataDir });
  return { conn, registry, clock, dataDir, close: () => conn.close() };
}
