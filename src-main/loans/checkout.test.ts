import { describe, expect, it } from 'vitest';
import { testApp } from '../../tests/helpers/test-app';
import type { FrozenAgreement } from '../agreements/contract';
import type { CheckoutRefusedDetails } from './contract';
import { MANAGER, at, loansApp } from './test-setup';

describe('checkout at the desk (demo centre, Friday 5 June 2026 10:00)', () => {
  it('books the minibus, the room and 40 chairs for Saturday; an overlapping minibus booking is refused with the first free slot', async () => {
    const app = await loansApp();
    const b = await app.book({
      lines: [
        { resourceId: app.minibus.id, quantity: 1 },
        { resourceId: app.room.id, quantity: 1 },
        { resourceId: app.chairs.id, quantity: 40 },
      ],
    });
    expect(b.lines).toHaveLength(3);
    const other = await app.borrower('Foyer rural de Nailloux');
    const e = await app.fails('bookings.create', {
      borrowerId: other.id,
      start: at('2026-06-06', '14:00'),
      end: at('2026-06-06', '20:00'),
      status: 'confirmed',
      lines: [{ resourceId: app.minibus.id, quantity: 1 }],
    });
    expect(e.code).toBe('RESOURCE_UNAVAILABLE');
    // 18:00 + the minibus's 60-minute buffer.
    expect(e.message).toContain('06/06/2026 19:00');
  });

  it('prepareCheckout shows the safety notes, the default deposit and what would refuse now', async () => {
    const app = await loansApp();
    const b = await app.book({
      lines: [
        { resourceId: app.minibus.id, quantity: 1 },
        { resourceId: app.chairs.id, quantity: 40 },
      ],
    });
    const p = await app.ok('loans.prepareCheckout', { bookingId: b.id });
    expect(p.lines[0]?.safetyNotes).toContain('Franchise 500 €');
    expect(p.defaultDepositCents).toBe(800_00 + 40 * 2_00);
    expect(p.drivers.map((d) => d.id)).toEqual([app.driver.id]);
    expect(p.guardPreview.map((g) => g.guard)).toEqual([5]);
  });

  it('hands over with a held cheque: lines frozen, drivers named, agreement numbered and frozen', async () => {
    const app = await loansApp();
    const b = await app.book({
      lines: [
        { resourceId: app.minibus.id, quantity: 1 },
        { resourceId: app.room.id, quantity: 1 },
        { resourceId: app.chairs.id, quantity: 40 },
      ],
    });
    const r = await app.ok('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
      deposit: app.cheque,
    });
    expect(r.agreementNumber).toBe('2026-0001');
    expect(r.booking.status).toBe('checked_out');
    expect(r.booking.checkedOutAt).toBe('2026-06-05T08:00:00.000Z');
    const chairsLine = await app.db
      .selectFrom('booking_lines')
      .selectAll()
      .where('booking_id', '=', b.id)
      .where('resource_id', '=', app.chairs.id)
      .executeTakeFirstOrThrow();
    expect(chairsLine.replacement_value_cents).toBe(25_00);
    expect(chairsLine.deposit_cents).toBe(2_00);
    expect(chairsLine.condition_out).toBe('ok');
    const drivers = await app.db.selectFrom('line_drivers').selectAll().execute();
    expect(drivers.map((d) => d.driver_name)).toEqual([app.driver.name]);
    const deposit = await app.ok('deposits.get', { bookingId: b.id });
    expect(deposit.state).toBe('held');
    expect(deposit.heldCents).toBe(1180_00);
    const row = await app.db.selectFrom('agreements').selectAll().executeTakeFirstOrThrow();
    const frozen = JSON.parse(row.frozen) as FrozenAgreement;
    expect(frozen.number).toBe('2026-0001');
    expect(frozen.borrower.name).toBe('Boxing Club Muretain');
    expect(frozen.deposit).toMatchObject({ amountCents: 1180_00, method: 'cheque', chequeNumber: '0012345' });
    expect(frozen.lines.find((l) => l.kind === 'vehicle')?.vehicle).toMatchObject({
      mileageOut: 84_230,
      fuelOut: 8,
      drivers: [app.driver.name],
    });
    expect(frozen.insuranceToBeProvided).toBe(false);
    expect(frozen.insurance).toHaveLength(1);

    // Once out, the booking cannot be handed over again.
    const again = await app.fails('loans.checkout', {
      bookingId: b.id,
      version: r.booking.version,
      lines: app.linesFor(b),
    });
    expect(again.code).toBe('INVALID_STATE');
  });

  it('vehicles need mileage, fuel and a driver; every line is recorded', async () => {
    const app = await loansApp();
    const b = await app.book({
      lines: [
        { resourceId: app.minibus.id, quantity: 1 },
        { resourceId: app.chairs.id, quantity: 10 },
      ],
    });
    const [vehicle] = app.linesFor(b);
    const e = await app.fails('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: [{ lineId: vehicle?.lineId, condition: 'ok' }],
      deposit: app.cheque,
    });
    expect(e.code).toBe('VALIDATION_FAILED');
    const paths = (e.details as { fields: { path: string }[] }).fields.map((f) => f.path);
    expect(paths).toEqual(['lines.0.mileageOut', 'lines.0.fuelOut', 'lines']);

    const noDriver = await app.fails('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b, []),
      deposit: app.cheque,
    });
    expect(noDriver.code).toBe('CHECKOUT_REFUSED');
    expect((noDriver.details as CheckoutRefusedDetails).failures).toEqual([
      { guard: 4, code: 'driver_missing', message: '« Minibus 9 places » : nommez au moins un conducteur.' },
    ]);
  });

  it('refuses a borrower whose insurance expired (guard 2), naming the guard; a manager overrides it with a reason in the audit log', async () => {
    const app = await loansApp();
    const comite = await app.borrower('Comité des fêtes de Fronton');
    const b = await app.book({ borrowerId: comite.id, lines: [{ resourceId: app.chairs.id, quantity: 40 }] });
    const input = { bookingId: b.id, version: b.version, lines: app.linesFor(b), deposit: app.cheque };
    const e = await app.fails('loans.checkout', input);
    expect(e.code).toBe('CHECKOUT_REFUSED');
    expect(e.message).toMatch(/^Sortie refusée\. Assurance : Aucune attestation/);
    expect((e.details as CheckoutRefusedDetails).failures.map((f) => [f.guard, f.code])).toEqual([
      [2, 'insurance_missing'],
    ]);
    const en = await app.fails('loans.checkout', input, { lang: 'en' });
    expect(en.message).toMatch(/^Checkout refused\. Insurance: No civil-liability/);
    // Nothing was written by the refused attempt: the deposit the booking expects took no cheque.
    const untouched = await app.ok('deposits.get', { bookingId: b.id });
    expect(untouched).toMatchObject({ state: 'expected', heldCents: 0, method: null, ledger: [] });

    expect(
      (await app.fails('loans.checkoutOverride', { ...input, override: { guards: [2], reason: 'x' } })).code,
    ).toBe('PIN_REQUIRED');
    const overrideGuard4 = await app.fails(
      'loans.checkoutOverride',
      { ...input, override: { guards: [4], reason: 'non' } },
      MANAGER,
    );
    expect(overrideGuard4.code).toBe('VALIDATION_FAILED');
    const reason = 'Attestation 2026 envoyée par courriel, original apporté lundi';
    const r = await app.ok(
      'loans.checkoutOverride',
      { ...input, override: { guards: [2], reason } },
      MANAGER,
    );
    expect(r.overridden).toEqual([2]);
    const audit = await app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'checkout_override')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity_id: b.id, reason, method: 'loans.checkoutOverride' });
    expect(JSON.parse(audit.fields)).toEqual(['guard2']);
    const frozen = JSON.parse(
      (await app.db.selectFrom('agreements').select('frozen').executeTakeFirstOrThrow()).frozen,
    ) as FrozenAgreement;
    expect(frozen.insuranceToBeProvided).toBe(true);
    // The reason is recorded in the audit log and nowhere else.
    expect(JSON.stringify(frozen)).not.toContain(reason);
  });

  it('a suspended borrower is refused (guard 3) and an uncollected deposit too (guard 5)', async () => {
    const app = await loansApp();
    const chorale = await app.borrower('Chorale À Travers Chants');
    const b = await app.book({
      borrowerId: chorale.id,
      lines: [{ resourceId: app.chairs.id, quantity: 10 }],
    });
    const e = await app.fails('loans.checkout', {
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
    });
    expect((e.details as CheckoutRefusedDetails).failures.map((f) => [f.guard, f.code])).toEqual([
      [3, 'borrower_suspended'],
      [5, 'deposit_not_collected'],
    ]);
    expect(e.message).toContain('Caution : La caution (20,00');
  });

  it('a back-dated checkout is checked as of its real time and needs a reason', async () => {
    const app = await loansApp();
    // The choir is suspended from today (5 June): handed over yesterday, it was not yet.
    const chorale = await app.borrower('Chorale À Travers Chants');
    const b = await app.book({
      borrowerId: chorale.id,
      lines: [{ resourceId: app.chairs.id, quantity: 10 }],
    });
    const input = { bookingId: b.id, version: b.version, lines: app.linesFor(b), deposit: app.cheque };
    expect((await app.fails('loans.checkout', input)).code).toBe('CHECKOUT_REFUSED');
    const noReason = await app.fails('loans.checkout', { ...input, at: at('2026-06-04', '17:00') });
    expect((noReason.details as { fields: { path: string }[] }).fields.map((f) => f.path)).toEqual([
      'backdateReason',
    ]);
    const future = await app.fails('loans.checkout', {
      ...input,
      at: at('2026-06-05', '11:00'),
      backdateReason: 'oubli',
    });
    expect((future.details as { fields: { path: string }[] }).fields.map((f) => f.path)).toEqual(['at.date']);
    const reason = 'Sortie faite hier soir, saisie oubliée';
    const r = await app.ok('loans.checkout', {
      ...input,
      at: at('2026-06-04', '17:00'),
      backdateReason: reason,
    });
    expect(r.booking.checkedOutAt).toBe('2026-06-04T15:00:00.000Z');
    const deposit = await app.ok('deposits.get', { bookingId: b.id });
    expect(deposit.collectedAt).toBe('2026-06-04T15:00:00.000Z');
    const audit = await app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'checkout')
      .executeTakeFirstOrThrow();
    expect(audit.reason).toBe(reason);
  });

  it('walk-in: a confirmed booking created and handed over in one step', async () => {
    const app = await loansApp();
    const r = await app.ok('loans.walkIn', {
      booking: {
        borrowerId: app.boxing.id,
        start: at('2026-06-05', '10:00'),
        end: at('2026-06-06', '12:00'),
        lines: [
          { resourceId: app.chairs.id, quantity: 20 },
          { resourceId: app.minibus.id, quantity: 1 },
        ],
      },
      checkout: {
        lines: [
          { line: 0, condition: 'remarks', remarks: 'Deux chaises rayées' },
          { line: 1, condition: 'ok', mileageOut: 84_230, fuelOut: 6, driverIds: [app.driver.id] },
        ],
        deposit: { method: { type: 'cash' } },
      },
    });
    expect(r.booking).toMatchObject({ status: 'checked_out', walkIn: true, agreementNumber: '2026-0001' });
    const bad = await app.fails('loans.walkIn', {
      booking: {
        borrowerId: app.boxing.id,
        start: at('2026-06-08', '10:00'),
        end: at('2026-06-08', '12:00'),
        lines: [{ resourceId: app.chairs.id, quantity: 20 }],
      },
      checkout: { lines: [{ line: 3, condition: 'ok' }], deposit: { method: { type: 'cash' } } },
    });
    expect((bad.details as { fields: { path: string }[] }).fields[0]?.path).toBe('checkout.lines.0.line');
    // The refused walk-in left no booking behind.
    expect(await app.ok('bookings.list', { from: '2026-06-08', to: '2026-06-08' })).toEqual([]);
  });
});

describe('agreement numbers', () => {
  it('are sequential and gap-free when a checkout fails after taking its number', async () => {
    const app = await testApp();
    const site = await app.ok('sites.create', {
      name: 'Entrepôt',
      address: null,
      postcode: null,
      communeName: 'Labège',
      communeInsee: '31254',
    });
    const club = await app.ok('organisations.create', { kind: 'association', name: 'Club' });
    await app.ok('insurance.add', {
      organisationId: club.id,
      insurer: 'MAIF',
      policyNumber: 'RC-1',
      coversCivilLiability: true,
      coversLentProperty: false,
      coversVehicleUse: false,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
    });
    const tent = await app.ok('resources.create', {
      kind: 'equipment',
      name: 'Barnum',
      inventoryCode: 'BAR-1',
      ownerId: club.id,
      siteId: site.id,
    });
    const booking = async () =>
      app.ok('bookings.create', {
        borrowerId: club.id,
        start: at('2026-06-06', '09:00'),
        end: at('2026-06-06', '18:00'),
        status: 'confirmed',
        lines: [{ resourceId: tent.id, quantity: 1 }],
      });
    const b1 = await booking();
    const lines = [{ lineId: b1.lines[0]?.id as number, condition: 'ok' as const }];
    // No organisation is the centre yet: freezing the agreement fails after the number was taken.
    const e = await app.fails('loans.checkout', { bookingId: b1.id, version: b1.version, lines });
    expect(e.message).toContain('Aucune organisation');
    expect(await app.conn.db.selectFrom('agreement_sequences').selectAll().execute()).toEqual([]);
    await app.ok('organisations.create', { kind: 'public_body', name: 'Centre', isCentre: true });
    const r1 = await app.ok('loans.checkout', { bookingId: b1.id, version: b1.version, lines });
    expect(r1.agreementNumber).toBe('2026-0001');
    await app.ok('bookings.create', {
      borrowerId: club.id,
      start: at('2026-06-07', '09:00'),
      end: at('2026-06-07', '18:00'),
      status: 'confirmed',
      lines: [{ resourceId: tent.id, quantity: 1 }],
    });
    const b2 = (await app.ok('bookings.list', { status: 'confirmed' }))[0];
    const full = await app.ok('bookings.get', { id: b2?.id as number });
    const r2 = await app.ok('loans.checkout', {
      bookingId: full.id,
      version: full.version,
      lines: [{ lineId: full.lines[0]?.id as number, condition: 'remarks', remarks: 'Une sardine manque' }],
    });
    expect(r2.agreementNumber).toBe('2026-0002');
  });
});
