import { test, expect } from './fixtures';
import { AppShell } from './pages/app-shell.page';
import { CataloguePage } from './pages/catalogue.page';

interface ResourceRow {
  inventoryCode: string;
  name: string;
  status: string;
}

const frenchOrder = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

test.describe('Catalogue', () => {
  test('lists the 58 resources of the demo centre that are not retired', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const listed = await comptoir.call<ResourceRow[]>('resources.list', {});
    const all = await comptoir.call<ResourceRow[]>('resources.list', { includeRetired: true });
    expect(listed).toHaveLength(58);
    const retired = all.filter((r) => r.status === 'retired');
    expect(retired.length).toBeGreaterThan(0);

    await new AppShell(page).open(appUrl, 'catalogue');
    const catalogue = new CataloguePage(page);
    await expect(catalogue.heading).toHaveText('Catalogue');
    await expect(catalogue.table.count).toHaveText('58 lignes');
    await catalogue.searchFor('MOB-CHA');
    await expect(catalogue.table.rows).toHaveCount(1);
    await expect(catalogue.row('MOB-CHA')).toContainText('Chaise pliante');
    await expect(catalogue.row('MOB-CHA')).toContainText('/ 120');

    // A retired resource is out of the list until the agent asks to see it.
    const gone = retired[0] as ResourceRow;
    await catalogue.searchFor(gone.inventoryCode);
    await expect(catalogue.table.rows).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Afficher aussi les ressources retirées' }).check();
    await expect(catalogue.row(gone.inventoryCode)).toContainText('Retirée');
    await catalogue.searchFor('');
    await expect(catalogue.table.count).toHaveText(`${all.length} lignes`);
  });

  test('a resource created through the form is found by its name and by its inventory code, and can be renamed', async ({
    page,
    appUrl,
  }) => {
    await new AppShell(page).open(appUrl, 'catalogue');
    const catalogue = new CataloguePage(page);
    await catalogue.expectLoaded(58);

    await catalogue.createResource({
      name: 'Chapiteau de réception 5 × 8 m',
      inventoryCode: 'TEN-CHP-01',
      category: 'Tentes',
      site: 'Maison des associations — Toulouse (Toulouse)',
      deposit: '250',
      replacementValue: '2 400',
      dailyValue: '35',
    });
    await expect(catalogue.table.count).toHaveText('59 lignes');

    // By name: case and accents do not matter.
    await catalogue.searchFor('chapiteau de reception');
    await expect(catalogue.table.rows).toHaveCount(1);
    await expect(catalogue.row('TEN-CHP-01')).toContainText('Chapiteau de réception 5 × 8 m');
    await expect(catalogue.table.count).toHaveText('1 ligne sur 59');

    // By inventory code, as a barcode reader would type it.
    await catalogue.searchFor('TEN-CHP-01');
    await expect(catalogue.table.rows).toHaveCount(1);
    await expect(catalogue.row('TEN-CHP-01')).toContainText('Chapiteau de réception 5 × 8 m');

    // What was typed was saved: the record reads it back.
    const dialog = await catalogue.open('TEN-CHP-01');
    await expect(dialog.name).toHaveValue('Chapiteau de réception 5 × 8 m');
    await expect(dialog.deposit).toHaveValue('250,00');
    await expect(dialog.replacementValue).toHaveValue('2400,00');
    await dialog.close();

    // Renamed through its record, it is found under its new name only.
    await catalogue.edit('TEN-CHP-01', (d) => d.name.fill('Chapiteau de réception 6 × 10 m'));
    await expect(catalogue.dialog.title).toContainText('Chapiteau de réception 6 × 10 m');
    await catalogue.dialog.close();
    await catalogue.searchFor('chapiteau 5 × 8');
    await expect(catalogue.table.rows).toHaveCount(0);
    await catalogue.searchFor('chapiteau 6 × 10');
    await expect(catalogue.row('TEN-CHP-01')).toContainText('Chapiteau de réception 6 × 10 m');
  });

  test('clicking a column header sorts by it; clicking again reverses the order', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const codes = (await comptoir.call<ResourceRow[]>('resources.list', {}))
      .map((r) => r.inventoryCode)
      .sort(frenchOrder.compare);

    await new AppShell(page).open(appUrl, 'catalogue');
    const catalogue = new CataloguePage(page);
    await catalogue.expectLoaded(58);
    const table = catalogue.table;
    await expect(table.header('Nom')).toHaveAttribute('aria-sort', 'ascending');
    await expect(table.header('Code inventaire')).toHaveAttribute('aria-sort', 'none');
    const byName = await catalogue.codes();

    await table.sortBy('Code inventaire');
    await expect(table.header('Code inventaire')).toHaveAttribute('aria-sort', 'ascending');
    await expect(table.header('Nom')).toHaveAttribute('aria-sort', 'none');
    const ascending = await catalogue.codes();
    expect(ascending.length).toBeGreaterThan(5);
    expect(ascending).not.toEqual(byName.slice(0, ascending.length));
    expect(ascending).toEqual(codes.slice(0, ascending.length));

    await table.sortBy('Code inventaire');
    await expect(table.header('Code inventaire')).toHaveAttribute('aria-sort', 'descending');
    const descending = await catalogue.codes();
    expect(descending).toEqual([...codes].reverse().slice(0, descending.length));
  });

  test('a refused form keeps what was typed and says what is wrong beside the field', async ({
    page,
    appUrl,
  }) => {
    await new AppShell(page).open(appUrl, 'catalogue');
    const catalogue = new CataloguePage(page);
    await catalogue.expectLoaded(58);
    const dialog = await catalogue.openNew();
    await expect(dialog.title).toHaveText('Nouvelle ressource');

    await dialog.fill({
      name: 'Sono portable 150 W',
      inventoryCode: 'MOB-CHA', // already the folding chairs' code
      category: 'Sonorisation',
      deposit: '12,505', // three decimals: refused before anything is sent
    });
    await dialog.submit.click();
    await dialog.expectFieldError(dialog.deposit, 'Deux chiffres au plus après la virgule (les centimes).');
    await expect(dialog.formNotice).toContainText('Certains champs sont à corriger');
    await expect(dialog.name).toHaveValue('Sono portable 150 W');
    await expect(dialog.deposit).toHaveValue('12,505');

    await dialog.deposit.fill('80');
    await dialog.submit.click();
    await dialog.expectFieldError(
      dialog.inventoryCode,
      'Le code inventaire « MOB-CHA » est déjà utilisé par « Chaise pliante ».',
    );
    await expect(dialog.deposit).not.toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.title).toHaveText('Nouvelle ressource');
    await expect(dialog.name).toHaveValue('Sono portable 150 W');
    await expect(dialog.inventoryCode).toHaveValue('MOB-CHA');
    await expect(dialog.category).toHaveValue('Sonorisation');
    await expect(dialog.deposit).toHaveValue('80');

    // Correcting the one field is enough.
    await dialog.inventoryCode.fill('SON-POR-01');
    await dialog.submit.click();
    await expect(dialog.title).toContainText('SON-POR-01');
    await dialog.close();
    await catalogue.searchFor('SON-POR-01');
    await expect(catalogue.row('SON-POR-01')).toContainText('Sono portable 150 W');
  });
});

test.describe('Catalogue of a new centre', () => {
  test.use({ demo: false });

  test('an empty catalogue says how to add the first resource', async ({ page, appUrl, comptoir }) => {
    expect(await comptoir.call<ResourceRow[]>('resources.list', {})).toEqual([]);
    await new AppShell(page).open(appUrl, 'catalogue');
    const catalogue = new CataloguePage(page);
    await expect(catalogue.table.count).toHaveText('0 ligne');
    await expect(catalogue.table.rows).toHaveCount(0);
    await expect(catalogue.screen.getByRole('cell')).toHaveText(
      'Le catalogue est vide : ajoutez une première ressource avec « Nouvelle ressource ».',
    );
  });
});
