import { describe, expect, it } from 'vitest';
import type { FrozenAgreement } from '../agreements/contract';
import { at, loansApp } from './test-setup';

type App = Awaited<ReturnType<typeof loansApp>>;

/** 40 chairs + the room for Saturday, handed over on Friday with a cheque. */
async function chairsLoan(app: App, chairs = 40) {
  const b = await app.book({
    lines: [
      { resourceId: app.chairs.id, quantity: chairs },
      { resourceId: app.room.id, quantity: 1 },
    ],
  });
  const out = await app.ok('loans.checkout', {
    bookingId: b.id,
    version: b.version,
    lines: app.linesFor(b),
    deposit: app.cheque,
  });
  const line = (id: number) => b.lines.find((l) => l.resourceId === id)?.id as number;
  return {
    booking: out.booking,
    number: out.agreementNumber,
    chairsLine: line(app.chairs.id),
    roomLine: line(app.room.id),
  };
}

const auditOf = (app: App, action: string) =>
  app.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();

describe('loans.amendLines', () => {
  it('adds a line (availability over the rest of the period), numbered after the extension amendment; the deposit difference is reported', async () => {
    const app = await loansApp();
    const loan = await chairsLoan(app);
    const signed = await app.db.selectFrom('agreements').selectAll().executeTakeFirstOrThrow();
    const ext = await app.ok('loans.extend', {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      newEnd: at('2026-06-06', '20:00'),
    });
    expect(ext.amendmentNumber).toBe(`${loan.number}-A1`);

    const tables = await app.resource('MOB-TAB');
    const r = await app.ok('loans.amendLines', {
      bookingId: loan.booking.id,
      version: ext.booking.version,
      add: [{ resourceId: tables.id, quantity: 4, remarks: 'Un plateau rayé', condition: 'remarks' }],
    });
    expect(r.amendmentNumber).toBe(`${loan.number}-A2`);
    expect(r.addedLineIds).toHaveLength(1);
    const added = await app.db
      .selectFrom('booking_lines')
      .selectAll()
      .where('id', '=', r.addedLineIds[0] as number)
      .executeTakeFirstOrThrow();
    expect(added).toMatchObject({
      quantity: 4,
      condition_out: 'remarks',
      remarks_out: 'Un plateau rayé',
      replacement_value_cents: tables.replacement_value_cents,
      deposit_cents: tables.deposit_cents,
    });
    // The cheque held is not changed: the difference is reported.
    const before = 40 * app.chairs.deposit_cents + app.room.deposit_cents;
    expect(r.deposit).toEqual({
      state: 'held',
      defaultBeforeCents: before,
      defaultCents: before + 4 * tables.deposit_cents,
      heldCents: before,
      differenceCents: 4 * tables.deposit_cents,
    });
    const frozen = JSON.parse(
      (
        await app.db
          .selectFrom('agreements')
          .select('frozen')
          .where('id', '=', r.agreementId)
          .executeTakeFirstOrThrow()
      ).frozen,
    ) as FrozenAgreement;
    expect(frozen.kind).toBe('amendment');
    expect(frozen.changes?.added).toEqual([{ lineId: added.id, name: tables.name, quantity: 4 }]);
    expect(frozen.lines.map((l) => l.lineId)).toContain(added.id);
    // The signed agreement is untouched.
    expect(
      await app.db.selectFrom('agreements').selectAll().where('id', '=', signed.id).executeTakeFirstOrThrow(),
    ).toEqual(signed);

    // More chairs than are free over the rest of the period: refused, nothing written.
    const tooMany = await app.fails('loans.amendLines', {
      bookingId: loan.booking.id,
      version: r.booking.version,
      add: [{ resourceId: app.chairs.id, quantity: 100 }],
    });
    expect(tooMany.code).toBe('RESOURCE_UNAVAILABLE');
    expect(await app.db.selectFrom('agreements').selectAll().execute()).toHaveLength(3);
    expect(await auditOf(app, 'amend_lines')).toHaveLength(1);
  });

  it('removes a line only once it is fully back; the deposit default drops its share', async () => {
    const app = await loansApp();
    const loan = await chairsLoan(app);
    const notBack = await app.fails('loans.amendLines', {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      remove: [loan.roomLine],
    });
    expect(notBack.code).toBe('VALIDATION_FAILED');
    expect(notBack.message).toContain("n'est pas entièrement rendu");
    const ret = await app.ok('loans.return', {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      items: [{ lineId: loan.roomLine, ok: 1, damaged: 0, missing: 0, keysReturned: 2 }],
    });
    const r = await app.ok('loans.amendLines', {
      bookingId: loan.booking.id,
      version: ret.booking.version,
      remove: [loan.roomLine],
      reason: "La salle n'est plus utile",
    });
    expect(r.amendmentNumber).toBe(`${loan.number}-A1`);
    expect(r.removedLineIds).toEqual([loan.roomLine]);
    expect(r.deposit.defaultCents).toBe(40 * app.chairs.deposit_cents);
    const frozen = JSON.parse(
      (
        await app.db
          .selectFrom('agreements')
          .select('frozen')
          .where('id', '=', r.agreementId)
          .executeTakeFirstOrThrow()
      ).frozen,
    ) as FrozenAgreement;
    expect(frozen.lines.map((l) => l.lineId)).toEqual([loan.chairsLine]);
    expect(frozen.changes?.removed.map((l) => l.lineId)).toEqual([loan.roomLine]);
    // Removed once: a second removal is refused.
    const twice = await app.fails('loans.amendLines', {
      bookingId: loan.booking.id,
      version: r.booking.version,
      remove: [loan.roomLine],
    });
    expect(twice.code).toBe('VALIDATION_FAILED');
    const audit = await auditOf(app, 'amend_lines');
    expect(audit[0]?.reason).toBe("La salle n'est plus utile");
  });
});

describe('corrections', () => {
  it('73 chairs typed for 37: the line is corrected with a reason, no amendment, the audit keeps it', async () => {
    const app = await loansApp();
    const loan = await chairsLoan(app, 73);
    const r = await app.ok('loans.correctCheckout', {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      lineId: loan.chairsLine,
      quantity: 37,
      reason: '73 saisi au lieu de 37',
    });
    expect(r.booking.lines.find((l) => l.id === loan.chairsLine)?.quantity).toBe(37);
    expect(await app.db.selectFrom('agreements').selectAll().execute()).toHaveLength(1);
    const audit = await auditOf(app, 'correct_checkout');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_id: loan.booking.id, reason: '73 saisi au lieu de 37' });
    expect(JSON.parse(audit[0]?.fields as string)).toEqual(['quantity']);
    // Increasing again re-checks availability: all 116 usable chairs cannot be out at once with others booked.
    const other = await app.book({
      start: at('2026-06-06', '10:00'),
      end: at('2026-06-06', '12:00'),
      lines: [{ resourceId: app.chairs.id, quantity: 60 }],
    });
    expect(other.status).toBe('confirmed');
    const refused = await app.fails('loans.correctCheckout', {
      bookingId: loan.booking.id,
      version: r.booking.version,
      lineId: loan.chairsLine,
      quantity: 73,
      reason: 'finalement 73',
    });
    expect(refused.code).toBe('RESOURCE_UNAVAILABLE');
    // Mileage is for vehicles only.
    const notVehicle = await app.fails('loans.correctCheckout', {
      bookingId: loan.booking.id,
      version: r.booking.version,
      lineId: loan.chairsLine,
      mileageOut: 12,
      reason: 'x',
    });
    expect(notVehicle.code).toBe('VALIDATION_FAILED');
  });

  it('a return typed 3 missing instead of 3 ok after settlement: the incident is recovered at no cost, the retention refunded by a correction entry', async () => {
    const app = await loansApp();
    const loan = await chairsLoan(app);
    app.setNow('2026-06-06T16:30:00Z');
    const ret = await app.ok('loans.return', {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      items: [
        { lineId: loan.roomLine, ok: 1, damaged: 0, missing: 0 },
        { lineId: loan.chairsLine, ok: 37, damaged: 0, missing: 3 },
      ],
    });
    expect(ret.status).toBe('returned');
    const incident = ret.incidents[0];
    expect(incident).toMatchObject({ kind: 'missing', quantity: 3 });
    await app.ok('deposits.settle', {
      bookingId: loan.booking.id,
      retainedCents: ret.proposedRetentionCents,
      mode: 'borrower_paid',
      incidentIds: [incident?.id as number],
    });
    const item = await app.db
      .selectFrom('return_items')
      .selectAll()
      .where('line_id', '=', loan.chairsLine)
      .executeTakeFirstOrThrow();

    // Only 1 was really missing: the incident's quantity and estimate follow, the retention too.
    const one = await app.ok('loans.correctReturn', {
      bookingId: loan.booking.id,
      version: ret.booking.version,
      returnItemId: item.id,
      ok: 39,
      damaged: 0,
      missing: 1,
      reason: 'Deux chaises retrouvées dans la salle',
    });
    expect(one.incidents).toHaveLength(1);
    expect(one.incidents[0]).toMatchObject({
      id: incident?.id,
      quantity: 1,
      estimateCents: app.chairs.replacement_value_cents,
    });
    let d = await app.ok('deposits.get', { bookingId: loan.booking.id });
    expect(d.retainedCents).toBe(app.chairs.replacement_value_cents);
    expect(d.state).toBe('partly_retained');
    expect(d.ledger.at(-1)).toMatchObject({
      kind: 'correction',
      amountCents: 2 * app.chairs.replacement_value_cents,
      heldDeltaCents: 0,
      note: 'Deux chaises retrouvées dans la salle',
    });

    // None missing after all: the incident no longer applies.
    const none = await app.ok('loans.correctReturn', {
      bookingId: loan.booking.id,
      version: one.booking.version,
      returnItemId: item.id,
      ok: 40,
      damaged: 0,
      missing: 0,
      reason: 'La dernière retrouvée',
    });
    expect(none.incidents[0]).toMatchObject({ status: 'recovered', effectiveCostCents: 0 });
    expect(none.booking.status).toBe('returned');
    d = await app.ok('deposits.get', { bookingId: loan.booking.id });
    expect(d).toMatchObject({ state: 'returned', retainedCents: 0, heldCents: 0 });
    const audit = await auditOf(app, 'correct_return');
    expect(audit.map((a) => a.reason)).toEqual([
      'Deux chaises retrouvées dans la salle',
      'La dernière retrouvée',
    ]);
  });

  it('a return typed whole when 10 chairs are still out: the loan goes back to checked out; damage revealed creates an incident', async () => {
    const app = await loansApp();
    const loan = await chairsLoan(app);
    app.setNow('2026-06-06T16:30:00Z');
    const ret = await app.ok('loans.return', {
      bookingId: loan.booking.id,
      version: loan.booking.version,
      items: [
        { lineId: loan.roomLine, ok: 1, damaged: 0, missing: 0 },
        { lineId: loan.chairsLine, ok: 40, damaged: 0, missing: 0 },
      ],
    });
    expect(ret.status).toBe('returned');
    const item = await app.db
      .selectFrom('return_items')
      .selectAll()
      .where('line_id', '=', loan.chairsLine)
      .executeTakeFirstOrThrow();
    const r = await app.ok('loans.correctReturn', {
      bookingId: loan.booking.id,
      version: ret.booking.version,
      returnItemId: item.id,
      ok: 28,
      damaged: 2,
      missing: 0,
      reason: 'Recompté : 10 encore chez eux, 2 cassées',
    });
    expect(r.booking.status).toBe('checked_out');
    expect(r.incidents).toHaveLength(1);
    expect(r.incidents[0]).toMatchObject({
      kind: 'damaged',
      quantity: 2,
      estimateCents: 2 * app.chairs.replacement_value_cents,
    });
    const line = r.booking.lines.find((l) => l.id === loan.chairsLine);
    expect([line?.quantityOk, line?.quantityDamaged, line?.quantityMissing]).toEqual([28, 2, 0]);
    const tooMany = await app.fails('loans.correctReturn', {
      bookingId: loan.booking.id,
      version: r.booking.version,
      returnItemId: item.id,
      ok: 41,
      damaged: 0,
      missing: 0,
      reason: 'x',
    });
    expect(tooMany.code).toBe('VALIDATION_FAILED');
  });
});
