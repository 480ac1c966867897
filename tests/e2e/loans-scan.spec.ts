import { test, expect } from './fixtures';
import { AppShell, type Screen } from './pages/app-shell.page';
import { BookingsPage } from './pages/bookings.page';
import { bookChairsToday } from './loan-setup';

/** A keyboard-wedge reader types the code and presses Enter: the line is found, the form is not sent. */
test('return: a scanned code finds its line and puts the cursor in its quantity; a code not on the loan is named', async ({
  page,
  appUrl,
  comptoir,
}) => {
  const { booking, chairs } = await bookChairsToday(comptoir, 4);
  await comptoir.call('loans.checkout', {
    bookingId: booking.id,
    version: (await comptoir.call<{ version: number }>('bookings.get', { id: booking.id })).version,
    lines: [{ lineId: booking.lines[0]!.id, condition: 'ok' }],
    deposit: { method: { type: 'cash' } },
  });

  await new AppShell(page).open(appUrl, 'bookings' as Screen);
  const back = await new BookingsPage(page).startReturn(booking.id);
  const scan = back.root.getByTestId('return-scan');
  const message = back.root.getByTestId('return-scan-message');

  await scan.fill('CAM-404');
  await scan.press('Enter');
  await expect(message).toHaveText('« CAM-404 » ne fait pas partie de ce prêt.');
  await expect(scan).toHaveValue('');

  await scan.pressSequentially('mob-cha');
  await scan.press('Enter');
  await expect(message).toHaveText(`« ${chairs.name} » trouvée : à vous de compléter sa ligne.`);
  const ok = back.ok(chairs.name);
  await expect(ok).toBeFocused();
  await page.keyboard.type('3');
  await expect(ok).toHaveValue('3');
  // Enter in the scan field never recorded the return.
  expect((await comptoir.call<{ status: string }>('bookings.get', { id: booking.id })).status).toBe(
    'checked_out',
  );
});

test('checkout: a scanned code puts the cursor on its line’s condition; Enter in the scan field hands nothing over', async ({
  page,
  appUrl,
  comptoir,
}) => {
  const { booking, chairs } = await bookChairsToday(comptoir, 2);
  await new AppShell(page).open(appUrl, 'bookings' as Screen);
  const checkout = await new BookingsPage(page).startCheckout(booking.id);
  const scan = checkout.root.getByTestId('checkout-scan');
  const message = checkout.root.getByTestId('checkout-scan-message');

  await scan.fill('VEH-MIN');
  await scan.press('Enter');
  await expect(message).toHaveText('« VEH-MIN » ne fait pas partie de ce prêt.');
  await scan.fill('MOB-CHA');
  await scan.press('Enter');
  await expect(message).toHaveText(`« ${chairs.name} » trouvée : à vous de compléter sa ligne.`);
  const condition = checkout.line('MOB-CHA').getByLabel('État', { exact: true });
  await expect(condition).toBeFocused();
  await page.keyboard.press('ArrowDown'); // « Avec remarques »
  await expect(condition).toHaveValue('remarks');
  expect((await comptoir.call<{ status: string }>('bookings.get', { id: booking.id })).status).toBe(
    'confirmed',
  );
});
