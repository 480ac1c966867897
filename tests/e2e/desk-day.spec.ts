import { test, expect, type Comptoir } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { BookingsPage } from './pages/bookings.page';
import { TodayPage } from './pages/today.page';

/**
 * A day at the desk (issue 3, "7. Tests"), through the screens as an agent works them. The API is
 * used only to look ids up and to set up borrower facts (a driver, a booking for the insured-out
 * association), never for the step under test.
 */

interface OrgRow {
  id: number;
  name: string;
  kind: string;
  insurance: { status: string; validTo: string | null };
  suspended: unknown;
}
interface OrgDetail extends OrgRow {
  drivers: { id: number; name: string; licenceCategory: string; licenceExpiry: string }[];
}
interface ResourceRow {
  id: number;
  name: string;
  inventoryCode: string;
  replacementValueCents: number;
  vehicleNextInspection: string | null;
}
interface Wall {
  date: string;
  time: string;
}
interface AvailabilityCheck {
  available: boolean;
  firstFreeSlot: { start: Wall; end: Wall } | null;
}
interface BookingRow {
  id: number;
  borrowerId: number;
  overdue: boolean;
}

/** Saturdays to try, the nearest first: another engineer's demo history may already hold some. */
const SATURDAYS = ['2026-06-06', '2026-06-13', '2026-06-20'];
const CHAIRS = 40;
const CHAIRS_FOR_REFUSAL = 5;
const CHEQUE = { number: '4410273', bank: 'Crédit Agricole Toulouse 31', drawer: 'Sandrine Roux' };

/** '06/06/2026 19:00 → 07/06/2026 01:00', as the desk writes a period in French. */
function frPeriod(start: Wall, end: Wall): string {
  const d = (s: string) => s.split('-').reverse().join('/');
  const from = `${d(start.date)} ${start.time}`;
  return start.date === end.date ? `${from} → ${end.time}` : `${from} → ${d(end.date)} ${end.time}`;
}

/** '75,00 €' with whatever space Intl puts before the euro sign. */
function frEuros(cents: number): RegExp {
  const [units, decimals] = (cents / 100).toFixed(2).split('.');
  const grouped = (units ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '[\\s\\u202f\\u00a0]');
  return new RegExp(`^${grouped},${decimals}[\\s\\u202f\\u00a0]€$`);
}

async function free(
  comptoir: Comptoir,
  resourceId: number,
  quantity: number,
  date: string,
  from: string,
  to: string,
): Promise<AvailabilityCheck> {
  return comptoir.call<AvailabilityCheck>('availability.check', {
    resourceId,
    quantity,
    start: { date, time: from },
    end: { date, time: to },
  });
}

test.describe('A day at the desk', () => {
  test('book, refuse an overlap, refuse an uninsured checkout, check out with a cheque, take back with 3 chairs missing, settle', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    test.setTimeout(180_000);

    // ---- Look-ups: ids and borrower facts (API, not under test) --------------------------------
    const resources = await comptoir.call<ResourceRow[]>('resources.list', {});
    const byCode = (code: string) => {
      const r = resources.find((x) => x.inventoryCode === code);
      if (!r) throw new Error(`No ${code} in the demo`);
      return r;
    };
    const minibus = byCode('VEH-MIN');
    const room = byCode('SAL-GAR');
    const chair = byCode('MOB-CHA');
    expect(chair.replacementValueCents).toBe(2500);

    let saturday: string | null = null;
    for (const date of SATURDAYS) {
      const checks = await Promise.all([
        free(comptoir, minibus.id, 1, date, '09:00', '18:00'),
        free(comptoir, room.id, 1, date, '09:00', '18:00'),
        free(comptoir, chair.id, CHAIRS + CHAIRS_FOR_REFUSAL, date, '09:00', '18:00'),
      ]);
      if (checks.every((c) => c.available)) {
        saturday = date;
        break;
      }
    }
    if (!saturday)
      throw new Error(`Minibus, SAL-GAR and ${CHAIRS} chairs are booked on ${SATURDAYS.join(', ')}`);
    const day = saturday;

    const orgs = await comptoir.call<OrgRow[]>('organisations.list', {});
    const bookings = await comptoir.call<BookingRow[]>('bookings.list', {});
    const hasOverdue = new Set(bookings.filter((b) => b.overdue).map((b) => b.borrowerId));
    const eligible = orgs
      .filter(
        (o) =>
          o.kind === 'association' &&
          o.insurance.status === 'valid' &&
          (o.insurance.validTo ?? '') > day &&
          !o.suspended &&
          !hasOverdue.has(o.id),
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    const details = await Promise.all(
      eligible.map((o) => comptoir.call<OrgDetail>('organisations.get', { id: o.id })),
    );
    let borrower = details.find((o) =>
      o.drivers.some((d) => d.licenceCategory === 'B' && d.licenceExpiry > day),
    );
    if (!borrower) {
      // A borrower fact, set up before the steps: a named driver with a B licence.
      const first = details[0];
      if (!first) throw new Error('No insured borrower in the demo');
      await comptoir.call('drivers.add', {
        organisationId: first.id,
        name: 'Sandrine Roux',
        licenceCategory: 'B',
        licenceExpiry: '2035-06-23',
        checkedOn: '2026-06-01',
        checkedBy: 'Accueil',
      });
      borrower = await comptoir.call<OrgDetail>('organisations.get', { id: first.id });
    }
    const saturdayBorrower = borrower;
    const driver = saturdayBorrower.drivers.find((d) => d.licenceCategory === 'B' && d.licenceExpiry > day);
    if (!driver) throw new Error('The driver was not added');
    const otherBorrower = eligible.find((o) => o.id !== saturdayBorrower.id);
    if (!otherBorrower) throw new Error('No second borrower for the overlap');
    const uninsured = orgs.find((o) => o.insurance.status === 'expired');
    if (!uninsured) throw new Error('No borrower with an expired insurance in the demo');

    // The uninsured association's booking exists already (set-up): its checkout is the step.
    const uninsuredBooking = await comptoir.call<{ id: number }>('bookings.create', {
      borrowerId: uninsured.id,
      start: { date: day, time: '09:00' },
      end: { date: day, time: '18:00' },
      status: 'confirmed',
      purpose: 'Kermesse',
      lines: [{ resourceId: chair.id, quantity: CHAIRS_FOR_REFUSAL }],
    });

    const today = new TodayPage(page);
    const desk = new BookingsPage(page);
    let bookingId = 0;
    let depositsHeldBefore = 0;

    await test.step('Today is the first screen (axe)', async () => {
      await page.goto(appUrl);
      await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready');
      await today.expectLoaded();
      await expect(today.heading).toContainText('Aujourd’hui');
      depositsHeldBefore = await today.countOf('deposits');
      await expectNoSeriousA11yViolations(page);
    });

    await test.step('1. book the minibus, SAL-GAR and 40 chairs for Saturday 09:00–18:00', async () => {
      await page.getByTestId('nav-bookings').click();
      await desk.expectShown();
      await expect(desk.table.rows.first()).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      const editor = await desk.openNew();
      await editor.chooseBorrower(saturdayBorrower.name);
      await editor.firm.check();
      await editor.fillPeriod({ startDate: day, startTime: '9h', endDate: day, endTime: '18h' });
      await expect(editor.startTime).toHaveValue('09:00');
      await expect(editor.endTime).toHaveValue('18:00');
      await editor.purpose.fill('Tournoi régional de tennis de table');
      await editor.placeOfUse.fill('Salle polyvalente Garonne');
      await editor.expectedPeople.fill('120');

      for (const code of ['VEH-MIN', 'SAL-GAR', 'MOB-CHA']) await editor.scanCode(code);
      await expect(editor.scanMessage).toHaveText('« Chaise pliante » ajoutée.');
      // Scanning a code already there finds the line and selects its quantity.
      await editor.scan.fill('MOB-CHA');
      await editor.scan.press('Enter');
      await expect(editor.scanMessage).toHaveText(
        '« Chaise pliante » est déjà dans la liste : quantité sélectionnée.',
      );
      await expect(editor.quantity(chair.name)).toBeFocused();
      await page.keyboard.type(String(CHAIRS));
      await expect(editor.quantity(chair.name)).toHaveValue(String(CHAIRS));
      await expect(editor.lines.locator('tbody tr')).toHaveCount(3);

      for (const code of ['VEH-MIN', 'SAL-GAR', 'MOB-CHA'])
        await expect(editor.availability(code)).toHaveAttribute('data-available', 'true');
      await expectNoSeriousA11yViolations(page, { include: '[data-testid="booking-dialog"]' });

      await editor.save.click();
      const created = page.getByTestId('toast').getByText(/Réservation n° \d+ enregistrée\./);
      await expect(created).toBeVisible();
      bookingId = Number(/n° (\d+)/.exec(await created.innerText())?.[1]);
      expect(bookingId).toBeGreaterThan(0);
      await expect(editor.root).toBeHidden();

      await desk.searchFor(String(bookingId));
      const row = desk.row(bookingId);
      await expect(row).toContainText(saturdayBorrower.name);
      await expect(row).toContainText('Confirmée');
      await expect(row).toContainText(frPeriod({ date: day, time: '09:00' }, { date: day, time: '18:00' }));
      await expect(row).toContainText(`${CHAIRS} × Chaise pliante`);
    });

    await test.step('2. an overlapping minibus booking is refused with the first free slot', async () => {
      const expected = await free(comptoir, minibus.id, 1, day, '14:00', '20:00');
      expect(expected.available).toBe(false);
      const slot = expected.firstFreeSlot;
      if (!slot) throw new Error('availability.check gave no free slot for the minibus');
      const slotText = `Premier créneau libre : ${frPeriod(slot.start, slot.end)}.`;

      await desk.searchFor('');
      const editor = await desk.openNew();
      await editor.chooseBorrower(otherBorrower.name);
      await editor.fillPeriod({ startDate: day, startTime: '14:00', endDate: day, endTime: '20:00' });
      await editor.scanCode('VEH-MIN');
      // Seen while typing…
      const live = editor.availability('VEH-MIN');
      await expect(live).toHaveAttribute('data-available', 'false');
      await expect(live).toContainText('Indisponible');
      await expect(live).toContainText(slotText);

      // …and refused on saving, the typing kept.
      await editor.save.click();
      await expect(editor.unavailable).toBeVisible();
      await expect(editor.unavailable).toContainText('« Minibus 9 places » n’est pas disponible');
      await expect(editor.unavailable).toContainText(`réservation n° ${bookingId}`);
      await expect(editor.unavailable.getByTestId('refused-VEH-MIN')).toContainText(slotText);
      await expect(editor.root).toBeVisible();
      await expect(editor.borrowerChosen).toContainText(otherBorrower.name);
      await expectNoSeriousA11yViolations(page, { include: '[data-testid="booking-dialog"]' });
      await editor.close.click();
      await expect(editor.root).toBeHidden();
    });

    await test.step('3. checkout refused for an association whose insurance expired (guard 2)', async () => {
      const checkout = await desk.startCheckout(uninsuredBooking.id);
      await expect(checkout.root).toContainText(uninsured.name);
      await checkout.acknowledgeSafetyNotes();
      await checkout.fillCheque({ number: '0051122', bank: 'La Banque Postale', drawer: uninsured.name });
      await checkout.submit.click();
      await expect(checkout.refused).toBeVisible();
      await expect(checkout.refused).toContainText('Sortie refusée');
      await expect(checkout.failure(2)).toContainText('Garantie 2');
      await expect(checkout.failure(2)).toContainText('assurance responsabilité civile');
      await expect(checkout.root).toBeVisible();
      await expectNoSeriousA11yViolations(page, { include: '[data-testid="checkout-dialog"]' });
      await checkout.cancel.click();
      await expect(checkout.root).toBeHidden();
    });

    let mileageOut = 0;
    await test.step('4. checkout with a held cheque and a named driver', async () => {
      const checkout = await desk.startCheckout(bookingId);
      await expect(checkout.title).toHaveText(`Sortie — réservation n° ${bookingId}`);
      await expect(checkout.line('MOB-CHA')).toContainText(`× ${CHAIRS}`);
      await expectNoSeriousA11yViolations(page, { include: '[data-testid="checkout-dialog"]' });

      await checkout.acknowledgeSafetyNotes();
      const km = await checkout.mileageOut('VEH-MIN').inputValue();
      if (km.trim() === '') await checkout.mileageOut('VEH-MIN').fill('48210');
      mileageOut = Number((await checkout.mileageOut('VEH-MIN').inputValue()).replace(/\D/g, ''));
      await checkout.fuel('VEH-MIN').selectOption({ label: 'Plein' });
      await checkout.driver('VEH-MIN', driver.name).check();
      await expect(checkout.keysOut('SAL-GAR')).toHaveValue('1');
      await checkout.fillCheque({ ...CHEQUE, drawer: driver.name });
      await expect(checkout.chequeDate).toHaveValue('2026-06-05');

      await checkout.submit.click();
      await expect(page.getByTestId('toast')).toContainText('Sortie enregistrée : convention');
      await expect(checkout.root).toBeHidden();
      await desk.searchFor(String(bookingId));
      await expect(desk.row(bookingId)).toContainText('Sortie');
    });

    await test.step('Today lists the cheque among the deposits held', async () => {
      await page.getByTestId('nav-today').click();
      await today.expectLoaded();
      await expect(today.depositRow(bookingId)).toContainText(CHEQUE.number);
      await expect(today.count('deposits')).toHaveText(String(depositsHeldBefore + 1));
    });

    await test.step('5–6. return: 37 chairs ok, 3 missing; retention proposed = 3 × 25,00 €', async () => {
      await page.getByTestId('nav-bookings').click();
      await desk.expectShown();
      const back = await desk.startReturn(bookingId);
      await expect(back.title).toHaveText(`Retour — réservation n° ${bookingId}`);
      await expect(back.line('MOB-CHA')).toContainText(String(CHAIRS));
      await expectNoSeriousA11yViolations(page, { include: '[data-testid="return-dialog"]' });

      await back.ok(chair.name).fill('37');
      await back.missing(chair.name).fill('3');
      await back.mileageIn('VEH-MIN').fill(String(mileageOut + 186));
      await expect(back.keysReturned('SAL-GAR')).toHaveValue('1');
      await back.submit.click();

      await expect(back.result).toBeVisible();
      await expect(back.result).toContainText('Tout est revenu');
      const retention = 3 * chair.replacementValueCents;
      expect(retention).toBe(7500);
      await expect(back.proposedRetention).toHaveText(frEuros(retention)); // 75,00 €
      await expect(back.incidents).toContainText('Manquant — Chaise pliante × 3');
      await expect(back.settleForm).toBeVisible();
      await expect(back.retained).toHaveValue('75,00');
      await expectNoSeriousA11yViolations(page, { include: '[data-testid="return-dialog"]' });
    });

    await test.step('7. settle: the deposit is partly retained and the loan closes', async () => {
      const back = desk.returnDialog;
      await back.borrowerPays.check();
      await back.settleNote.fill('3 chaises pliantes manquantes au retour');
      await back.settleAndClose.click();
      await expect(page.getByTestId('toast')).toContainText('Prêt clos.');
      await expect(back.root).toBeHidden();

      await desk.searchFor(String(bookingId));
      await expect(desk.row(bookingId)).toContainText('Rendue');

      await page.getByTestId('nav-deposits').click();
      const deposits = page.getByTestId('screen-deposits');
      await expect(deposits).toBeVisible();
      await deposits
        .getByRole('searchbox', { name: 'Rechercher une caution', exact: true })
        .fill(CHEQUE.number);
      const row = deposits.getByTestId(`deposit-row-${bookingId}`);
      await expect(row).toContainText(saturdayBorrower.name);
      await expect(row.getByTestId('deposit-state-partly_retained')).toHaveText('Retenue en partie');
    });

    await test.step('8. Today no longer counts the cheque as held', async () => {
      await page.getByTestId('nav-today').click();
      await today.expectLoaded();
      await expect(today.count('deposits')).toHaveText(String(depositsHeldBefore));
      await expect(today.depositRow(bookingId)).toHaveCount(0);
    });
  });
});
