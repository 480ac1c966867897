import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database, SiteTable } from '../../db/schema';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import type { SiteDto } from './contract';

export interface SiteInput {
  name: string;
  address: string | null;
  postcode: string | null;
  communeName: string;
  communeInsee: string;
  notes: string | null;
}

type SiteColumn = 'name' | 'address' | 'postcode' | 'commune_name' | 'commune_insee' | 'notes';
const COLUMNS: Record<keyof SiteInput, SiteColumn> = {
  name: 'name',
  address: 'address',
  postcode: 'postcode',
  communeName: 'commune_name',
  communeInsee: 'commune_insee',
  notes: 'notes',
};

function toDto(r: Selectable<SiteTable>, resourceCount: number): SiteDto {
  return {
    id: r.id,
    name: r.name,
    address: r.address,
    postcode: r.postcode,
    communeName: r.commune_name,
    communeInsee: r.commune_insee,
    notes: r.notes,
    resourceCount,
    version: r.version,
  };
}

async function resourceCounts(db: Kysely<Database>, siteId?: number): Promise<Map<number, number>> {
  let q = db
    .selectFrom('resources')
    .select(['site_id', sql<number>`count(*)`.as('n')])
    .where('status', '!=', 'retired')
    .groupBy('site_id');
  if (siteId !== undefined) q = q.where('site_id', '=', siteId);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.site_id, Number(r.n)]));
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export async function listSites(db: Kysely<Database>): Promise<SiteDto[]> {
  const [rows, counts] = await Promise.all([
    db.selectFrom('sites').selectAll().execute(),
    resourceCounts(db),
  ]);
  return rows.map((r) => toDto(r, counts.get(r.id) ?? 0)).sort((a, b) => collator.compare(a.name, b.name));
}

export async function getSite(db: Kysely<Database>, id: number): Promise<SiteDto> {
  const row = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'site', id });
  return toDto(row, (await resourceCounts(db, id)).get(id) ?? 0);
}

/**
 * Names are unique whatever their case or accents ("Salle des fêtes" and "SALLE DES FETES" are one
 * site). SQLite's lower() folds ASCII only, so the comparison is made here; a centre has few sites.
 */
async function assertNameFree(db: Kysely<Database>, name: string, exceptId?: number): Promise<void> {
  const rows = await db.selectFrom('sites').select(['id', 'name']).execute();
  const clash = rows.find((r) => r.id !== exceptId && collator.compare(r.name, name) === 0);
  if (clash) throw new DomainError('DUPLICATE', 'duplicate_site', { name: clash.name });
}

export async function createSite(ctx: Ctx, input: SiteInput): Promise<SiteDto> {
  await assertNameFree(ctx.db, input.name);
  const at = ctx.now.toISOString();
  const row = await ctx.db
    .insertInto('sites')
    .values({
      name: input.name,
      address: input.address,
      postcode: input.postcode,
      commune_name: input.communeName,
      commune_insee: input.communeInsee,
      notes: input.notes,
      created_at: at,
      updated_at: at,
      version: 0,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  ctx.audit({ entity: 'site', entityId: row.id, action: 'create', fields: Object.keys(COLUMNS) });
  return toDto(row, 0);
}

export async function updateSite(
  ctx: Ctx,
  input: { id: number; version: number } & Partial<SiteInput>,
): Promise<SiteDto> {
  const current = await ctx.db.selectFrom('sites').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!current) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'site', id: input.id });
  if (current.version !== input.version) throw new DomainError('STALE_VERSION', 'stale_version');
  const changes: Record<string, string | null> = {};
  const fields: string[] = [];
  for (const key of Object.keys(COLUMNS) as (keyof SiteInput)[]) {
    const value = input[key];
    if (value === undefined || value === current[COLUMNS[key]]) continue;
    changes[COLUMNS[key]] = value;
    fields.push(key);
  }
  if (input.name !== undefined && input.name !== current.name)
    await assertNameFree(ctx.db, input.name, input.id);
  const result = await ctx.db
    .updateTable('sites')
    .set({
      ...(changes as Updateable<SiteTable>),
      updated_at: ctx.now.toISOString(),
      version: current.version + 1,
    })
    .where('id', '=', input.id)
    .where('version', '=', input.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new DomainError('STALE_VERSION', 'stale_version');
  ctx.audit({ entity: 'site', entityId: input.id, action: 'update', fields });
  return getSite(ctx.db, input.id);
}
