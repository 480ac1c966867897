import { DomainError } from '../core/errors';
import { parisDate } from '../core/paris-time';
import type { Ctx } from '../api/context';
import type { SuspensionDto } from './contract';
import { assertNoIssues } from './field-issues';
import { suspensionDto } from './mappers';
import { suspensionIssues } from './rules';
import { requireOrganisation } from './service';

/** A suspension starts today (Europe/Paris) and lasts until `endsOn` included. */
export async function addSuspension(
  ctx: Ctx,
  input: { organisationId: number; reason: string; endsOn: string },
): Promise<SuspensionDto> {
  await requireOrganisation(ctx.db, input.organisationId);
  const today = parisDate(ctx.now);
  assertNoIssues(ctx.lang, suspensionIssues(input, today));
  const row = await ctx.db
    .insertInto('suspensions')
    .values({
      organisation_id: input.organisationId,
      reason: input.reason,
      starts_on: today,
      ends_on: input.endsOn,
      lifted_at: null,
      lifted_reason: null,
      created_at: ctx.now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  ctx.audit({ entity: 'suspension', entityId: row.id, action: 'create', fields: ['reason', 'endsOn'] });
  return suspensionDto(row, today);
}

/** Ends a suspension early. One already lifted or already over cannot be lifted again. */
export async function liftSuspension(
  ctx: Ctx,
  input: { id: number; reason: string },
): Promise<SuspensionDto> {
  const current = await ctx.db
    .selectFrom('suspensions')
    .selectAll()
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!current) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'suspension', id: input.id });
  const today = parisDate(ctx.now);
  if (current.lifted_at !== null) throw new DomainError('INVALID_STATE', 'suspension_already_lifted');
  if (current.ends_on < today)
    throw new DomainError('INVALID_STATE', 'suspension_already_ended', { date: current.ends_on });
  const row = await ctx.db
    .updateTable('suspensions')
    .set({ lifted_at: ctx.now.toISOString(), lifted_reason: input.reason })
    .where('id', '=', input.id)
    .where('lifted_at', 'is', null)
    .returningAll()
    .executeTakeFirstOrThrow();
  ctx.audit({
    entity: 'suspension',
    entityId: row.id,
    action: 'lift',
    fields: ['liftedAt', 'liftedReason'],
  });
  return suspensionDto(row, today);
}
