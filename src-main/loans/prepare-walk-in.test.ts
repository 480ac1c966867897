import { describe, expect, it } from 'vitest';
import { at, loansApp } from './test-setup';

describe('loans.prepareWalkIn: a walk-in described before its lines exist', () => {
  it('describes each resource as the checkout describes its line, and proposes the deposit the walk-in then records', async () => {
    const app = await loansApp();
    const kit = await app.resource('KIT-SON');
    const lines = [
      { resourceId: app.chairs.id, quantity: 20 },
      { resourceId: app.minibus.id, quantity: 1 },
      { resourceId: kit.id, quantity: 1 },
    ];
    const prep = await app.ok('loans.prepareWalkIn', { lines });

    expect(prep.lines.map((l) => [l.lineId, l.inventoryCode, l.quantity])).toEqual([
      [app.chairs.id, 'MOB-CHA', 20],
      [app.minibus.id, 'VEH-MIN', 1],
      [kit.id, 'KIT-SON', 1],
    ]);
    const minibus = prep.lines[1];
    expect(minibus?.vehicle).toMatchObject({ registration: app.minibus.vehicle_registration });
    expect(prep.lines[2]?.components.map((c) => c.inventoryCode).sort()).toEqual([
      'SON-CAB',
      'SON-ENC-1',
      'SON-ENC-2',
      'SON-TAB',
    ]);
    const expected =
      20 * (app.chairs.deposit_cents ?? 0) + (app.minibus.deposit_cents ?? 0) + (kit.deposit_cents ?? 0);
    expect(expected).toBeGreaterThan(0);
    expect(prep.defaultDepositCents).toBe(expected);

    // The same figure as the deposit a walk-in records when the agent keeps the proposal.
    const out = await app.ok('loans.walkIn', {
      booking: {
        borrowerId: app.boxing.id,
        start: at('2026-06-05', '10:00'),
        end: at('2026-06-06', '12:00'),
        lines,
      },
      checkout: {
        lines: [
          { line: 0, condition: 'ok' },
          { line: 1, condition: 'ok', mileageOut: 84_230, fuelOut: 6, driverIds: [app.driver.id] },
          { line: 2, condition: 'ok' },
        ],
        deposit: { method: { type: 'cash' } },
      },
    });
    expect((await app.ok('deposits.get', { bookingId: out.booking.id })).amountCents).toBe(expected);
  });

  it('multiplies a kit’s components by the kit quantity, and answers an empty editor with nothing', async () => {
    const app = await loansApp();
    const kit = await app.resource('KIT-SON');
    const one = await app.ok('loans.prepareWalkIn', { lines: [{ resourceId: kit.id, quantity: 1 }] });
    const two = await app.ok('loans.prepareWalkIn', { lines: [{ resourceId: kit.id, quantity: 2 }] });
    expect(two.lines[0]?.components.map((c) => c.quantity)).toEqual(
      one.lines[0]?.components.map((c) => 2 * c.quantity),
    );
    expect(await app.ok('loans.prepareWalkIn', { lines: [] })).toEqual({ lines: [], defaultDepositCents: 0 });
  });
});
