import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell } from './pages/app-shell.page';
import { LoansPage } from './pages/loans.page';

/**
 * A checkout recorded wrong, corrected with a mandatory reason (DOMAIN "Checkout", corrections):
 * no reason, nothing sent and nothing lost; a unit-tracked line cannot go out twice (the main
 * side's refusal beside the quantity); a stock quantity corrected shows on the loan.
 */

interface Line {
  id: number;
  inventoryCode: string;
  resourceName: string;
  tracking: 'unit' | 'stock';
  quantity: number;
  kitLineId: number | null;
}
interface Booking {
  id: number;
  overdue: boolean;
  lines: Line[];
}

test('correct a checkout: the reason is required, a unit stays 1, a stock quantity is corrected', async ({
  page,
  appUrl,
  comptoir,
}) => {
  const out = await comptoir.call<Booking[]>('bookings.list', { status: 'checked_out' });
  let found: { loan: Booking; unit: Line; stock: Line } | null = null;
  for (const r of out.filter((b) => !b.overdue)) {
    const loan = await comptoir.call<Booking>('bookings.get', { id: r.id });
    const top = loan.lines.filter((l) => l.kitLineId === null);
    const unit = top.find((l) => l.tracking === 'unit');
    const stock = top.find((l) => l.tracking === 'stock' && l.quantity > 1);
    if (unit && stock) found = { loan, unit, stock };
  }
  if (!found) throw new Error('the demo has a loan out with a unit and a stock line');
  const { loan, unit, stock } = found;
  const label = (l: Line) => `${l.inventoryCode} — ${l.resourceName} × ${l.quantity}`;

  await new AppShell(page).open(appUrl);
  const loans = new LoansPage(page);
  await loans.goTo();
  const dialog = await loans.open(loan.id);
  await dialog.correctCheckoutButton.focus();
  await page.keyboard.press('Enter');
  const correct = dialog.correctCheckout;
  await expect(correct.root).toBeVisible();
  await expect(correct.line).toBeFocused();

  // A unit-tracked line typed as 2 pieces: refused by the main side, beside the quantity.
  await correct.line.selectOption({ label: label(unit) });
  await page.keyboard.press('Tab');
  await expect(correct.quantity).toBeFocused();
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await expect(correct.reason).toBeFocused();
  await page.keyboard.type('Saisie en double');
  await page.keyboard.press('Enter');
  await expect(correct.fieldError(correct.quantity)).toHaveText(
    "Une salle, un véhicule ou un matériel suivi à l'unité sort en un seul exemplaire.",
  );
  await expect(correct.reason).toHaveValue('Saisie en double');

  // The stock line, without a reason: said beside the reason, the quantity typed stays.
  const corrected = stock.quantity - 1;
  await correct.line.selectOption({ label: label(stock) });
  await expect(correct.fieldError(correct.quantity)).toHaveCount(0);
  await correct.quantity.fill(String(corrected));
  await correct.reason.fill('');
  await correct.quantity.press('Enter');
  await expect(correct.fieldError(correct.reason)).toHaveText('Le motif est obligatoire.');
  await expect(correct.quantity).toHaveValue(String(corrected));
  await page.screenshot({ path: '/tmp/shots/loans-correct-checkout-reason.png' });
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="correct-checkout-dialog"]' });
  const unchanged = await comptoir.call<Booking>('bookings.get', { id: loan.id });
  expect(unchanged.lines.find((l) => l.id === stock.id)?.quantity).toBe(stock.quantity);

  // With the reason: corrected; the dialog and the loan show the quantity the main side recorded.
  await correct.reason.fill(`${corrected} comptées au départ, ${stock.quantity} tapées par erreur`);
  await correct.reason.press('Enter');
  await expect(correct.done).toHaveText(`Sortie corrigée : ${stock.resourceName}.`);
  await expect(correct.correctedLine).toHaveText(
    `${stock.inventoryCode} ${stock.resourceName} × ${corrected}`,
  );
  await expect(dialog.line(stock.inventoryCode)).toContainText(String(corrected));
  await page.screenshot({ path: '/tmp/shots/loans-correct-checkout-done.png' });
  const after = await comptoir.call<Booking>('bookings.get', { id: loan.id });
  expect(after.lines.find((l) => l.id === stock.id)?.quantity).toBe(corrected);

  // Escape closes the correction, then the loan.
  await page.keyboard.press('Escape');
  await expect(correct.root).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();
});
