import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/**
 * Marks the options past their expiry as 'lapsed' and returns their ids. Reads do not depend on
 * it (an expired option holds nothing even before it is marked: see `holdsAt`); it keeps the
 * stored status honest for lists, reports and the audit log. Call it inside a write.
 */
export async function lapseExpiredOptions(trx: Kysely<Database>, now: Date): Promise<number[]> {
  const at = now.toISOString();
  const rows = await trx
    .updateTable('bookings')
    .set((eb) => ({ status: 'lapsed', updated_at: at, version: eb('version', '+', 1) }))
    .where('status', '=', 'option')
    .where('option_expires_at', '<=', at)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
