import type { Kysely } from 'kysely';
import type { Database, StaffRole } from '../../db/schema';
import type { Lang } from '../core/messages';
import type { Clock } from '../core/clock';

export interface Actor {
  id: number | null;
  name: string;
  role: StaffRole;
}

export interface AuditEntry {
  entity: string;
  entityId: number | null;
  action: string;
  /** Names of the fields touched; never their values. */
  fields?: string[];
  reason?: string | null;
}

/** What the app provides to the registry once, at start. */
export interface AppEnv {
  db: Kysely<Database>;
  clock: Clock;
  /** The data folder: attached files live in its files/ subfolder. */
  dataDir: string;
}

/** What a handler receives: for a write, `db` is the open transaction. */
export interface Ctx {
  db: Kysely<Database>;
  now: Date;
  actor: Actor;
  lang: Lang;
  env: AppEnv;
  audit(entry: AuditEntry): void;
}
