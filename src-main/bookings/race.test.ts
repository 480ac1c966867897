import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openApp } from '../app';
import { fixedClock } from '../core/clock';

const run = promisify(execFile);
const ROUNDS = 50;
const WORKER = join(import.meta.dirname, 'race-worker.ts');

/**
 * Two desks racing for the last unit. Two connections inside one process would prove nothing:
 * better-sqlite3 is synchronous, so the second BEGIN IMMEDIATE would block the only thread (the
 * first transaction could never finish) until busy_timeout. So each desk is its own Node process
 * with its own connection to the same WAL file, as with the app and the CLI side by side.
 * Every round (one unit each), exactly one desk must win and the other get RESOURCE_UNAVAILABLE.
 */
describe('two processes racing for the last unit', () => {
  it(`exactly one wins, ${ROUNDS} times over`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'comptoir-race-'));
    const app = await openApp(dataDir, fixedClock('2026-06-05T08:00:00Z'));
    const call = async (m: string, input: unknown) => {
      const r = await app.registry.call(m, input);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value as { id: number };
    };
    const site = await call('sites.create', { name: 'Dépôt', communeName: 'Muret', communeInsee: '31395' });
    const owner = await call('organisations.create', { kind: 'public_body', name: 'Centre' });
    const a = await call('organisations.create', { kind: 'association', name: 'Desk A' });
    const ids: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const r = await call('resources.create', {
        kind: 'vehicle',
        name: `Minibus ${i}`,
        inventoryCode: `VEH-${i}`,
        ownerId: owner.id,
        siteId: site.id,
        vehicleLicenceCategory: 'B',
      });
      ids.push(r.id);
    }
    await app.close();

    const goAt = Date.now() + 6000; // time for both processes to start (tsx compiles) and open the database, even on a loaded machine
    const desk = () =>
      run(process.execPath, ['--import', 'tsx', WORKER, dataDir, String(a.id), ids.join(','), String(goAt)], {
        cwd: join(import.meta.dirname, '..', '..'),
      }).then(
        (r) =>
          JSON.parse(r.stdout) as {
            startedAt: number;
            finishedAt: number;
            results: { resourceId: number; ok: boolean; code?: string }[];
          },
      );
    const [deskOne, deskTwo] = await Promise.all([desk(), desk()]);
    const one = deskOne.results;
    const two = deskTwo.results;

    for (let i = 0; i < ROUNDS; i++) {
      const outcomes = [one[i], two[i]];
      expect(
        outcomes.filter((o) => o?.ok),
        `round ${i}`,
      ).toHaveLength(1);
      expect(outcomes.filter((o) => !o?.ok).map((o) => o?.code)).toEqual(['RESOURCE_UNAVAILABLE']);
    }
    // The two desks really ran side by side: their booking loops overlapped in time. (Which desk
    // wins each round depends on scheduling: one may stay ahead and win them all, and that is fine.)
    expect(deskOne.startedAt).toBeLessThan(deskTwo.finishedAt);
    expect(deskTwo.startedAt).toBeLessThan(deskOne.finishedAt);

    const check = await openApp(dataDir, fixedClock('2026-06-05T08:00:00Z'));
    const rows = await check.conn.db.selectFrom('booking_lines').select('resource_id').execute();
    expect(rows.map((r) => r.resource_id).sort((x, y) => x - y)).toEqual(ids);
    await check.close();
  }, 60_000);
});
