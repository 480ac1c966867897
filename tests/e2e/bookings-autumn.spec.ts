import { test, expect } from './fixtures';
import { AppShell } from './pages/app-shell.page';
import { BookingsPage } from './pages/bookings.page';

interface Booking {
  startsAt: string;
  endsAt: string;
}

/**
 * 25 October 2026: the clocks go back at 03:00, so 02:30 happens twice in Paris (00:30 and 01:30
 * UTC). The earlier one unless the agent says otherwise (DOMAIN, Time).
 */
test('the night the clocks go back, the agent chooses which 02:30 a booking starts at', async ({
  page,
  appUrl,
  comptoir,
}) => {
  const orgs = await comptoir.call<{ name: string; kind: string; suspended: boolean }[]>(
    'organisations.list',
    {},
  );
  const borrower = orgs.find((o) => o.kind === 'association' && !o.suspended);
  if (!borrower) throw new Error('No association in the demo');
  await new AppShell(page).open(appUrl);
  await page.getByTestId('nav-bookings').click();
  const desk = new BookingsPage(page);

  let saved = 0;
  const book = async (later: boolean) => {
    const editor = await desk.openNew();
    await editor.chooseBorrower(borrower.name);
    await editor.fillPeriod({
      startDate: '2026-10-25',
      startTime: '02:30',
      endDate: '2026-10-25',
      endTime: '05:00',
    });
    const second = editor.root.getByTestId('booking-startLater');
    await expect(second).toBeVisible();
    await expect(editor.root.getByTestId('booking-endLater')).toHaveCount(0); // 05:00 happens once
    if (later) await second.check();
    await editor.scanCode('MOB-CHA');
    await editor.save.click();
    // The night's bookings grow by one once saved (a previous toast may still be showing).
    const night = () =>
      comptoir.call<{ id: number }[]>('bookings.list', { from: '2026-10-25', to: '2026-10-25' });
    await expect.poll(async () => (await night()).length).toBe(saved + 1);
    saved += 1;
    const id = Math.max(...(await night()).map((b) => b.id));
    if (await editor.root.isVisible()) await editor.close.click();
    await expect(editor.root).toBeHidden();
    return comptoir.call<Booking>('bookings.get', { id });
  };

  expect((await book(false)).startsAt).toBe('2026-10-25T00:30:00.000Z'); // summer time, UTC+2
  expect((await book(true)).startsAt).toBe('2026-10-25T01:30:00.000Z'); // winter time, UTC+1
});
