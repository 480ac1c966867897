import { expect, type Locator, type Page } from '@playwright/test';
import { DataTableView } from './data-table';

/** The deposits screen: the list (each row opens its ledger), held at a date, amounts owed. */
export class DepositsPage {
  readonly screen: Locator;
  readonly list: DataTableView;
  readonly heldAtDate: Locator;
  readonly heldAtTotal: Locator;
  readonly heldAt: DataTableView;
  readonly ledgerDialog: Locator;
  readonly ledger: DataTableView;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('screen-deposits');
    this.list = new DataTableView(
      page.getByTestId('deposits-table'),
      page.getByTestId('deposits-table-count'),
    );
    this.heldAtDate = page.getByTestId('deposits-held-at-date');
    this.heldAtTotal = page.getByTestId('deposits-held-at-total');
    this.heldAt = new DataTableView(
      page.getByTestId('deposits-held-at-table'),
      page.getByTestId('deposits-held-at-table-count'),
    );
    this.ledgerDialog = page.getByTestId('deposit-ledger');
    this.ledger = new DataTableView(
      this.ledgerDialog.getByTestId('deposit-ledger-table'),
      page.getByTestId('deposit-ledger-table-count'),
    );
  }

  async showView(view: 'deposits' | 'heldAt' | 'owed'): Promise<void> {
    const button = this.page.getByTestId(`deposits-view-${view}`);
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  depositRow(bookingId: number): Locator {
    return this.page.getByTestId(`deposit-row-${bookingId}`);
  }
}
