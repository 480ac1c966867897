import { expect, type Locator, type Page } from '@playwright/test';
import { DataTableView } from './data-table';
import { LoanDialog } from './loan-dialog.page';

export type LoanView = 'En cours' | 'En retard' | 'Rendus' | 'Tous';

/** "Prêts": the loans only, a view (en cours / en retard / rendus / tous), the search, a row opens the loan. */
export class LoansPage {
  readonly screen: Locator;
  readonly heading: Locator;
  readonly search: Locator;
  readonly views: Locator;
  readonly table: DataTableView;
  readonly loan: LoanDialog;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('screen-loans');
    this.heading = this.screen.getByRole('heading', { level: 1 });
    this.search = this.screen.getByRole('searchbox', { name: 'Rechercher un prêt', exact: true });
    this.views = this.screen.getByRole('group', { name: 'Afficher', exact: true });
    this.table = new DataTableView(
      this.screen.getByRole('table', { name: 'Prêts', exact: true }),
      page.getByTestId('loans-table-count'),
    );
    this.loan = new LoanDialog(page);
  }

  /** Goes to "Prêts" through the navigation. */
  async goTo(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Prêts', exact: true }).click();
    await expect(this.screen).toBeVisible();
  }

  view(name: LoanView): Locator {
    return this.views.getByRole('button', { name, exact: true });
  }

  async show(name: LoanView): Promise<void> {
    await this.view(name).click();
    await expect(this.view(name)).toHaveAttribute('aria-pressed', 'true');
  }

  row(bookingId: number): Locator {
    return this.screen.getByTestId(`loan-row-${bookingId}`);
  }

  /** Opens a loan from the keyboard: the row takes the focus, Enter opens it. */
  async open(bookingId: number): Promise<LoanDialog> {
    await this.row(bookingId).focus();
    await this.page.keyboard.press('Enter');
    await this.loan.expectReady();
    return this.loan;
  }
}
