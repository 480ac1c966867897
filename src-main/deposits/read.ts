import { matchesWords, searchWords } from '../core/search';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { DomainError } from '../core/errors';
import { addDays, daysBetween, parisDate, parisWallToInstant } from '../core/paris-time';
import { incidentCost } from '../incidents/rules';
import type {
  DepositDetailDto,
  DepositRowDto,
  DepositsHeldAtDto,
  DepositState,
  LedgerEntryDto,
} from './contract';
import { chequeAge } from './rules';

/** Reading deposits: the desk's list, one deposit with its ledger, and "held at date D". */

/** Each deposit's held balance, summed from its ledger: join it `as('l')` on `l.deposit_id`. */
export function heldBalances(db: Kysely<Database>) {
  return db
    .selectFrom('deposit_ledger')
    .select(['deposit_id', sql<number>`sum(held_delta_cents)`.as('held')])
    .groupBy('deposit_id');
}

function depositQuery(db: Kysely<Database>) {
  return db
    .selectFrom('deposits as d')
    .innerJoin('bookings as b', 'b.id', 'd.booking_id')
    .innerJoin('organisations as o', 'o.id', 'b.borrower_id')
    .leftJoin(heldBalances(db).as('l'), 'l.deposit_id', 'd.id')
    .selectAll('d')
    .select(['b.agreement_number', 'b.borrower_id', 'o.name as borrower_name', 'l.held'])
    .$narrowType<{ held: number | null }>();
}

type Joined = Awaited<ReturnType<ReturnType<typeof depositQuery>['executeTakeFirstOrThrow']>>;

function toRow(r: Joined, today: string): DepositRowDto {
  const held = r.state === 'held';
  const collectedOn = r.collected_at ? parisDate(new Date(r.collected_at)) : null;
  const age =
    r.method === 'cheque' && collectedOn !== null ? chequeAge(r.cheque_date, collectedOn, today) : null;
  return {
    id: r.id,
    bookingId: r.booking_id,
    agreementNumber: r.agreement_number,
    borrowerId: r.borrower_id,
    borrowerName: r.borrower_name,
    state: r.state,
    defaultCents: r.default_cents,
    amountCents: r.amount_cents,
    heldCents: Number(r.held ?? 0),
    method: r.method,
    chequeNumber: r.cheque_number,
    chequeBank: r.cheque_bank,
    collectedAt: r.collected_at,
    daysHeld: held && collectedOn !== null ? daysBetween(collectedOn, today) : null,
    overElevenMonths: held && age !== null && age.overElevenMonths,
    cashableUntil: age?.cashableUntil ?? null,
    retainedCents: r.retained_cents,
    settledAt: r.settled_at,
  };
}

export interface DepositFilters {
  state?: DepositState | undefined;
  search?: string | undefined;
  heldOnly: boolean;
}

/** Held deposits come oldest first (the cheques to deal with); otherwise newest first. */
export async function listDeposits(
  db: Kysely<Database>,
  now: Date,
  f: DepositFilters,
): Promise<DepositRowDto[]> {
  let q = depositQuery(db);
  if (f.state) q = q.where('d.state', '=', f.state);
  if (f.heldOnly) q = q.where('d.state', '=', 'held');
  const words = searchWords(f.search);
  const today = parisDate(now);
  const rows = (await q.execute())
    .filter((r) =>
      matchesWords(
        words,
        r.borrower_name,
        r.cheque_number ?? '',
        r.cheque_drawer ?? '',
        r.agreement_number ?? '',
      ),
    )
    .map((r) => toRow(r, today));
  return rows.sort((a, b) =>
    f.heldOnly ? (a.collectedAt ?? '').localeCompare(b.collectedAt ?? '') || a.id - b.id : b.id - a.id,
  );
}

export async function getDeposit(
  db: Kysely<Database>,
  now: Date,
  bookingId: number,
): Promise<DepositDetailDto> {
  const r = await depositQuery(db).where('d.booking_id', '=', bookingId).executeTakeFirst();
  if (!r) throw new DomainError('NOT_FOUND', 'deposit_not_found', { id: bookingId });
  const [entries, incidents] = await Promise.all([
    db
      .selectFrom('deposit_ledger')
      .selectAll()
      .where('deposit_id', '=', r.id)
      .orderBy('at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('incidents')
      .select(['id', 'kind', 'description', 'estimate_cents', 'cost_cents', 'status'])
      .where('booking_id', '=', bookingId)
      .orderBy('id')
      .execute(),
  ]);
  let balance = 0;
  const ledger: LedgerEntryDto[] = entries.map((e) => {
    balance += e.held_delta_cents;
    return {
      id: e.id,
      at: e.at,
      kind: e.kind,
      amountCents: e.amount_cents,
      heldDeltaCents: e.held_delta_cents,
      balanceCents: balance,
      note: e.note,
      recordedBy: e.recorded_by,
    };
  });
  return {
    ...toRow(r, parisDate(now)),
    changeReason: r.change_reason,
    chequeDrawer: r.cheque_drawer,
    chequeDate: r.cheque_date,
    waiverReason: r.waiver_reason,
    settlementMode: r.settlement_mode,
    incidents: incidents.map((i) => ({
      id: i.id,
      kind: i.kind,
      description: i.description,
      status: i.status,
      costCents: incidentCost({ status: i.status, estimateCents: i.estimate_cents, costCents: i.cost_cents }),
    })),
    version: r.version,
    ledger,
  };
}

/** The end of a Paris civil date: midnight starting the next one (never in a DST gap, which is at 02:00). */
export function endOfParisDate(date: string): Date {
  return parisWallToInstant(addDays(date, 1), '00:00');
}

/**
 * Balances at an instant, from the ledger alone: later settlements, corrections or edits of the
 * deposit row cannot change what was held in the past.
 */
export async function depositsHeldAt(
  db: Kysely<Database>,
  at: Date,
): Promise<{ depositId: number; heldCents: number }[]> {
  const rows = await db
    .selectFrom('deposit_ledger')
    .select(['deposit_id', sql<number>`sum(held_delta_cents)`.as('held')])
    .where('at', '<', at.toISOString())
    .groupBy('deposit_id')
    .execute();
  return rows
    .map((r) => ({ depositId: r.deposit_id, heldCents: Number(r.held) }))
    .filter((r) => r.heldCents > 0)
    .sort((a, b) => a.depositId - b.depositId);
}

export async function depositsHeldOnDate(db: Kysely<Database>, date: string): Promise<DepositsHeldAtDto> {
  const at = endOfParisDate(date);
  const balances = await depositsHeldAt(db, at);
  const ids = balances.map((b) => b.depositId);
  const info =
    ids.length === 0
      ? []
      : await db
          .selectFrom('deposits as d')
          .innerJoin('bookings as b', 'b.id', 'd.booking_id')
          .innerJoin('organisations as o', 'o.id', 'b.borrower_id')
          .select(['d.id', 'd.booking_id', 'd.method', 'o.name'])
          .where('d.id', 'in', ids)
          .execute();
  const byId = new Map(info.map((i) => [i.id, i]));
  const rows = balances.map((b) => {
    const i = byId.get(b.depositId);
    return {
      depositId: b.depositId,
      bookingId: i?.booking_id ?? 0,
      borrowerName: i?.name ?? '',
      method: i?.method ?? null,
      heldCents: b.heldCents,
    };
  });
  return { date, at: at.toISOString(), totalCents: rows.reduce((s, r) => s + r.heldCents, 0), rows };
}
