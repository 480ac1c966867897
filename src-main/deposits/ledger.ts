import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, DepositTable } from '../../db/schema';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import type { DepositPayment, LedgerKind } from './contract';
import { collectRefusal, firstNegativeBalance, isSettledState, type Movement } from './rules';

/**
 * The deposit ledger: every movement of a borrower's money is one `deposit_ledger` row, and the
 * held balance is the sum of `held_delta_cents`. These functions take the caller's transaction
 * (the registry's BEGIN IMMEDIATE), so the checkout and return flows call them inside their own.
 */

export type DepositRow = Selectable<DepositTable>;

export async function depositOfBooking(
  db: Kysely<Database>,
  bookingId: number,
): Promise<DepositRow | undefined> {
  return db.selectFrom('deposits').selectAll().where('booking_id', '=', bookingId).executeTakeFirst();
}

export async function loadDeposit(db: Kysely<Database>, bookingId: number): Promise<DepositRow> {
  const row = await depositOfBooking(db, bookingId);
  if (!row) throw new DomainError('NOT_FOUND', 'deposit_not_found', { id: bookingId });
  return row;
}

/** What is held now: the sum of the ledger. */
export async function heldBalance(db: Kysely<Database>, depositId: number): Promise<number> {
  const r = await db
    .selectFrom('deposit_ledger')
    .select(sql<number>`coalesce(sum(held_delta_cents), 0)`.as('held'))
    .where('deposit_id', '=', depositId)
    .executeTakeFirstOrThrow();
  return Number(r.held);
}

/**
 * Appends one movement, refusing any that would make the held balance negative at any point in
 * time (a back-dated entry is checked where it falls, not only at the end).
 */
export async function appendLedger(
  ctx: Ctx,
  depositId: number,
  movement: Movement,
  opts: { at?: Date; note?: string | null } = {},
): Promise<void> {
  const at = (opts.at ?? ctx.now).toISOString();
  const existing = await ctx.db
    .selectFrom('deposit_ledger')
    .select(['id', 'at', 'held_delta_cents'])
    .where('deposit_id', '=', depositId)
    .execute();
  const negative = firstNegativeBalance([
    ...existing.map((e) => ({ at: e.at, id: e.id, heldDeltaCents: e.held_delta_cents })),
    { at, id: Number.MAX_SAFE_INTEGER, heldDeltaCents: movement.heldDeltaCents },
  ]);
  if (negative) {
    throw new DomainError('INVALID_STATE', 'deposit_balance_negative', {
      amount: formatEuros(-negative.balance),
    });
  }
  await ctx.db
    .insertInto('deposit_ledger')
    .values({
      deposit_id: depositId,
      at,
      kind: movement.kind,
      amount_cents: movement.amountCents,
      held_delta_cents: movement.heldDeltaCents,
      note: opts.note ?? null,
      recorded_by: ctx.actor.name,
    })
    .execute();
}

/** The booking's deposit, expected and not yet collected. Called when the booking's lines are known. */
export async function createDeposit(ctx: Ctx, bookingId: number, defaultCents: number): Promise<DepositRow> {
  const existing = await depositOfBooking(ctx.db, bookingId);
  if (existing) throw new DomainError('DUPLICATE', 'deposit_exists', { id: bookingId });
  const row = await ctx.db
    .insertInto('deposits')
    .values({
      booking_id: bookingId,
      default_cents: defaultCents,
      amount_cents: defaultCents,
      state: 'expected',
      retained_cents: 0,
      created_at: ctx.now.toISOString(),
      version: 0,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  ctx.audit({ entity: 'deposit', entityId: row.id, action: 'create', fields: ['defaultCents'] });
  return row;
}

/**
 * The default changed before collection (a line added or removed): the expected amount follows
 * unless the agent already set another one.
 */
export async function setDefaultDeposit(ctx: Ctx, bookingId: number, defaultCents: number): Promise<void> {
  const d = await loadDeposit(ctx.db, bookingId);
  if (d.state !== 'expected')
    throw new DomainError('INVALID_STATE', 'deposit_already_collected', { state: d.state });
  await ctx.db
    .updateTable('deposits')
    .set({ default_cents: defaultCents, amount_cents: defaultCents, version: d.version + 1 })
    .where('id', '=', d.id)
    .execute();
}

/**
 * The default changed after collection (an amendment added or removed lines): only the default
 * moves. What is held is the borrower's money and changes only through a ledger entry.
 */
export async function noteDefaultDeposit(ctx: Ctx, bookingId: number, defaultCents: number): Promise<void> {
  const d = await loadDeposit(ctx.db, bookingId);
  if (d.default_cents === defaultCents) return;
  await ctx.db
    .updateTable('deposits')
    .set({ default_cents: defaultCents, version: d.version + 1 })
    .where('id', '=', d.id)
    .execute();
  ctx.audit({ entity: 'deposit', entityId: d.id, action: 'default_changed', fields: ['defaultCents'] });
}

export interface CollectInput {
  bookingId: number;
  amountCents?: number | undefined;
  changeReason: string | null;
  method: DepositPayment;
}

/**
 * expected → held (one 'collected' entry, +amount) or expected → waived (one 'waived' entry of
 * the default amount, nothing held). `at` lets a back-dated checkout record its real time.
 */
export async function collectDeposit(
  ctx: Ctx,
  input: CollectInput,
  opts: { at?: Date } = {},
): Promise<DepositRow> {
  const d = await loadDeposit(ctx.db, input.bookingId);
  const pay = input.method;
  const amount = pay.type === 'waiver' ? 0 : (input.amountCents ?? d.default_cents);
  const refusal = collectRefusal({
    state: d.state,
    method: pay.type,
    amountCents: amount,
    defaultCents: d.default_cents,
    changeReason: input.changeReason,
  });
  if (refusal) throw new DomainError('INVALID_STATE', refusal.key, refusal.params);
  const at = opts.at ?? ctx.now;
  const waived = pay.type === 'waiver';
  const kind: LedgerKind = waived ? 'waived' : 'collected';
  await appendLedger(
    ctx,
    d.id,
    { kind, amountCents: waived ? d.default_cents : amount, heldDeltaCents: amount },
    { at, note: waived ? pay.reason : input.changeReason },
  );
  const cheque = pay.type === 'cheque' ? pay : null;
  await ctx.db
    .updateTable('deposits')
    .set({
      state: waived ? 'waived' : 'held',
      amount_cents: amount,
      change_reason: waived ? null : input.changeReason,
      method: pay.type,
      cheque_number: cheque?.number ?? null,
      cheque_bank: cheque?.bank ?? null,
      cheque_drawer: cheque?.drawer ?? null,
      cheque_date: cheque?.date ?? null,
      waiver_reason: waived ? pay.reason : null,
      collected_at: at.toISOString(),
      version: d.version + 1,
    })
    .where('id', '=', d.id)
    .execute();
  ctx.audit({
    entity: 'deposit',
    entityId: d.id,
    action: waived ? 'waive' : 'collect',
    fields: waived ? ['method', 'waiverReason'] : ['amountCents', 'method', ...(cheque ? ['cheque'] : [])],
    reason: waived ? pay.reason : input.changeReason,
  });
  return loadDeposit(ctx.db, input.bookingId);
}

/**
 * A wrongly recorded amount (a cheque of 60 € typed as 600 €) while the deposit is held: one
 * 'correction' entry for the difference, with its reason. Settled deposits are history.
 */
export async function correctHeldDeposit(
  ctx: Ctx,
  input: { bookingId: number; amountCents: number; reason: string },
): Promise<DepositRow> {
  const d = await loadDeposit(ctx.db, input.bookingId);
  if (d.state !== 'held') throw new DomainError('INVALID_STATE', 'deposit_not_held', { state: d.state });
  const held = await heldBalance(ctx.db, d.id);
  const delta = input.amountCents - held;
  await appendLedger(
    ctx,
    d.id,
    { kind: 'correction', amountCents: Math.abs(delta), heldDeltaCents: delta },
    { note: input.reason },
  );
  await ctx.db
    .updateTable('deposits')
    .set({ amount_cents: input.amountCents, version: d.version + 1 })
    .where('id', '=', d.id)
    .execute();
  ctx.audit({
    entity: 'deposit',
    entityId: d.id,
    action: 'correct',
    fields: ['amountCents'],
    reason: input.reason,
  });
  return loadDeposit(ctx.db, input.bookingId);
}

/** True when none of the borrower's money is held for this booking (or it has no deposit at all). */
export async function isSettled(db: Kysely<Database>, bookingId: number): Promise<boolean> {
  const d = await depositOfBooking(db, bookingId);
  return d === undefined || isSettledState(d.state);
}

/**
 * The guard the bookings and return code call before closing or deleting a loan: a held deposit
 * must be returned or retained first.
 */
export async function assertDepositSettled(db: Kysely<Database>, bookingId: number): Promise<void> {
  const d = await depositOfBooking(db, bookingId);
  if (d && !isSettledState(d.state)) {
    const held = await heldBalance(db, d.id);
    throw new DomainError('INVALID_STATE', 'deposit_unsettled', { amount: formatEuros(held) });
  }
}

/**
 * Cancelling a booking whose deposit is held (a cheque taken at booking) would leave the
 * borrower's money in a drawer with nothing to return it against: the desk hands it back first.
 */
export async function assertNoDepositHeld(db: Kysely<Database>, bookingId: number): Promise<void> {
  const d = await depositOfBooking(db, bookingId);
  if (d?.state === 'held') {
    const held = await heldBalance(db, d.id);
    throw new DomainError('INVALID_STATE', 'cancel_deposit_held', { amount: formatEuros(held) });
  }
}

/**
 * Checkout guard 5: the deposit is held or waived, or none is asked (a default of 0 €).
 * The manager's override of guard 5 is the bookings feature's business.
 */
export async function depositReadyForCheckout(db: Kysely<Database>, bookingId: number): Promise<boolean> {
  const d = await depositOfBooking(db, bookingId);
  if (!d) return false;
  return d.state === 'held' || d.state === 'waived' || (d.state === 'expected' && d.default_cents === 0);
}

/**
 * Removes the deposit of a booking that is being deleted before any money moved. Once the
 * ledger has an entry the deposit is history and stays.
 */
export async function discardUncollectedDeposit(ctx: Ctx, bookingId: number): Promise<void> {
  const d = await depositOfBooking(ctx.db, bookingId);
  if (!d) return;
  const entry = await ctx.db
    .selectFrom('deposit_ledger')
    .select('id')
    .where('deposit_id', '=', d.id)
    .executeTakeFirst();
  if (entry || d.state !== 'expected') {
    throw new DomainError('INVALID_STATE', 'deposit_unsettled', { amount: formatEuros(d.amount_cents) });
  }
  await ctx.db.deleteFrom('deposits').where('id', '=', d.id).execute();
}

/** Messages quote amounts the way the desk reads them. */
export function formatEuros(centsValue: number): string {
  return new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(centsValue / 100);
}
