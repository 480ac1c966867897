import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { addDays, daysBetween, parisDate, parisWall, parisWallToInstant } from '../core/paris-time';
import { effectiveStatus } from '../bookings/service';
import { optionExpiresOn } from '../bookings/rules';
import { EXPIRING_WITHIN_DAYS, insuranceBadge } from '../borrowers/rules';
import { listDeposits } from '../deposits/service';
import { lateDays } from '../lateness/rules';
import type { PickListRowDto, TodayBookingRowDto, TodayDto, WhoHadRowDto } from './contract';

/** [00:00, next 00:00) of a Paris civil date, as ISO instants. */
function dayBounds(date: string): { from: string; to: string } {
  return {
    from: parisWallToInstant(date, '00:00').toISOString(),
    to: parisWallToInstant(addDays(date, 1), '00:00').toISOString(),
  };
}

/**
 * Who had this resource on a Paris day (traffic fines go to the driver): loans actually out at
 * some moment of that day, from the checkout to the line's return (still out: up to its end or now).
 */
export async function whoHad(
  db: Kysely<Database>,
  now: Date,
  resourceId: number,
  date: string,
): Promise<WhoHadRowDto[]> {
  const { from, to } = dayBounds(date);
  const rows = await db
    .selectFrom('booking_lines as l')
    .innerJoin('bookings as b', 'b.id', 'l.booking_id')
    .innerJoin('organisations as o', 'o.id', 'b.borrower_id')
    .select([
      'l.id as line_id',
      'l.quantity',
      'l.returned_at as line_returned_at',
      'b.id',
      'b.agreement_number',
      'b.borrower_id',
      'b.checked_out_at',
      'b.returned_at',
      'b.starts_at',
      'b.ends_at',
      'o.name',
      'o.phone',
      'o.representative_name',
    ])
    .where('l.resource_id', '=', resourceId)
    .where('b.checked_out_at', 'is not', null)
    .where('b.checked_out_at', '<', to)
    .orderBy('b.checked_out_at')
    .execute();
  const out: WhoHadRowDto[] = [];
  for (const r of rows) {
    const back = r.line_returned_at ?? r.returned_at;
    // Still out: it is theirs until it comes back, at least up to its due end.
    const until = back ?? (r.ends_at > now.toISOString() ? r.ends_at : now.toISOString());
    if (until <= from) continue;
    const drivers = await db
      .selectFrom('line_drivers')
      .select('driver_name')
      .where('line_id', '=', r.line_id)
      .orderBy('driver_name')
      .execute();
    out.push({
      bookingId: r.id,
      agreementNumber: r.agreement_number,
      borrowerId: r.borrower_id,
      borrowerName: r.name,
      borrowerPhone: r.phone,
      representativeName: r.representative_name,
      checkedOutAt: r.checked_out_at as string,
      returnedAt: back,
      start: parisWall(new Date(r.starts_at)),
      end: parisWall(new Date(r.ends_at)),
      drivers: drivers.map((d) => d.driver_name),
      quantity: r.quantity,
    });
  }
  return out;
}

/** "Minibus 9 places ; 40 × Chaise pliante" per booking: its top-level lines (kit components left out). */
export async function lineSummaries(db: Kysely<Database>, ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const lines = await db
    .selectFrom('booking_lines as l')
    .innerJoin('resources as r', 'r.id', 'l.resource_id')
    .select(['l.booking_id', 'l.quantity', 'r.name', 'r.tracking'])
    .where('l.booking_id', 'in', ids)
    .where('l.kit_line_id', 'is', null)
    .orderBy('l.id')
    .execute();
  const out = new Map<number, string>();
  for (const l of lines) {
    const part = l.tracking === 'stock' ? `${l.quantity} × ${l.name}` : l.name;
    out.set(l.booking_id, out.has(l.booking_id) ? `${out.get(l.booking_id)} ; ${part}` : part);
  }
  return out;
}

/** Today's desk: each row carries the ids the screen needs to open the action it calls for. */
export async function today(db: Kysely<Database>, now: Date): Promise<TodayDto> {
  const date = parisDate(now);
  const { from, to } = dayBounds(date);
  const endOfTomorrow = dayBounds(addDays(date, 1)).to;
  const rows = await db
    .selectFrom('bookings as b')
    .innerJoin('organisations as o', 'o.id', 'b.borrower_id')
    .selectAll('b')
    .select('o.name as borrower_name')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('b.status', 'in', ['option', 'confirmed']),
          eb('b.starts_at', '>=', from),
          eb('b.starts_at', '<', to),
        ]),
        // Late pickups: confirmed for an earlier day and never handed over (nor cancelled).
        eb.and([eb('b.status', '=', 'confirmed'), eb('b.starts_at', '<', from)]),
        eb.and([eb('b.status', '=', 'checked_out'), eb('b.ends_at', '<', to)]),
        eb.and([eb('b.status', '=', 'option'), eb('b.option_expires_at', '<=', endOfTomorrow)]),
      ]),
    )
    .orderBy('b.starts_at')
    .orderBy('b.id')
    .execute();
  const summaries = await lineSummaries(
    db,
    rows.map((r) => r.id),
  );
  const row = (r: (typeof rows)[number]): TodayBookingRowDto => ({
    bookingId: r.id,
    borrowerId: r.borrower_id,
    borrowerName: r.borrower_name,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    start: parisWall(new Date(r.starts_at)),
    end: parisWall(new Date(r.ends_at)),
    lineSummary: summaries.get(r.id) ?? '',
    agreementNumber: r.agreement_number,
    optionExpiresOn: optionExpiresOn(r.option_expires_at),
    version: r.version,
  });
  const nowIso = now.toISOString();
  const live = rows.filter((r) => effectiveStatus(r.status, r.option_expires_at, now) !== 'lapsed');
  // Today's pickups and the late ones (oldest first), each flagged once its start has passed.
  const pickups = live.filter(
    (r) =>
      (r.status !== 'checked_out' && r.starts_at >= from && r.starts_at < to) ||
      (r.status === 'confirmed' && r.starts_at < from),
  );
  const returns = live.filter((r) => r.status === 'checked_out' && r.ends_at >= nowIso);
  const overdue = live.filter((r) => r.status === 'checked_out' && r.ends_at < nowIso);
  const options = live.filter(
    (r) => r.status === 'option' && r.option_expires_at !== null && r.option_expires_at <= endOfTomorrow,
  );

  const certs = await db
    .selectFrom('insurance_certificates as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['o.id', 'o.name', 'c.covers_civil_liability', 'c.valid_from', 'c.valid_to'])
    .where('o.is_centre', '=', 0)
    .execute();
  const byOrg = new Map<number, { name: string; certs: typeof certs }>();
  for (const c of certs) {
    const e = byOrg.get(c.id) ?? { name: c.name, certs: [] };
    e.certs.push(c);
    byOrg.set(c.id, e);
  }
  const insuranceExpiring: TodayDto['insuranceExpiring'] = [];
  for (const [id, e] of byOrg) {
    const badge = insuranceBadge(
      e.certs.map((c) => ({
        coversCivilLiability: c.covers_civil_liability === 1,
        validFrom: c.valid_from,
        validTo: c.valid_to,
      })),
      date,
    );
    if (badge.status === 'expiring' && badge.validTo !== null && badge.daysLeft !== null)
      insuranceExpiring.push({
        organisationId: id,
        name: e.name,
        validTo: badge.validTo,
        daysLeft: badge.daysLeft,
      });
  }
  insuranceExpiring.sort((a, b) => a.daysLeft - b.daysLeft || a.name.localeCompare(b.name, 'fr'));

  const deposits = await listDeposits(db, now, { heldOnly: true });
  const vehicles = await db
    .selectFrom('resources')
    .select(['id', 'name', 'inventory_code', 'vehicle_registration', 'vehicle_next_inspection'])
    .where('kind', '=', 'vehicle')
    .where('status', '!=', 'retired')
    .where('vehicle_next_inspection', 'is not', null)
    .where('vehicle_next_inspection', '<=', addDays(date, EXPIRING_WITHIN_DAYS))
    .orderBy('vehicle_next_inspection')
    .execute();

  return {
    date,
    pickups: pickups.map((r) => ({ ...row(r), late: r.starts_at < nowIso })),
    returns: returns.map(row),
    overdue: overdue.map((r) => ({ ...row(r), lateDays: lateDays(new Date(r.ends_at), now) })),
    optionsExpiring: options.map(row),
    insuranceExpiring,
    depositsHeld: deposits.map((d) => ({
      bookingId: d.bookingId,
      borrowerName: d.borrowerName,
      agreementNumber: d.agreementNumber,
      heldCents: d.heldCents,
      method: d.method,
      chequeNumber: d.chequeNumber,
      collectedAt: d.collectedAt,
      overElevenMonths: d.overElevenMonths,
    })),
    inspectionsDue: vehicles.map((v) => ({
      resourceId: v.id,
      name: v.name,
      inventoryCode: v.inventory_code,
      registration: v.vehicle_registration,
      nextInspection: v.vehicle_next_inspection as string,
      daysLeft: daysBetween(date, v.vehicle_next_inspection as string),
    })),
  };
}

/** What to take off the shelves at a site for the handovers of a day (kits with their components). */
export async function pickList(
  db: Kysely<Database>,
  now: Date,
  siteId: number,
  date: string,
): Promise<PickListRowDto[]> {
  const { from, to } = dayBounds(date);
  const rows = await db
    .selectFrom('booking_lines as l')
    .innerJoin('bookings as b', 'b.id', 'l.booking_id')
    .innerJoin('organisations as o', 'o.id', 'b.borrower_id')
    .innerJoin('resources as r', 'r.id', 'l.resource_id')
    .leftJoin('booking_lines as k', 'k.id', 'l.kit_line_id')
    .leftJoin('resources as kr', 'kr.id', 'k.resource_id')
    .select([
      'b.id as booking_id',
      'b.status',
      'b.option_expires_at',
      'b.starts_at',
      'o.name as borrower_name',
      'l.id as line_id',
      'l.quantity',
      'r.id as resource_id',
      'r.inventory_code',
      'r.name',
      'r.safety_notes',
      'kr.inventory_code as kit_code',
    ])
    .where('r.site_id', '=', siteId)
    .where('b.status', 'in', ['option', 'confirmed'])
    .where('b.starts_at', '>=', from)
    .where('b.starts_at', '<', to)
    .orderBy('b.starts_at')
    .orderBy('b.id')
    .orderBy('l.id')
    .execute();
  return rows
    .filter((r) => effectiveStatus(r.status, r.option_expires_at, now) !== 'lapsed')
    .map((r) => ({
      bookingId: r.booking_id,
      borrowerName: r.borrower_name,
      start: parisWall(new Date(r.starts_at)),
      lineId: r.line_id,
      resourceId: r.resource_id,
      inventoryCode: r.inventory_code,
      name: r.name,
      quantity: r.quantity,
      kitCode: r.kit_code,
      safetyNotes: r.safety_notes,
    }));
}
