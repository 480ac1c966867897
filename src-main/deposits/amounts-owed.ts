import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import type { AmountOwedDto } from './contract';

/** Costs beyond a deposit (or with no deposit at all): what the borrower still has to pay. */

export async function addAmountOwed(
  ctx: Ctx,
  input: { borrowerId: number; bookingId: number; amountCents: number; reason: string },
): Promise<number> {
  const row = await ctx.db
    .insertInto('amounts_owed')
    .values({
      borrower_id: input.borrowerId,
      booking_id: input.bookingId,
      amount_cents: input.amountCents,
      reason: input.reason,
      created_at: ctx.now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ctx.audit({ entity: 'amount_owed', entityId: row.id, action: 'create', fields: ['amountCents', 'reason'] });
  return row.id;
}

function owedQuery(db: Kysely<Database>) {
  return db
    .selectFrom('amounts_owed as a')
    .innerJoin('organisations as o', 'o.id', 'a.borrower_id')
    .innerJoin('bookings as b', 'b.id', 'a.booking_id')
    .selectAll('a')
    .select(['o.name as borrower_name', 'b.agreement_number']);
}

type OwedRow = Awaited<ReturnType<ReturnType<typeof owedQuery>['executeTakeFirstOrThrow']>>;

function toDto(r: OwedRow): AmountOwedDto {
  return {
    id: r.id,
    borrowerId: r.borrower_id,
    borrowerName: r.borrower_name,
    bookingId: r.booking_id,
    agreementNumber: r.agreement_number,
    amountCents: r.amount_cents,
    reason: r.reason,
    createdAt: r.created_at,
    paidAt: r.paid_at,
  };
}

/** Unpaid first (oldest first: they are the ones to chase), then the paid history. */
export async function listAmountsOwed(
  db: Kysely<Database>,
  filters: { borrowerId?: number | undefined; unpaidOnly: boolean },
): Promise<AmountOwedDto[]> {
  let q = owedQuery(db);
  if (filters.borrowerId !== undefined) q = q.where('a.borrower_id', '=', filters.borrowerId);
  if (filters.unpaidOnly) q = q.where('a.paid_at', 'is', null);
  const rows = await q.orderBy('a.created_at').orderBy('a.id').execute();
  return rows.map(toDto).sort((a, b) => Number(a.paidAt !== null) - Number(b.paidAt !== null));
}

/** Unpaid total per borrower: shown on the borrower and in reports. */
export async function unpaidTotal(db: Kysely<Database>, borrowerId: number): Promise<number> {
  const rows = await db
    .selectFrom('amounts_owed')
    .select('amount_cents')
    .where('borrower_id', '=', borrowerId)
    .where('paid_at', 'is', null)
    .execute();
  return rows.reduce((s, r) => s + r.amount_cents, 0);
}

export async function markAmountPaid(ctx: Ctx, id: number): Promise<AmountOwedDto> {
  const row = await owedQuery(ctx.db).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'amount_owed', id });
  if (row.paid_at !== null) throw new DomainError('INVALID_STATE', 'amount_already_paid', { id });
  await ctx.db
    .updateTable('amounts_owed')
    .set({ paid_at: ctx.now.toISOString() })
    .where('id', '=', id)
    .execute();
  ctx.audit({ entity: 'amount_owed', entityId: id, action: 'mark_paid', fields: ['paidAt'] });
  return toDto({ ...row, paid_at: ctx.now.toISOString() });
}

/**
 * A correction lowered a settled loan's costs: what the borrower has not paid yet is lowered
 * first, newest first (a row owed in full no longer stands and goes, its trace in the audit log
 * with the reason). Returns how much was taken off.
 */
export async function reduceUnpaidOwed(
  ctx: Ctx,
  bookingId: number,
  cents: number,
  reason: string,
): Promise<number> {
  const rows = await ctx.db
    .selectFrom('amounts_owed')
    .select(['id', 'amount_cents'])
    .where('booking_id', '=', bookingId)
    .where('paid_at', 'is', null)
    .orderBy('id', 'desc')
    .execute();
  let left = cents;
  for (const row of rows) {
    if (left <= 0) break;
    const take = Math.min(left, row.amount_cents);
    if (take === row.amount_cents) {
      await ctx.db.deleteFrom('amounts_owed').where('id', '=', row.id).execute();
      ctx.audit({
        entity: 'amount_owed',
        entityId: row.id,
        action: 'cancel',
        fields: ['amountCents'],
        reason,
      });
    } else {
      await ctx.db
        .updateTable('amounts_owed')
        .set({ amount_cents: row.amount_cents - take })
        .where('id', '=', row.id)
        .execute();
      ctx.audit({
        entity: 'amount_owed',
        entityId: row.id,
        action: 'reduce',
        fields: ['amountCents'],
        reason,
      });
    }
    left -= take;
  }
  return cents - left;
}
