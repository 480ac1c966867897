/**
 * `npm run bench`: figures for the desk's hot paths on real SQLite (a temp file, WAL, synchronous=FULL),
 * printed, never asserted: targets live here, not in timed tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixedClock } from '../src-main/core/clock';
import { openApp, type App } from '../src-main/app';
import { loadDemo } from '../db/demo/index';

const clock = fixedClock('2026-06-05T08:00:00Z');

async function ok(app: App, method: string, input: unknown): Promise<unknown> {
  const r = await app.registry.call(method, input, { staff: 'cli' });
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

async function time<T>(label: string, runs: number, work: () => Promise<T>): Promise<number> {
  await work(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) await work();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(64)} ${ms.toFixed(2).padStart(9)} ms`);
  return ms;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'comptoir-bench-'));
  try {
    const app = await openApp(dir, clock);
    let start = performance.now();
    await loadDemo(app);
    console.log(
      `${'demo load (59 resources, 26 borrowers, 18 months of loans)'.padEnd(64)} ${(performance.now() - start).toFixed(2).padStart(9)} ms`,
    );

    const [chairs] = (await ok(app, 'resources.list', { search: 'MOB-CHA' })) as { id: number }[];
    await time('availability.check, 40 chairs on a Saturday (history loaded)', 50, () =>
      ok(app, 'availability.check', {
        resourceId: chairs?.id,
        quantity: 40,
        start: { date: '2026-06-13', time: '09:00' },
        end: { date: '2026-06-13', time: '18:00' },
      }),
    );
    await time('loans.today (history loaded)', 20, () => ok(app, 'loans.today', {}));
    await time('bookings.list, all (history loaded)', 10, () => ok(app, 'bookings.list', {}));
    await time('loans.list, all (history loaded)', 10, () => ok(app, 'loans.list', { view: 'all' }));
    await time('deposits.heldAt a year-end (history loaded)', 20, () =>
      ok(app, 'deposits.heldAt', { date: '2025-12-31' }),
    );

    const [site] = (await ok(app, 'sites.list', {})) as { id: number }[];
    const [owner] = (await ok(app, 'organisations.list', { includeCentre: true })) as { id: number }[];
    const N = 5000;
    start = performance.now();
    for (let i = 0; i < N; i++) {
      await ok(app, 'resources.create', {
        kind: 'equipment',
        tracking: i % 3 === 0 ? 'stock' : 'unit',
        name: `Objet de banc d'essai ${i}`,
        inventoryCode: `BENCH-${i}`,
        ownerId: owner?.id,
        siteId: site?.id,
        quantityOwned: i % 3 === 0 ? 50 : 1,
      });
    }
    const perWrite = (performance.now() - start) / N;
    console.log(
      `${`resources.create, one transaction each (x${N})`.padEnd(64)} ${perWrite.toFixed(2).padStart(9)} ms/write`,
    );

    const list = await time(`resources.list, ${N + 59} rows`, 10, () => ok(app, 'resources.list', {}));
    await time(`resources.list search "chaise" over ${N + 59} rows`, 10, () =>
      ok(app, 'resources.list', { search: 'chaise' }),
    );
    await time('organisations.list (26 rows, badges computed)', 50, () => ok(app, 'organisations.list', {}));
    const [kit] = (await ok(app, 'resources.list', { search: 'KIT-SON' })) as { id: number }[];
    await time('resources.get (a kit with components)', 50, () => ok(app, 'resources.get', { id: kit?.id }));
    console.log(`\nratio: listing ${N} resources costs ${(list / perWrite).toFixed(1)} single writes`);
    await app.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
