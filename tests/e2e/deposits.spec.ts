import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell, type Screen } from './pages/app-shell.page';
import { DepositsPage } from './pages/deposits.page';
import { bookChairsToday } from './loan-setup';

interface DepositRow {
  bookingId: number;
  heldCents: number;
  borrowerName: string;
}
interface HeldAt {
  date: string;
  totalCents: number;
  rows: { bookingId: number; heldCents: number }[];
}
interface Detail {
  ledger: { kind: string; balanceCents: number }[];
}

const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
/** Intl puts narrow no-break spaces in French amounts; the page's text has them too. */
const spaced = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

test.describe('Deposits: ledger of one deposit, deposits held at a date', () => {
  test('a held deposit opens its ledger, each movement with the balance after it', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const held = await comptoir.call<DepositRow[]>('deposits.list', { state: 'held' });
    expect(held.length).toBeGreaterThan(0);
    const one = held[0]!;
    const detail = await comptoir.call<Detail>('deposits.get', { bookingId: one.bookingId });

    await new AppShell(page).open(appUrl, 'deposits' as Screen);
    const deposits = new DepositsPage(page);
    await deposits.depositRow(one.bookingId).focus();
    await page.keyboard.press('Enter');
    await expect(deposits.ledgerDialog).toBeVisible();
    await expect(deposits.ledgerDialog.getByTestId('deposit-facts')).toContainText(one.borrowerName);
    await expect(deposits.ledger.rows).toHaveCount(detail.ledger.length);
    await expect(deposits.ledger.rows.first()).toContainText('Reçue');
    const last = detail.ledger[detail.ledger.length - 1]!;
    expect(last.balanceCents).toBe(one.heldCents);
    expect(spaced(await deposits.ledgerDialog.getByTestId('deposit-held').innerText())).toBe(
      spaced(euros(one.heldCents)),
    );
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="deposit-ledger"]' });
    await page.screenshot({ path: '/tmp/shots/deposits-ledger.png' });
    await page.keyboard.press('Escape');
    await expect(deposits.ledgerDialog).toBeHidden();
  });

  test('deposits held at a past date come from the ledger: count and total as the server says', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const date = '2025-12-31';
    const atYearEnd = await comptoir.call<HeldAt>('deposits.heldAt', { date });
    const today = await comptoir.call<HeldAt>('deposits.heldAt', { date: '2026-06-05' });
    // The demo's 18 months of history must make the two dates differ, or this test proves nothing.
    expect(atYearEnd.rows.length).toBeGreaterThan(0);
    expect(atYearEnd.totalCents).not.toBe(today.totalCents);

    await new AppShell(page).open(appUrl, 'deposits' as Screen);
    const deposits = new DepositsPage(page);
    await deposits.showView('heldAt');
    await expect(deposits.heldAtTotal).toContainText(String(today.rows.length));
    await deposits.heldAtDate.fill(date);
    await expect(deposits.heldAtTotal).toContainText('31 décembre 2025');
    expect(spaced(await deposits.heldAtTotal.innerText())).toContain(spaced(euros(atYearEnd.totalCents)));
    await expect(deposits.heldAt.count).toContainText(String(atYearEnd.rows.length));
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: '/tmp/shots/deposits-held-at.png' });

    // A row opens that deposit's ledger.
    await deposits.heldAt.rows.first().click();
    await expect(deposits.ledgerDialog).toBeVisible();
  });

  test('a cheque taken at booking is handed back from its ledger, after which the booking can be cancelled', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const { booking, borrower } = await bookChairsToday(comptoir, 5);
    await comptoir.call('deposits.collect', {
      bookingId: booking.id,
      method: { type: 'cheque', number: '0099003', bank: 'CIC', drawer: borrower.name, date: '2026-06-05' },
    });
    const cancel = async () => {
      const b = await comptoir.call<{ version: number }>('bookings.get', { id: booking.id });
      return comptoir.call('bookings.cancel', { id: booking.id, version: b.version, reason: 'Fête annulée' });
    };
    // Held, the cheque keeps the booking from being cancelled.
    await expect(cancel()).rejects.toThrow(/INVALID_STATE/);

    await new AppShell(page).open(appUrl, 'deposits' as Screen);
    const deposits = new DepositsPage(page);
    await deposits.depositRow(booking.id).click();
    await expect(deposits.ledgerDialog).toBeVisible();
    await deposits.ledgerDialog.getByTestId('deposit-hand-back').click();
    const confirm = page.getByTestId('deposit-hand-back-dialog');
    await expect(confirm).toContainText(borrower.name);
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="deposit-hand-back-dialog"]' });
    await confirm.getByTestId('deposit-hand-back-dialog-submit').click();
    await expect(confirm).toBeHidden();
    await expect(deposits.ledger.rows.last()).toContainText('Rendue');
    await expect(deposits.ledgerDialog.getByTestId('deposit-hand-back')).toHaveCount(0);

    expect(await comptoir.call<{ state: string }>('deposits.get', { bookingId: booking.id })).toMatchObject({
      state: 'returned',
    });
    await cancel();
    expect(await comptoir.call<{ status: string }>('bookings.get', { id: booking.id })).toMatchObject({
      status: 'cancelled',
    });
  });
});
