import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import type { LateFee, LatenessRules, LoanLatenessDto } from './contract';
import { DEFAULT_LATENESS, extensionAllowed, lateFee } from './rules';

/** The late-return rules live in the settings table under one key, as JSON, with their own version. */
export const LATENESS_SETTING = 'lateness';

const int = (v: unknown, fallback: number) => (Number.isInteger(v) ? (v as number) : fallback);
const intOrNull = (v: unknown, fallback: number | null) =>
  v === null ? null : Number.isInteger(v) ? (v as number) : fallback;

/** The rules in force, defaults for anything never set. The return feature passes them to lateFee(). */
export async function loadLatenessRules(db: Kysely<Database>): Promise<LatenessRules> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', LATENESS_SETTING)
    .executeTakeFirst();
  const s = (row ? JSON.parse(row.value) : {}) as Record<string, unknown>;
  const d = DEFAULT_LATENESS;
  return {
    feePerDayCents: int(s.feePerDayCents, d.feePerDayCents),
    feeCapCents: intOrNull(s.feeCapCents, d.feeCapCents),
    suspensionDays: int(s.suspensionDays, d.suspensionDays),
    suspensionAfterLateDays: int(s.suspensionAfterLateDays, d.suspensionAfterLateDays),
    maxExtensions: intOrNull(s.maxExtensions, d.maxExtensions),
    version: int(s.version, 0),
  };
}

export async function setLatenessRules(
  ctx: Ctx,
  input: Partial<Omit<LatenessRules, 'version'>> & { version: number },
): Promise<LatenessRules> {
  const current = await loadLatenessRules(ctx.db);
  if (current.version !== input.version) throw new DomainError('STALE_VERSION', 'stale_version');
  const { version: _v, ...patch } = input;
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const next: LatenessRules = { ...current, ...defined, version: current.version + 1 };
  const value = JSON.stringify(next);
  const updatedAt = ctx.now.toISOString();
  await ctx.db
    .insertInto('settings')
    .values({ key: LATENESS_SETTING, value, updated_at: updatedAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: updatedAt }))
    .execute();
  ctx.audit({ entity: 'lateness', entityId: null, action: 'update', fields: Object.keys(defined) });
  return next;
}

/** For the return feature: late days, proposed fee and suspension under the rules in force. */
export async function proposeLateFee(db: Kysely<Database>, due: Date, returned: Date): Promise<LateFee> {
  return lateFee(due, returned, await loadLatenessRules(db));
}

/** For the extension feature: whether a loan already extended `done` times may be extended again. */
export async function mayExtend(db: Kysely<Database>, done: number): Promise<boolean> {
  return extensionAllowed(done, await loadLatenessRules(db));
}

/** A returned loan's lateness, proposed again from its due and return moments (to settle it later). */
export async function loanLateness(db: Kysely<Database>, bookingId: number): Promise<LoanLatenessDto> {
  const b = await db
    .selectFrom('bookings')
    .select(['id', 'ends_at', 'returned_at', 'late_fee_cents'])
    .where('id', '=', bookingId)
    .executeTakeFirst();
  if (!b) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking', id: bookingId });
  if (b.returned_at === null) throw new DomainError('INVALID_STATE', 'loan_not_returned');
  const proposed = await proposeLateFee(db, new Date(b.ends_at), new Date(b.returned_at));
  return { ...proposed, bookingId: b.id, currentFeeCents: b.late_fee_cents };
}
