import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemory } from '../../db/connection';
import { TEST_NOW } from '../../tests/helpers/test-app';
import { appOn } from '../app';
import type { Clock } from '../core/clock';
import type { CallMeta } from '../core/contract-kit';
import type { MethodName, Output } from '../api/contract';
import { ensureBuiltinProfiles } from '../staff/service';
import { DEMO_MANAGER, loadDemo } from '../../db/demo';
import type { Input } from '../api/contract';
import type { BookingDto } from '../bookings/contract';

/** Paris wall-clock moment as the forms send it. */
export const at = (date: string, time: string, later = false) => ({ date, time, later });
export const MANAGER = { staff: DEMO_MANAGER.name, pin: DEMO_MANAGER.pin };

/**
 * The demo centre (now: Friday 2026-06-05 10:00 in Paris) with lookups by inventory code and
 * borrower name, and helpers that book and hand over the way the desk does.
 */
export async function loansApp(now: string = TEST_NOW) {
  const conn = await openMemory();
  // A clock the test moves: returns come back days later.
  let current = new Date(now);
  const clock: Clock = { now: () => new Date(current.getTime()), fixed: true };
  await ensureBuiltinProfiles(conn.db, clock.now());
  const base = appOn(conn, clock, mkdtempSync(join(tmpdir(), 'comptoir-loans-')));
  const app = {
    ...base,
    async ok<M extends MethodName>(method: M, input: Input<M>, meta?: CallMeta): Promise<Output<M>> {
      const r = await base.registry.call(method, input, meta);
      if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
      return r.value as Output<M>;
    },
    async fails(method: string, input: unknown, meta?: CallMeta) {
      const r = await base.registry.call(method, input, meta);
      if (r.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(r.value)}`);
      return r.error;
    },
    setNow(instant: string) {
      current = new Date(instant);
    },
  };
  await loadDemo(app, { history: false }); // a clean present: agreement numbers start at 2026-0001
  const db = app.conn.db;
  const resource = async (code: string) =>
    db.selectFrom('resources').selectAll().where('inventory_code', '=', code).executeTakeFirstOrThrow();
  const borrower = async (name: string) =>
    db.selectFrom('organisations').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
  const minibus = await resource('VEH-MIN');
  const room = await resource('SAL-GAR');
  const chairs = await resource('MOB-CHA');
  const boxing = await borrower('Boxing Club Muretain');
  const driver = await db
    .selectFrom('drivers')
    .selectAll()
    .where('organisation_id', '=', boxing.id)
    .executeTakeFirstOrThrow();

  const book = (input: Partial<Input<'bookings.create'>> & Pick<Input<'bookings.create'>, 'lines'>) =>
    app.ok('bookings.create', {
      borrowerId: boxing.id,
      start: at('2026-06-06', '09:00'),
      end: at('2026-06-06', '18:00'),
      status: 'confirmed',
      ...input,
    });

  /** Checkout facts for every top-level line: ok, and the vehicle's mileage, fuel and driver. */
  const linesFor = (b: BookingDto, driverIds: number[] = [driver.id]) =>
    b.lines
      .filter((l) => l.kitLineId === null)
      .map((l) =>
        l.kind === 'vehicle'
          ? { lineId: l.id, condition: 'ok' as const, mileageOut: 84_230, fuelOut: 8, driverIds }
          : { lineId: l.id, condition: 'ok' as const, keysOut: l.kind === 'room' ? 2 : null },
      );
  const cheque = {
    method: {
      type: 'cheque' as const,
      number: '0012345',
      bank: 'Crédit Agricole',
      drawer: 'Boxing Club Muretain',
      date: '2026-06-05',
    },
  };
  return { ...app, db, resource, borrower, minibus, room, chairs, boxing, driver, book, linesFor, cheque };
}
