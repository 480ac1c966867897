import { matchesWords, searchWords } from '../core/search';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { BookingTable, Database } from '../../db/schema';
import { DomainError } from '../core/errors';
import { parisWall, parisWallToInstant, addDays } from '../core/paris-time';
import type { BookingDto, BookingLineDto, BookingRowDto, bookingListInput } from './contract';
import { effectiveStatus, isOverdue, optionExpiresOn } from './rules';

async function loadLines(db: Kysely<Database>, bookingIds: readonly number[]) {
  if (bookingIds.length === 0) return [];
  return db
    .selectFrom('booking_lines as l')
    .innerJoin('resources as r', 'r.id', 'l.resource_id')
    .select([
      'l.id',
      'l.booking_id',
      'l.resource_id',
      'l.quantity',
      'l.kit_line_id',
      'l.quantity_ok',
      'l.quantity_damaged',
      'l.quantity_missing',
      'r.name',
      'r.inventory_code',
      'r.kind',
      'r.tracking',
    ])
    .where('l.booking_id', 'in', [...bookingIds])
    .orderBy('l.id')
    .execute();
}
type LineRow = Awaited<ReturnType<typeof loadLines>>[number];

function lineDto(l: LineRow): BookingLineDto {
  return {
    id: l.id,
    resourceId: l.resource_id,
    resourceName: l.name,
    inventoryCode: l.inventory_code,
    kind: l.kind,
    tracking: l.tracking,
    quantity: l.quantity,
    kitLineId: l.kit_line_id,
    quantityOk: l.quantity_ok,
    quantityDamaged: l.quantity_damaged,
    quantityMissing: l.quantity_missing,
  };
}

export function toBookingDto(
  b: Selectable<BookingTable>,
  borrowerName: string,
  lines: readonly LineRow[],
  now: Date,
): BookingDto {
  const status = effectiveStatus(b.status, b.option_expires_at, now);
  return {
    id: b.id,
    borrowerId: b.borrower_id,
    borrowerName,
    status,
    startsAt: b.starts_at,
    endsAt: b.ends_at,
    start: parisWall(new Date(b.starts_at)),
    end: parisWall(new Date(b.ends_at)),
    optionExpiresAt: b.option_expires_at,
    optionExpiresOn: optionExpiresOn(b.option_expires_at),
    purpose: b.purpose,
    placeOfUse: b.place_of_use,
    expectedPeople: b.expected_people,
    recurrenceId: b.recurrence_id,
    walkIn: b.walk_in === 1,
    agreementNumber: b.agreement_number,
    checkedOutAt: b.checked_out_at,
    returnedAt: b.returned_at,
    closedAt: b.closed_at,
    cancelledAt: b.cancelled_at,
    cancelReason: b.cancel_reason,
    overdue: isOverdue(status, b.ends_at, now),
    lines: lines.map(lineDto),
    createdAt: b.created_at,
    updatedAt: b.updated_at,
    version: b.version,
  };
}

export async function getBooking(db: Kysely<Database>, now: Date, id: number): Promise<BookingDto> {
  const b = await db
    .selectFrom('bookings as b')
    .innerJoin('organisations as o', 'o.id', 'b.borrower_id')
    .selectAll('b')
    .select('o.name as borrower_name')
    .where('b.id', '=', id)
    .executeTakeFirst();
  if (!b) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking', id });
  const { borrower_name, ...row } = b;
  return toBookingDto(row, borrower_name, await loadLines(db, [id]), now);
}

/** "Minibus ; 40 × Chaise pliante": the lines the agent booked, kit components left out. */
function summary(lines: readonly LineRow[]): string {
  return lines
    .filter((l) => l.kit_line_id === null)
    .map((l) => (l.tracking === 'stock' ? `${l.quantity} × ${l.name}` : l.name))
    .join(' ; ');
}

/** At most this many rows: the table virtualises, but a bound keeps a broad filter cheap. */
const MAX_ROWS = 5000;

export async function listBookings(
  db: Kysely<Database>,
  now: Date,
  f: z.output<typeof bookingListInput>,
): Promise<BookingRowDto[]> {
  let q = db
    .selectFrom('bookings as b')
    .innerJoin('organisations as o', 'o.id', 'b.borrower_id')
    .selectAll('b')
    .select('o.name as borrower_name');
  // 'option' and 'lapsed' depend on now: filtered after the status is computed.
  if (f.status && f.status !== 'option' && f.status !== 'lapsed') q = q.where('b.status', '=', f.status);
  if (f.status === 'option' || f.status === 'lapsed') q = q.where('b.status', 'in', ['option', 'lapsed']);
  if (f.borrowerId !== undefined) q = q.where('b.borrower_id', '=', f.borrowerId);
  if (f.resourceId !== undefined) {
    const rid = f.resourceId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('booking_lines as fl')
          .select('fl.id')
          .whereRef('fl.booking_id', '=', 'b.id')
          .where('fl.resource_id', '=', rid),
      ),
    );
  }
  // [from 00:00, the day after `to` 00:00) in Paris: a booking ending at midnight does not touch `to`+1.
  if (f.from) q = q.where('b.ends_at', '>', parisWallToInstant(f.from, '00:00').toISOString());
  if (f.to) q = q.where('b.starts_at', '<', parisWallToInstant(addDays(f.to, 1), '00:00').toISOString());
  const rows = await q.orderBy('b.starts_at', 'desc').orderBy('b.id', 'desc').limit(MAX_ROWS).execute();
  const lines = await loadLines(
    db,
    rows.map((r) => r.id),
  );
  const byBooking = new Map<number, LineRow[]>();
  for (const l of lines) {
    const list = byBooking.get(l.booking_id) ?? [];
    list.push(l);
    byBooking.set(l.booking_id, list);
  }
  const words = searchWords(f.search);
  const out: BookingRowDto[] = [];
  for (const r of rows) {
    const status = effectiveStatus(r.status, r.option_expires_at, now);
    if (f.status && status !== f.status) continue;
    const ls = byBooking.get(r.id) ?? [];
    const haystack = [r.borrower_name, r.purpose ?? '', ...ls.flatMap((l) => [l.name, l.inventory_code])];
    if (!matchesWords(words, ...haystack)) continue;
    out.push({
      id: r.id,
      borrowerId: r.borrower_id,
      borrowerName: r.borrower_name,
      status,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      start: parisWall(new Date(r.starts_at)),
      end: parisWall(new Date(r.ends_at)),
      lineSummary: summary(ls),
      lineCount: ls.filter((l) => l.kit_line_id === null).length,
      overdue: isOverdue(status, r.ends_at, now),
      optionExpiresOn: optionExpiresOn(r.option_expires_at),
      purpose: r.purpose,
      recurrenceId: r.recurrence_id,
      version: r.version,
    });
  }
  return out;
}
