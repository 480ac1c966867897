import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell } from './pages/app-shell.page';
import { LoansPage } from './pages/loans.page';

/**
 * "Prêts": the loans only, from the demo centre (loans out today, one overdue, 18 months of
 * returned loans). The API only looks up what the screen should show.
 */

interface BookingRow {
  id: number;
  borrowerName: string;
  status: string;
  overdue: boolean;
  end: { date: string; time: string };
}
interface Today {
  overdue: { bookingId: number; agreementNumber: string; lateDays: number; borrowerName: string }[];
}
interface DepositRow {
  bookingId: number;
  agreementNumber: string | null;
}

test('the loans list: out, overdue, returned, all; search; a row opens the loan from the keyboard', async ({
  page,
  appUrl,
  comptoir,
}) => {
  const out = await comptoir.call<BookingRow[]>('bookings.list', { status: 'checked_out' });
  const returned = await comptoir.call<BookingRow[]>('bookings.list', { status: 'returned' });
  const today = await comptoir.call<Today>('loans.today', {});
  const deposits = await comptoir.call<DepositRow[]>('deposits.list', {});
  const late = today.overdue[0];
  expect(late, 'the demo has one overdue loan').toBeDefined();
  if (!late) return;
  const onTime = out.find((b) => !b.overdue);
  if (!onTime) throw new Error('the demo has loans out on time');
  const onTimeNumber = deposits.find((d) => d.bookingId === onTime.id)?.agreementNumber;

  const shell = new AppShell(page);
  await shell.open(appUrl);
  const loans = new LoansPage(page);
  await loans.goTo();
  await expect(loans.heading).toHaveText('Prêts');
  await expect(loans.view('En cours')).toHaveAttribute('aria-pressed', 'true');

  // Out now: every loan out, soonest due first, each with its agreement, due date and deposit.
  await expect.poll(() => loans.table.shownCount()).toBe(out.length);
  const agreements = await loans.table.columnTexts('Convention');
  expect(agreements.every((a) => /^\d{4}-\d{4}$/.test(a))).toBe(true);
  const dues = out.map((b) => b.end.date).sort();
  const shownDues = (await loans.table.columnTexts('Retour prévu')).map((d) =>
    d.slice(0, 10).split('/').reverse().join('-'),
  );
  expect(shownDues).toEqual(dues);
  const lateRow = loans.row(late.bookingId);
  await expect(lateRow).toContainText(late.agreementNumber);
  await expect(lateRow).toContainText('En retard');
  await expect(await loans.table.cell(lateRow, 'Retard')).toHaveText(`${late.lateDays} jours`);
  await expect(await loans.table.cell(loans.row(onTime.id), 'Retard')).toHaveText('—');
  await expect(await loans.table.cell(loans.row(onTime.id), 'Caution')).not.toHaveText('—');
  await page.screenshot({ path: '/tmp/shots/loans-list.png', fullPage: true });
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="screen-loans"]' });

  // Overdue only.
  await loans.show('En retard');
  await expect.poll(() => loans.table.shownCount()).toBe(out.filter((b) => b.overdue).length);
  await expect(lateRow).toBeVisible();
  await expect(loans.row(onTime.id)).toHaveCount(0);

  // Returned: the history, latest first; then all loans.
  await loans.show('Rendus');
  await expect.poll(() => loans.table.shownCount()).toBe(returned.length);
  await expect(loans.table.rows.first()).toContainText('Rendue');
  await loans.show('Tous');
  await expect.poll(() => loans.table.shownCount()).toBe(out.length + returned.length);

  // The shared search (Ctrl+K), by borrower: the loan out and that borrower's past loans.
  await page.keyboard.press('Control+k');
  await expect(loans.search).toBeFocused();
  await page.keyboard.type(onTimeNumber ?? onTime.borrowerName);
  await expect(loans.row(onTime.id)).toBeVisible();
  await expect.poll(() => loans.table.shownCount()).toBeLessThan(out.length + returned.length);
  await expect(loans.row(late.bookingId)).toHaveCount(0);

  // A row opens the loan from the keyboard; Escape closes it.
  const dialog = await loans.open(onTime.id);
  await expect(dialog.title).toContainText(onTime.borrowerName);
  await expect(dialog.extendButton).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/loans-dialog.png' });
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="loan-dialog"]' });
  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();

  // English is complete.
  await shell.switchLanguage('en');
  await expect(loans.heading).toHaveText('Loans');
  await expect(page.getByRole('group', { name: 'Show', exact: true })).toBeVisible();
});
