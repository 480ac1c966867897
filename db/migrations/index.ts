import type { Migration } from 'kysely';
import * as m0001 from './2026-11-27-0001-foundation';
import * as m0002 from './2026-11-27-0002-bookings-loans';

/**
 * The static list of migrations, in order. Names are date-prefixed and never change once shipped;
 * the schema version stored in the database (PRAGMA user_version) is the count applied.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-27-0001-foundation': m0001,
  '2026-11-27-0002-bookings-loans': m0002,
};
