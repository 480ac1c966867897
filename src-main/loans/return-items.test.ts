import { describe, expect, it } from 'vitest';
import { loansApp } from './test-setup';

type App = Awaited<ReturnType<typeof loansApp>>;

/** 40 chairs and the sound kit handed over on Friday; two return visits on Saturday. */
async function twoVisits(app: App) {
  const kit = await app.resource('KIT-SON');
  const b = await app.book({
    lines: [
      { resourceId: app.chairs.id, quantity: 40 },
      { resourceId: kit.id, quantity: 1 },
    ],
  });
  const out = await app.ok('loans.checkout', {
    bookingId: b.id,
    version: b.version,
    lines: app.linesFor(b),
    deposit: app.cheque,
  });
  const chairsLine = b.lines.find((l) => l.resourceId === app.chairs.id)?.id as number;
  const kitLine = b.lines.find((l) => l.resourceId === kit.id)?.id as number;
  app.setNow('2026-06-06T09:00:00Z');
  const first = await app.ok('loans.return', {
    bookingId: b.id,
    version: out.booking.version,
    items: [{ lineId: chairsLine, ok: 30, damaged: 0, missing: 0 }],
  });
  app.setNow('2026-06-06T16:00:00Z');
  const second = await app.ok('loans.return', {
    bookingId: b.id,
    version: first.booking.version,
    items: [
      { lineId: chairsLine, ok: 7, damaged: 0, missing: 3, remarks: 'Trois chaises introuvables' },
      { lineId: kitLine, ok: 1, damaged: 0, missing: 0 },
    ],
  });
  return { booking: second.booking, chairsLine, kitLine, first, second };
}

describe('loans.returnItems', () => {
  it('lists what each visit declared, oldest first, the kit flagged and its components beside it', async () => {
    const app = await loansApp();
    const loan = await twoVisits(app);
    const items = await app.ok('loans.returnItems', { bookingId: loan.booking.id });
    const kitComponents = loan.booking.lines.filter((l) => l.kitLineId === loan.kitLine);
    expect(kitComponents.length).toBeGreaterThan(0);
    expect(items.map((i) => [i.visitId, i.lineId, i.isKit, i.ok, i.damaged, i.missing])).toEqual([
      [loan.first.visitId, loan.chairsLine, false, 30, 0, 0],
      [loan.second.visitId, loan.chairsLine, false, 7, 0, 3],
      [loan.second.visitId, loan.kitLine, true, 1, 0, 0],
      ...kitComponents.map((c) => [loan.second.visitId, c.id, false, c.quantity, 0, 0]),
    ]);
    expect(items[1]).toMatchObject({
      at: '2026-06-06T16:00:00.000Z',
      inventoryCode: 'MOB-CHA',
      resourceName: 'Chaise pliante',
      kind: 'equipment',
      kitLineId: null,
      remarks: 'Trois chaises introuvables',
      mileageIn: null,
    });
    expect(items.slice(3).every((i) => i.kitLineId === loan.kitLine)).toBe(true);
  });

  it.each([
    ['a kit’s own item', 'kit', 'VALIDATION_FAILED'],
    ['the chairs’ second visit', 'chairs', null],
  ] as const)('its ids are what loans.correctReturn takes: %s', async (_label, which, refused) => {
    const app = await loansApp();
    const loan = await twoVisits(app);
    const items = await app.ok('loans.returnItems', { bookingId: loan.booking.id });
    const item =
      which === 'kit'
        ? items.find((i) => i.isKit)
        : items.find((i) => i.lineId === loan.chairsLine && i.missing);
    const input = {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      returnItemId: item?.id as number,
      ok: which === 'kit' ? 1 : 9,
      damaged: 0,
      missing: which === 'kit' ? 0 : 1,
      reason: 'Deux chaises retrouvées dans le camion',
    };
    if (refused) {
      expect((await app.fails('loans.correctReturn', input)).code).toBe(refused);
      return;
    }
    const r = await app.ok('loans.correctReturn', input);
    expect(r.incidents).toEqual([expect.objectContaining({ kind: 'missing', quantity: 1 })]);
    const after = await app.ok('loans.returnItems', { bookingId: loan.booking.id });
    expect(after.find((i) => i.id === item?.id)).toMatchObject({ ok: 9, damaged: 0, missing: 1 });
  });

  it('is empty for a loan with no return yet, and refuses a booking that does not exist', async () => {
    const app = await loansApp();
    const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 5 }] });
    await app.ok('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
      deposit: app.cheque,
    });
    expect(await app.ok('loans.returnItems', { bookingId: b.id })).toEqual([]);
    expect((await app.fails('loans.returnItems', { bookingId: 999_999 })).code).toBe('NOT_FOUND');
  });
});
