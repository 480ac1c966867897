import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell } from './pages/app-shell.page';
import { BorrowersPage } from './pages/borrowers.page';
import { CataloguePage } from './pages/catalogue.page';
import { PlanningPage } from './pages/planning.page';

/** Every screen and dialog of the desk, checked by axe-core with the demo data in it. */
test.describe('Accessibility (axe-core: no serious or critical violation)', () => {
  test('catalogue', async ({ page, appUrl }) => {
    await new AppShell(page).open(appUrl, 'catalogue');
    await new CataloguePage(page).expectLoaded(58);
    await expectNoSeriousA11yViolations(page);
  });

  test('new resource dialog, blank and after a refusal', async ({ page, appUrl }) => {
    await new AppShell(page).open(appUrl, 'catalogue');
    const catalogue = new CataloguePage(page);
    await catalogue.expectLoaded(58);
    const dialog = await catalogue.openNew();
    await expect(dialog.owner.locator('option')).not.toHaveCount(1);
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="resource-dialog"]' });

    // Field errors in red must stay readable.
    await dialog.submit.click();
    await expect(dialog.formNotice).toBeVisible();
    await expect(dialog.name).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="resource-dialog"]' });
  });

  test('a resource record (tabs, status badge)', async ({ page, appUrl }) => {
    await new AppShell(page).open(appUrl, 'catalogue');
    const catalogue = new CataloguePage(page);
    await catalogue.searchFor('VEH-MIN');
    const dialog = await catalogue.open('VEH-MIN');
    await expect(dialog.name).toHaveValue('Minibus 9 places');
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="resource-dialog"]' });
  });

  test('borrowers, with a record open', async ({ page, appUrl }) => {
    await new AppShell(page).open(appUrl, 'borrowers');
    const borrowers = new BorrowersPage(page);
    await expect(borrowers.table.rows.first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await borrowers.table.rows.first().click();
    await expect(borrowers.detail.insuranceBadge).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('new borrower dialog, blank and after a refusal', async ({ page, appUrl }) => {
    await new AppShell(page).open(appUrl, 'borrowers');
    const borrowers = new BorrowersPage(page);
    const dialog = await borrowers.openNew();
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="borrower-dialog"]' });

    await dialog.fill({ name: 'Club de pétanque de Muret', siret: '12345678901234' });
    await dialog.submit.click();
    await expect(dialog.siret).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="borrower-dialog"]' });
  });

  test('insurance certificate dialog', async ({ page, appUrl }) => {
    await new AppShell(page).open(appUrl, 'borrowers');
    const borrowers = new BorrowersPage(page);
    await borrowers.createBorrower({ name: 'Chorale de Revel' });
    await borrowers.detail.addCertificateButton.click();
    await borrowers.certificateDialog.expectOpen();
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="certificate-dialog"]' });
  });

  test('planning: week, calendar, who had it, pick list', async ({ page, appUrl }) => {
    const planning = new PlanningPage(page);
    await planning.open(appUrl);
    await expect(planning.week.rowHeaders.first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await planning.tab('calendar').click();
    await expect(planning.calendar.hint).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await planning.tab('whoHad').click();
    await expect(planning.whoHad.picker.input).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await planning.tab('pickList').click();
    await expect(planning.pick.title).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
