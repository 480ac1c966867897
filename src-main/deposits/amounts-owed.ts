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
