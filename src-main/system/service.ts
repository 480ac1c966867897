import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Ctx } from '../api/context';
import type { Settings } from './contract';

const DEFAULTS: Settings = { centreName: null };

export async function getSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const out: Settings = { ...DEFAULTS };
  for (const r of rows) {
    if (r.key in DEFAULTS) (out as unknown as Record<string, unknown>)[r.key] = JSON.parse(r.value);
  }
  return out;
}

export async function updateSettings(ctx: Ctx, patch: Partial<Settings>): Promise<Settings> {
  const keys = Object.keys(patch) as (keyof Settings)[];
  for (const key of keys) {
    const value = JSON.stringify(patch[key] ?? null);
    await ctx.db
      .insertInto('settings')
      .values({ key, value, updated_at: ctx.now.toISOString() })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: ctx.now.toISOString() }))
      .execute();
  }
  ctx.audit({ entity: 'settings', entityId: null, action: 'update', fields: keys });
  return getSettings(ctx.db);
}
