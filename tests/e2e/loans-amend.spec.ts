import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell } from './pages/app-shell.page';
import { LoansPage } from './pages/loans.page';

/**
 * Lines added to / removed from a loan out (DOMAIN "Checkout": a change after checkout is an
 * amendment with its own number), from "Prêts", by the keyboard. The API only looks ids up.
 */

interface Line {
  id: number;
  inventoryCode: string;
  resourceName: string;
  quantity: number;
  kitLineId: number | null;
}
interface Booking {
  id: number;
  overdue: boolean;
  agreementNumber: string | null;
  lines: Line[];
}

const ADDED = { code: 'SEC-EXT', name: 'Extincteur à eau 6 L', quantity: 2 };

test('amend a loan out: a line still out cannot be removed; a line added makes amendment -A1', async ({
  page,
  appUrl,
  comptoir,
}) => {
  const out = await comptoir.call<Booking[]>('bookings.list', { status: 'checked_out' });
  const onTime = out.find((b) => !b.overdue);
  if (!onTime) throw new Error('the demo has a loan out on time');
  const loan = await comptoir.call<Booking>('bookings.get', { id: onTime.id });
  const first = loan.lines.find((l) => l.kitLineId === null);
  if (!first) throw new Error('a line');
  expect(loan.lines.some((l) => l.inventoryCode === ADDED.code)).toBe(false);

  await new AppShell(page).open(appUrl);
  const loans = new LoansPage(page);
  await loans.goTo();
  const dialog = await loans.open(loan.id);
  await dialog.amendButton.focus();
  await page.keyboard.press('Enter');
  const amend = dialog.amend;
  await expect(amend.root).toBeVisible();

  // A line to add: the resource, then the quantity and Enter (adds the line, records nothing yet).
  await amend.resource.focus();
  await amend.resource.selectOption({ label: `${ADDED.code} — ${ADDED.name}` });
  await amend.quantity.fill(String(ADDED.quantity));
  await amend.quantity.press('Enter');
  await expect(amend.added).toContainText(`${ADDED.code} ${ADDED.name} × ${ADDED.quantity}`);
  await expect(amend.done).toBeHidden();

  // Removing a line still out is refused with the main side's reason; the choices stay.
  await amend.removeLine(first.resourceName).check();
  await amend.submit.click();
  await expect(amend.error).toContainText(`« ${first.resourceName} » n'est pas entièrement rendu`);
  await expect(amend.added).toContainText(ADDED.name);
  await page.screenshot({ path: '/tmp/shots/loans-amend-refused.png' });
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="amend-dialog"]' });

  // Without the removal: Enter in the reason records the amendment.
  await amend.removeLine(first.resourceName).uncheck();
  await amend.reason.fill('Le président demande deux extincteurs pour la salle');
  await amend.reason.press('Enter');
  await expect(amend.done).toContainText(`Avenant ${loan.agreementNumber}-A1 enregistré.`);
  await expect(amend.done).toContainText('1 ligne ajoutée');
  await expect(amend.deposit).toContainText('Caution prévue :');
  await page.screenshot({ path: '/tmp/shots/loans-amend-done.png' });

  // The loan now has the line, handed over; the server agrees.
  await expect(dialog.line(ADDED.code)).toContainText(String(ADDED.quantity));
  const after = await comptoir.call<Booking>('bookings.get', { id: loan.id });
  expect(after.lines.find((l) => l.inventoryCode === ADDED.code)?.quantity).toBe(ADDED.quantity);

  await page.keyboard.press('Enter');
  await expect(amend.root).toBeHidden();
  await expect(dialog.root).toBeVisible();
});
