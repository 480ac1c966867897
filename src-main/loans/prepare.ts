import type { Kysely, Selectable } from 'kysely';
import type { Database, ResourceTable } from '../../db/schema';
import type { Lang } from '../core/messages';
import { getBooking } from '../bookings/service';
import { loadBorrowerStanding } from '../borrowers/standing';
import { defaultDeposit, depositOfBooking } from '../deposits/service';
import type { PrepareCheckoutDto, PrepareLineDto, PrepareWalkInDto } from './contract';
import { failureDto, loadGuardFacts } from './guard-facts';
import { evaluateGuards } from './guards';

/** What a checkout row shows of a resource: its notes, values, vehicle and room facts. */
const RESOURCE_FACTS = [
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
] as const;

type ResourceFacts = Pick<
  Selectable<ResourceTable>,
  | 'inventory_code'
  | 'name'
  | 'kind'
  | 'tracking'
  | 'safety_notes'
  | 'deposit_cents'
  | 'replacement_value_cents'
  | 'vehicle_registration'
  | 'vehicle_licence_category'
  | 'vehicle_fuel'
  | 'vehicle_mileage'
  | 'room_capacity'
  | 'room_access'
>;

function lineFacts(
  lineId: number,
  resourceId: number,
  quantity: number,
  r: ResourceFacts,
  components: (ResourceFacts & { lineId: number; quantity: number })[],
): PrepareLineDto {
  return {
    lineId,
    resourceId,
    inventoryCode: r.inventory_code,
    name: r.name,
    kind: r.kind,
    tracking: r.tracking,
    quantity,
    safetyNotes: r.safety_notes,
    components: components.map((c) => ({
      lineId: c.lineId,
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
  };
}

/**
 * A walk-in's checkout rows before its lines exist: each resource described as the checkout
 * describes a line (its id stands in for the line's: a resource is on a booking once), a kit's
 * components with their quantities for the whole line, and the default deposit by the same rule.
 */
export async function prepareWalkIn(
  db: Kysely<Database>,
  lines: readonly { resourceId: number; quantity: number }[],
): Promise<PrepareWalkInDto> {
  const ids = lines.map((l) => l.resourceId);
  if (ids.length === 0) return { lines: [], defaultDepositCents: 0 };
  const resources = await db
    .selectFrom('resources as r')
    .select(['r.id', ...RESOURCE_FACTS])
    .where('r.id', 'in', ids)
    .execute();
  const parts = await db
    .selectFrom('kit_components as k')
    .innerJoin('resources as r', 'r.id', 'k.component_id')
    .select(['k.kit_id', 'k.component_id', 'k.quantity as per_kit', ...RESOURCE_FACTS])
    .where('k.kit_id', 'in', ids)
    .orderBy('k.component_id')
    .execute();
  const out = lines.flatMap((l) => {
    const r = resources.find((x) => x.id === l.resourceId);
    if (!r) return [];
    const components = parts
      .filter((p) => p.kit_id === r.id)
      .map((p) => ({ ...p, lineId: -p.component_id, quantity: p.per_kit * l.quantity }));
    return [lineFacts(r.id, r.id, l.quantity, r, components)];
  });
  return {
    lines: out,
    defaultDepositCents: defaultDeposit(
      out.map((l) => ({ quantity: l.quantity, depositCents: l.depositCents })),
    ),
  };
}

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
    .select(['l.id', 'l.kit_line_id', 'l.resource_id', 'l.quantity', ...RESOURCE_FACTS])
    .where('l.booking_id', '=', bookingId)
    .orderBy('l.id')
    .execute();
  const top = rows.filter((r) => r.kit_line_id === null);
  const lines: PrepareLineDto[] = top.map((r) =>
    lineFacts(
      r.id,
      r.resource_id,
      r.quantity,
      r,
      rows.filter((c) => c.kit_line_id === r.id).map((c) => ({ ...c, lineId: c.id })),
    ),
  );
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
