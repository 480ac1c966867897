import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell } from './pages/app-shell.page';
import { BookingsPage } from './pages/bookings.page';

/**
 * "Prêt immédiat": a borrower at the desk on Friday 5 June 2026, 10:00, takes a gazebo and chairs
 * now. One call records the confirmed booking and its checkout (agreement number, deposit held).
 */

interface Booking {
  id: number;
  status: string;
  walkIn: boolean;
  agreementNumber: string | null;
  start: { date: string; time: string };
  end: { date: string; time: string };
  lines: { inventoryCode: string; quantity: number }[];
}

const CHEQUE = { number: '5521907', bank: 'Banque Populaire Occitane', drawer: 'Jean Fabre' };

test.describe('Walk-in loan', () => {
  test('booking fields and handover facts in one go: starts now, end proposed, safety notes, cheque', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    await new AppShell(page).open(appUrl);
    await page.getByTestId('nav-bookings').click();
    const walkIn = await new BookingsPage(page).openWalkIn();
    await expect(walkIn.editor.startDate).toHaveValue('2026-06-05');
    await expect(walkIn.editor.startTime).toHaveValue('10:00');
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="walkin-dialog"]' });

    await walkIn.editor.chooseBorrower('Foyer rural de Nailloux');
    await walkIn.editor.purpose.fill('Vide-grenier');
    await walkIn.editor.scanCode('BAR-3X3-1');
    await walkIn.editor.scanCode('MOB-CHA');
    await walkIn.editor.quantity('Chaise pliante').fill('10');
    // Two days' loan ends on Sunday 7: closed, and so is Monday; Tuesday 9 is proposed.
    await expect(walkIn.editor.endDate).toHaveValue('2026-06-09');
    await expect(walkIn.editor.endTime).toHaveValue('18:00');
    await expect(walkIn.editor.availability('MOB-CHA')).toHaveAttribute('data-available', 'true');

    // The checkout's own rows, one per line, and the deposit expected (100 € + 10 × 2 €).
    await expect(walkIn.line('BAR-3X3-1')).toBeVisible();
    await expect(walkIn.line('MOB-CHA')).toContainText('× 10');
    await expect(walkIn.depositAmount).toHaveValue('120,00');

    // Safety notes must be passed on first.
    await walkIn.submit.click();
    await expect(walkIn.root).toContainText('Cochez après avoir transmis les consignes.');
    await walkIn.notesRead.check();
    await walkIn.fillCheque(CHEQUE);
    await page.screenshot({ path: '/tmp/shots/bookings-walkin.png' });
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="walkin-dialog"]' });
    await walkIn.submit.click();

    const done = page
      .getByTestId('toast')
      .getByText(/Prêt immédiat enregistré : réservation n° \d+, convention 2026-\d{4}\./);
    await expect(done).toBeVisible();
    await expect(walkIn.root).toBeHidden();
    const id = Number(/n° (\d+)/.exec(await done.innerText())?.[1]);
    const b = await comptoir.call<Booking>('bookings.get', { id });
    expect(b.status).toBe('checked_out');
    expect(b.walkIn).toBe(true);
    expect(b.start).toEqual({ date: '2026-06-05', time: '10:00' });
    expect(b.end).toEqual({ date: '2026-06-09', time: '18:00' });
    expect(b.lines.map((l) => `${l.inventoryCode}×${l.quantity}`).sort()).toEqual([
      'BAR-3X3-1×1',
      'MOB-CHA×10',
    ]);
    const deposit = await comptoir.call<{ state: string; amountCents: number }>('deposits.get', {
      bookingId: id,
    });
    expect(deposit.state).toBe('held');
    expect(deposit.amountCents).toBe(120_00);
  });

  test('an expired insurance refuses the walk-in (guard 2), nothing lost; a manager overrides with reason and PIN', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    await new AppShell(page).open(appUrl);
    await page.getByTestId('nav-bookings').click();
    const walkIn = await new BookingsPage(page).openWalkIn();
    await walkIn.editor.chooseBorrower('Comité des fêtes de Fronton');
    await walkIn.editor.scanCode('MOB-CHA');
    await walkIn.editor.quantity('Chaise pliante').fill('20');
    await expect(walkIn.editor.endDate).toHaveValue('2026-06-09');
    await walkIn.fillCheque(CHEQUE);
    await walkIn.submit.click();

    await expect(walkIn.error).toContainText('Sortie refusée :');
    await expect(walkIn.root.getByTestId('walkin-failure-2')).toContainText('Garantie 2');
    await expect(walkIn.editor.quantity('Chaise pliante')).toHaveValue('20');
    const before = await comptoir.call<{ id: number }[]>('bookings.list', {
      from: '2026-06-05',
      to: '2026-06-09',
    });

    await walkIn.overrideButton.click();
    await expect(walkIn.override.root).toContainText('Garantie 2');
    await walkIn.override.reason.fill('Attestation 2026 vue sur papier, scan à venir');
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="walkin-override-dialog"]' });
    await walkIn.override.submit.click();
    await walkIn.override.pin.enter('1234');

    const done = page.getByTestId('toast').getByText(/Prêt immédiat enregistré/);
    await expect(done).toBeVisible();
    const id = Number(/n° (\d+)/.exec(await done.innerText())?.[1]);
    const b = await comptoir.call<Booking>('bookings.get', { id });
    expect(b.status).toBe('checked_out');
    const after = await comptoir.call<{ id: number }[]>('bookings.list', {
      from: '2026-06-05',
      to: '2026-06-09',
    });
    expect(after.length).toBe(before.length + 1);
  });
});
