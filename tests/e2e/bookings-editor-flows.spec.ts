import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell } from './pages/app-shell.page';
import { BookingsPage } from './pages/bookings.page';

/**
 * The booking editor and the opening calendar (demo: open Tuesday to Saturday 09:00–12:00 and
 * 14:00–18:00; closed Sunday and Monday; French public holidays): warnings after saving, a room on
 * a closed day refused then overridden by a manager (PIN + reason), the end proposed from the
 * start and the resources.
 */

const BORROWER = 'Foyer rural de Nailloux';

interface BookingRow {
  id: number;
  start: { date: string; time: string };
  end: { date: string; time: string };
  lineSummary: string;
}

test.describe('Booking editor and the opening calendar', () => {
  test('an evening room booking is saved and its pickup and return outside opening hours are shown', async ({
    page,
    appUrl,
  }) => {
    await new AppShell(page).open(appUrl);
    await page.getByTestId('nav-bookings').click();
    const desk = new BookingsPage(page);
    const editor = await desk.openNew();
    await editor.chooseBorrower(BORROWER);
    await editor.fillPeriod({
      startDate: '2026-06-13',
      startTime: '19h',
      endDate: '2026-06-13',
      endTime: '23h',
    });
    await editor.scanCode('SAL-COM');
    await editor.save.click();

    // Saved (the toast), and the dialog stays on the booking to show what to pass on.
    const created = page.getByTestId('toast').getByText(/Réservation n° \d+ enregistrée\./);
    await expect(created).toBeVisible();
    const id = Number(/n° (\d+)/.exec(await created.innerText())?.[1]);
    await expect(editor.title).toHaveText(`Réservation n° ${id}`);
    await expect(editor.status).toContainText('Confirmée');
    await expect(editor.warnings).toContainText('Enregistrée, avec ces remarques à transmettre :');
    await expect(editor.warnings.getByRole('listitem')).toHaveText([
      'Retrait le 13/06/2026 à 19:00, en dehors des heures d’ouverture : prévoyez la remise des clés pendant les heures d’ouverture.',
      'Retour le 13/06/2026 à 23:00, en dehors des heures d’ouverture : prévoyez le retour des clés pendant les heures d’ouverture.',
    ]);
    await page.screenshot({ path: '/tmp/shots/bookings-warnings.png' });
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="booking-dialog"]' });

    // An edit that keeps the evening return warns again; one inside the hours clears it.
    await editor.endTime.fill('22:30');
    await editor.save.click();
    await expect(page.getByTestId('toast').getByText('Modifications enregistrées.')).toBeVisible();
    await expect(editor.warnings.getByRole('listitem')).toHaveCount(2);
    await expect(editor.warnings).toContainText('Retour le 13/06/2026 à 22:30');
    await editor.startTime.fill('15:00');
    await editor.endTime.fill('17:30');
    await editor.save.click();
    await expect(editor.warnings).toBeHidden();
    await editor.close.click();
    await expect(editor.root).toBeHidden();

    // In English, the same facts in English.
    await new AppShell(page).switchLanguage('en');
    await page.getByRole('button', { name: 'New booking', exact: true }).click();
    await editor.expectOpen();
    await editor.root.getByRole('searchbox', { name: /^Borrower/ }).fill(BORROWER);
    await editor.root
      .getByTestId('booking-borrower-suggestions')
      .getByRole('button', { name: new RegExp(`^${BORROWER}`) })
      .click();
    const en = (label: string) => editor.root.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}`));
    await en('Start (date)').fill('2026-06-20');
    await en('Start time').fill('19:00');
    await en('End (date)').fill('2026-06-20');
    await en('End time').fill('23:00');
    await editor.root.getByRole('textbox', { name: 'Scan a code', exact: true }).fill('SAL-COM');
    await editor.root.getByRole('textbox', { name: 'Scan a code', exact: true }).press('Enter');
    await editor.root.getByRole('button', { name: 'Save the booking', exact: true }).click();
    await expect(editor.warnings).toContainText('Saved, with these points to pass on:');
    await expect(editor.warnings).toContainText('Pickup');
    await expect(editor.warnings).toContainText('19:00');
  });

  test('a room on a Sunday is refused naming the day, then booked with a manager’s override (reason, PIN)', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    await new AppShell(page).open(appUrl);
    await page.getByTestId('nav-bookings').click();
    const desk = new BookingsPage(page);
    const editor = await desk.openNew();
    await editor.chooseBorrower(BORROWER);
    await editor.fillPeriod({
      startDate: '2026-06-14',
      startTime: '10:00',
      endDate: '2026-06-14',
      endTime: '17:00',
    });
    await editor.purpose.fill('Assemblée générale');
    await editor.scanCode('SAL-COM');
    await editor.save.click();

    await expect(editor.closedDay).toContainText(
      '« Salle de réunion du Comminges » ne peut pas être réservée un jour où le centre est fermé : le 14/06/2026 (fermé le dimanche).',
    );
    await expect(editor.root).toBeVisible();
    await expect(editor.purpose).toHaveValue('Assemblée générale');
    await page.screenshot({ path: '/tmp/shots/bookings-closed-day-refused.png' });

    await editor.overrideButton.click();
    const override = editor.override;
    await expect(override.root).toBeVisible();
    await expect(override.root).toContainText('le 14/06/2026 (fermé le dimanche)');
    await expect(override.reason).toBeFocused();
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="booking-override-dialog"]' });

    // No reason: said beside the field, nothing sent.
    await override.submit.click();
    await expect(override.root).toContainText('Écrivez le motif de la dérogation.');
    await expect(override.pin.root).toBeHidden();

    // A wrong PIN is asked again; giving up keeps the reason and says nothing was saved.
    await override.reason.fill('Assemblée générale annuelle, clés remises le samedi');
    await override.reason.press('Enter');
    await expect(override.pin.root).toBeVisible();
    await page.screenshot({ path: '/tmp/shots/bookings-closed-day-pin.png' });
    await override.pin.enter('0000');
    await expect(override.pin.message).toContainText(/PIN/);
    await override.pin.cancel.click();
    await expect(override.error).toHaveText(
      'Code PIN absent ou refusé : rien n’a été enregistré. Votre motif est conservé.',
    );
    await expect(override.reason).toHaveValue('Assemblée générale annuelle, clés remises le samedi');
    const none = await comptoir.call<BookingRow[]>('bookings.list', { from: '2026-06-14', to: '2026-06-14' });
    expect(none.filter((b) => b.lineSummary.includes('Comminges'))).toHaveLength(0);
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="booking-override-dialog"]' });

    await override.submit.click();
    await override.pin.enter('1234');
    await expect(override.root).toBeHidden();
    const created = page.getByTestId('toast').getByText(/Réservation n° \d+ enregistrée\./);
    await expect(created).toBeVisible();
    const id = Number(/n° (\d+)/.exec(await created.innerText())?.[1]);
    // Pickup and return on a closed day are told too.
    await expect(editor.title).toHaveText(`Réservation n° ${id}`);
    await expect(editor.warnings).toContainText('Retrait le 14/06/2026 (fermé le dimanche)');
    await expect(editor.closedDay).toBeHidden();
    await page.screenshot({ path: '/tmp/shots/bookings-closed-day-saved.png' });

    const saved = await comptoir.call<{ purpose: string; start: { date: string } }>('bookings.get', { id });
    expect(saved.purpose).toBe('Assemblée générale');
    expect(saved.start.date).toBe('2026-06-14');
  });

  test('a booking moved onto a Monday, then a room added to it: each refused, each saved with the override', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const borrower = (await comptoir.call<{ id: number; name: string }[]>('organisations.list', {})).find(
      (o) => o.name === BORROWER,
    );
    const rooms = await comptoir.call<{ id: number; inventoryCode: string }[]>('resources.list', {});
    const room = rooms.find((r) => r.inventoryCode === 'SAL-GAR');
    const booking = await comptoir.call<{ id: number }>('bookings.create', {
      borrowerId: borrower?.id,
      start: { date: '2026-06-20', time: '09:00' },
      end: { date: '2026-06-20', time: '12:00' },
      status: 'confirmed',
      lines: [{ resourceId: room?.id, quantity: 1 }],
    });

    await new AppShell(page).open(appUrl);
    await page.getByTestId('nav-bookings').click();
    const desk = new BookingsPage(page);
    const editor = await desk.open(booking.id);
    await editor.startDate.fill('2026-06-22');
    await editor.endDate.fill('2026-06-22');
    await editor.save.click();
    await expect(editor.closedDay).toContainText('le 22/06/2026 (fermé le lundi)');
    await editor.overrideButton.click();
    await editor.override.reason.fill('Formation des bénévoles');
    await editor.override.submit.click();
    await editor.override.pin.enter('1234');
    await expect(editor.override.root).toBeHidden();
    await expect(page.getByTestId('toast').getByText('Modifications enregistrées.')).toBeVisible();
    const moved = await comptoir.call<{ start: { date: string } }>('bookings.get', { id: booking.id });
    expect(moved.start.date).toBe('2026-06-22');

    // A second room joins that Monday: the added line is refused on its own, then overridden.
    await editor.scanCode('SAL-COM');
    await editor.save.click();
    await expect(editor.closedDay).toContainText('« Salle de réunion du Comminges »');
    await expect(editor.closedDay).toContainText('le 22/06/2026 (fermé le lundi)');
    await editor.overrideButton.click();
    await editor.override.reason.fill('Formation des bénévoles, deux groupes');
    await editor.override.submit.click();
    await editor.override.pin.enter('1234');
    await expect(editor.override.root).toBeHidden();
    await expect(editor.closedDay).toBeHidden();
    const both = await comptoir.call<{ lines: { inventoryCode: string }[] }>('bookings.get', {
      id: booking.id,
    });
    expect(both.lines.map((l) => l.inventoryCode).sort()).toEqual(['SAL-COM', 'SAL-GAR']);
  });

  test('the end is proposed from the start and the resources, moved past a public holiday, and stays the agent’s once typed', async ({
    page,
    appUrl,
  }) => {
    await new AppShell(page).open(appUrl);
    await page.getByTestId('nav-bookings').click();
    const editor = await new BookingsPage(page).openNew();
    await editor.chooseBorrower(BORROWER);
    await expect(editor.endDate).toHaveValue('');
    await editor.startDate.fill('2026-06-11');
    await editor.startTime.fill('10:00');
    // No resource yet: nothing to propose.
    await expect(editor.endDate).toHaveValue('');

    await editor.scanCode('MOB-CHA');
    await expect(editor.endDate).toHaveValue('2026-06-13');
    await expect(editor.endTime).toHaveValue('18:00');
    await expect(editor.endProposed).toHaveText(
      'Fin proposée : 2 jours de prêt (durée habituelle). Vous pouvez la modifier.',
    );

    // A start moved: the proposed end follows, past Tuesday 14 July (Fête nationale).
    await editor.startDate.fill('2026-07-12');
    await expect(editor.endDate).toHaveValue('2026-07-15');
    await expect(editor.endProposed).toContainText(
      'le centre est fermé le mardi 14 juillet 2026 (jour férié : Fête nationale), le retour est donc proposé le mercredi 15 juillet 2026 à 18:00.',
    );
    await page.screenshot({ path: '/tmp/shots/bookings-proposed-end.png' });
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="booking-dialog"]' });

    // The agent's own end is kept when the start moves again.
    await editor.endDate.fill('2026-07-16');
    await expect(editor.endProposed).toBeHidden();
    await editor.startDate.fill('2026-07-11');
    await page.waitForTimeout(600);
    await expect(editor.endDate).toHaveValue('2026-07-16');
  });
});
