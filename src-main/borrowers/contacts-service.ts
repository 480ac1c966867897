import { DomainError } from '../core/errors';
import type { Ctx } from '../api/context';
import type { ContactDto, Removed } from './contract';
import { contactDto } from './mappers';
import { requireOrganisation } from './service';

interface ContactFields {
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
}

const COLUMNS = { name: 'name', role: 'role', phone: 'phone', email: 'email' } as const;
type Field = keyof typeof COLUMNS;

export async function addContact(
  ctx: Ctx,
  input: { organisationId: number } & Pick<ContactFields, 'name'> & Partial<ContactFields>,
): Promise<ContactDto> {
  await requireOrganisation(ctx.db, input.organisationId);
  const row = await ctx.db
    .insertInto('contacts')
    .values({
      organisation_id: input.organisationId,
      name: input.name,
      role: input.role ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      created_at: ctx.now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const fields = (Object.keys(COLUMNS) as Field[]).filter((f) => row[f] !== null);
  ctx.audit({ entity: 'contact', entityId: row.id, action: 'create', fields });
  return contactDto(row);
}

export async function updateContact(
  ctx: Ctx,
  input: { id: number } & Partial<ContactFields>,
): Promise<ContactDto> {
  const current = await ctx.db
    .selectFrom('contacts')
    .selectAll()
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!current) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'contact', id: input.id });
  const changed = (Object.keys(COLUMNS) as Field[]).filter(
    (f) => input[f] !== undefined && input[f] !== current[f],
  );
  if (changed.length === 0) return contactDto(current);
  const patch: Partial<ContactFields> = {};
  for (const f of changed) (patch as Record<Field, unknown>)[f] = input[f];
  const row = await ctx.db
    .updateTable('contacts')
    .set(patch)
    .where('id', '=', input.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  ctx.audit({ entity: 'contact', entityId: row.id, action: 'update', fields: changed });
  return contactDto(row);
}

export async function removeContact(ctx: Ctx, id: number): Promise<Removed> {
  const result = await ctx.db.deleteFrom('contacts').where('id', '=', id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0)
    throw new DomainError('NOT_FOUND', 'not_found', { entity: 'contact', id });
  ctx.audit({ entity: 'contact', entityId: id, action: 'delete' });
  return { id };
}
