import type { Page } from '@playwright/test';
import { test, expect, type Comptoir } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell } from './pages/app-shell.page';
import { BookingsPage, type RecurringDialog } from './pages/bookings.page';

/**
 * A recurring room booking from the bookings screen: every Tuesday 18:00–20:00 from 16 June to
 * 21 July 2026 in the Comminges meeting room. 30 June is already taken by another association
 * (set up through the API), 14 July is a public holiday (the centre is closed).
 */

const BORROWER = 'Foyer rural de Nailloux';
const OTHER = 'Amicale laïque de Plaisance';
const TUESDAYS = ['2026-06-16', '2026-06-23', '2026-06-30', '2026-07-07', '2026-07-14', '2026-07-21'];

interface Row {
  id: number;
  recurrenceId: number | null;
  start: { date: string; time: string };
  borrowerName: string;
}

async function takeJune30(comptoir: Comptoir): Promise<number> {
  const orgs = await comptoir.call<{ id: number; name: string }[]>('organisations.list', {});
  const resources = await comptoir.call<{ id: number; inventoryCode: string }[]>('resources.list', {});
  const b = await comptoir.call<{ id: number }>('bookings.create', {
    borrowerId: orgs.find((o) => o.name === OTHER)?.id,
    start: { date: '2026-06-30', time: '17:00' },
    end: { date: '2026-06-30', time: '21:00' },
    status: 'confirmed',
    lines: [{ resourceId: resources.find((r) => r.inventoryCode === 'SAL-COM')?.id, quantity: 1 }],
  });
  return b.id;
}

async function fillAndCheck(page: Page, appUrl: string): Promise<RecurringDialog> {
  await new AppShell(page).open(appUrl);
  await page.getByTestId('nav-bookings').click();
  const dialog = await new BookingsPage(page).openRecurring();
  await dialog.editor.chooseBorrower(BORROWER);
  await dialog.firstDate.fill('2026-06-16');
  await expect(dialog.root).toContainText('Le même jour chaque fois : mardi.');
  await dialog.startTime.fill('18h');
  await dialog.endTime.fill('20h');
  await dialog.untilDate.fill('2026-07-21');
  await dialog.editor.purpose.fill('Répétition de la chorale');
  await dialog.editor.scanCode('SAL-COM');
  await dialog.verify.click();
  await expect(dialog.preview).toBeVisible();
  return dialog;
}

async function recurring(comptoir: Comptoir): Promise<Row[]> {
  const rows = await comptoir.call<Row[]>('bookings.list', { from: '2026-06-16', to: '2026-07-21' });
  return rows.filter((r) => r.recurrenceId !== null && r.borrowerName === BORROWER);
}

test.describe('Recurring booking', () => {
  test('every occurrence is checked and listed with its verdict, then the free ones are created', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const taken = await takeJune30(comptoir);
    await new AppShell(page).open(appUrl);
    await page.getByTestId('nav-bookings').click();
    const dialog = await new BookingsPage(page).openRecurring();
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="recurring-dialog"]' });

    // Nothing typed: each missing field says so, nothing is checked.
    await dialog.verify.click();
    await expect(dialog.root).toContainText('Choisissez l’emprunteur.');
    await expect(dialog.root).toContainText('Jusqu’à quand ? La date est nécessaire.');
    await expect(dialog.root).toContainText('Ajoutez au moins une ressource.');
    await expect(dialog.preview).toBeHidden();

    const filled = await fillAndCheck(page, appUrl);
    await expect(filled.preview.getByRole('heading')).toHaveText('6 occurrences, 4 libres');
    await expect(filled.occurrences.locator('tbody tr')).toHaveCount(6);
    for (const d of ['2026-06-16', '2026-06-23', '2026-07-07', '2026-07-21'])
      await expect(filled.occurrence(d)).toContainText('Libre');
    await expect(filled.occurrence('2026-06-30')).toContainText('Conflit');
    await expect(filled.occurrence('2026-06-30')).toContainText('déjà réservée');
    await expect(filled.occurrence('2026-06-30')).toContainText(
      `n° ${taken} — ${OTHER}, 30/06/2026 17:00 → 21:00`,
    );
    await expect(filled.occurrence('2026-07-14')).toContainText('Jour de fermeture');
    await expect(filled.occurrence('2026-07-14')).toContainText(
      'le 14/07/2026 (jour férié : Fête nationale)',
    );
    await expect(filled.occurrence('2026-06-16')).toContainText('mardi 16 juin 2026');
    await expect(filled.occurrence('2026-06-16')).toContainText('16/06/2026 18:00 → 20:00');
    await filled.occurrence('2026-07-21').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/bookings-recurring-preview.png' });
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="recurring-dialog"]' });

    // A change makes the list stale: it must be checked again.
    await filled.editor.purpose.fill('Répétition de la chorale (tutti)');
    await expect(filled.preview).toBeHidden();
    await filled.verify.click();
    await expect(filled.create).toHaveText('Créer les 4 réservations libres');
    await filled.create.click();

    await expect(filled.result).toContainText(/4 réservations créées : n° \d+, n° \d+, n° \d+, n° \d+\./);
    await expect(filled.result).toContainText('Écartées (2) : 30/06/2026, 14/07/2026.');
    await page.screenshot({ path: '/tmp/shots/bookings-recurring-result.png' });
    const created = await recurring(comptoir);
    expect(created.map((r) => r.start.date).sort()).toEqual([
      '2026-06-16',
      '2026-06-23',
      '2026-07-07',
      '2026-07-21',
    ]);
    expect(new Set(created.map((r) => r.recurrenceId)).size).toBe(1);
  });

  test('a manager includes the closed day with a reason and the PIN; the conflict stays out', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    await takeJune30(comptoir);
    const dialog = await fillAndCheck(page, appUrl);
    await dialog.includeClosed.check();
    await expect(dialog.create).toHaveText('Créer 5 réservations avec dérogation…');
    await dialog.create.click();

    const override = dialog.override;
    await expect(override.root).toContainText('le 14/07/2026 (jour férié : Fête nationale)');
    await override.submit.click();
    await expect(override.root).toContainText('Écrivez le motif de la dérogation.');
    await override.reason.fill('Concert du 14 juillet, clés remises la veille');
    await expectNoSeriousA11yViolations(page, { include: '[data-testid="recurring-override-dialog"]' });
    await override.submit.click();
    await override.pin.enter('1234');
    await expect(override.root).toBeHidden();

    await expect(dialog.result).toContainText(/5 réservations créées/);
    await expect(dialog.result).toContainText('Écartée : 30/06/2026.');
    const created = await recurring(comptoir);
    expect(created.map((r) => r.start.date).sort()).toEqual(TUESDAYS.filter((d) => d !== '2026-06-30'));
  });
});
