import { test, expect, type Comptoir } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell } from './pages/app-shell.page';
import { LoansPage } from './pages/loans.page';

/**
 * Extending a loan out from "Prêts" (DOMAIN "Extension"): refused by a following booking of the
 * same resource (named) and by the maximum number of extensions; once extended the new due date
 * and the amendment show, and the extension can be undone. The API only sets up the following
 * booking and the earlier extensions.
 */

interface Wall {
  date: string;
  time: string;
}
interface Line {
  resourceId: number;
  resourceName: string;
  tracking: 'unit' | 'stock';
  kitLineId: number | null;
}
interface Booking {
  id: number;
  borrowerId: number;
  borrowerName: string;
  status: string;
  overdue: boolean;
  agreementNumber: string | null;
  end: Wall;
  version: number;
  lines: Line[];
}
interface Org {
  id: number;
  name: string;
}

const fr = (date: string) => date.split('-').reverse().join('/');
const plusDays = (date: string, n: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** A loan out on time with a unit-tracked line (one piece: a following booking takes it whole). */
async function loanWithUnit(comptoir: Comptoir): Promise<{ loan: Booking; line: Line }> {
  const rows = await comptoir.call<Booking[]>('bookings.list', { status: 'checked_out' });
  for (const r of rows.filter((b) => !b.overdue)) {
    const loan = await comptoir.call<Booking>('bookings.get', { id: r.id });
    const line = loan.lines.find((l) => l.kitLineId === null && l.tracking === 'unit');
    if (line) return { loan, line };
  }
  throw new Error('the demo has a loan out with a unit-tracked line');
}

test('extend a loan: a following booking refuses it by name; extended, then undone', async ({
  page,
  appUrl,
  comptoir,
}) => {
  const { loan, line } = await loanWithUnit(comptoir);
  const orgs = await comptoir.call<Org[]>('organisations.list', {});
  const other = orgs.find((o) => o.id !== loan.borrowerId);
  if (!other) throw new Error('another borrower');
  // The resource is booked by someone else from 3 days after the loan's end.
  const next = await comptoir.call<Booking>('bookings.create', {
    borrowerId: other.id,
    status: 'confirmed',
    start: { date: plusDays(loan.end.date, 3), time: '10:00' },
    end: { date: plusDays(loan.end.date, 4), time: '18:00' },
    lines: [{ resourceId: line.resourceId, quantity: 1 }],
  });

  await new AppShell(page).open(appUrl);
  const loans = new LoansPage(page);
  await loans.goTo();
  const dialog = await loans.open(loan.id);
  await dialog.extendButton.focus();
  await page.keyboard.press('Enter');
  const extend = dialog.extend;
  await expect(extend.root).toBeVisible();
  await expect(extend.current).toContainText(`${fr(loan.end.date)} ${loan.end.time}`);
  await expect(extend.date).toBeFocused();

  // Past the following booking's start: refused, naming it; the date typed stays.
  const tooFar = plusDays(loan.end.date, 5);
  await extend.date.fill(tooFar);
  await page.keyboard.press('Enter');
  await expect(extend.error).toContainText('Prolongation refusée');
  await expect(extend.error).toContainText(line.resourceName);
  await expect(extend.error).toContainText(other.name);
  await expect(extend.error).toContainText(String(next.id));
  await expect(extend.date).toHaveValue(tooFar);
  await page.screenshot({ path: '/tmp/shots/loans-extend-refused.png' });
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="extend-dialog"]' });

  // Up to the day before: extended; the new due date and the amendment number show.
  const newEnd = plusDays(loan.end.date, 1);
  await extend.date.fill(newEnd);
  await extend.time.fill('17h30');
  await page.keyboard.press('Enter');
  await expect(extend.done).toHaveText(
    new RegExp(`^Prêt prolongé jusqu’au ${fr(newEnd)} 17:30 — avenant ${loan.agreementNumber}-A\\d+\\.$`),
  );
  await expect(dialog.period).toContainText(`${fr(newEnd)} 17:30`);
  const extended = await comptoir.call<Booking>('bookings.get', { id: loan.id });
  expect(extended.end).toEqual({ date: newEnd, time: '17:30' });
  await page.screenshot({ path: '/tmp/shots/loans-extend-done.png' });

  // Undone: back to the old due date.
  await extend.undo.click();
  await expect(extend.undone).toHaveText(
    `Prolongation annulée : retour prévu le ${fr(loan.end.date)} ${loan.end.time}.`,
  );
  await expect(dialog.period).toContainText(`${fr(loan.end.date)} ${loan.end.time}`);
  const undone = await comptoir.call<Booking>('bookings.get', { id: loan.id });
  expect(undone.end).toEqual(loan.end);

  // Enter closes the result; Escape then closes the loan.
  await page.keyboard.press('Enter');
  await expect(extend.root).toBeHidden();
  await expect(dialog.root).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();
});

test('extend a loan: the maximum of extensions is refused with its reason; Escape closes', async ({
  page,
  appUrl,
  comptoir,
}) => {
  const { loan } = await loanWithUnit(comptoir);
  const rules = await comptoir.call<{ maxExtensions: number | null }>('lateness.getRules', {});
  const max = rules.maxExtensions;
  if (max === null) throw new Error('the demo sets a maximum of extensions');
  let version = loan.version;
  for (let i = 1; i <= max; i++) {
    const r = await comptoir.call<{ booking: Booking }>('loans.extend', {
      bookingId: loan.id,
      version,
      newEnd: { date: plusDays(loan.end.date, i), time: loan.end.time },
    });
    version = r.booking.version;
  }

  await new AppShell(page).open(appUrl);
  const loans = new LoansPage(page);
  await loans.goTo();
  const dialog = await loans.open(loan.id);
  await dialog.extendButton.click();
  const extend = dialog.extend;
  await extend.date.fill(plusDays(loan.end.date, max + 1));
  await extend.submit.click();
  await expect(extend.error).toContainText(`déjà été prolongé ${max} fois : le maximum est atteint`);

  // Undoing the last one from the form, then Escape closes only the extension dialog.
  await extend.undoLast.click();
  await expect(extend.undone).toContainText(`retour prévu le ${fr(plusDays(loan.end.date, max - 1))}`);
  await page.keyboard.press('Escape');
  await expect(extend.root).toBeHidden();
  await expect(dialog.root).toBeVisible();
});

test('extend a loan: the longest booking the manager allows refuses it beside the date', async ({
  page,
  appUrl,
  comptoir,
}) => {
  const { loan } = await loanWithUnit(comptoir);
  await comptoir.call(
    'bookings.setRules',
    { maxAdvanceDays: null, maxDurationDays: 10, maxStockSharePercent: null },
    { staff: 'Claire Responsable', pin: '1234' },
  );

  await new AppShell(page).open(appUrl);
  const loans = new LoansPage(page);
  await loans.goTo();
  const dialog = await loans.open(loan.id);
  await dialog.extendButton.click();
  const extend = dialog.extend;
  const tooLong = plusDays(loan.end.date, 20);
  await extend.date.fill(tooLong);
  await page.keyboard.press('Enter');
  await expect(extend.dateError).toHaveText('Une réservation dure 10 jour(s) au plus.');
  await expect(extend.date).toHaveValue(tooLong);
  await expect(extend.done).toBeHidden();
  const unchanged = await comptoir.call<Booking>('bookings.get', { id: loan.id });
  expect(unchanged.end).toEqual(loan.end);
});
