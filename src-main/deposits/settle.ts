import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { latestOf, type NotBefore } from '../api/backdate';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import { translate } from '../core/messages';
import { incidentCost } from '../incidents/rules';
import { addAmountOwed } from './amounts-owed';
import type { RetentionProposalDto, SettlementMode } from './contract';
import {
  appendLedger,
  depositOfBooking,
  formatEuros,
  heldBalance,
  loadDeposit,
  type DepositRow,
} from './ledger';
import { heldNothing, owedBeyondDeposit, planSettlement, proposeRetention } from './rules';

/**
 * Settling a held deposit at return: the agent confirms or edits the proposed retention, the
 * plan turns it into ledger movements, and costs beyond the deposit become an amount owed.
 */

async function bookingCosts(db: Kysely<Database>, bookingId: number) {
  const booking = await db
    .selectFrom('bookings')
    .select(['id', 'borrower_id', 'late_fee_cents'])
    .where('id', '=', bookingId)
    .executeTakeFirst();
  if (!booking) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking', id: bookingId });
  const incidents = await db
    .selectFrom('incidents')
    .select(['id', 'description', 'estimate_cents', 'cost_cents', 'status'])
    .where('booking_id', '=', bookingId)
    .orderBy('id')
    .execute();
  return {
    booking,
    incidents: incidents.map((i) => ({
      id: i.id,
      description: i.description,
      costCents: incidentCost({ status: i.status, estimateCents: i.estimate_cents, costCents: i.cost_cents }),
    })),
  };
}

/** What the return dialog proposes: Σ incident costs + late fee, capped at what is held. */
export async function retentionProposal(
  db: Kysely<Database>,
  bookingId: number,
): Promise<RetentionProposalDto> {
  const d = await loadDeposit(db, bookingId);
  const { booking, incidents } = await bookingCosts(db, bookingId);
  const heldCents = await heldBalance(db, d.id);
  const lateFeeCents = booking.late_fee_cents ?? 0;
  const p = proposeRetention({
    heldCents,
    incidentCostsCents: incidents.map((i) => i.costCents),
    lateFeeCents,
  });
  return { heldCents, lateFeeCents, incidents, ...p };
}

export interface SettleInput {
  bookingId: number;
  retainedCents: number;
  mode: SettlementMode | null;
  incidentIds: number[];
  note: string | null;
  owedCents?: number | undefined;
}

export async function settleDeposit(
  ctx: Ctx,
  input: SettleInput,
  opts: { at?: Date } = {},
): Promise<DepositRow> {
  const d = await loadDeposit(ctx.db, input.bookingId);
  if (d.state !== 'held' || d.method === null) {
    throw new DomainError('INVALID_STATE', 'deposit_not_held', { state: d.state });
  }
  const { booking, incidents } = await bookingCosts(ctx.db, input.bookingId);
  // Every incident of the booking counts, whichever return visit found it (the caller's list,
  // kept for older callers, may name only the last visit's): the server knows them all.
  const chosen = incidents.filter((i) => i.costCents > 0);
  const missing = input.incidentIds.filter((id) => !incidents.some((i) => i.id === id));
  if (missing.length > 0) {
    throw new DomainError('INVALID_STATE', 'incident_not_on_booking', { ids: missing.join(', ') });
  }
  const held = await heldBalance(ctx.db, d.id);
  const plan = planSettlement({
    method: d.method,
    heldCents: held,
    retainedCents: input.retainedCents,
    mode: input.mode,
  });
  if (!plan.ok) throw new DomainError('INVALID_STATE', plan.key, { amount: formatEuros(held) });

  const costs = chosen.reduce((s, i) => s + i.costCents, 0) + (booking.late_fee_cents ?? 0);
  const owed = input.owedCents ?? owedBeyondDeposit(costs, held, input.retainedCents);
  const note =
    input.note ??
    (chosen.length > 0
      ? translate(ctx.lang, 'settlement_incidents', { ids: chosen.map((i) => i.id).join(', ') })
      : null);

  for (const movement of plan.movements) await appendLedger(ctx, d.id, movement, { at: opts.at, note });
  await ctx.db
    .updateTable('deposits')
    .set({
      state: plan.state,
      retained_cents: input.retainedCents,
      settlement_mode: plan.mode,
      settled_at: (opts.at ?? ctx.now).toISOString(),
      version: d.version + 1,
    })
    .where('id', '=', d.id)
    .execute();
  if (owed > 0) {
    await addAmountOwed(ctx, {
      borrowerId: booking.borrower_id,
      bookingId: booking.id,
      amountCents: owed,
      reason: note ?? translate(ctx.lang, 'owed_beyond_deposit'),
    });
  }
  ctx.audit({
    entity: 'deposit',
    entityId: d.id,
    action: 'settle',
    fields: ['state', 'retainedCents', 'settlementMode'],
    reason: input.note,
  });
  return loadDeposit(ctx.db, input.bookingId);
}

/**
 * Closing a loan whose deposit held nothing (waived, 0 €, or never collected under a manager's
 * override): every cost is beyond the deposit and becomes an amount owed. A held deposit's costs
 * are billed by settleDeposit instead, and a loan is closed once, so they are billed once.
 * Returns what was billed.
 */
export async function oweCostsAtClosing(ctx: Ctx, bookingId: number): Promise<number> {
  const d = await depositOfBooking(ctx.db, bookingId);
  if (d && !heldNothing(d.state)) return 0;
  const { booking, incidents } = await bookingCosts(ctx.db, bookingId);
  const billed = incidents.filter((i) => i.costCents > 0);
  const owed = billed.reduce((s, i) => s + i.costCents, 0) + (booking.late_fee_cents ?? 0);
  if (owed <= 0) return 0;
  await addAmountOwed(ctx, {
    borrowerId: booking.borrower_id,
    bookingId: booking.id,
    amountCents: owed,
    reason:
      billed.length > 0
        ? translate(ctx.lang, 'settlement_incidents', { ids: billed.map((i) => i.id).join(', ') })
        : translate(ctx.lang, 'owed_beyond_deposit'),
  });
  return owed;
}

/** A settlement recorded late cannot come before the loan's return, nor before the deposit was taken. */
export async function settleNotBefore(
  db: Kysely<Database>,
  bookingId: number,
): Promise<NotBefore | undefined> {
  const b = await db
    .selectFrom('bookings')
    .select('returned_at')
    .where('id', '=', bookingId)
    .executeTakeFirst();
  const d = await depositOfBooking(db, bookingId);
  return latestOf(
    { at: b?.returned_at ?? null, code: 'backdate_before_return' },
    { at: d?.collected_at ?? null, code: 'backdate_before_deposit' },
  );
}
