import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell, type Screen } from './pages/app-shell.page';
import { BookingsPage } from './pages/bookings.page';
import { bookChairsToday } from './loan-setup';

interface LinePhoto {
  lineId: number;
  phase: 'checkout' | 'return';
  fileName: string;
}

/** A real 1×1 PNG, as a camera's file would reach the file chooser. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

test('condition photos: chosen during checkout and return, sent once each is recorded, refused files named', async ({
  page,
  appUrl,
  comptoir,
}) => {
  test.setTimeout(90_000);
  const { booking, chairs, borrower } = await bookChairsToday(comptoir, 2);
  const lineId = booking.lines[0]!.id;

  await new AppShell(page).open(appUrl, 'bookings' as Screen);
  const bookings = new BookingsPage(page);
  const checkout = await bookings.startCheckout(booking.id);
  await checkout.acknowledgeSafetyNotes();
  await checkout.fillCheque({ number: '0077001', bank: 'Crédit Mutuel', drawer: borrower.name });
  const picker = checkout.line('MOB-CHA').getByTestId('photos-pending-MOB-CHA');
  await picker.getByTestId('photos-input-MOB-CHA').setInputFiles([
    { name: 'chaises-depart.png', mimeType: 'image/png', buffer: PNG },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('pas une photo') },
    { name: 'doublon.png', mimeType: 'image/png', buffer: PNG },
  ]);
  await expect(picker.getByRole('listitem')).toHaveCount(3);
  // Changed her mind about one: it is not sent.
  await picker.getByRole('button', { name: 'Ne pas envoyer doublon.png' }).click();
  await expect(picker.getByRole('listitem')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="checkout-dialog"]' });
  await page.screenshot({ path: '/tmp/shots/loans-checkout-photos.png' });
  await checkout.submit.click();
  await expect(checkout.root).toBeHidden();
  const toast = new AppShell(page).toast;
  await expect(toast).toContainText('1 photo enregistrée');
  await expect(toast).toContainText('notes.txt');

  let photos = await comptoir.call<LinePhoto[]>('loans.linePhotos', { bookingId: booking.id });
  expect(photos.map((p) => [p.lineId, p.phase, p.fileName])).toEqual([
    [lineId, 'checkout', 'chaises-depart.png'],
  ]);

  const back = await bookings.startReturn(booking.id);
  await back.ok(chairs.name).fill('1');
  await back.damaged(chairs.name).fill('1');
  await back
    .line('MOB-CHA')
    .getByTestId('photos-input-MOB-CHA')
    .setInputFiles([{ name: 'pied-tordu.png', mimeType: 'image/png', buffer: PNG }]);
  const damage = back.root.getByTestId('return-damage-MOB-CHA');
  if (await damage.isVisible()) await damage.fill('Pied tordu');
  await back.submit.click();
  await expect(back.result).toBeVisible();
  await expect(toast).toContainText('1 photo enregistrée');
  photos = await comptoir.call<LinePhoto[]>('loans.linePhotos', { bookingId: booking.id });
  expect(photos.map((p) => [p.phase, p.fileName])).toEqual([
    ['checkout', 'chaises-depart.png'],
    ['return', 'pied-tordu.png'],
  ]);
});
