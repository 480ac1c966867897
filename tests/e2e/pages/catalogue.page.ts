import { expect, type Locator, type Page } from '@playwright/test';
import { DataTableView } from './data-table';
import { ResourceDialog, type ResourceInput } from './resource-dialog.page';

/** The Catalogue screen: search, sortable table of resources, new resource, open a record. */
export class CataloguePage {
  readonly screen: Locator;
  readonly heading: Locator;
  readonly search: Locator;
  readonly newButton: Locator;
  readonly table: DataTableView;
  readonly dialog: ResourceDialog;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('screen-catalogue');
    this.heading = this.screen.getByRole('heading', { level: 1 });
    this.search = this.screen.getByRole('searchbox', {
      name: /^(Rechercher dans le catalogue|Search the catalogue)$/,
    });
    this.newButton = this.screen.getByRole('button', { name: /^(Nouvelle ressource|New resource)$/ });
    this.table = new DataTableView(
      this.screen.getByRole('table', { name: /^(Ressources du catalogue|Catalogue resources)$/ }),
      page.getByTestId('catalogue-table-count'),
    );
    this.dialog = new ResourceDialog(page);
  }

  async expectShown(): Promise<void> {
    await expect(this.screen).toBeVisible();
  }

  /** Waits until the list has arrived (the count under the table reads n lines). */
  async expectLoaded(count?: number): Promise<void> {
    if (count === undefined) await expect(this.table.rows.first()).toBeVisible();
    else await expect.poll(() => this.table.shownCount()).toBe(count);
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  /** The row of a resource, by its inventory code (unique). */
  row(inventoryCode: string): Locator {
    return this.screen.getByTestId(`resource-row-${inventoryCode}`);
  }

  /** Inventory codes of the rows in view, top to bottom. */
  async codes(): Promise<string[]> {
    return this.table.columnTexts(await this.headerName('code'));
  }

  private async headerName(column: 'code'): Promise<string> {
    const lang = await this.page.locator('html').getAttribute('lang');
    return { code: lang === 'en' ? 'Inventory code' : 'Code inventaire' }[column];
  }

  async openNew(): Promise<ResourceDialog> {
    await this.newButton.click();
    await this.dialog.expectOpen();
    return this.dialog;
  }

  async createResource(input: ResourceInput): Promise<void> {
    const dialog = await this.openNew();
    await dialog.create(input);
    await dialog.close();
  }

  /** Opens a resource's record by clicking its row. */
  async open(inventoryCode: string): Promise<ResourceDialog> {
    await this.row(inventoryCode).click();
    await this.dialog.expectOpen();
    await expect(this.dialog.title).toContainText(inventoryCode);
    return this.dialog;
  }

  /** Opens a record, changes fields and saves. */
  async edit(inventoryCode: string, change: (d: ResourceDialog) => Promise<void>): Promise<void> {
    const dialog = await this.open(inventoryCode);
    await change(dialog);
    await dialog.submit.click();
    await expect(this.page.getByTestId('toast')).toContainText(/Modifications enregistrées|Changes saved/);
  }
}
