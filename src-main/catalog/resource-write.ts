import type { Kysely, Selectable, Updateable } from 'kysely';
import type { z } from 'zod';
import type { Database, ResourceTable } from '../../db/schema';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import { translate } from '../core/messages';
import type {
  ResourceDetailDto,
  resourceCreateInput,
  resourceReinstateInput,
  resourceSetStatusInput,
  resourceSetStockInput,
  resourceUpdateInput,
} from './contract';
import { getResource } from './resource-read';
import { notFoundAt, refuse, refuseFields } from './refusals';
import {
  peakConcurrent,
  resourceShapeIssues,
  statusChangeRefusal,
  stockIssues,
  type ResourceShape,
} from './rules';

export type ResourceCreate = z.output<typeof resourceCreateInput>;
export type ResourceUpdate = z.output<typeof resourceUpdateInput>;
type Editable = Exclude<keyof ResourceUpdate, 'id' | 'version'>;

/** Form field → column. Booleans are stored as 0|1. */
const COLUMN: Record<Editable, keyof ResourceTable> = {
  kind: 'kind',
  tracking: 'tracking',
  name: 'name',
  category: 'category',
  description: 'description',
  inventoryCode: 'inventory_code',
  ownerId: 'owner_id',
  siteId: 'site_id',
  depositCents: 'deposit_cents',
  replacementValueCents: 'replacement_value_cents',
  dailyValueCents: 'daily_value_cents',
  bufferMinutes: 'buffer_minutes',
  defaultLoanDays: 'default_loan_days',
  safetyNotes: 'safety_notes',
  vehicleRegistration: 'vehicle_registration',
  vehicleSeats: 'vehicle_seats',
  vehicleLicenceCategory: 'vehicle_licence_category',
  vehicleFuel: 'vehicle_fuel',
  vehicleMileage: 'vehicle_mileage',
  vehicleNextInspection: 'vehicle_next_inspection',
  roomCapacity: 'room_capacity',
  roomAccessible: 'room_accessible',
  roomAccess: 'room_access',
};
const EDITABLE = Object.keys(COLUMN) as Editable[];

function toColumnValue(value: unknown): unknown {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

function fromColumnValue(field: Editable, value: unknown): unknown {
  return field === 'roomAccessible' && value !== null ? value === 1 : value;
}

function shapeOf(r: Selectable<ResourceTable>): ResourceShape {
  return {
    kind: r.kind,
    tracking: r.tracking,
    quantityOwned: r.quantity_owned,
    quantityOutOfService: r.quantity_out_of_service,
    vehicleRegistration: r.vehicle_registration,
    vehicleSeats: r.vehicle_seats,
    vehicleLicenceCategory: r.vehicle_licence_category,
    vehicleFuel: r.vehicle_fuel,
    vehicleMileage: r.vehicle_mileage,
    vehicleNextInspection: r.vehicle_next_inspection,
    roomCapacity: r.room_capacity,
    roomAccessible: r.room_accessible === null ? null : r.room_accessible === 1,
    roomAccess: r.room_access,
  };
}

export async function loadResource(db: Kysely<Database>, id: number): Promise<Selectable<ResourceTable>> {
  const row = await db.selectFrom('resources').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'resource', id });
  return row;
}

/** Loads the record the form was opened on; a different version means someone changed it since. */
export async function loadForUpdate(
  db: Kysely<Database>,
  id: number,
  version: number,
): Promise<Selectable<ResourceTable>> {
  const row = await loadResource(db, id);
  if (row.version !== version) throw new DomainError('STALE_VERSION', 'stale_version');
  return row;
}

/** Writes a change guarded by the version and bumps it; 0 rows means the record moved on. */
export async function writeVersioned(
  ctx: Ctx,
  id: number,
  version: number,
  changes: Updateable<ResourceTable>,
): Promise<void> {
  const result = await ctx.db
    .updateTable('resources')
    .set({ ...changes, updated_at: ctx.now.toISOString(), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new DomainError('STALE_VERSION', 'stale_version');
}

async function assertReferences(ctx: Ctx, refs: { siteId?: number; ownerId?: number }): Promise<void> {
  if (refs.siteId !== undefined) {
    const site = await ctx.db
      .selectFrom('sites')
      .select('id')
      .where('id', '=', refs.siteId)
      .executeTakeFirst();
    if (!site) throw notFoundAt(ctx.lang, 'site', refs.siteId, 'siteId');
  }
  if (refs.ownerId !== undefined) {
    const owner = await ctx.db
      .selectFrom('organisations')
      .select('id')
      .where('id', '=', refs.ownerId)
      .executeTakeFirst();
    if (!owner) throw notFoundAt(ctx.lang, 'organisation', refs.ownerId, 'ownerId');
  }
}

async function assertCodeFree(ctx: Ctx, code: string, exceptId?: number): Promise<void> {
  let q = ctx.db.selectFrom('resources').select(['id', 'name']).where('inventory_code', '=', code);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  const clash = await q.executeTakeFirst();
  if (clash) {
    throw new DomainError(
      'DUPLICATE',
      'duplicate_inventory_code',
      { code, name: clash.name },
      {
        fields: [
          {
            path: 'inventoryCode',
            code: 'duplicate_inventory_code',
            message: translate(ctx.lang, 'duplicate_inventory_code', { code, name: clash.name }),
          },
        ],
      },
    );
  }
}

export async function createResource(ctx: Ctx, input: ResourceCreate): Promise<ResourceDetailDto> {
  const issues = resourceShapeIssues(input);
  if (issues.length > 0) refuseFields(ctx.lang, issues);
  await assertReferences(ctx, { siteId: input.siteId, ownerId: input.ownerId });
  await assertCodeFree(ctx, input.inventoryCode);
  const at = ctx.now.toISOString();
  const values: Record<string, unknown> = {};
  for (const f of EDITABLE) values[COLUMN[f]] = toColumnValue(input[f]);
  const row = await ctx.db
    .insertInto('resources')
    .values({
      ...(values as Omit<ResourceTable, 'id'>),
      status: 'available',
      status_reason: null,
      quantity_owned: input.quantityOwned,
      quantity_out_of_service: input.quantityOutOfService,
      created_at: at,
      updated_at: at,
      version: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const fields = [...EDITABLE, 'quantityOwned', 'quantityOutOfService'].filter(
    (f) => input[f as keyof ResourceCreate] !== null,
  );
  ctx.audit({ entity: 'resource', entityId: row.id, action: 'create', fields });
  return getResource(ctx.db, ctx.now, row.id);
}

export async function updateResource(ctx: Ctx, input: ResourceUpdate): Promise<ResourceDetailDto> {
  const current = await loadForUpdate(ctx.db, input.id, input.version);
  const changed = EDITABLE.filter(
    (f) => input[f] !== undefined && input[f] !== fromColumnValue(f, current[COLUMN[f]]),
  );
  const merged: Record<string, unknown> = { ...shapeOf(current) };
  for (const f of changed) merged[f] = input[f];
  const issues = resourceShapeIssues(merged as unknown as ResourceShape);
  if (issues.length > 0) refuseFields(ctx.lang, issues);
  await assertReferences(ctx, {
    siteId: changed.includes('siteId') ? input.siteId : undefined,
    ownerId: changed.includes('ownerId') ? input.ownerId : undefined,
  });
  if (changed.includes('inventoryCode')) await assertCodeFree(ctx, input.inventoryCode as string, input.id);
  const changes: Record<string, unknown> = {};
  for (const f of changed) changes[COLUMN[f]] = toColumnValue(input[f]);
  await writeVersioned(ctx, input.id, input.version, changes as Updateable<ResourceTable>);
  ctx.audit({ entity: 'resource', entityId: input.id, action: 'update', fields: changed });
  return getResource(ctx.db, ctx.now, input.id);
}

/** Names of the kits (not retired) that list this resource. */
async function activeKitsContaining(
  db: Kysely<Database>,
  id: number,
): Promise<{ name: string; quantity: number }[]> {
  return db
    .selectFrom('kit_components as k')
    .innerJoin('resources as kit', 'kit.id', 'k.kit_id')
    .select(['kit.name', 'k.quantity'])
    .where('k.component_id', '=', id)
    .where('kit.status', '!=', 'retired')
    .orderBy('kit.name')
    .execute();
}

export async function setResourceStatus(
  ctx: Ctx,
  input: z.output<typeof resourceSetStatusInput>,
): Promise<ResourceDetailDto> {
  const current = await loadForUpdate(ctx.db, input.id, input.version);
  const kits = input.status === 'retired' ? await activeKitsContaining(ctx.db, input.id) : [];
  const refusal = statusChangeRefusal(
    current,
    input.status,
    input.reason,
    kits.map((k) => k.name),
  );
  if (refusal) refuse(ctx.lang, refusal);
  const reason = input.status === 'available' ? null : input.reason;
  await writeVersioned(ctx, input.id, input.version, { status: input.status, status_reason: reason });
  ctx.audit({
    entity: 'resource',
    entityId: input.id,
    action: 'set_status',
    fields: ['status', 'statusReason'],
    reason,
  });
  return getResource(ctx.db, ctx.now, input.id);
}

/** The manager's way back from 'retired' (a write-off made by mistake, an item found again). */
export async function reinstateResource(
  ctx: Ctx,
  input: z.output<typeof resourceReinstateInput>,
): Promise<ResourceDetailDto> {
  const current = await loadForUpdate(ctx.db, input.id, input.version);
  if (current.status !== 'retired') {
    throw new DomainError('INVALID_STATE', 'resource_not_retired', { name: current.name });
  }
  await writeVersioned(ctx, input.id, input.version, { status: 'available', status_reason: null });
  ctx.audit({
    entity: 'resource',
    entityId: input.id,
    action: 'reinstate',
    fields: ['status', 'statusReason'],
    reason: input.reason,
  });
  return getResource(ctx.db, ctx.now, input.id);
}

/** Stock correction (a count, broken pieces): the reason goes to the audit log. */
export async function setResourceStock(
  ctx: Ctx,
  input: z.output<typeof resourceSetStockInput>,
): Promise<ResourceDetailDto> {
  const current = await loadForUpdate(ctx.db, input.id, input.version);
  if (current.tracking !== 'stock') {
    throw new DomainError('INVALID_STATE', 'stock_only', { name: current.name });
  }
  const now = ctx.now.getTime();
  const [kits, periods] = await Promise.all([
    activeKitsContaining(ctx.db, input.id),
    ctx.db
      .selectFrom('maintenance_periods')
      .select(['starts_at', 'ends_at', 'quantity'])
      .where('resource_id', '=', input.id)
      .where('ends_at', '>', ctx.now.toISOString())
      .execute(),
  ]);
  const issues = stockIssues({
    quantityOwned: input.quantityOwned,
    quantityOutOfService: input.quantityOutOfService,
    kitNeeds: kits.map((k) => ({ kitName: k.name, quantity: k.quantity })),
    maintenancePeakAhead: peakConcurrent(
      periods.map((p) => ({
        start: Date.parse(p.starts_at),
        end: Date.parse(p.ends_at),
        quantity: p.quantity,
      })),
      now,
      Number.MAX_SAFE_INTEGER,
    ),
  });
  if (issues.length > 0) refuseFields(ctx.lang, issues);
  const fields: string[] = [];
  if (input.quantityOwned !== current.quantity_owned) fields.push('quantityOwned');
  if (input.quantityOutOfService !== current.quantity_out_of_service) fields.push('quantityOutOfService');
  await writeVersioned(ctx, input.id, input.version, {
    quantity_owned: input.quantityOwned,
    quantity_out_of_service: input.quantityOutOfService,
  });
  ctx.audit({ entity: 'resource', entityId: input.id, action: 'set_stock', fields, reason: input.reason });
  return getResource(ctx.db, ctx.now, input.id);
}
