import { sql } from 'kysely';
import type { Handlers } from '../api/registry';
import type { systemContract } from './contract';
import { getSettings, updateSettings } from './service';
import { APP_VERSION } from '../core/version';

export const systemHandlers: Handlers<typeof systemContract> = {
  'app.info': async (_input, ctx) => {
    const { rows } = await sql<{ user_version: number }>`pragma user_version`.execute(ctx.db);
    return {
      version: APP_VERSION,
      schemaVersion: Number(rows[0]?.user_version ?? 0),
      now: ctx.now.toISOString(),
      clockFixed: ctx.env.clock.fixed,
      dataDir: ctx.env.dataDir,
      centreName: (await getSettings(ctx.db)).centreName,
    };
  },
  'settings.get': (_input, ctx) => getSettings(ctx.db),
  'settings.update': (input, ctx) => updateSettings(ctx, input),
};
