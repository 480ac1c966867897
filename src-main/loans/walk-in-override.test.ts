import { describe, expect, it } from 'vitest';
import type { CheckoutRefusedDetails } from './contract';
import { MANAGER, at, loansApp } from './test-setup';

/** Each case loads the demo centre and makes several calls: room for a busy shared machine. */
const SLOW = 30_000;

/** Now: Monday 8 June 2026, 10:00 in Paris; the demo centre is closed on Mondays. */
const MONDAY = '2026-06-08T08:00:00Z';
const REASON = 'Réunion de crise des associations, salle ouverte exceptionnellement';

async function app() {
  const a = await loansApp(MONDAY);
  const fronton = await a.borrower('Comité des fêtes de Fronton'); // no valid insurance (guard 2)
  const walkIn = (borrowerId: number, resourceId: number, quantity = 1) => ({
    booking: {
      borrowerId,
      start: at('2026-06-08', '10:00'),
      end: at('2026-06-08', '12:00'),
      lines: [{ resourceId, quantity }],
    },
    checkout: {
      lines: [{ line: 0, condition: 'ok' as const, keysOut: 1 }],
      deposit: { method: { type: 'cash' as const } },
    },
  });
  const audit = (action: string) =>
    a.db
      .selectFrom('audit_log')
      .select(['method', 'entity_id', 'reason', 'fields'])
      .where('action', '=', action)
      .execute();
  return { ...a, fronton, walkIn, audit };
}

describe(
  'loans.walkInOverride: a manager lets a walk-in through (closed day, guards 2, 3, 5)',
  { timeout: SLOW },
  () => {
    it('a room walk-in on a Monday is refused (closed day) and leaves nothing behind', async () => {
      const a = await app();
      const err = await a.fails('loans.walkIn', a.walkIn(a.boxing.id, a.room.id));
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.message).toContain('le 08/06/2026 (fermé le lundi)');
      expect(await a.ok('bookings.list', {})).toEqual([]);
    });

    it.each([
      { name: 'a room on a closed day', who: 'boxing', kind: 'room', guards: [], closedDay: true },
      {
        name: 'a room on a closed day, guard 2 lifted',
        who: 'fronton',
        kind: 'room',
        guards: [2],
        closedDay: true,
      },
      // Equipment is never refused on a closed day: only the guard is lifted, like checkoutOverride.
      { name: 'chairs, guard 2 lifted', who: 'fronton', kind: 'chairs', guards: [2], closedDay: false },
    ] as const)('$name: handed over, the reason audited for each rule lifted', async (c) => {
      const a = await app();
      const borrowerId = c.who === 'boxing' ? a.boxing.id : a.fronton.id;
      const walkIn =
        c.kind === 'room' ? a.walkIn(borrowerId, a.room.id) : a.walkIn(borrowerId, a.chairs.id, 10);
      const plain = await a.fails('loans.walkIn', walkIn);
      expect(plain.code).toBe(c.closedDay ? 'VALIDATION_FAILED' : 'CHECKOUT_REFUSED');
      const input = { ...walkIn, overrideReason: REASON, guards: [...c.guards] };
      expect((await a.fails('loans.walkInOverride', input)).code).toBe('PIN_REQUIRED');
      const r = await a.ok('loans.walkInOverride', input, MANAGER);
      expect(r.booking).toMatchObject({ status: 'checked_out', walkIn: true });
      expect(r.overridden).toEqual(c.guards);
      expect(await a.audit('closed_day_override')).toEqual(
        c.closedDay
          ? [
              {
                method: 'loans.walkInOverride',
                entity_id: r.booking.id,
                reason: REASON,
                fields: '["start","end"]',
              },
            ]
          : [],
      );
      const guards = await a.audit('checkout_override');
      expect(guards.map((g) => [g.method, g.reason, JSON.parse(g.fields)])).toEqual(
        c.guards.length > 0 ? [['loans.walkInOverride', REASON, c.guards.map((g) => `guard${g}`)]] : [],
      );
    });

    it('still refuses a failing guard the manager did not lift, and a guard that cannot be lifted', async () => {
      const a = await app();
      const input = { ...a.walkIn(a.fronton.id, a.room.id), overrideReason: REASON };
      const refused = await a.fails('loans.walkInOverride', input, MANAGER);
      expect(refused.code).toBe('CHECKOUT_REFUSED');
      expect((refused.details as CheckoutRefusedDetails).failures.map((f) => f.guard)).toEqual([2]);
      expect(await a.ok('bookings.list', {})).toEqual([]);
      const guard4 = await a.fails('loans.walkInOverride', { ...input, guards: [4] }, MANAGER);
      expect(guard4.code).toBe('VALIDATION_FAILED');
      expect(await a.audit('closed_day_override')).toEqual([]);
    });
  },
);
