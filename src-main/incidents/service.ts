import { matchesWords, searchWords } from '../core/search';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import { translate } from '../core/messages';
import type {
  IncidentDto,
  IncidentKind,
  incidentCreateInput,
  incidentListInput,
  incidentUpdateInput,
} from './contract';
import { canMoveIncident, incidentCost, incidentEstimate, inventoryChange } from './rules';

function incidentQuery(db: Kysely<Database>) {
  return db
    .selectFrom('incidents as i')
    .innerJoin('resources as r', 'r.id', 'i.resource_id')
    .innerJoin('organisations as o', 'o.id', 'i.borrower_id')
    .innerJoin('bookings as b', 'b.id', 'i.booking_id')
    .selectAll('i')
    .select(['r.name as resource_name', 'r.inventory_code', 'o.name as borrower_name', 'b.agreement_number']);
}

type Joined = Awaited<ReturnType<ReturnType<typeof incidentQuery>['executeTakeFirstOrThrow']>>;

function toDto(r: Joined): IncidentDto {
  return {
    id: r.id,
    bookingId: r.booking_id,
    agreementNumber: r.agreement_number,
    lineId: r.line_id,
    resourceId: r.resource_id,
    resourceName: r.resource_name,
    inventoryCode: r.inventory_code,
    borrowerId: r.borrower_id,
    borrowerName: r.borrower_name,
    kind: r.kind,
    quantity: r.quantity,
    description: r.description,
    estimateCents: r.estimate_cents,
    costCents: r.cost_cents,
    effectiveCostCents: incidentCost({
      status: r.status,
      estimateCents: r.estimate_cents,
      costCents: r.cost_cents,
    }),
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export async function getIncident(db: Kysely<Database>, id: number): Promise<IncidentDto> {
  const r = await incidentQuery(db).where('i.id', '=', id).executeTakeFirst();
  if (!r) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'incident', id });
  return toDto(r);
}

/** Open ones first (the work to do), newest first within each group. */
export async function listIncidents(
  db: Kysely<Database>,
  f: z.output<typeof incidentListInput>,
): Promise<IncidentDto[]> {
  let q = incidentQuery(db);
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.resourceId !== undefined) q = q.where('i.resource_id', '=', f.resourceId);
  if (f.borrowerId !== undefined) q = q.where('i.borrower_id', '=', f.borrowerId);
  if (f.bookingId !== undefined) q = q.where('i.booking_id', '=', f.bookingId);
  const words = searchWords(f.search);
  const rows = (await q.execute()).filter((r) =>
    matchesWords(
      words,
      r.resource_name,
      r.inventory_code,
      r.borrower_name,
      r.description,
      r.agreement_number ?? '',
    ),
  );
  return rows
    .map(toDto)
    .sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open') || b.id - a.id);
}

export interface IncidentCreate {
  bookingId: number;
  lineId: number;
  resourceId: number;
  borrowerId: number;
  kind: IncidentKind;
  quantity: number;
  description: string;
  /** Defaults to quantity × the replacement value frozen on the line at checkout. */
  estimateCents?: number | undefined;
  returnItemId?: number | null;
  /**
   * When it happened, if earlier than now: a return recorded back-dated dates its incidents at
   * the real return (when the damage was found), not when the agent typed it.
   */
  at?: Date | undefined;
}

/**
 * Exported for the return flow (damaged or missing quantities) and used by `incidents.create`.
 * The line must belong to the booking and be of that resource, for that borrower.
 */
export async function createIncident(ctx: Ctx, input: IncidentCreate): Promise<number> {
  const line = await ctx.db
    .selectFrom('booking_lines as l')
    .innerJoin('bookings as b', 'b.id', 'l.booking_id')
    .select([
      'l.id',
      'l.booking_id',
      'l.resource_id',
      'l.quantity',
      'l.replacement_value_cents',
      'b.borrower_id',
    ])
    .where('l.id', '=', input.lineId)
    .executeTakeFirst();
  if (!line) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking_line', id: input.lineId });
  if (
    line.booking_id !== input.bookingId ||
    line.resource_id !== input.resourceId ||
    line.borrower_id !== input.borrowerId
  ) {
    throw new DomainError('INVALID_STATE', 'incident_line_mismatch', { line: input.lineId });
  }
  if (input.quantity > line.quantity) {
    throw new DomainError('INVALID_STATE', 'incident_quantity_exceeds_line', { quantity: line.quantity });
  }
  const now = ctx.now.toISOString();
  const occurred = (input.at ?? ctx.now).toISOString();
  const row = await ctx.db
    .insertInto('incidents')
    .values({
      booking_id: input.bookingId,
      line_id: input.lineId,
      resource_id: input.resourceId,
      borrower_id: input.borrowerId,
      kind: input.kind,
      quantity: input.quantity,
      description: input.description,
      estimate_cents: input.estimateCents ?? incidentEstimate(input.quantity, line.replacement_value_cents),
      status: 'open',
      return_item_id: input.returnItemId ?? null,
      created_at: occurred,
      updated_at: now,
      version: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ctx.audit({
    entity: 'incident',
    entityId: row.id,
    action: 'create',
    fields: ['kind', 'quantity', 'description'],
  });
  return row.id;
}

/** `incidents.create`: the borrower and resource come from the booking and its line. */
export async function createIncidentOnLine(
  ctx: Ctx,
  input: z.output<typeof incidentCreateInput>,
): Promise<IncidentDto> {
  const line = await ctx.db
    .selectFrom('booking_lines as l')
    .innerJoin('bookings as b', 'b.id', 'l.booking_id')
    .select(['l.resource_id', 'b.borrower_id', 'l.booking_id'])
    .where('l.id', '=', input.lineId)
    .executeTakeFirst();
  if (!line) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking_line', id: input.lineId });
  const id = await createIncident(ctx, {
    ...input,
    resourceId: line.resource_id,
    borrowerId: line.borrower_id,
  });
  return getIncident(ctx.db, id);
}

/** Status, real cost and description; a write-off or a recovery moves the inventory in the same transaction. */
export async function updateIncident(
  ctx: Ctx,
  input: z.output<typeof incidentUpdateInput>,
): Promise<IncidentDto> {
  const current = await ctx.db
    .selectFrom('incidents')
    .selectAll()
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!current) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'incident', id: input.id });
  if (current.version !== input.version) throw new DomainError('STALE_VERSION', 'stale_version');
  if (!canMoveIncident(current.status, input.status)) {
    throw new DomainError('INVALID_STATE', 'incident_status_change', {
      from: translate(ctx.lang, `incident_status_${current.status}`),
      to: translate(ctx.lang, `incident_status_${input.status}`),
    });
  }
  const resource = await ctx.db
    .selectFrom('resources')
    .selectAll()
    .where('id', '=', current.resource_id)
    .executeTakeFirstOrThrow();
  const change = inventoryChange({
    kind: current.kind,
    quantity: current.quantity,
    from: current.status,
    to: input.status,
    resource: {
      tracking: resource.tracking,
      status: resource.status,
      quantityOwned: resource.quantity_owned,
      quantityOutOfService: resource.quantity_out_of_service,
    },
  });
  const now = ctx.now.toISOString();
  const bump = { updated_at: now, version: resource.version + 1 };
  if (change.type === 'stock') {
    await ctx.db
      .updateTable('resources')
      .set({
        ...bump,
        quantity_owned: change.quantityOwned,
        quantity_out_of_service: change.quantityOutOfService,
      })
      .where('id', '=', resource.id)
      .execute();
    ctx.audit({
      entity: 'resource',
      entityId: resource.id,
      action: 'incident_stock',
      fields: ['quantityOwned', 'quantityOutOfService'],
    });
  } else if (change.type === 'status' && (change.status === 'retired' || resource.status === 'retired')) {
    const reason =
      change.status === 'retired'
        ? translate(ctx.lang, 'incident_written_off_reason', { id: current.id })
        : null;
    await ctx.db
      .updateTable('resources')
      .set({ ...bump, status: change.status, status_reason: reason })
      .where('id', '=', resource.id)
      .execute();
    ctx.audit({
      entity: 'resource',
      entityId: resource.id,
      action: 'incident_status',
      fields: ['status', 'statusReason'],
    });
  }

  const fields: string[] = [];
  if (input.status !== current.status) fields.push('status');
  if (input.costCents !== undefined && input.costCents !== current.cost_cents) fields.push('costCents');
  if (input.description !== undefined && input.description !== current.description)
    fields.push('description');
  const result = await ctx.db
    .updateTable('incidents')
    .set({
      status: input.status,
      ...(input.costCents !== undefined ? { cost_cents: input.costCents } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      updated_at: now,
      version: current.version + 1,
    })
    .where('id', '=', input.id)
    .where('version', '=', input.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new DomainError('STALE_VERSION', 'stale_version');
  ctx.audit({ entity: 'incident', entityId: input.id, action: 'update', fields });
  return getIncident(ctx.db, input.id);
}

/** Pieces declared missing and not yet found or written off, per resource: the availability engine subtracts them. */
export async function missingPieces(
  db: Kysely<Database>,
  resourceIds?: readonly number[],
): Promise<Map<number, number>> {
  let q = db
    .selectFrom('incidents')
    .select(['resource_id', 'quantity'])
    .where('kind', '=', 'missing')
    .where('status', '=', 'open');
  if (resourceIds && resourceIds.length > 0) q = q.where('resource_id', 'in', [...resourceIds]);
  const out = new Map<number, number>();
  for (const r of await q.execute()) out.set(r.resource_id, (out.get(r.resource_id) ?? 0) + r.quantity);
  return out;
}
