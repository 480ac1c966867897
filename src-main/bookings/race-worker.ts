/**
 * One desk of the race test (race.test.ts): a separate Node process with its own SQLite
 * connection, booking every listed resource for the same period, starting at an agreed instant.
 * Usage: node --import tsx race-worker.ts <dataDir> <borrowerId> <resourceIds,comma> <goAtMs>
 */
import { openApp } from '../app';
import { fixedClock } from '../core/clock';

const [dataDir, borrowerId, ids, goAt] = process.argv.slice(2) as [string, string, string, string];
const app = await openApp(dataDir, fixedClock('2026-06-05T08:00:00Z'));
// Both desks start together, so they ask for the same unit at the same moment.
while (Date.now() < Number(goAt)) {
  /* spin: a timer would add milliseconds of jitter between the two processes */
}
const startedAt = Date.now();
const results: { resourceId: number; ok: boolean; code?: string }[] = [];
for (const id of ids.split(',').map(Number)) {
  const r = await app.registry.call('bookings.create', {
    borrowerId: Number(borrowerId),
    start: { date: '2026-06-13', time: '09:00' },
    end: { date: '2026-06-13', time: '18:00' },
    status: 'confirmed',
    lines: [{ resourceId: id, quantity: 1 }],
  });
  results.push(r.ok ? { resourceId: id, ok: true } : { resourceId: id, ok: false, code: r.error.code });
}
const finishedAt = Date.now();
await app.close();
process.stdout.write(JSON.stringify({ startedAt, finishedAt, results }));
