import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell, type Screen } from './pages/app-shell.page';
import { BookingsPage } from './pages/bookings.page';
import { bookChairsToday } from './loan-setup';

interface Booking {
  id: number;
  status: string;
  checkedOutAt: string | null;
  returnedAt: string | null;
}

/**
 * A busy Friday morning: the chairs went out at 9:00 and came back at 9:40, and nobody recorded
 * either. At 10:00 the agent records both at their real time, with a reason.
 */
test('a forgotten checkout and return are recorded at their real time, with a reason; a future time is refused', async ({
  page,
  appUrl,
  comptoir,
}) => {
  test.setTimeout(90_000);
  const { booking, borrower } = await bookChairsToday(comptoir, 3);

  await new AppShell(page).open(appUrl, 'bookings' as Screen);
  const bookings = new BookingsPage(page);
  const checkout = await bookings.startCheckout(booking.id);
  await checkout.acknowledgeSafetyNotes();
  await checkout.fillCheque({ number: '0088002', bank: 'Banque Populaire', drawer: borrower.name });
  const when = checkout.root.getByTestId('checkout-backdate');
  await when.getByRole('checkbox', { name: 'Cela s’est passé plus tôt (oublié sur le moment)' }).check();
  // Nothing typed yet: the two missing fields are named, nothing is sent.
  await checkout.submit.click();
  await expect(when.getByText('À remplir pour une saisie après coup.')).toHaveCount(2);
  await when.getByLabel(/^Heure réelle/).fill('11:30');
  await when.getByLabel(/^Pourquoi enregistré après coup/).fill('Affluence : sortie non saisie');
  await checkout.submit.click();
  // The refusal stands beside the date, where the agent is looking.
  await expect(when.getByText("L'heure réelle ne peut pas être dans le futur.")).toBeVisible();
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="checkout-dialog"]' });
  await page.screenshot({ path: '/tmp/shots/loans-backdate-checkout.png' });
  await when.getByLabel(/^Heure réelle/).fill('09:00');
  await checkout.submit.click();
  await expect(checkout.root).toBeHidden();

  let after = await comptoir.call<Booking>('bookings.get', { id: booking.id });
  expect(after.status).toBe('checked_out');
  expect(after.checkedOutAt).toBe('2026-06-05T07:00:00.000Z'); // 9:00 in Paris (CEST)

  const back = await bookings.startReturn(booking.id);
  const backWhen = back.root.getByTestId('return-backdate');
  await backWhen.getByRole('checkbox', { name: 'Cela s’est passé plus tôt (oublié sur le moment)' }).check();
  await backWhen.getByLabel(/^Heure réelle/).fill('09:40');
  await backWhen.getByLabel(/^Pourquoi enregistré après coup/).fill('Retour déposé pendant la réunion');
  await back.submit.click();
  await expect(back.result).toBeVisible();
  after = await comptoir.call<Booking>('bookings.get', { id: booking.id });
  expect(after.status).toBe('returned');
  expect(after.returnedAt).toBe('2026-06-05T07:40:00.000Z');
});
