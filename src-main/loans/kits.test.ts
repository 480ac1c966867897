import { describe, expect, it } from 'vitest';
import type { BookingDto } from '../bookings/contract';
import { loansApp } from './test-setup';

type App = Awaited<ReturnType<typeof loansApp>>;

/** KIT-SON of the demo (mixer, two speakers, cables) booked for Saturday and handed over. */
async function kitLoan(app: App) {
  const kit = await app.resource('KIT-SON');
  const b = await app.book({ lines: [{ resourceId: kit.id, quantity: 1 }] });
  const out = await app.ok('loans.checkout', {
    bookingId: b.id,
    version: b.version,
    lines: app.linesFor(b),
    deposit: app.cheque,
  });
  const kitLine = b.lines.find((l) => l.kitLineId === null) as BookingDto['lines'][number];
  const components = b.lines.filter((l) => l.kitLineId === kitLine.id);
  return { kit, booking: out.booking, kitLine, components };
}

describe('kits through checkout and return (KIT-SON)', () => {
  it('checks out the kit with its components frozen, and returns it whole from its own line', async () => {
    const app = await loansApp();
    const { kit, booking, kitLine, components } = await kitLoan(app);
    expect(components.map((c) => c.inventoryCode).sort()).toEqual([
      'SON-CAB',
      'SON-ENC-1',
      'SON-ENC-2',
      'SON-TAB',
    ]);
    const rows = await app.db
      .selectFrom('booking_lines')
      .selectAll()
      .where('booking_id', '=', booking.id)
      .execute();
    // Every component carries the kit's condition and its own frozen replacement value.
    for (const row of rows) expect(row.condition_out).toBe('ok');
    const frozenKit = rows.find((r) => r.id === kitLine.id);
    expect(frozenKit?.deposit_cents).toBe(kit.deposit_cents);
    const deposit = await app.ok('deposits.get', { bookingId: booking.id });
    expect(deposit.heldCents).toBe(kit.deposit_cents);

    app.setNow('2026-06-06T16:00:00Z');
    const r = await app.ok('loans.return', {
      bookingId: booking.id,
      version: booking.version,
      items: [{ lineId: kitLine.id, ok: 1, damaged: 0, missing: 0 }],
    });
    expect(r.status).toBe('returned');
    expect(r.incidents).toEqual([]);
    for (const c of r.booking.lines.filter((l) => l.kitLineId === kitLine.id))
      expect([c.quantityOk, c.quantityDamaged, c.quantityMissing]).toEqual([c.quantity, 0, 0]);
  });

  it('a speaker returned damaged on its own: incident on the speaker; the kit line then refused clearly, not INTERNAL', async () => {
    const app = await loansApp();
    const { kit, booking, kitLine, components } = await kitLoan(app);
    const speaker = components.find((c) => c.inventoryCode === 'SON-ENC-1') as (typeof components)[number];
    const speakerRow = await app.resource('SON-ENC-1');

    app.setNow('2026-06-06T16:00:00Z');
    const first = await app.ok('loans.return', {
      bookingId: booking.id,
      version: booking.version,
      items: [{ lineId: speaker.id, ok: 0, damaged: 1, missing: 0, damageDescription: 'Membrane percée' }],
    });
    expect(first.status).toBe('checked_out');
    expect(first.incidents).toHaveLength(1);
    expect(first.incidents[0]).toMatchObject({
      kind: 'damaged',
      quantity: 1,
      resourceId: speakerRow.id,
      lineId: speaker.id,
      description: 'Membrane percée',
      estimateCents: speakerRow.replacement_value_cents,
    });

    // The known bug: the kit's line cascaded onto the speaker again and the CHECK failed (INTERNAL).
    const refused = await app.fails('loans.return', {
      bookingId: booking.id,
      version: first.booking.version,
      items: [{ lineId: kitLine.id, ok: 1, damaged: 0, missing: 0 }],
    });
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(refused.message).toContain('« Enceinte');
    expect(refused.message).toContain('a déjà été rendu à part');
    const en = await app.fails(
      'loans.return',
      {
        bookingId: booking.id,
        version: first.booking.version,
        items: [{ lineId: kitLine.id, ok: 1, damaged: 0, missing: 0 }],
      },
      { lang: 'en' },
    );
    expect(en.message).toContain('was already returned on its own');
    // Nothing of the refused visit was written.
    expect(await app.db.selectFrom('return_visits').selectAll().execute()).toHaveLength(1);

    // The same in one visit: the kit and one of its components together are refused too.
    const together = await app.fails('loans.return', {
      bookingId: booking.id,
      version: first.booking.version,
      items: [
        { lineId: components[0]?.id as number, ok: 1, damaged: 0, missing: 0 },
        { lineId: kitLine.id, ok: 1, damaged: 0, missing: 0 },
      ],
    });
    expect(together.code).toBe('VALIDATION_FAILED');

    // The other components one by one: the loan is back, with the speaker's incident proposed.
    const rest = components.filter((c) => c.id !== speaker.id);
    const done = await app.ok('loans.return', {
      bookingId: booking.id,
      version: first.booking.version,
      items: rest.map((c) => ({ lineId: c.id, ok: c.quantity, damaged: 0, missing: 0 })),
    });
    expect(done.status).toBe('returned');
    // The speaker's estimate, capped at the deposit held for the kit.
    expect(done.proposedRetentionCents).toBe(Math.min(speakerRow.replacement_value_cents, kit.deposit_cents));
  });
});
