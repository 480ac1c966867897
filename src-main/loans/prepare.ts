import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Lang } from '../core/messages';
import { getBooking } from '../bookings/service';
import { loadBorrowerStanding } from '../borrowers/standing';
import { defaultDeposit, depositOfBooking } from '../deposits/service';
import type { PrepareCheckoutDto, PrepareLineDto } from './contract';
import { failureDto, loadGuardFacts } from './guard-facts';
import { evaluateGuards } from './guards';

/**
 * What the checkout dialog shows before the agent confirms: each line with its resource's safety
 * notes, the default deposit, the borrower's drivers, and the guards that would refuse now.
 */
export async function prepareCheckout(
  db: Kysely<Database>,
  now: Date,
  lang: Lang,
  bookingId: number,
): Promise<PrepareCheckoutDto> {
  const booking = await getBooking(db, now, bookingId);
  const b = await db.selectFrom('bookings').selectAll().where('id', '=', bookingId).executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('booking_lines as l')
    .innerJoin('resources as r', 'r.id', 'l.resource_id')
    .select([
      'l.id',
      'l.kit_line_id',
      'l.resource_id',
      'l.quantity',
      'r.inventory_code',
      'r.name',
      'r.kind',
      'r.tracking',
      'r.safety_notes',
      'r.deposit_cents',
      'r.replacement_value_cents',
      'r.vehicle_registration',
      'r.vehicle_licence_category',
      'r.vehicle_fuel',
      'r.vehicle_mileage',
      'r.room_capacity',
      'r.room_access',
    ])
    .where('l.booking_id', '=', bookingId)
    .orderBy('l.id')
    .execute();
  const top = rows.filter((r) => r.kit_line_id === null);
  const lines: PrepareLineDto[] = top.map((r) => ({
    lineId: r.id,
    resourceId: r.resource_id,
    inventoryCode: r.inventory_code,
    name: r.name,
    kind: r.kind,
    tracking: r.tracking,
    quantity: r.quantity,
    safetyNotes: r.safety_notes,
    components: rows
      .filter((c) => c.kit_line_id === r.id)
      .map((c) => ({
        lineId: c.id,
        inventoryCode: c.inventory_code,
        name: c.name,
        quantity: c.quantity,
        safetyNotes: c.safety_notes,
      })),
    depositCents: r.deposit_cents,
    replacementValueCents: r.replacement_value_cents,
    vehicle:
      r.kind === 'vehicle'
        ? {
            registration: r.vehicle_registration,
            licenceCategory: r.vehicle_licence_category,
            fuel: r.vehicle_fuel,
            currentMileage: r.vehicle_mileage,
          }
        : null,
    room: r.kind === 'room' ? { capacity: r.room_capacity, access: r.room_access } : null,
  }));
  const standing = await loadBorrowerStanding(db, b.borrower_id);
  const deposit = await depositOfBooking(db, bookingId);
  const defaultDepositCents = defaultDeposit(
    top.map((r) => ({ quantity: r.quantity, depositCents: r.deposit_cents })),
  );
  const facts = await loadGuardFacts(db, lang, {
    booking: b,
    topLines: top.map((r) => ({ resourceId: r.resource_id, quantity: r.quantity })),
    vehicles: [],
    standing,
    at: now,
  });
  // No deposit row yet: the checkout will create it at its default amount.
  if (!deposit) facts.deposit = { state: 'expected', amountCents: defaultDepositCents };
  return {
    booking,
    lines,
    defaultDepositCents,
    deposit: deposit
      ? { state: deposit.state, amountCents: deposit.amount_cents, method: deposit.method }
      : null,
    drivers: standing.drivers,
    guardPreview: evaluateGuards(facts).map((f) => failureDto(lang, f)),
  };
}
