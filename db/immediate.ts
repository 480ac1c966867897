import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * kysely's SQLite driver opens transactions with a plain BEGIN, which takes the write lock only at
 * the first write: two processes could both check availability, then both write. Check-then-write
 * work runs here instead, under BEGIN IMMEDIATE, on one connection.
 */
export async function inImmediateTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (e) {
      await sql`rollback`.execute(conn);
      throw e;
    }
  });
}
