import type { z } from 'zod';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import { parisWallToInstant } from '../core/paris-time';
import type { MaintenancePeriodDto, maintenanceAddInput, parisMoment } from './contract';
import { toMaintenanceDto } from './resource-read';
import { loadResource } from './resource-write';
import { refuseFields } from './refusals';
import { maintenanceIssues, peakConcurrent, type RuleIssue } from './rules';

type Moment = z.output<typeof parisMoment>;

/** Wall clock → instant; a time in the spring-forward gap is refused beside its field. */
function toInstant(m: Moment, path: string, issues: RuleIssue[]): Date | null {
  try {
    return parisWallToInstant(m.date, m.time, { later: m.later });
  } catch (e) {
    if (e instanceof DomainError && e.key === 'time_in_dst_gap') {
      issues.push({ path: `${path}.time`, code: 'time_in_dst_gap', params: { date: m.date, time: m.time } });
      return null;
    }
    throw e;
  }
}

/**
 * Takes a unit (or N pieces of stock) out of use over [start, end). At no instant may the pieces
 * in maintenance exceed what is owned and not out of service; a unit is in one period at a time.
 * Bookings are not checked here: the availability check counts maintenance when a booking is made.
 */
export async function addMaintenance(
  ctx: Ctx,
  input: z.output<typeof maintenanceAddInput>,
): Promise<MaintenancePeriodDto> {
  const resource = await loadResource(ctx.db, input.resourceId);
  if (resource.status === 'retired') {
    throw new DomainError('INVALID_STATE', 'resource_retired', { name: resource.name });
  }
  const issues: RuleIssue[] = [];
  const start = toInstant(input.start, 'start', issues);
  const end = toInstant(input.end, 'end', issues);
  if (start && end && end.getTime() <= start.getTime())
    issues.push({ path: 'end.date', code: 'end_before_start' });
  if (issues.length > 0 || !start || !end) refuseFields(ctx.lang, issues);

  const overlapping = await ctx.db
    .selectFrom('maintenance_periods')
    .select(['starts_at', 'ends_at', 'quantity'])
    .where('resource_id', '=', resource.id)
    .where('starts_at', '<', end.toISOString())
    .where('ends_at', '>', start.toISOString())
    .execute();
  const peak = peakConcurrent(
    overlapping.map((p) => ({
      start: Date.parse(p.starts_at),
      end: Date.parse(p.ends_at),
      quantity: p.quantity,
    })),
    start.getTime(),
    end.getTime(),
  );
  const problems = maintenanceIssues(
    {
      tracking: resource.tracking,
      quantityOwned: resource.quantity_owned,
      quantityOutOfService: resource.quantity_out_of_service,
    },
    input.quantity,
    peak,
  );
  if (problems.length > 0) refuseFields(ctx.lang, problems);

  const row = await ctx.db
    .insertInto('maintenance_periods')
    .values({
      resource_id: resource.id,
      starts_at: start.toISOString(),
      ends_at: end.toISOString(),
      quantity: input.quantity,
      reason: input.reason,
      created_at: ctx.now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  ctx.audit({
    entity: 'maintenance_period',
    entityId: row.id,
    action: 'create',
    fields: ['resourceId', 'start', 'end', 'quantity', 'reason'],
  });
  return toMaintenanceDto(row, ctx.now);
}

export async function removeMaintenance(ctx: Ctx, id: number): Promise<{ id: number }> {
  const row = await ctx.db
    .selectFrom('maintenance_periods')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'maintenance_period', id });
  await ctx.db.deleteFrom('maintenance_periods').where('id', '=', id).execute();
  ctx.audit({ entity: 'maintenance_period', entityId: id, action: 'delete', fields: [] });
  return { id };
}
