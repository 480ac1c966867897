// The rules of time (Paris wall clock, DST nights, civil dates, late days) must give the same
// answers whatever the computer's own zone: the time-sensitive tests run again under UTC, Paris
// and Auckland (the other side of the date line). Portable: no shell `TZ=… cmd` syntax.
import { spawnSync } from 'node:child_process';

const ZONES = ['UTC', 'Europe/Paris', 'Pacific/Auckland'];
const FILES = [
  'src-main/core',
  'src-main/calendar',
  'src-main/lateness',
  'src-main/bookings/time-and-recurrence.test.ts',
  'src-main/bookings/availability.test.ts',
  'src-main/bookings/opening.test.ts',
  'src-main/deposits/read.test.ts',
  'src-main/loans/queries.test.ts',
  'src-main/loans/list.test.ts',
  'src-renderer/format',
];

for (const zone of ZONES) {
  console.log(`\n— Time rules under TZ=${zone}`);
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...FILES], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
