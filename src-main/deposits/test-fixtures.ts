import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemory } from '../../db/connection';
import { appOn } from '../app';
import type { Clock } from '../core/clock';
import type { CallMeta } from '../core/contract-kit';
import type { Input, MethodName, Output } from '../api/contract';
import type { Ctx } from '../api/context';
import { ensureBuiltinProfiles } from '../staff/service';

/**
 * Deposits and incidents tests: a real migrated SQLite and the real registry, with a clock the
 * test can move (ledger movements on different days). Bookings and lines are inserted directly
 * with kysely: the bookings feature is built in parallel and is not what these tests are about.
 */
export async function depositsApp(start = '2026-06-05T08:00:00Z') {
  const conn = await openMemory();
  let current = new Date(start);
  const clock: Clock = { now: () => new Date(current.getTime()), fixed: true };
  await ensureBuiltinProfiles(conn.db, clock.now());
  const app = appOn(conn, clock, mkdtempSync(join(tmpdir(), 'comptoir-dep-')));
  const db = conn.db;

  const ok = async <M extends MethodName>(
    method: M,
    input: Input<M>,
    meta?: CallMeta,
  ): Promise<Output<M>> => {
    const r = await app.registry.call(method, input, meta);
    if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
    return r.value as Output<M>;
  };
  const fails = async (method: string, input: unknown, meta?: CallMeta) => {
    const r = await app.registry.call(method, input, meta);
    if (r.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(r.value)}`);
    return r.error;
  };

  const site = await ok('sites.create', {
    name: 'Entrepôt de Labège',
    address: '3 rue de la Mutualisation',
    postcode: '31670',
    communeName: 'Labège',
    communeInsee: '31254',
  });
  const centre = await ok('organisations.create', { kind: 'public_body', name: 'Centre de ressources' });
  const borrower = await ok('organisations.create', {
    kind: 'association',
    name: 'Foyer rural de Montesquieu',
  });
  // A tent whose deposit is the DOMAIN example's 600 €; chairs in stock at 2 € deposit each.
  const tent = await ok('resources.create', {
    kind: 'equipment',
    name: 'Barnum 6 × 3 m',
    inventoryCode: 'BAR-6X3',
    ownerId: centre.id,
    siteId: site.id,
    depositCents: 600_00,
    replacementValueCents: 180_00,
  });
  const chairs = await ok('resources.create', {
    kind: 'equipment',
    tracking: 'stock',
    name: 'Chaise pliante',
    inventoryCode: 'MOB-CHA',
    ownerId: centre.id,
    siteId: site.id,
    depositCents: 2_00,
    replacementValueCents: 35_00,
    quantityOwned: 120,
    quantityOutOfService: 4,
  });

  /** A checked-out loan with the given lines, frozen values copied from the resources. */
  async function loan(
    lines: { resourceId: number; quantity: number }[],
    opts: { borrowerId?: number; lateFeeCents?: number; agreementNumber?: string } = {},
  ): Promise<{ bookingId: number; lineIds: number[] }> {
    const now = clock.now().toISOString();
    const b = await db
      .insertInto('bookings')
      .values({
        borrower_id: opts.borrowerId ?? borrower.id,
        status: 'checked_out',
        starts_at: now,
        ends_at: new Date(clock.now().getTime() + 2 * 86_400_000).toISOString(),
        option_expires_at: null,
        purpose: null,
        place_of_use: null,
        expected_people: null,
        recurrence_id: null,
        walk_in: 0,
        lang: 'fr',
        agreement_number: opts.agreementNumber ?? null,
        checked_out_at: now,
        checked_out_by: 'test',
        returned_at: null,
        closed_at: null,
        cancelled_at: null,
        cancel_reason: null,
        extension_count: 0,
        late_days: null,
        late_fee_cents: opts.lateFeeCents ?? null,
        notes: null,
        created_at: now,
        updated_at: now,
        version: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lineIds: number[] = [];
    for (const l of lines) {
      const r = await db
        .selectFrom('resources')
        .select(['replacement_value_cents', 'daily_value_cents', 'deposit_cents'])
        .where('id', '=', l.resourceId)
        .executeTakeFirstOrThrow();
      const line = await db
        .insertInto('booking_lines')
        .values({
          booking_id: b.id,
          resource_id: l.resourceId,
          quantity: l.quantity,
          kit_line_id: null,
          replacement_value_cents: r.replacement_value_cents,
          daily_value_cents: r.daily_value_cents,
          deposit_cents: r.deposit_cents,
          quantity_ok: 0,
          quantity_damaged: 0,
          quantity_missing: 0,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      lineIds.push(line.id);
    }
    return { bookingId: b.id, lineIds };
  }

  /** A write context over one transaction, as the registry gives handlers (for the exported service functions). */
  async function inTrx<T>(fn: (ctx: Ctx) => Promise<T>): Promise<T> {
    return db.transaction().execute((trx) =>
      fn({
        db: trx,
        now: clock.now(),
        actor: { id: null, name: 'test', role: 'agent' },
        lang: 'fr',
        env: { db, clock, dataDir: app.dataDir },
        audit: () => undefined,
      }),
    );
  }

  return {
    ...app,
    db,
    ok,
    fails,
    loan,
    inTrx,
    setNow(at: string) {
      current = new Date(at);
    },
    borrowerId: borrower.id,
    centreId: centre.id,
    tentId: tent.id,
    chairsId: chairs.id,
  };
}
