import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { CallMeta, Role } from '../core/contract-kit';
import { DomainError } from '../core/errors';
import { translate } from '../core/messages';
import type { Actor, Ctx } from '../api/context';
import type { StaffDto } from './contract';
import { hashPin, verifyPin } from './pin';

/** The profile the CLI acts as when none is named; created by `init`. */
export const CLI_PROFILE = 'cli';
/** The desk's default profile when the app starts. */
export const DESK_PROFILE = 'Accueil';

export async function ensureBuiltinProfiles(db: Kysely<Database>, now: Date): Promise<void> {
  for (const name of [CLI_PROFILE, DESK_PROFILE]) {
    await db
      .insertInto('staff')
      .values({ name, role: 'agent', pin_hash: null, active: 1, created_at: now.toISOString() })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
  }
}

/**
 * Who is acting. Manager methods need a manager's PIN: the acting profile's own when it is a
 * manager, otherwise any active manager's, who is then named beside the actor in the audit log.
 * The very first manager profile may be created without a PIN (nobody could authorise it).
 */
export async function resolveActor(db: Kysely<Database>, meta: CallMeta, role: Role): Promise<Actor> {
  const name = meta.staff?.trim() || CLI_PROFILE;
  const row = await db
    .selectFrom('staff')
    .select(['id', 'name', 'role', 'pin_hash'])
    .where('name', '=', name)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!row) throw new DomainError('UNKNOWN_STAFF', 'unknown_staff', { name });
  const actor: Actor = { id: row.id, name: row.name, role: row.role };
  if (role !== 'manager') return actor;

  const managers = await db
    .selectFrom('staff')
    .select(['name', 'pin_hash'])
    .where('role', '=', 'manager')
    .where('active', '=', 1)
    .execute();
  if (managers.length === 0) return actor; // bootstrap: no manager exists yet
  if (!meta.pin) throw new DomainError('PIN_REQUIRED', 'pin_required');
  if (row.role === 'manager') {
    if (!verifyPin(meta.pin, row.pin_hash)) throw new DomainError('PIN_INVALID', 'pin_invalid');
    return actor;
  }
  const authoriser = managers.find((m) => verifyPin(meta.pin ?? '', m.pin_hash));
  if (!authoriser) throw new DomainError('PIN_INVALID', 'pin_invalid');
  return { ...actor, name: `${actor.name} (autorisé par ${authoriser.name})`, role: 'manager' };
}

function toDto(r: {
  id: number;
  name: string;
  role: 'agent' | 'manager';
  pin_hash: string | null;
}): StaffDto {
  return { id: r.id, name: r.name, role: r.role, hasPin: r.pin_hash !== null };
}

export async function listStaff(db: Kysely<Database>): Promise<StaffDto[]> {
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'name', 'role', 'pin_hash'])
    .where('active', '=', 1)
    .orderBy('name')
    .execute();
  return rows.map(toDto);
}

export async function createStaff(
  ctx: Ctx,
  input: { name: string; role: 'agent' | 'manager'; pin: string | null },
): Promise<StaffDto> {
  const existing = await ctx.db
    .selectFrom('staff')
    .select('id')
    .where('name', '=', input.name)
    .executeTakeFirst();
  if (existing) throw new DomainError('DUPLICATE', 'duplicate_staff', { name: input.name });
  if (input.role === 'manager' && !input.pin) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'manager_needs_pin',
      {},
      {
        fields: [{ path: 'pin', code: 'required', message: translate(ctx.lang, 'manager_needs_pin') }],
      },
    );
  }
  const row = await ctx.db
    .insertInto('staff')
    .values({
      name: input.name,
      role: input.role,
      pin_hash: input.pin ? hashPin(input.pin) : null,
      active: 1,
      created_at: ctx.now.toISOString(),
    })
    .returning(['id', 'name', 'role', 'pin_hash'])
    .executeTakeFirstOrThrow();
  ctx.audit({ entity: 'staff', entityId: row.id, action: 'create', fields: ['name', 'role', 'pin'] });
  return toDto(row);
}
