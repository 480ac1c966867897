import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell } from './pages/app-shell.page';
import { LoansPage } from './pages/loans.page';

/**
 * "Prêts": the loans only, from the demo centre (loans out today, one overdue, 18 months of
 * returned loans). The API only looks up what the screen should show.
 */

interface LoanRow {
  bookingId: number;
  agreementNumber: string;
  borrowerName: string;
  overdue: boolean;
  lateDays: number;
  checkedOutAt: string;
  end: { date: string; time: string };
  depositState: string | null;
}
interface Booking {
  lines: { inventoryCode: string; kitLineId: number | null }[];
}

/** A real 1×1 PNG, as a camera's file would reach the file chooser. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const days = (n: number) => `${n} jour${n > 1 ? 's' : ''}`;
const parisDay = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));

test('the loans list: out, late, returned, all; search; a row opens the loan from the keyboard, with its photos', async ({
  page,
  appUrl,
  comptoir,
}) => {
  test.setTimeout(90_000);
  const out = await comptoir.call<LoanRow[]>('loans.list', { view: 'out' });
  const lateOnes = await comptoir.call<LoanRow[]>('loans.list', { view: 'late' });
  const returned = await comptoir.call<LoanRow[]>('loans.list', { view: 'returned' });
  const late = lateOnes[0];
  expect(late, 'the demo has one overdue loan').toBeDefined();
  if (!late) return;
  const onTime = out.find((b) => !b.overdue && b.depositState !== null);
  if (!onTime) throw new Error('the demo has loans out on time with a deposit');
  const backLate = returned.find((b) => b.lateDays > 0);
  if (!backLate) throw new Error('the demo history has loans returned late');

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
  await expect(await loans.table.cell(lateRow, 'Retard')).toHaveText(days(late.lateDays));
  const onTimeRow = loans.row(onTime.bookingId);
  await expect(await loans.table.cell(onTimeRow, 'Retard')).toHaveText('—');
  await expect(await loans.table.cell(onTimeRow, 'Caution')).not.toHaveText('—');
  // « Sorti le »: when it really went out, not the booked start.
  await expect(await loans.table.cell(onTimeRow, 'Sorti le')).toHaveText(parisDay(onTime.checkedOutAt));
  await page.screenshot({ path: '/tmp/shots/loans-list.png', fullPage: true });
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="screen-loans"]' });

  // Overdue only.
  await loans.show('En retard');
  await expect.poll(() => loans.table.shownCount()).toBe(lateOnes.length);
  await expect(lateRow).toBeVisible();
  await expect(loans.row(onTime.bookingId)).toHaveCount(0);

  // Returned: the history, latest first; then all loans.
  await loans.show('Rendus');
  await expect.poll(() => loans.table.shownCount()).toBe(returned.length);
  await expect(loans.table.rows.first()).toContainText('Rendue');
  // A loan back late keeps the late days counted at its return.
  await loans.search.fill(backLate.agreementNumber);
  await expect(await loans.table.cell(loans.row(backLate.bookingId), 'Retard')).toHaveText(
    days(backLate.lateDays),
  );
  await loans.search.fill('');
  await loans.show('Tous');
  await expect.poll(() => loans.table.shownCount()).toBe(out.length + returned.length);

  // The shared search (Ctrl+K), by borrower: the loan out and that borrower's past loans.
  await page.keyboard.press('Control+k');
  await expect(loans.search).toBeFocused();
  await page.keyboard.type(onTime.agreementNumber);
  await expect(loans.row(onTime.bookingId)).toBeVisible();
  await expect.poll(() => loans.table.shownCount()).toBeLessThan(out.length + returned.length);
  await expect(loans.row(late.bookingId)).toHaveCount(0);

  // A row opens the loan from the keyboard; Escape closes it.
  const dialog = await loans.open(onTime.bookingId);
  await expect(dialog.title).toContainText(onTime.borrowerName);
  await expect(dialog.extendButton).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/loans-dialog.png' });
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="loan-dialog"]' });

  // The loan's condition photos: one forgotten at the handover, added here, shows as a thumbnail.
  const loan = await comptoir.call<Booking>('bookings.get', { id: onTime.bookingId });
  const code = loan.lines.find((l) => l.kitLineId === null)!.inventoryCode;
  await expect(dialog.photos).toBeVisible();
  await dialog.photos
    .getByTestId(`line-photos-add-checkout-${code}`)
    .setInputFiles([{ name: 'etat-depart.png', mimeType: 'image/png', buffer: PNG }]);
  const thumb = dialog.photos
    .getByTestId(`line-photos-${code}`)
    .getByTestId('line-photo')
    .locator('img[alt*="etat-depart.png"]');
  await expect(thumb).toBeVisible();
  await expect(thumb).toHaveJSProperty('complete', true);
  expect(await thumb.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(1);
  const photos = await comptoir.call<{ phase: string; fileName: string }[]>('loans.linePhotos', {
    bookingId: onTime.bookingId,
  });
  expect(photos.map((p) => [p.phase, p.fileName])).toContainEqual(['checkout', 'etat-depart.png']);
  await thumb.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/loans2-dialog-photos.png' });
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="loan-dialog"]' });
  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();

  // English is complete.
  await shell.switchLanguage('en');
  await expect(loans.heading).toHaveText('Loans');
  await expect(page.getByRole('group', { name: 'Show', exact: true })).toBeVisible();
});
