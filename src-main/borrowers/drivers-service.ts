import { DomainError } from '../core/errors';
import { parisDate } from '../core/paris-time';
import type { Ctx } from '../api/context';
import type { DriverDto, LicenceCategory, Removed } from './contract';
import { assertNoIssues } from './field-issues';
import { driverDto } from './mappers';
import { driverIssues } from './rules';
import { requireOrganisation } from './service';

/** Only what the desk checked: no copy of the licence itself (data minimisation). */
interface DriverFields {
  name: string;
  licenceCategory: LicenceCategory;
  licenceExpiry: string;
  checkedOn: string | null;
  checkedBy: string | null;
}

const COLUMNS = {
  name: 'name',
  licenceCategory: 'licence_category',
  licenceExpiry: 'licence_expiry',
  checkedOn: 'checked_on',
  checkedBy: 'checked_by',
} as const;
type Field = keyof typeof COLUMNS;

export async function addDriver(
  ctx: Ctx,
  input: { organisationId: number } & Omit<DriverFields, 'checkedOn' | 'checkedBy'> & Partial<DriverFields>,
): Promise<DriverDto> {
  await requireOrganisation(ctx.db, input.organisationId);
  const today = parisDate(ctx.now);
  const v: DriverFields = {
    name: input.name,
    licenceCategory: input.licenceCategory,
    licenceExpiry: input.licenceExpiry,
    checkedOn: input.checkedOn ?? null,
    checkedBy: input.checkedBy ?? null,
  };
  assertNoIssues(ctx.lang, driverIssues(v, today));
  const row = await ctx.db
    .insertInto('drivers')
    .values({
      organisation_id: input.organisationId,
      name: v.name,
      licence_category: v.licenceCategory,
      licence_expiry: v.licenceExpiry,
      checked_on: v.checkedOn,
      checked_by: v.checkedBy,
      created_at: ctx.now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const fields = (Object.keys(COLUMNS) as Field[]).filter((f) => v[f] !== null);
  ctx.audit({ entity: 'driver', entityId: row.id, action: 'create', fields });
  return driverDto(row, today);
}

export async function updateDriver(
  ctx: Ctx,
  input: { id: number } & Partial<DriverFields>,
): Promise<DriverDto> {
  const current = await ctx.db
    .selectFrom('drivers')
    .selectAll()
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!current) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'driver', id: input.id });
  const today = parisDate(ctx.now);
  const before: DriverFields = {
    name: current.name,
    licenceCategory: current.licence_category as LicenceCategory,
    licenceExpiry: current.licence_expiry,
    checkedOn: current.checked_on,
    checkedBy: current.checked_by,
  };
  const next: DriverFields = { ...before };
  for (const f of Object.keys(COLUMNS) as Field[]) {
    if (input[f] !== undefined) (next as unknown as Record<Field, unknown>)[f] = input[f];
  }
  const changed = (Object.keys(COLUMNS) as Field[]).filter((f) => next[f] !== before[f]);
  if (changed.length === 0) return driverDto(current, today);
  assertNoIssues(ctx.lang, driverIssues(next, today));
  const row = await ctx.db
    .updateTable('drivers')
    .set({
      name: next.name,
      licence_category: next.licenceCategory,
      licence_expiry: next.licenceExpiry,
      checked_on: next.checkedOn,
      checked_by: next.checkedBy,
    })
    .where('id', '=', input.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  ctx.audit({ entity: 'driver', entityId: row.id, action: 'update', fields: changed });
  return driverDto(row, today);
}

export async function removeDriver(ctx: Ctx, id: number): Promise<Removed> {
  const result = await ctx.db.deleteFrom('drivers').where('id', '=', id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0)
    throw new DomainError('NOT_FOUND', 'not_found', { entity: 'driver', id });
  ctx.audit({ entity: 'driver', entityId: id, action: 'delete' });
  return { id };
}
