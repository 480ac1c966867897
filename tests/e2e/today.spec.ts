import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell } from './pages/app-shell.page';
import { TodayPage } from './pages/today.page';

interface Today {
  insuranceExpiring: { organisationId: number; name: string }[];
  depositsHeld: { bookingId: number; borrowerName: string }[];
  inspectionsDue: { resourceId: number; name: string }[];
}

/** Each row of Today opens the action it calls for, on the spot, and Escape brings the day back. */
test('Today: an expiring certificate opens the borrower, a held deposit its ledger, an inspection the vehicle', async ({
  page,
  appUrl,
  comptoir,
}) => {
  const day = await comptoir.call<Today>('loans.today', {});
  const insurance = day.insuranceExpiring[0];
  const deposit = day.depositsHeld[0];
  const inspection = day.inspectionsDue[0];
  // The demo is built to have one of each on its fixed day; without them this test would prove nothing.
  if (!insurance || !deposit || !inspection)
    throw new Error('The demo day lacks an expiring certificate, a deposit or an inspection');

  await new AppShell(page).open(appUrl);
  const today = new TodayPage(page);
  await today.expectLoaded();

  await today.screen.getByTestId(`today-insurance-open-${insurance.organisationId}`).click();
  const borrower = page.getByTestId('borrower-detail');
  await expect(borrower).toBeVisible();
  await expect(borrower).toContainText(insurance.name);
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="today-borrower"]' });
  await page.screenshot({ path: '/tmp/shots/today-borrower.png' });
  await page.keyboard.press('Escape');
  await expect(borrower).toBeHidden();

  await today.screen.getByTestId(`today-deposit-open-${deposit.bookingId}`).click();
  const ledger = page.getByTestId('deposit-ledger');
  await expect(ledger).toContainText(deposit.borrowerName);
  await expect(ledger.getByTestId('deposit-ledger-table')).toContainText('Reçue');
  await page.keyboard.press('Escape');
  await expect(ledger).toBeHidden();

  await today.screen.getByTestId(`today-inspection-open-${inspection.resourceId}`).click();
  const resource = page.getByTestId('resource-dialog');
  await expect(resource).toBeVisible();
  await expect(resource.getByRole('textbox', { name: /^Nom/ })).toHaveValue(inspection.name);
  await page.keyboard.press('Escape');
  await expect(resource).toBeHidden();
  await expect(today.screen).toBeVisible();

  // The pick list for the next opening is one click away.
  const next = await comptoir.call<{ date: string }>('calendar.nextOpening', {});
  await today.screen.getByRole('link', { name: 'Liste de préparation' }).click();
  await expect(page.getByTestId('planning-pick')).toBeVisible();
  await expect(page.getByTestId('pick-date')).toHaveValue(next.date);
});
