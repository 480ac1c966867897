import { matchesWords, searchWords } from '../core/search';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, ResourceTable } from '../../db/schema';
import { DomainError } from '../core/errors';
import { addDays, parisDate, parisWall } from '../core/paris-time';
import { listAttachments } from '../attachments/store';
import type {
  KitComponentDto,
  KitMembershipDto,
  LicenceCategory,
  Fuel,
  MaintenancePeriodDto,
  ResourceDetailDto,
  ResourceRowDto,
  resourceListInput,
} from './contract';
import type { z } from 'zod';
import {
  INSPECTION_WARNING_DAYS,
  inspectionAlert,
  ownUsableNow,
  periodWhen,
  usableWithKits,
  type KitEdge,
} from './rules';

type ResourceJoined = Selectable<ResourceTable> & {
  site_name: string;
  site_commune: string;
  owner_name: string;
};

function joinedResources(db: Kysely<Database>) {
  return db
    .selectFrom('resources as r')
    .innerJoin('sites as s', 's.id', 'r.site_id')
    .innerJoin('organisations as o', 'o.id', 'r.owner_id')
    .selectAll('r')
    .select(['s.name as site_name', 's.commune_name as site_commune', 'o.name as owner_name']);
}

/** Pieces inside a maintenance period covering `now`, per resource. */
async function maintenanceNow(db: Kysely<Database>, now: Date): Promise<Map<number, number>> {
  const at = now.toISOString();
  const q = db
    .selectFrom('maintenance_periods')
    .select(['resource_id', sql<number>`sum(quantity)`.as('q')])
    .where('starts_at', '<=', at)
    .where('ends_at', '>', at)
    .groupBy('resource_id');
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.resource_id, Number(r.q)]));
}

export async function kitEdges(db: Kysely<Database>): Promise<KitEdge[]> {
  const rows = await db.selectFrom('kit_components').select(['kit_id', 'component_id', 'quantity']).execute();
  return rows.map((r) => ({ kitId: r.kit_id, componentId: r.component_id, quantity: r.quantity }));
}

/**
 * Usable-now for the given resources, kits included. A kit's components may lie outside the
 * listed rows (another site, another filter), so their own figures are loaded when kits exist.
 * `maint` must cover every resource (maintenanceNow without a filter).
 */
async function usableNow(
  db: Kysely<Database>,
  rows: readonly Selectable<ResourceTable>[],
  edges: readonly KitEdge[],
  maint: ReadonlyMap<number, number>,
): Promise<Map<number, number>> {
  const own = new Map<number, number>();
  const add = (
    r: Pick<ResourceTable, 'status' | 'quantity_owned' | 'quantity_out_of_service'> & { id: number },
  ) =>
    own.set(
      r.id,
      ownUsableNow(
        {
          status: r.status,
          quantityOwned: r.quantity_owned,
          quantityOutOfService: r.quantity_out_of_service,
        },
        maint.get(r.id) ?? 0,
      ),
    );
  rows.forEach(add);
  if (edges.length > 0) {
    const missing = [...new Set(edges.flatMap((e) => [e.kitId, e.componentId]))].filter((i) => !own.has(i));
    if (missing.length > 0) {
      const extra = await db
        .selectFrom('resources')
        .select(['id', 'status', 'quantity_owned', 'quantity_out_of_service'])
        .where('id', 'in', missing)
        .execute();
      for (const r of extra) {
        own.set(
          r.id,
          ownUsableNow(
            {
              status: r.status,
              quantityOwned: r.quantity_owned,
              quantityOutOfService: r.quantity_out_of_service,
            },
            maint.get(r.id) ?? 0,
          ),
        );
      }
    }
  }
  return usableWithKits(own, edges);
}

function toRow(
  r: ResourceJoined,
  inMaintenance: number,
  usable: number,
  componentCount: number,
  today: string,
): ResourceRowDto {
  return {
    id: r.id,
    kind: r.kind,
    tracking: r.tracking,
    name: r.name,
    category: r.category,
    inventoryCode: r.inventory_code,
    siteId: r.site_id,
    siteName: r.site_name,
    siteCommune: r.site_commune,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    status: r.status,
    statusReason: r.status_reason,
    quantityOwned: r.quantity_owned,
    quantityOutOfService: r.quantity_out_of_service,
    quantityInMaintenanceNow: inMaintenance,
    quantityUsableNow: usable,
    depositCents: r.deposit_cents,
    replacementValueCents: r.replacement_value_cents,
    dailyValueCents: r.daily_value_cents,
    isKit: componentCount > 0,
    componentCount,
    vehicleRegistration: r.vehicle_registration,
    vehicleSeats: r.vehicle_seats,
    vehicleLicenceCategory: r.vehicle_licence_category as LicenceCategory | null,
    vehicleNextInspection: r.vehicle_next_inspection,
    inspectionAlert: inspectionAlert(
      r.vehicle_next_inspection,
      today,
      addDays(today, INSPECTION_WARNING_DAYS),
    ),
    roomCapacity: r.room_capacity,
    roomAccessible: r.room_accessible === null ? null : r.room_accessible === 1,
    version: r.version,
  };
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export type ResourceFilters = z.output<typeof resourceListInput>;

/** The catalogue table: filters in SQL, the accent-insensitive search in JS (portable to PostgreSQL). */
export async function listResources(
  db: Kysely<Database>,
  now: Date,
  filters: ResourceFilters,
): Promise<ResourceRowDto[]> {
  let q = joinedResources(db);
  if (filters.kind) q = q.where('r.kind', '=', filters.kind);
  if (filters.status) q = q.where('r.status', '=', filters.status);
  else if (!filters.includeRetired) q = q.where('r.status', '!=', 'retired');
  if (filters.siteId !== undefined) q = q.where('r.site_id', '=', filters.siteId);
  if (filters.ownerId !== undefined) q = q.where('r.owner_id', '=', filters.ownerId);
  const words = searchWords(filters.search);
  const rows = (await q.execute()).filter((r) => matchesWords(words, r.name, r.inventory_code));

  const [maint, edges] = await Promise.all([maintenanceNow(db, now), kitEdges(db)]);
  const usable = await usableNow(db, rows, edges, maint);
  const componentCounts = new Map<number, number>();
  for (const e of edges) componentCounts.set(e.kitId, (componentCounts.get(e.kitId) ?? 0) + 1);
  const today = parisDate(now);
  return rows
    .map((r) => toRow(r, maint.get(r.id) ?? 0, usable.get(r.id) ?? 0, componentCounts.get(r.id) ?? 0, today))
    .sort((a, b) => collator.compare(a.name, b.name) || a.inventoryCode.localeCompare(b.inventoryCode));
}

export function toMaintenanceDto(
  m: {
    id: number;
    resource_id: number;
    starts_at: string;
    ends_at: string;
    quantity: number;
    reason: string;
    created_at: string;
  },
  now: Date,
): MaintenancePeriodDto {
  const start = new Date(m.starts_at);
  const end = new Date(m.ends_at);
  return {
    id: m.id,
    resourceId: m.resource_id,
    startsAt: m.starts_at,
    endsAt: m.ends_at,
    start: parisWall(start),
    end: parisWall(end),
    quantity: m.quantity,
    reason: m.reason,
    when: periodWhen(start, end, now),
    createdAt: m.created_at,
  };
}

export async function getResource(db: Kysely<Database>, now: Date, id: number): Promise<ResourceDetailDto> {
  const r = await joinedResources(db).where('r.id', '=', id).executeTakeFirst();
  if (!r) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'resource', id });
  const [maint, edges, components, kits, periods, photos] = await Promise.all([
    maintenanceNow(db, now),
    kitEdges(db),
    db
      .selectFrom('kit_components as k')
      .innerJoin('resources as c', 'c.id', 'k.component_id')
      .select(['c.id', 'c.name', 'c.inventory_code', 'c.kind', 'c.status', 'k.quantity'])
      .where('k.kit_id', '=', id)
      .execute(),
    db
      .selectFrom('kit_components as k')
      .innerJoin('resources as kit', 'kit.id', 'k.kit_id')
      .select(['kit.id', 'kit.name', 'kit.inventory_code', 'k.quantity'])
      .where('k.component_id', '=', id)
      .execute(),
    db
      .selectFrom('maintenance_periods')
      .selectAll()
      .where('resource_id', '=', id)
      .orderBy('starts_at')
      .orderBy('id')
      .execute(),
    listAttachments(db, { type: 'resource', id }),
  ]);
  const usable = await usableNow(db, [r], edges, maint);
  const row = toRow(r, maint.get(id) ?? 0, usable.get(id) ?? 0, components.length, parisDate(now));
  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
  return {
    ...row,
    description: r.description,
    bufferMinutes: r.buffer_minutes,
    defaultLoanDays: r.default_loan_days,
    safetyNotes: r.safety_notes,
    vehicleFuel: r.vehicle_fuel as Fuel | null,
    vehicleMileage: r.vehicle_mileage,
    roomAccess: r.room_access,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    components: components
      .map((c): KitComponentDto => ({
        id: c.id,
        name: c.name,
        inventoryCode: c.inventory_code,
        kind: c.kind,
        status: c.status,
        quantity: c.quantity,
      }))
      .sort(byName),
    kits: kits
      .map((k): KitMembershipDto => ({
        id: k.id,
        name: k.name,
        inventoryCode: k.inventory_code,
        quantity: k.quantity,
      }))
      .sort(byName),
    maintenance: periods.map((m) => toMaintenanceDto(m, now)),
    photos,
  };
}

export async function listCategories(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('resources')
    .select('category')
    .distinct()
    .where('category', 'is not', null)
    .execute();
  return rows.map((r) => r.category as string).sort((a, b) => collator.compare(a, b));
}
