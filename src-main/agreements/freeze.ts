import type { Kysely } from 'kysely';
import type { Database, OrganisationTable } from '../../db/schema';
import { DomainError } from '../core/errors';
import { parisDate } from '../core/paris-time';
import type { FrozenAgreement, FrozenLine, FrozenParty } from './contract';

/** The terms template version every new agreement freezes (the terms editor comes with the PDF issue). */
export const TERMS_VERSION = 1;

type OrgRow = Pick<
  OrganisationTable,
  | 'name'
  | 'kind'
  | 'rna'
  | 'siret'
  | 'address'
  | 'postcode'
  | 'commune_name'
  | 'commune_insee'
  | 'representative_name'
  | 'representative_role'
> & { id: number; is_centre: 0 | 1 };

function party(o: OrgRow): FrozenParty {
  return {
    name: o.name,
    kind: o.kind,
    rna: o.rna,
    siret: o.siret,
    address: o.address,
    postcode: o.postcode,
    communeName: o.commune_name,
    communeInsee: o.commune_insee,
    representativeName: o.representative_name,
    representativeRole: o.representative_role,
  };
}

/**
 * DOMAIN.md "Agreement": when every line has the same owner other than the centre, that owner is
 * the lender and the centre signs on its behalf; otherwise the centre lends, acting for the owners.
 */
export function chooseLender<T extends { id: number }>(
  owners: T[],
  centre: T,
): { lender: T; lenderIsCentre: boolean } {
  const distinct = [...new Map(owners.map((o) => [o.id, o])).values()];
  const only = distinct[0];
  if (distinct.length === 1 && only && only.id !== centre.id) return { lender: only, lenderIsCentre: false };
  return { lender: centre, lenderIsCentre: true };
}

const ORG_COLUMNS = [
  'id',
  'name',
  'kind',
  'rna',
  'siret',
  'address',
  'postcode',
  'commune_name',
  'commune_insee',
  'representative_name',
  'representative_role',
  'is_centre',
] as const;

/**
 * Reads, inside the checkout's transaction, everything the agreement must keep. Call it after the
 * lines' checkout facts (condition, mileage, frozen values) and the deposit have been written.
 */
export async function freezeAgreement(
  trx: Kysely<Database>,
  opts: {
    bookingId: number;
    number: string;
    kind: 'agreement' | 'amendment';
    issuedAt: Date;
    insuranceOverridden: boolean;
  },
): Promise<FrozenAgreement> {
  const booking = await trx
    .selectFrom('bookings')
    .selectAll()
    .where('id', '=', opts.bookingId)
    .executeTakeFirst();
  if (!booking) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking', id: opts.bookingId });
  const borrower = await trx
    .selectFrom('organisations')
    .select(ORG_COLUMNS)
    .where('id', '=', booking.borrower_id)
    .executeTakeFirstOrThrow();
  const centre = await trx
    .selectFrom('organisations')
    .select(ORG_COLUMNS)
    .where('is_centre', '=', 1)
    .executeTakeFirst();
  if (!centre) throw new DomainError('INVALID_STATE', 'centre_missing');

  const lines = await trx
    .selectFrom('booking_lines as l')
    .innerJoin('resources as r', 'r.id', 'l.resource_id')
    .innerJoin('organisations as o', 'o.id', 'r.owner_id')
    .select([
      'l.id',
      'l.kit_line_id',
      'l.quantity',
      'l.condition_out',
      'l.remarks_out',
      'l.replacement_value_cents',
      'l.daily_value_cents',
      'l.deposit_cents',
      'l.mileage_out',
      'l.fuel_out',
      'l.keys_out',
      'r.inventory_code',
      'r.name',
      'r.kind',
      'r.owner_id',
      'r.replacement_value_cents as resource_replacement',
      'r.daily_value_cents as resource_daily',
      'r.deposit_cents as resource_deposit',
      'r.vehicle_registration',
      'r.vehicle_seats',
      'r.vehicle_licence_category',
      'r.room_capacity',
      'r.room_access',
      'o.name as owner_name',
    ])
    .where('l.booking_id', '=', opts.bookingId)
    .orderBy('l.id')
    .execute();
  const drivers = await trx
    .selectFrom('line_drivers as d')
    .innerJoin('booking_lines as l', 'l.id', 'd.line_id')
    .select(['d.line_id', 'd.driver_name'])
    .where('l.booking_id', '=', opts.bookingId)
    .orderBy('d.driver_name')
    .execute();

  const top = lines.filter((l) => l.kit_line_id === null);
  const frozenLines: FrozenLine[] = top.map((l) => ({
    lineId: l.id,
    inventoryCode: l.inventory_code,
    name: l.name,
    kind: l.kind,
    quantity: l.quantity,
    ownerName: l.owner_name,
    conditionOut: l.condition_out,
    remarksOut: l.remarks_out,
    replacementValueCents: l.replacement_value_cents ?? l.resource_replacement,
    dailyValueCents: l.daily_value_cents ?? l.resource_daily,
    depositCents: l.deposit_cents ?? l.resource_deposit,
    components: lines
      .filter((c) => c.kit_line_id === l.id)
      .map((c) => ({
        inventoryCode: c.inventory_code,
        name: c.name,
        quantity: c.quantity,
        replacementValueCents: c.replacement_value_cents ?? c.resource_replacement,
      })),
    vehicle:
      l.kind === 'vehicle'
        ? {
            registration: l.vehicle_registration,
            seats: l.vehicle_seats,
            licenceCategory: l.vehicle_licence_category,
            mileageOut: l.mileage_out,
            fuelOut: l.fuel_out,
            drivers: drivers.filter((d) => d.line_id === l.id).map((d) => d.driver_name),
          }
        : null,
    room:
      l.kind === 'room' ? { capacity: l.room_capacity, keysOut: l.keys_out, access: l.room_access } : null,
  }));

  const ownerIds = [...new Set(top.map((l) => l.owner_id))];
  const owners = ownerIds.length
    ? await trx.selectFrom('organisations').select(ORG_COLUMNS).where('id', 'in', ownerIds).execute()
    : [];
  const { lender, lenderIsCentre } = chooseLender(owners, centre);

  const deposit = await trx
    .selectFrom('deposits')
    .selectAll()
    .where('booking_id', '=', opts.bookingId)
    .executeTakeFirst();
  const fromDate = parisDate(new Date(booking.starts_at));
  const certificates = opts.insuranceOverridden
    ? []
    : await trx
        .selectFrom('insurance_certificates')
        .select(['insurer', 'policy_number', 'valid_from', 'valid_to'])
        .where('organisation_id', '=', booking.borrower_id)
        .where('covers_civil_liability', '=', 1)
        .where('valid_to', '>=', fromDate)
        .orderBy('valid_from')
        .execute();

  return {
    number: opts.number,
    kind: opts.kind,
    issuedAt: opts.issuedAt.toISOString(),
    lang: booking.lang,
    termsVersion: TERMS_VERSION,
    lender: party(lender),
    centre: party(centre),
    lenderIsCentre,
    borrower: party(borrower),
    lines: frozenLines,
    period: { startsAt: booking.starts_at, endsAt: booking.ends_at },
    purpose: booking.purpose,
    placeOfUse: booking.place_of_use,
    expectedPeople: booking.expected_people,
    deposit: {
      amountCents: deposit?.amount_cents ?? 0,
      method: deposit?.method ?? null,
      chequeNumber: deposit?.cheque_number ?? null,
      chequeBank: deposit?.cheque_bank ?? null,
      waived: deposit?.state === 'waived',
    },
    insurance: certificates.map((c) => ({
      insurer: c.insurer,
      policyNumber: c.policy_number,
      validFrom: c.valid_from,
      validTo: c.valid_to,
    })),
    insuranceToBeProvided: opts.insuranceOverridden,
  };
}
