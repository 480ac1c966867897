import { test, expect, type Comptoir } from './fixtures';
import { AppShell } from './pages/app-shell.page';
import { CataloguePage } from './pages/catalogue.page';
import { BorrowersPage } from './pages/borrowers.page';

/** A resource whose deposit is 1 500 €, added through the API (the form is tested elsewhere). */
async function addStageWithDeposit(comptoir: Comptoir): Promise<string> {
  const owners = await comptoir.call<{ id: number; isCentre: boolean }[]>('organisations.list', {
    includeCentre: true,
  });
  const sites = await comptoir.call<{ id: number }[]>('sites.list', {});
  const centre = owners.find((o) => o.isCentre);
  if (!centre || !sites[0]) throw new Error('the demo centre has no centre or no site');
  await comptoir.call('resources.create', {
    kind: 'equipment',
    name: 'Scène mobile 6 × 4 m',
    inventoryCode: 'SCN-MOB',
    ownerId: centre.id,
    siteId: sites[0].id,
    depositCents: 150_000,
  });
  return 'SCN-MOB';
}

test.describe('Language', () => {
  test('switching FR → EN changes navigation and headers; back to FR restores them', async ({
    page,
    appUrl,
  }) => {
    const shell = new AppShell(page);
    await shell.open(appUrl, 'catalogue');
    const catalogue = new CataloguePage(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(shell.languageButton('fr')).toHaveAttribute('aria-pressed', 'true');
    await expect(shell.navLink('Emprunteurs')).toBeVisible();
    await expect(catalogue.table.header('Code inventaire')).toBeVisible();
    await expect(catalogue.table.count).toHaveText('58 lignes');

    await shell.switchLanguage('en');
    await expect(shell.navLink('Borrowers')).toBeVisible();
    await expect(shell.navLink('Emprunteurs')).toHaveCount(0);
    await expect(catalogue.table.header('Inventory code')).toBeVisible();
    await expect(catalogue.table.header('Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(catalogue.newButton).toHaveText('New resource');
    await expect(catalogue.table.count).toHaveText('58 rows');
    await expect(shell.staffProfile).toBeVisible(); // its label follows: 'Desk profile'

    await shell.goTo('borrowers');
    const borrowers = new BorrowersPage(page);
    await expect(borrowers.heading).toHaveText('Borrowers');
    await expect(borrowers.table.header('Liability insurance')).toBeVisible();

    await shell.switchLanguage('fr');
    await expect(borrowers.heading).toHaveText('Emprunteurs');
    await expect(borrowers.table.header('Assurance RC')).toBeVisible();
    await expect(shell.navLink('Emprunteurs')).toHaveAttribute('aria-current', 'page');
  });

  test('the chosen language is kept after a reload', async ({ page, appUrl }) => {
    const shell = new AppShell(page);
    await shell.open(appUrl, 'borrowers');
    await shell.switchLanguage('en');
    await page.reload();
    await shell.waitReady();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(new BorrowersPage(page).heading).toHaveText('Borrowers');
  });

  test('amounts typed back into a record follow the language (1500,00 / 1500.00)', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const code = await addStageWithDeposit(comptoir);
    const shell = new AppShell(page);
    await shell.open(appUrl, 'catalogue');
    const catalogue = new CataloguePage(page);

    await shell.switchLanguage('en');
    await catalogue.searchFor(code);
    const dialog = await catalogue.open(code);
    await expect(dialog.root.getByRole('textbox', { name: 'Deposit per unit', exact: true })).toHaveValue(
      '1500.00',
    );
    await dialog.closeWithEscape();

    await shell.switchLanguage('fr');
    await catalogue.open(code);
    await expect(dialog.deposit).toHaveValue('1500,00');
  });

  test('money is shown as €1,500.00 in English and 1 500,00 € in French', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const code = await addStageWithDeposit(comptoir);
    const shell = new AppShell(page);
    await shell.open(appUrl, 'catalogue');
    const catalogue = new CataloguePage(page);
    // fr-FR groups thousands with a narrow no-break space (U+202F) and puts a no-break space before €.
    const french = '1\u202f500,00\u00a0€';
    const english = '€1,500.00';

    await shell.switchLanguage('en');
    await catalogue.searchFor(code);
    await catalogue.open(code);
    await expect(page.getByText(english).first()).toBeVisible();
    await catalogue.dialog.closeWithEscape();

    await shell.switchLanguage('fr');
    await catalogue.open(code);
    await expect(page.getByText(french).first()).toBeVisible();
    await expect(page.getByText(english)).toHaveCount(0);
  });
});

test.describe('Fixed clock', () => {
  test('a banner says the clock is fixed, in Paris time whatever the computer’s zone', async ({
    page,
    appUrl,
  }) => {
    const shell = new AppShell(page);
    await shell.open(appUrl);
    // The browser runs in Pacific/Auckland (20:00 there); the desk shows Paris time, 10:00.
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
      'Pacific/Auckland',
    );
    await expect(shell.clockBanner).toBeVisible();
    await expect(shell.clockBanner).toHaveText(
      'Horloge fixée : vendredi 5 juin 2026 à 10:00 — mode démonstration/formation',
    );
    await shell.switchLanguage('en');
    await expect(shell.clockBanner).toHaveText(
      'Clock fixed: Friday 5 June 2026 at 10:00 — demo/training mode',
    );
  });
});

test.describe('Staff profile', () => {
  test('the profile chosen at the desk is kept after a reload', async ({ page, appUrl }) => {
    const shell = new AppShell(page);
    await shell.open(appUrl);
    await expect(shell.staffProfile.locator('option:checked')).toHaveText('Accueil');
    await shell.chooseProfile('Claire Responsable (responsable)');
    await page.reload();
    await shell.waitReady();
    await expect(shell.staffProfile.locator('option:checked')).toHaveText('Claire Responsable (responsable)');
  });
});

test.describe('Keyboard', () => {
  test('Ctrl+K and / put the cursor in the search field of the screen shown', async ({ page, appUrl }) => {
    const shell = new AppShell(page);
    await shell.open(appUrl, 'catalogue');
    const catalogue = new CataloguePage(page);
    await catalogue.expectLoaded(58);
    await expect(catalogue.search).not.toBeFocused();

    await page.keyboard.press('Control+k');
    await expect(catalogue.search).toBeFocused();
    await page.keyboard.type('chaise');
    await expect(catalogue.table.count).toHaveText(/^\d+ lignes? sur 58$/);
    // Escape in the search field clears it.
    await page.keyboard.press('Escape');
    await expect(catalogue.search).toHaveValue('');

    await shell.goTo('borrowers');
    const borrowers = new BorrowersPage(page);
    await expect(borrowers.search).not.toBeFocused();
    await page.keyboard.press('/');
    await expect(borrowers.search).toBeFocused();
    await expect(borrowers.search).toHaveValue(''); // the '/' itself is not typed
  });

  const firstFields = [
    { form: 'a new resource', screen: 'catalogue', field: 'Nom' },
    { form: 'a new borrower', screen: 'borrowers', field: 'Nom (raison sociale)' },
  ] as const;
  for (const f of firstFields) {
    test(`${f.form} form opens with the cursor in its first field, ${f.field}`, async ({ page, appUrl }) => {
      await new AppShell(page).open(appUrl, f.screen);
      const screen = f.screen === 'catalogue' ? new CataloguePage(page) : new BorrowersPage(page);
      const dialog = await screen.openNew();
      await expect(dialog.name).toBeFocused();
      await page.keyboard.type('Grille d’exposition');
      await expect(dialog.name).toHaveValue('Grille d’exposition');
    });
  }

  test('Escape closes a dialog without saving; Enter on a row opens its record', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const shell = new AppShell(page);
    await shell.open(appUrl, 'catalogue');
    const catalogue = new CataloguePage(page);
    await catalogue.expectLoaded(58);

    const dialog = await catalogue.openNew();
    await dialog.name.fill('Ne pas enregistrer');
    await dialog.closeWithEscape();
    await expect(catalogue.table.count).toHaveText('58 lignes');
    const names = (await comptoir.call<{ name: string }[]>('resources.list', {})).map((r) => r.name);
    expect(names).not.toContain('Ne pas enregistrer');

    // Search, then move to the rows with the keyboard and open one with Enter.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('VEH-MIN');
    await shell.tabTo(catalogue.row('VEH-MIN'));
    await page.keyboard.press('Enter');
    await expect(dialog.title).toContainText('Minibus 9 places');
    await page.keyboard.press('Escape');
    await expect(dialog.root).toBeHidden();
  });
});
