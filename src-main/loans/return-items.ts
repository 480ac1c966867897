import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { DomainError } from '../core/errors';
import type { ReturnItemDto } from './contract';

/**
 * Every return item of a loan, visit by visit (oldest first): what each visit declared for each
 * line, as loans.correctReturn takes it back by its id. A kit's own item is flagged: its pieces
 * are corrected through its components' items.
 */
export async function returnItems(db: Kysely<Database>, bookingId: number): Promise<ReturnItemDto[]> {
  const booking = await db.selectFrom('bookings').select('id').where('id', '=', bookingId).executeTakeFirst();
  if (!booking) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking', id: bookingId });
  const rows = await db
    .selectFrom('return_items as i')
    .innerJoin('return_visits as v', 'v.id', 'i.visit_id')
    .innerJoin('booking_lines as l', 'l.id', 'i.line_id')
    .innerJoin('resources as r', 'r.id', 'l.resource_id')
    .select([
      'i.id',
      'i.visit_id',
      'v.at',
      'i.line_id',
      'l.kit_line_id',
      'r.inventory_code',
      'r.name',
      'r.kind',
      'i.quantity_ok',
      'i.quantity_damaged',
      'i.quantity_missing',
      'i.remarks',
      'i.mileage_in',
      'i.fuel_in',
      'i.keys_returned',
    ])
    .select((eb) =>
      eb
        .exists(eb.selectFrom('booking_lines as c').select('c.id').whereRef('c.kit_line_id', '=', 'l.id'))
        .as('is_kit'),
    )
    .where('v.booking_id', '=', bookingId)
    .orderBy('v.at')
    .orderBy('i.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    visitId: r.visit_id,
    at: r.at,
    lineId: r.line_id,
    kitLineId: r.kit_line_id,
    inventoryCode: r.inventory_code,
    resourceName: r.name,
    kind: r.kind,
    isKit: Boolean(r.is_kit),
    ok: r.quantity_ok,
    damaged: r.quantity_damaged,
    missing: r.quantity_missing,
    remarks: r.remarks,
    mileageIn: r.mileage_in,
    fuelIn: r.fuel_in,
    keysReturned: r.keys_returned,
  }));
}
