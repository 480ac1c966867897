import { describe, expect, it } from 'vitest';
import { loansApp } from './test-setup';

type App = Awaited<ReturnType<typeof loansApp>>;

/**
 * 40 chairs (2 € deposit, 25 € replacement each) out with an 80 € cheque; 20 are missing at the
 * first return visit, the other 20 come back at the second. The return dialog settles from the
 * last visit's result, which found nothing wrong.
 */
async function twoVisits(app: App) {
  const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 40 }] });
  const out = await app.ok('loans.checkout', {
    bookingId: b.id,
    version: b.version,
    lines: app.linesFor(b),
    deposit: app.cheque,
  });
  const lineId = b.lines[0]!.id;
  app.setNow('2026-06-06T15:00:00Z');
  const first = await app.ok('loans.return', {
    bookingId: b.id,
    version: out.booking.version,
    items: [{ lineId, ok: 0, damaged: 0, missing: 20 }],
  });
  expect(first.incidents).toHaveLength(1);
  app.setNow('2026-06-06T16:30:00Z');
  const last = await app.ok('loans.return', {
    bookingId: b.id,
    version: first.booking.version,
    items: [{ lineId, ok: 20, damaged: 0, missing: 0 }],
  });
  expect(last.status).toBe('returned');
  expect(last.incidents).toEqual([]);
  return { bookingId: b.id, last };
}

const owedOf = async (app: App, bookingId: number) =>
  (await app.ok('amountsOwed.list', {}))
    .filter((o) => o.bookingId === bookingId)
    .reduce((s, o) => s + o.amountCents, 0);

describe('settling covers the incidents of every return visit', () => {
  it('20 chairs missing at the first visit, the rest back at the second: 80 € kept, 420 € owed', async () => {
    const app = await loansApp();
    const { bookingId, last } = await twoVisits(app);
    expect(last.proposedRetentionCents).toBe(80_00);
    // As the return dialog sends it: the last visit's incidents (none).
    await app.ok('deposits.settle', {
      bookingId,
      retainedCents: last.proposedRetentionCents,
      incidentIds: last.incidents.map((i) => i.id),
    });
    const d = await app.ok('deposits.get', { bookingId });
    expect(d).toMatchObject({ state: 'retained', retainedCents: 80_00, heldCents: 0 });
    expect(await owedOf(app, bookingId)).toBe(20 * 25_00 - 80_00);
    await app.ok('loans.close', { bookingId });
    expect(await owedOf(app, bookingId)).toBe(20 * 25_00 - 80_00); // not billed again at closing
  });

  it('without incidentIds at all the server finds them; an incident of another booking is still refused', async () => {
    const app = await loansApp();
    const { bookingId } = await twoVisits(app);
    const other = await app.db
      .selectFrom('incidents')
      .select('id')
      .where('booking_id', '=', bookingId)
      .executeTakeFirstOrThrow();
    const foreign = await app.fails('deposits.settle', {
      bookingId,
      retainedCents: 80_00,
      incidentIds: [other.id + 1000],
    });
    expect(foreign.code).toBe('INVALID_STATE');
    await app.ok('deposits.settle', { bookingId, retainedCents: 80_00 });
    expect(await owedOf(app, bookingId)).toBe(20 * 25_00 - 80_00);
    const d = await app.ok('deposits.get', { bookingId });
    expect(d.ledger.at(-1)?.note).toContain(String(other.id));
  });
});
