import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell } from './pages/app-shell.page';
import { LoansPage } from './pages/loans.page';
import { SettleDialog } from './pages/settle-dialog.page';
import { bookChairsToday } from './loan-setup';

/**
 * « Régler plus tard » is not a dead end (DOMAIN "Return", "Deposits"): a loan back with its
 * deposit still held is settled afterwards from the loan (or its deposit's ledger), the late fee
 * proposed at return is edited there, the proposed suspension applied, then the loan is closed.
 */

interface Deposit {
  state: string;
  heldCents: number;
  retainedCents: number;
}
interface Booking {
  id: number;
  version: number;
  status: string;
  closedAt: string | null;
  borrowerId: number;
  borrowerName: string;
  agreementNumber: string | null;
  lines: { id: number; quantity: number; kind: string; kitLineId: number | null }[];
}
interface LoanRow {
  bookingId: number;
}

const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);

test('settle later from the loan: 2 missing chairs kept from the deposit, then the loan closed', async ({
  page,
  appUrl,
  comptoir,
}) => {
  test.setTimeout(90_000);
  const { booking, borrower } = await bookChairsToday(comptoir, 20);
  const lineId = booking.lines[0]!.id;
  const out = await comptoir.call<{ booking: { version: number } }>('loans.checkout', {
    bookingId: booking.id,
    version: (booking as unknown as { version: number }).version,
    lines: [{ lineId, condition: 'ok' }],
    deposit: {
      amountCents: 100_00,
      changeReason: 'Caution forfaitaire du centre',
      method: {
        type: 'cheque',
        number: '0099002',
        bank: 'Crédit Mutuel',
        drawer: borrower.name,
        date: '2026-06-05',
      },
    },
  });
  // Back with 2 chairs missing; nothing settled, nothing closed (« Régler plus tard »).
  await comptoir.call('loans.return', {
    bookingId: booking.id,
    version: out.booking.version,
    items: [{ lineId, ok: 18, damaged: 0, missing: 2 }],
  });
  expect(await comptoir.call<Deposit>('deposits.get', { bookingId: booking.id })).toMatchObject({
    state: 'held',
    heldCents: 100_00,
  });

  await new AppShell(page).open(appUrl);
  const loans = new LoansPage(page);
  await loans.goTo();
  await loans.show('Rendus');
  const dialog = await loans.open(booking.id);
  await expect(dialog.closeButton).toHaveCount(0);
  await dialog.settleButton.focus();
  await page.keyboard.press('Enter');

  const settle = new SettleDialog(page);
  await expect(settle.root).toBeVisible();
  await expect(settle.title).toContainText('Régler la caution — prêt');
  await expect(settle.proposedRetention).toHaveText(euros(2 * 25_00));
  await expect(settle.incidents).toContainText(euros(2 * 25_00));
  await expect(settle.retained).toHaveValue('50,00');
  await expect(settle.lateDays).toHaveText('0');
  await expect(settle.editFee).toHaveCount(0);
  await expect(settle.applySuspension).toHaveCount(0);
  await expect(settle.borrowerPays).toBeChecked();
  await page.screenshot({ path: '/tmp/shots/settle-later-loan.png' });
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="settle-dialog"]' });

  await settle.settleAndClose.focus();
  await page.keyboard.press('Enter');
  await expect(settle.root).toBeHidden();
  await expect(page.getByText('Prêt clos.')).toBeVisible();
  // The loan says there is nothing more to do on it.
  await expect(dialog.settleButton).toHaveCount(0);
  await expect(dialog.closeButton).toHaveCount(0);

  const deposit = await comptoir.call<Deposit>('deposits.get', { bookingId: booking.id });
  expect(deposit).toMatchObject({ state: 'partly_retained', retainedCents: 50_00, heldCents: 0 });
  const closed = await comptoir.call<Booking>('bookings.get', { id: booking.id });
  expect(closed.status).toBe('returned');
  expect(closed.closedAt).not.toBeNull();
});

test('a deposit settled but its loan not closed: « Clore le prêt » from the loan', async ({
  page,
  appUrl,
  comptoir,
}) => {
  test.setTimeout(90_000);
  const { booking } = await bookChairsToday(comptoir, 4);
  const lineId = booking.lines[0]!.id;
  const out = await comptoir.call<{ booking: { version: number } }>('loans.checkout', {
    bookingId: booking.id,
    version: (booking as unknown as { version: number }).version,
    lines: [{ lineId, condition: 'ok' }],
    deposit: { method: { type: 'cash' } },
  });
  await comptoir.call('loans.return', {
    bookingId: booking.id,
    version: out.booking.version,
    items: [{ lineId, ok: 4, damaged: 0, missing: 0 }],
  });
  await comptoir.call('deposits.settle', { bookingId: booking.id, retainedCents: 0 });

  await new AppShell(page).open(appUrl);
  const loans = new LoansPage(page);
  await loans.goTo();
  await loans.show('Rendus');
  const dialog = await loans.open(booking.id);
  await expect(dialog.settleButton).toHaveCount(0);
  await dialog.closeButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Prêt clos.')).toBeVisible();
  await expect(dialog.closeButton).toHaveCount(0);
  const closed = await comptoir.call<Booking>('bookings.get', { id: booking.id });
  expect(closed.closedAt).not.toBeNull();
});

test('a late return settled later: the late fee edited, the suspension applied, then settled from the deposit ledger', async ({
  page,
  appUrl,
  comptoir,
}) => {
  test.setTimeout(120_000);
  // The demo: 2 €/day capped at 30 €; the manager adds a 15-day suspension for any late return.
  const rules = await comptoir.call<{ version: number }>('lateness.getRules', {});
  await comptoir.call(
    'lateness.setRules',
    { version: rules.version, suspensionDays: 15, suspensionAfterLateDays: 1 },
    { pin: '1234' },
  );
  const [late] = await comptoir.call<LoanRow[]>('loans.list', { view: 'late' });
  if (!late) throw new Error('the demo has one overdue loan');
  const b = await comptoir.call<Booking>('bookings.get', { id: late.bookingId });
  const back = await comptoir.call<{ lateDays: number; proposedLateFeeCents: number }>('loans.return', {
    bookingId: b.id,
    version: b.version,
    items: b.lines
      .filter((l) => l.kitLineId === null)
      .map((l) => ({
        lineId: l.id,
        ok: l.quantity,
        damaged: 0,
        missing: 0,
        ...(l.kind === 'vehicle' ? { fuelIn: 8 } : {}),
      })),
  });
  expect(back.lateDays).toBeGreaterThan(0);
  const deposit = await comptoir.call<Deposit>('deposits.get', { bookingId: b.id });
  expect(deposit.state, 'the demo’s overdue loan has a deposit held').toBe('held');
  const proposedFee = back.proposedLateFeeCents;
  const proposedKept = Math.min(proposedFee, deposit.heldCents);

  await new AppShell(page).open(appUrl);
  const loans = new LoansPage(page);
  await loans.goTo();
  await loans.show('Rendus');
  const dialog = await loans.open(b.id);
  await dialog.settleButton.focus();
  await page.keyboard.press('Enter');
  const settle = new SettleDialog(page);
  await expect(settle.root).toBeVisible();
  await expect(settle.lateDays).toHaveText(String(back.lateDays));
  await expect(settle.lateFee).toHaveText(euros(proposedFee));
  await expect(settle.proposedRetention).toHaveText(euros(proposedKept));

  // The fee lowered to 1 € with a reason: the retention is proposed again from the main side.
  await settle.editFee.focus();
  await page.keyboard.press('Enter');
  await expect(settle.feeAmount).toBeFocused();
  await expect(settle.feeAmount).toHaveValue(euros(proposedFee).replace(/\s*€/, ''));
  await page.keyboard.press('Control+a');
  await page.keyboard.type('abc');
  await expect(settle.feeForm.getByText('Montant illisible')).toBeVisible();
  await expect(settle.feeSave).toBeDisabled();
  await settle.feeAmount.fill('1');
  await settle.feeReason.fill('Prévenu par téléphone, panne de voiture');
  await page.screenshot({ path: '/tmp/shots/settle-late-fee.png' });
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="settle-dialog"]' });
  await settle.feeReason.press('Enter');
  await expect(settle.feeForm).toBeHidden();
  await expect(settle.lateFee).toHaveText(euros(1_00));
  await expect(settle.proposedRetention).toHaveText(euros(1_00));
  await expect(settle.retained).toHaveValue('1,00');
  const proposal = await comptoir.call<{ lateFeeCents: number }>('deposits.proposal', { bookingId: b.id });
  expect(proposal.lateFeeCents).toBe(1_00);

  // The proposed 15-day suspension, applied with the manager's PIN.
  await expect(settle.suspension).toContainText('15 jours');
  await settle.applySuspension.focus();
  await page.keyboard.press('Enter');
  const suspend = settle.suspend;
  await expect(suspend.root).toBeVisible();
  await expect(suspend.days).toBeFocused();
  await expect(suspend.days).toHaveValue('15');
  await expect(suspend.root).toContainText('Jusqu’au vendredi 19 juin 2026 inclus');
  await expect(suspend.reason).toHaveValue(`Retour en retard — prêt ${b.agreementNumber}`);
  await page.screenshot({ path: '/tmp/shots/settle-suspension.png' });
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="apply-suspension-dialog"]' });
  await suspend.days.press('Enter');
  const pin = page.getByTestId('pin-dialog');
  await expect(pin).toBeVisible();
  await page.getByTestId('pin-input').fill('1234');
  await page.keyboard.press('Enter');
  await expect(suspend.root).toBeHidden();
  await expect(page.getByText('Suspension appliquée jusqu’au vendredi 19 juin 2026.')).toBeVisible();
  await expect(settle.suspensionActive).toHaveText(
    'Emprunteur suspendu jusqu’au vendredi 19 juin 2026 inclus.',
  );
  await expect(settle.applySuspension).toHaveCount(0);
  const org = await comptoir.call<{ suspensions: { status: string; endsOn: string; reason: string }[] }>(
    'organisations.get',
    { id: b.borrowerId },
  );
  expect(org.suspensions).toContainEqual(
    expect.objectContaining({
      status: 'active',
      endsOn: '2026-06-19',
      reason: `Retour en retard — prêt ${b.agreementNumber}`,
    }),
  );

  // « Régler plus tard » once more; the deposit is settled from the Cautions ledger instead.
  await page.keyboard.press('Escape');
  await expect(settle.root).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();
  await page.getByRole('navigation').getByRole('link', { name: 'Cautions', exact: true }).click();
  const row = page.getByTestId(`deposit-row-${b.id}`);
  await row.focus();
  await page.keyboard.press('Enter');
  const ledger = page.getByTestId('deposit-ledger');
  await expect(ledger).toBeVisible();
  await ledger.getByRole('button', { name: 'Régler la caution…', exact: true }).click();
  await expect(settle.root).toBeVisible();
  await expect(settle.lateFee).toHaveText(euros(1_00));
  await expect(settle.retained).toHaveValue('1,00');
  // Already suspended: said, not offered again.
  await expect(settle.suspensionActive).toBeVisible();
  await expect(settle.applySuspension).toHaveCount(0);
  await page.screenshot({ path: '/tmp/shots/settle-from-ledger.png' });
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="settle-dialog"]' });
  await settle.settleAndClose.click();
  await expect(settle.root).toBeHidden();
  await expect(ledger.getByRole('button', { name: 'Régler la caution…', exact: true })).toHaveCount(0);

  const after = await comptoir.call<Deposit>('deposits.get', { bookingId: b.id });
  expect(after).toMatchObject({ retainedCents: 1_00, heldCents: 0 });
  expect(['partly_retained', 'retained']).toContain(after.state);
  const closed = await comptoir.call<Booking>('bookings.get', { id: b.id });
  expect(closed.closedAt).not.toBeNull();
});
