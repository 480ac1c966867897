import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { parisWall } from '../core/paris-time';
import { isOverdue } from '../bookings/rules';
import { heldBalances } from '../deposits/read';
import { lateDays } from '../lateness/rules';
import type { LoanRowDto, LoanView } from './contract';
import { lineSummaries } from './queries';

/** At most this many rows, as the bookings list: the table virtualises, a bound keeps "all" cheap. */
const MAX_ROWS = 5000;

/**
 * The loans list: every booking handed over (out, or back), with its agreement, when it really
 * went out and came back, when it is due (extensions included), its late days by the lateness
 * rule (as of now while out, as of the return once back), its deposit and held balance. Out and
 * late loans come soonest due first; returned ones latest due first.
 */
export async function listLoans(db: Kysely<Database>, now: Date, view: LoanView): Promise<LoanRowDto[]> {
  const nowIso = now.toISOString();
  let q = db
    .selectFrom('bookings as b')
    .innerJoin('organisations as o', 'o.id', 'b.borrower_id')
    .leftJoin('deposits as d', 'd.booking_id', 'b.id')
    .leftJoin(heldBalances(db).as('l'), 'l.deposit_id', 'd.id')
    .select([
      'b.id',
      'b.version',
      'b.agreement_number',
      'b.borrower_id',
      'o.name as borrower_name',
      'b.status',
      'b.starts_at',
      'b.ends_at',
      'b.checked_out_at',
      'b.returned_at',
      'b.extension_count',
      'b.purpose',
      'd.state as deposit_state',
      'l.held',
    ])
    .$narrowType<{ held: number | null }>();
  if (view === 'out') q = q.where('b.status', '=', 'checked_out');
  else if (view === 'late') q = q.where('b.status', '=', 'checked_out').where('b.ends_at', '<', nowIso);
  else if (view === 'returned') q = q.where('b.status', '=', 'returned');
  else q = q.where('b.status', 'in', ['checked_out', 'returned']);
  const past = view === 'returned' || view === 'all';
  const rows = await q
    .orderBy('b.ends_at', past ? 'desc' : 'asc')
    .orderBy('b.id', past ? 'desc' : 'asc')
    .limit(MAX_ROWS)
    .execute();
  const summaries = await lineSummaries(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const status = r.status as LoanRowDto['status'];
    const due = new Date(r.ends_at);
    return {
      bookingId: r.id,
      version: r.version,
      agreementNumber: r.agreement_number,
      borrowerId: r.borrower_id,
      borrowerName: r.borrower_name,
      status,
      start: parisWall(new Date(r.starts_at)),
      end: parisWall(due),
      checkedOutAt: r.checked_out_at as string,
      returnedAt: r.returned_at,
      dueAt: r.ends_at,
      overdue: isOverdue(status, r.ends_at, now),
      lateDays: lateDays(due, r.returned_at ? new Date(r.returned_at) : now),
      lineSummary: summaries.get(r.id) ?? '',
      purpose: r.purpose,
      depositState: r.deposit_state,
      heldCents: Number(r.held ?? 0),
      extensionCount: r.extension_count,
    };
  });
}
