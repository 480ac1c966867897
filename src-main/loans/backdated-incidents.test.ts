import { describe, expect, it } from 'vitest';
import { at, loansApp } from './test-setup';

/** Each case loads the demo centre and makes several calls: room for a busy shared machine. */
const SLOW = 30_000;

type App = Awaited<ReturnType<typeof loansApp>>;

/** 40 chairs booked for Saturday 6 June, handed over on Friday 5 June 10:00 (the demo clock). */
async function chairsOut(app: App) {
  const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 40 }] });
  const out = await app.ok('loans.checkout', {
    bookingId: b.id,
    version: b.version,
    lines: app.linesFor(b),
    deposit: app.cheque,
  });
  return { id: b.id, version: out.booking.version, line: b.lines[0]?.id as number };
}

const MONDAY_NOON = '2026-06-08T10:00:00.000Z';
const SATURDAY_1730 = '2026-06-06T15:30:00.000Z';

describe('incidents of a return are dated when the return really happened', { timeout: SLOW }, () => {
  it.each([
    { name: 'a return recorded as it happens', at: undefined, created: MONDAY_NOON },
    { name: 'a return recorded back-dated', at: at('2026-06-06', '17:30'), created: SATURDAY_1730 },
  ])('$name: incident dated $created', async (c) => {
    const app = await loansApp();
    const loan = await chairsOut(app);
    app.setNow(MONDAY_NOON);
    const r = await app.ok('loans.return', {
      bookingId: loan.id,
      version: loan.version,
      ...(c.at ? { at: c.at, backdateReason: 'Retour noté sur papier samedi soir' } : {}),
      items: [{ lineId: loan.line, ok: 36, damaged: 2, missing: 2 }],
    });
    expect(r.incidents.map((i) => [i.kind, i.createdAt])).toEqual([
      ['damaged', c.created],
      ['missing', c.created],
    ]);
    // Recorded on Monday: the last change is when the agent typed it.
    expect(r.incidents.every((i) => i.updatedAt === MONDAY_NOON)).toBe(true);
    const listed = await app.ok('incidents.list', { bookingId: loan.id });
    expect(listed.map((i) => i.createdAt)).toEqual([c.created, c.created]);
  });

  it('over two back-dated visits, each incident carries its own visit’s time', async () => {
    const app = await loansApp();
    const loan = await chairsOut(app);
    app.setNow(MONDAY_NOON);
    const first = await app.ok('loans.return', {
      bookingId: loan.id,
      version: loan.version,
      at: at('2026-06-06', '17:30'),
      backdateReason: 'Carnet de retours',
      items: [{ lineId: loan.line, ok: 19, damaged: 1, missing: 0 }],
    });
    const second = await app.ok('loans.return', {
      bookingId: loan.id,
      version: first.booking.version,
      at: at('2026-06-07', '09:15'),
      backdateReason: 'Carnet de retours',
      items: [{ lineId: loan.line, ok: 19, damaged: 0, missing: 1 }],
    });
    expect([...first.incidents, ...second.incidents].map((i) => [i.kind, i.createdAt])).toEqual([
      ['damaged', SATURDAY_1730],
      ['missing', '2026-06-07T07:15:00.000Z'],
    ]);
  });

  it('an incident a later correction creates is dated at the return it corrects', async () => {
    const app = await loansApp();
    const loan = await chairsOut(app);
    app.setNow(MONDAY_NOON);
    const r = await app.ok('loans.return', {
      bookingId: loan.id,
      version: loan.version,
      at: at('2026-06-06', '17:30'),
      backdateReason: 'Carnet de retours',
      items: [{ lineId: loan.line, ok: 40, damaged: 0, missing: 0 }],
    });
    expect(r.incidents).toEqual([]);
    const item = await app.db
      .selectFrom('return_items')
      .select('id')
      .where('line_id', '=', loan.line)
      .executeTakeFirstOrThrow();
    app.setNow('2026-06-09T08:00:00Z');
    const fixed = await app.ok('loans.correctReturn', {
      bookingId: loan.id,
      version: r.booking.version,
      returnItemId: item.id,
      ok: 39,
      damaged: 1,
      missing: 0,
      reason: 'Une chaise cassée vue au rangement',
    });
    expect(fixed.incidents.map((i) => [i.kind, i.createdAt])).toEqual([['damaged', SATURDAY_1730]]);
  });
});
