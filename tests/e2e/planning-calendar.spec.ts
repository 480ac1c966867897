import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { PlanningPage } from './pages/planning.page';
import { bookableBorrowers, createBooking, frPeriod, resourceByCode } from './planning-data';

test.describe('Planning — calendar of one resource', () => {
  test('pick the minibus by keyboard, its June bookings and maintenance, next month, the next 8 weeks', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    // ---- Set-up through the API: two trips and a maintenance for the minibus -----------------
    const minibus = await resourceByCode(comptoir, 'VEH-MIN');
    const [a, b] = await bookableBorrowers(comptoir, 2);
    if (!a || !b) throw new Error('unreachable');
    const june = { start: { date: '2026-06-10', time: '14:00' }, end: { date: '2026-06-12', time: '10:00' } };
    const juneId = await createBooking(comptoir, {
      borrowerId: a.id,
      ...june,
      status: 'confirmed',
      lines: [{ resourceId: minibus.id, quantity: 1 }],
    });
    const july = { start: { date: '2026-07-03', time: '09:00' }, end: { date: '2026-07-03', time: '18:00' } };
    const julyId = await createBooking(comptoir, {
      borrowerId: b.id,
      ...july,
      status: 'option',
      optionExpiresOn: '2026-06-20',
      lines: [{ resourceId: minibus.id, quantity: 1 }],
    });
    await comptoir.call('maintenance.add', {
      resourceId: minibus.id,
      start: { date: '2026-06-22', time: '08:00' },
      end: { date: '2026-06-24', time: '18:00' },
      reason: 'Révision des 60 000 km',
    });

    const planning = new PlanningPage(page);
    const cal = planning.calendar;
    await planning.open(appUrl);

    await test.step('the calendar tab and the resource, from the keyboard', async () => {
      await planning.tabByKeyboard('calendar');
      await expect(cal.hint).toBeVisible();
      await planning.shell.tabTo(cal.picker.input, 3);
      await cal.picker.chooseByKeyboard('minibus', minibus.name);
      await expect(cal.picker.chosen).toContainText(minibus.inventoryCode);
      await expect(cal.picker.chosen).toContainText(minibus.siteName);
      await expect(cal.hint).toBeHidden();
    });

    await test.step('June: the trip over three days, the maintenance, today marked', async () => {
      await expect(cal.monthTitle).toHaveText('juin 2026');
      await expect(cal.month).toHaveAccessibleName(`Calendrier de ${minibus.name}, juin 2026`);
      await expect(cal.month.getByRole('columnheader')).toHaveText([
        'lun.',
        'mar.',
        'mer.',
        'jeu.',
        'ven.',
        'sam.',
        'dim.',
      ]);
      await expect(cal.day(5)).toHaveAttribute('aria-current', 'date');
      const first = cal.day(10).getByRole('button');
      await expect(first).toHaveCount(1);
      await expect(first).toContainText('14:00–…');
      await expect(first).toContainText(a.name);
      await expect(first).toHaveAccessibleName(
        `Ouvrir la réservation n° ${juneId} : ${a.name}, ${frPeriod(june.start, june.end)}, Confirmée`,
      );
      await expect(cal.day(11).getByRole('button')).toContainText('Toute la journée');
      await expect(cal.day(12).getByRole('button')).toContainText('…–10:00');
      await expect(cal.day(13).getByRole('button')).toHaveCount(0);
      for (const d of [22, 23, 24]) await expect(cal.day(d)).toContainText('Maintenance');
      await expect(cal.day(21)).not.toContainText('Maintenance');
      await expect(cal.day(25)).not.toContainText('Maintenance');
      await expect(cal.thisMonth).toBeDisabled();
      await page.screenshot({ path: '/tmp/shots/planning-calendar-month.png', fullPage: true });
      await expectNoSeriousA11yViolations(page, { include: '[data-testid="screen-planning"]' });
    });

    await test.step('next month and back to this month, from the keyboard', async () => {
      await cal.nextMonth.focus();
      await page.keyboard.press('Enter');
      await expect(cal.monthTitle).toHaveText('juillet 2026');
      await expect(cal.day(3).getByRole('button')).toContainText(b.name);
      await expect(cal.day(3).getByRole('button')).toContainText('09:00–18:00');
      await expect(cal.day(3).getByRole('button')).toContainText('Option');
      await expect(cal.day(3).getByRole('button')).toHaveAccessibleName(
        `Ouvrir la réservation n° ${julyId} : ${b.name}, ${frPeriod(july.start, july.end)}, Option`,
      );
      await expect(cal.month.locator('[aria-current="date"]')).toHaveCount(0);
      await page.keyboard.press('Shift+Tab');
      await expect(cal.thisMonth).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(cal.monthTitle).toHaveText('juin 2026');
      await expect(cal.thisMonth).toBeFocused();
      await expect(cal.thisMonth).toBeDisabled();
      await cal.previousMonth.click();
      await expect(cal.monthTitle).toHaveText('mai 2026');
      await expect(cal.month).toHaveAccessibleName(`Calendrier de ${minibus.name}, mai 2026`);
    });

    await test.step('the next 8 weeks as a list: both trips and the maintenance', async () => {
      await cal.listView.press('Enter');
      await expect(cal.listView).toHaveAttribute('aria-pressed', 'true');
      await expect(cal.list).toHaveAccessibleName(`Réservations et maintenances de ${minibus.name}`);
      const rows = cal.list.locator('tbody tr');
      // In the order they happen: the June trip, the maintenance, the July trip.
      await expect(rows).toHaveCount(3);
      await expect(rows.nth(1).getByRole('cell')).toHaveText([
        '22/06/2026 08:00 → 24/06/2026 18:00',
        'Maintenance',
        '',
        '1',
      ]);
      const juneRow = rows.nth(0);
      // The minibus stays held for its buffer after the return (read from its record, not assumed).
      const { bufferMinutes } = await comptoir.call<{ bufferMinutes: number }>('resources.get', {
        id: minibus.id,
      });
      expect(bufferMinutes).toBeGreaterThan(0);
      const freeAt = new Date(Date.UTC(2026, 5, 12, 10, bufferMinutes)).toISOString().slice(11, 16);
      await expect(juneRow.getByRole('cell')).toHaveText([
        `${frPeriod(june.start, june.end)} Occupée jusqu’à 12/06/2026 ${freeAt} (délai de remise en état compris)`,
        a.name,
        /^Confirmée/,
        '1',
      ]);
      const julyRow = rows.nth(2);
      await expect(julyRow).toContainText(frPeriod(july.start, july.end));
      await expect(julyRow).toContainText(b.name);
      await expect(julyRow).toContainText('Option');
      await page.screenshot({ path: '/tmp/shots/planning-calendar-list.png', fullPage: true });
      await expectNoSeriousA11yViolations(page, { include: '[data-testid="screen-planning"]' });

      // A period is a link to its booking.
      await juneRow.getByRole('button', { name: frPeriod(june.start, june.end) }).press('Enter');
      await planning.editor.expectOpen();
      await expect(planning.editor.title).toHaveText(`Réservation n° ${juneId}`);
      await page.keyboard.press('Escape');
      await expect(planning.editor.root).toBeHidden();
    });

    await test.step('“Changer” goes back to the search', async () => {
      await cal.picker.change.press('Enter');
      await expect(cal.picker.input).toBeFocused();
      await expect(cal.hint).toBeVisible();
    });
  });
});
