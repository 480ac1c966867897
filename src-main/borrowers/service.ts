import { foldForSearch } from '../core/search';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { Database, OrganisationTable } from '../../db/schema';
import { DomainError } from '../core/errors';
import { parisDate } from '../core/paris-time';
import type { Ctx } from '../api/context';
import type {
  AttachmentInfo,
  OrganisationDetail,
  OrganisationKind,
  OrganisationRow,
  organisationCreateInput,
  organisationUpdateInput,
} from './contract';
import {
  certificateDto,
  certificateLike,
  contactDto,
  driverDto,
  suspensionDto,
  suspensionLike,
} from './mappers';
import { activeSuspension, insuranceBadge, organisationIssues, type OrganisationShape } from './rules';
import { unpaidTotal } from '../deposits/amounts-owed';
import { assertNoIssues, duplicateError } from './field-issues';

export type OrganisationCreate = z.output<typeof organisationCreateInput>;
export type OrganisationUpdate = z.output<typeof organisationUpdateInput>;

// ---------------------------------------------------------------------------------------------
// Reads

export interface ListFilter {
  search?: string;
  kind?: OrganisationKind;
  includeCentre?: boolean;
}

/**
 * The organisations with their badges. Filtering on folded text happens here rather than in SQL:
 * SQLite's lower() knows only ASCII, and a desk holds hundreds of borrowers, not millions.
 */
export async function listOrganisations(
  db: Kysely<Database>,
  today: string,
  filter: ListFilter = {},
): Promise<OrganisationRow[]> {
  let q = db.selectFrom('organisations').selectAll();
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (!filter.includeCentre) q = q.where('is_centre', '=', 0);
  let orgs = await q.execute();
  const needle = foldForSearch(filter.search ?? '').trim();
  if (needle) {
    const compact = needle.replace(/\s/g, '');
    orgs = orgs.filter(
      (o) =>
        foldForSearch(o.name).includes(needle) ||
        foldForSearch(o.commune_name ?? '').includes(needle) ||
        (o.commune_insee ?? '').toLowerCase().includes(compact) ||
        (o.rna ?? '').toLowerCase().includes(compact) ||
        (compact.length > 0 && (o.siret ?? '').includes(compact)),
    );
  }
  if (orgs.length === 0) return [];
  const ids = orgs.map((o) => o.id);
  const [certs, suspensions, contactCounts, resourceCounts] = await Promise.all([
    db.selectFrom('insurance_certificates').selectAll().where('organisation_id', 'in', ids).execute(),
    db.selectFrom('suspensions').selectAll().where('organisation_id', 'in', ids).execute(),
    db
      .selectFrom('contacts')
      .select((eb) => ['organisation_id', eb.fn.countAll<number>().as('n')])
      .where('organisation_id', 'in', ids)
      .groupBy('organisation_id')
      .execute(),
    db
      .selectFrom('resources')
      .select((eb) => ['owner_id', eb.fn.countAll<number>().as('n')])
      .where('owner_id', 'in', ids)
      .where('status', '!=', 'retired')
      .groupBy('owner_id')
      .execute(),
  ]);
  const contactsBy = new Map(contactCounts.map((c) => [c.organisation_id, Number(c.n)]));
  const resourcesBy = new Map(resourceCounts.map((c) => [c.owner_id, Number(c.n)]));
  const rows = orgs.map((o) =>
    toRow(
      o,
      certs.filter((c) => c.organisation_id === o.id),
      suspensions.filter((s) => s.organisation_id === o.id),
      contactsBy.get(o.id) ?? 0,
      resourcesBy.get(o.id) ?? 0,
      today,
    ),
  );
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }) || a.id - b.id);
}

function toRow(
  o: Selectable<OrganisationTable>,
  certs: Selectable<Database['insurance_certificates']>[],
  suspensions: Selectable<Database['suspensions']>[],
  contactCount: number,
  ownedResourceCount: number,
  today: string,
): OrganisationRow {
  const active = activeSuspension(suspensions.map(suspensionLike), today);
  return {
    id: o.id,
    kind: o.kind,
    name: o.name,
    rna: o.rna,
    siret: o.siret,
    communeName: o.commune_name,
    communeInsee: o.commune_insee,
    representativeName: o.representative_name,
    isCentre: o.is_centre === 1,
    insurance: insuranceBadge(certs.map(certificateLike), today),
    suspended: active ? { until: active.endsOn, reason: active.reason } : null,
    contactCount,
    ownedResourceCount,
    version: o.version,
  };
}

export async function getOrganisation(
  db: Kysely<Database>,
  id: number,
  today: string,
): Promise<OrganisationDetail> {
  const o = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!o) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'organisation', id });
  const [contacts, certs, drivers, suspensions, owned, files, unpaidOwedCents] = await Promise.all([
    db
      .selectFrom('contacts')
      .selectAll()
      .where('organisation_id', '=', id)
      .orderBy('name')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('insurance_certificates')
      .selectAll()
      .where('organisation_id', '=', id)
      .orderBy('valid_to', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('drivers')
      .selectAll()
      .where('organisation_id', '=', id)
      .orderBy('name')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('suspensions')
      .selectAll()
      .where('organisation_id', '=', id)
      .orderBy('starts_on', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('resources')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('owner_id', '=', id)
      .where('status', '!=', 'retired')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('attachments')
      .innerJoin('insurance_certificates as ic', 'ic.attachment_id', 'attachments.id')
      .select(['attachments.id', 'attachments.file_name', 'attachments.mime', 'attachments.size'])
      .where('ic.organisation_id', '=', id)
      .execute(),
    unpaidTotal(db, id),
  ]);
  const fileById = new Map<number, AttachmentInfo>(
    files.map((f) => [f.id, { id: f.id, fileName: f.file_name, mime: f.mime, size: f.size }]),
  );
  const row = toRow(o, certs, suspensions, contacts.length, Number(owned.n), today);
  const suspensionDtos = suspensions.map((s) => suspensionDto(s, today));
  // Active first; the query already put the most recent first within each group (stable sort).
  suspensionDtos.sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active'));
  return {
    ...row,
    address: o.address,
    postcode: o.postcode,
    representativeRole: o.representative_role,
    email: o.email,
    phone: o.phone,
    notes: o.notes,
    createdAt: o.created_at,
    updatedAt: o.updated_at,
    contacts: contacts.map(contactDto),
    certificates: certs.map((c) =>
      certificateDto(c, c.attachment_id === null ? null : (fileById.get(c.attachment_id) ?? null), today),
    ),
    drivers: drivers.map((d) => driverDto(d, today)),
    suspensions: suspensionDtos,
    unpaidOwedCents,
  };
}

/** Throws NOT_FOUND unless the organisation exists; sub-records call it before writing. */
export async function requireOrganisation(
  db: Kysely<Database>,
  id: number,
): Promise<{ id: number; name: string }> {
  const o = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!o) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'organisation', id });
  return o;
}

// ---------------------------------------------------------------------------------------------
// Writes

/** The editable fields as stored: camelCase name → column. */
const COLUMNS = {
  kind: 'kind',
  name: 'name',
  rna: 'rna',
  siret: 'siret',
  address: 'address',
  postcode: 'postcode',
  communeName: 'commune_name',
  communeInsee: 'commune_insee',
  representativeName: 'representative_name',
  representativeRole: 'representative_role',
  email: 'email',
  phone: 'phone',
  notes: 'notes',
  isCentre: 'is_centre',
} as const satisfies Record<string, keyof OrganisationTable>;
type Field = keyof typeof COLUMNS;
type Values = {
  [F in Field]: F extends 'isCentre'
    ? boolean
    : F extends 'kind'
      ? OrganisationKind
      : F extends 'name'
        ? string
        : string | null;
};

function fromRow(o: Selectable<OrganisationTable>): Values {
  return {
    kind: o.kind,
    name: o.name,
    rna: o.rna,
    siret: o.siret,
    address: o.address,
    postcode: o.postcode,
    communeName: o.commune_name,
    communeInsee: o.commune_insee,
    representativeName: o.representative_name,
    representativeRole: o.representative_role,
    email: o.email,
    phone: o.phone,
    notes: o.notes,
    isCentre: o.is_centre === 1,
  };
}

function toColumns(v: Values) {
  return {
    kind: v.kind,
    name: v.name,
    rna: v.rna,
    siret: v.siret,
    address: v.address,
    postcode: v.postcode,
    commune_name: v.communeName,
    commune_insee: v.communeInsee,
    representative_name: v.representativeName,
    representative_role: v.representativeRole,
    email: v.email,
    phone: v.phone,
    notes: v.notes,
    is_centre: v.isCentre ? (1 as const) : (0 as const),
  };
}

/** Cross-field rules, then uniqueness (RNA, SIRET, the one centre) against the other records. */
async function checkOrganisation(ctx: Ctx, v: Values, selfId: number | null): Promise<void> {
  const shape: OrganisationShape = v;
  assertNoIssues(ctx.lang, organisationIssues(shape));
  const others = (match: { rna: string } | { siret: string } | { is_centre: 1 }) => {
    let q = ctx.db.selectFrom('organisations').select(['id', 'name']);
    if ('rna' in match) q = q.where('rna', '=', match.rna);
    else if ('siret' in match) q = q.where('siret', '=', match.siret);
    else q = q.where('is_centre', '=', 1);
    if (selfId !== null) q = q.where('id', '!=', selfId);
    return q.executeTakeFirst();
  };
  if (v.rna !== null) {
    const other = await others({ rna: v.rna });
    if (other) throw duplicateError(ctx.lang, 'duplicate_rna', 'rna', { value: v.rna, name: other.name });
  }
  if (v.siret !== null) {
    const other = await others({ siret: v.siret });
    if (other)
      throw duplicateError(ctx.lang, 'duplicate_siret', 'siret', { value: v.siret, name: other.name });
  }
  if (v.isCentre) {
    const other = await others({ is_centre: 1 });
    if (other) throw duplicateError(ctx.lang, 'duplicate_centre', 'isCentre', { name: other.name });
  }
}

export async function createOrganisation(ctx: Ctx, input: OrganisationCreate): Promise<OrganisationDetail> {
  const v: Values = {
    kind: input.kind,
    name: input.name,
    rna: input.rna ?? null,
    siret: input.siret ?? null,
    address: input.address ?? null,
    postcode: input.postcode ?? null,
    communeName: input.communeName ?? null,
    communeInsee: input.communeInsee ?? null,
    representativeName: input.representativeName ?? null,
    representativeRole: input.representativeRole ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    notes: input.notes ?? null,
    isCentre: input.isCentre ?? false,
  };
  await checkOrganisation(ctx, v, null);
  const at = ctx.now.toISOString();
  const row = await ctx.db
    .insertInto('organisations')
    .values({ ...toColumns(v), created_at: at, updated_at: at, version: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const fields = (Object.keys(v) as Field[]).filter((f) => v[f] !== null && v[f] !== false);
  ctx.audit({ entity: 'organisation', entityId: row.id, action: 'create', fields });
  return getOrganisation(ctx.db, row.id, parisDate(ctx.now));
}

/** Applies the fields sent onto the stored record; `version` guards against a concurrent edit. */
export async function updateOrganisation(ctx: Ctx, input: OrganisationUpdate): Promise<OrganisationDetail> {
  const current = await ctx.db
    .selectFrom('organisations')
    .selectAll()
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!current) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'organisation', id: input.id });
  if (current.version !== input.version) throw new DomainError('STALE_VERSION', 'stale_version');
  const before = fromRow(current);
  const next: Values = { ...before };
  for (const f of Object.keys(COLUMNS) as Field[]) {
    const value = (input as Partial<Values>)[f];
    if (value !== undefined) (next as Record<Field, unknown>)[f] = value;
  }
  await checkOrganisation(ctx, next, input.id);
  const changed = (Object.keys(COLUMNS) as Field[]).filter((f) => next[f] !== before[f]);
  if (changed.length === 0) return getOrganisation(ctx.db, input.id, parisDate(ctx.now));
  const result = await ctx.db
    .updateTable('organisations')
    .set({ ...toColumns(next), updated_at: ctx.now.toISOString(), version: input.version + 1 })
    .where('id', '=', input.id)
    .where('version', '=', input.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new DomainError('STALE_VERSION', 'stale_version');
  ctx.audit({ entity: 'organisation', entityId: input.id, action: 'update', fields: changed });
  return getOrganisation(ctx.db, input.id, parisDate(ctx.now));
}
