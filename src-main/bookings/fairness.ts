import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Ctx } from '../api/context';
import type { FairnessRulesDto } from './contract';

/** Settings keys of the fairness rules (JSON numbers, or null for no limit). */
const KEYS: Record<keyof FairnessRulesDto, string> = {
  maxAdvanceDays: 'bookings.maxAdvanceDays',
  maxDurationDays: 'bookings.maxDurationDays',
  maxStockSharePercent: 'bookings.maxStockSharePercent',
};

export async function getFairnessRules(db: Kysely<Database>): Promise<FairnessRulesDto> {
  const rows = await db
    .selectFrom('settings')
    .select(['key', 'value'])
    .where('key', 'in', Object.values(KEYS))
    .execute();
  const byKey = new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const read = (k: keyof FairnessRulesDto) => {
    const v = byKey.get(KEYS[k]);
    return typeof v === 'number' ? v : null;
  };
  return {
    maxAdvanceDays: read('maxAdvanceDays'),
    maxDurationDays: read('maxDurationDays'),
    maxStockSharePercent: read('maxStockSharePercent'),
  };
}

export async function setFairnessRules(ctx: Ctx, rules: FairnessRulesDto): Promise<FairnessRulesDto> {
  const at = ctx.now.toISOString();
  for (const k of Object.keys(KEYS) as (keyof FairnessRulesDto)[]) {
    const value = JSON.stringify(rules[k]);
    await ctx.db
      .insertInto('settings')
      .values({ key: KEYS[k], value, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
      .execute();
  }
  ctx.audit({ entity: 'settings', entityId: null, action: 'update', fields: Object.values(KEYS) });
  return getFairnessRules(ctx.db);
}
