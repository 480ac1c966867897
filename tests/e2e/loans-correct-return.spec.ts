import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell } from './pages/app-shell.page';
import { LoansPage } from './pages/loans.page';
import { bookChairsToday } from './loan-setup';

/**
 * A return typed wrong, corrected with a mandatory reason (DOMAIN "Return", corrections): 20
 * chairs went out, the return said 3 missing and the deposit was settled keeping their value; two
 * turn up in the van. The correction goes through the loan's « Corriger un retour… », the main
 * side adjusts the incident and gives back the difference of the retention, and the dialog says
 * what it did.
 */

interface Incident {
  id: number;
  kind: string;
  quantity: number;
  status: string;
  estimateCents: number;
  effectiveCostCents: number;
  resourceName: string;
}
interface ReturnResult {
  booking: { version: number };
  incidents: Incident[];
  proposedRetentionCents: number;
}
interface Deposit {
  state: string;
  retainedCents: number;
  ledger: { kind: string; amountCents: number }[];
}

const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);

test('correct a return: 3 missing chairs become 1, the incident and the retention follow, the reason is required', async ({
  page,
  appUrl,
  comptoir,
}) => {
  test.setTimeout(90_000);
  const { booking, chairs, borrower } = await bookChairsToday(comptoir, 20);
  const lineId = booking.lines[0]!.id;
  const out = await comptoir.call<{ booking: { version: number } }>('loans.checkout', {
    bookingId: booking.id,
    version: (booking as unknown as { version: number }).version,
    lines: [{ lineId, condition: 'ok' }],
    // More than the default (2 € a chair) so the whole retention fits in the cheque.
    deposit: {
      amountCents: 100_00,
      changeReason: 'Caution forfaitaire du centre',
      method: {
        type: 'cheque',
        number: '0099001',
        bank: 'La Banque Postale',
        drawer: borrower.name,
        date: '2026-06-05',
      },
    },
  });
  const back = await comptoir.call<ReturnResult>('loans.return', {
    bookingId: booking.id,
    version: out.booking.version,
    items: [{ lineId, ok: 17, damaged: 0, missing: 3, remarks: 'Trois chaises introuvables' }],
  });
  const [missing] = back.incidents;
  expect(missing).toMatchObject({ kind: 'missing', quantity: 3, status: 'open' });
  const perChair = missing!.estimateCents / 3;
  await comptoir.call('deposits.settle', {
    bookingId: booking.id,
    retainedCents: back.proposedRetentionCents,
    mode: 'borrower_paid',
    incidentIds: [missing!.id],
  });
  const settled = await comptoir.call<Deposit>('deposits.get', { bookingId: booking.id });
  expect(settled).toMatchObject({ retainedCents: 3 * perChair, state: 'partly_retained' });

  await new AppShell(page).open(appUrl);
  const loans = new LoansPage(page);
  await loans.goTo();
  await loans.show('Rendus');
  const dialog = await loans.open(booking.id);
  await expect(dialog.line(chairs.inventoryCode)).toContainText('17 / 0 / 3');
  await expect(dialog.extendButton).toHaveCount(0);
  await dialog.correctReturnButton.focus();
  await page.keyboard.press('Enter');
  const correct = dialog.correctReturn;
  await expect(correct.root).toBeVisible();
  await expect(correct.item).toBeFocused();
  await expect(correct.item.locator('option:checked')).toContainText(
    `${chairs.inventoryCode} ${chairs.name} — bon : 17, abîmé : 0, manquant : 3`,
  );
  await expect(correct.ok).toHaveValue('17');
  await expect(correct.missing).toHaveValue('3');

  // More pieces than went out: the main side refuses beside the figures, what was typed stays.
  await page.keyboard.press('Tab');
  await expect(correct.ok).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('20');
  await correct.missing.fill('1');
  await correct.reason.fill('Deux chaises retrouvées dans le camion');
  await correct.reason.press('Enter');
  await expect(correct.fieldError(correct.ok)).toContainText('20');
  await expect(correct.missing).toHaveValue('1');

  // Without a reason: said beside it, nothing sent.
  await correct.ok.fill('19');
  await correct.reason.fill('');
  await correct.ok.press('Enter');
  await expect(correct.fieldError(correct.reason)).toHaveText('Le motif est obligatoire.');
  await expect(correct.fieldError(correct.ok)).toHaveCount(0);
  await expect(correct.ok).toHaveValue('19');
  await page.screenshot({ path: '/tmp/shots/loans2-correct-return-form.png' });
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="correct-return-dialog"]' });
  const unchanged = await comptoir.call<Incident>('incidents.get', { id: missing!.id });
  expect(unchanged.quantity).toBe(3);

  // With the reason: corrected; the dialog says what the main side did.
  await correct.reason.fill('Deux chaises retrouvées dans le camion');
  await correct.reason.press('Enter');
  await expect(correct.done).toHaveText(`Retour corrigé : ${chairs.name}.`);
  const incident = await comptoir.call<Incident>('incidents.get', { id: missing!.id });
  expect(incident).toMatchObject({ quantity: 1, status: 'open', estimateCents: perChair });
  await expect(correct.correctedLine).toHaveText(
    `${chairs.inventoryCode} ${chairs.name} × 20 — revenu — bon : 19, abîmé : 0, manquant : 1`,
  );
  await expect(correct.incidents).toContainText(
    `Manquant — ${chairs.name} × 1 — ${euros(incident.effectiveCostCents)}`,
  );
  const deposit = await comptoir.call<Deposit>('deposits.get', { bookingId: booking.id });
  expect(deposit.retainedCents).toBe(perChair);
  expect(deposit.state).toBe('partly_retained');
  expect(deposit.ledger.filter((e) => e.kind === 'correction').map((e) => e.amountCents)).toEqual([
    2 * perChair,
  ]);
  await expect(dialog.line(chairs.inventoryCode)).toContainText('19 / 0 / 1');
  await page.screenshot({ path: '/tmp/shots/loans2-correct-return-done.png' });
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="correct-return-dialog"]' });

  // Enter on « Fermer » closes the correction; Escape the loan.
  await page.keyboard.press('Enter');
  await expect(correct.root).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();
});
