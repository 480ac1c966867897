import { expect, type Locator, type Page } from '@playwright/test';
import {
  BorrowerDialog,
  CertificateDialog,
  type BorrowerInput,
  type CertificateInput,
} from './borrower-dialog.page';
import { DataTableView } from './data-table';

/** The Borrowers screen: search, the table, a borrower's record beside it, new borrower. */
export class BorrowersPage {
  readonly screen: Locator;
  readonly heading: Locator;
  readonly search: Locator;
  readonly newButton: Locator;
  readonly table: DataTableView;
  readonly dialog: BorrowerDialog;
  readonly certificateDialog: CertificateDialog;
  readonly detail: BorrowerDetail;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('screen-borrowers');
    this.heading = this.screen.getByRole('heading', { level: 1 });
    this.search = this.screen.getByRole('searchbox', {
      name: /^(Rechercher un emprunteur|Search borrowers)$/,
    });
    this.newButton = this.screen.getByRole('button', { name: /^(Nouvel emprunteur|New borrower)$/ });
    this.table = new DataTableView(
      this.screen.getByRole('table', { name: /^(Emprunteurs et propriétaires|Borrowers and owners)$/ }),
      page.getByTestId('borrowers-table-count'),
    );
    this.dialog = new BorrowerDialog(page);
    this.certificateDialog = new CertificateDialog(page);
    this.detail = new BorrowerDetail(page);
  }

  async expectShown(): Promise<void> {
    await expect(this.screen).toBeVisible();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  /** A borrower's row, by the name it shows. */
  row(name: string): Locator {
    return this.table.rows.filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** The insurance cell of a borrower's row ('Valide', 'Expire dans 12 j', 'Expirée', 'Aucune'). */
  async insuranceInRow(name: string): Promise<Locator> {
    return this.table.cell(this.row(name), 'Assurance RC');
  }

  async openNew(): Promise<BorrowerDialog> {
    await this.newButton.click();
    await this.dialog.expectOpen();
    return this.dialog;
  }

  /** Creates a borrower through the form; its record then opens beside the list. */
  async createBorrower(input: BorrowerInput): Promise<void> {
    const dialog = await this.openNew();
    await dialog.create(input);
    await expect(this.detail.heading).toHaveText(input.name);
  }

  async open(name: string): Promise<BorrowerDetail> {
    await this.row(name).click();
    await expect(this.detail.heading).toHaveText(name);
    return this.detail;
  }

  /** From the open record: adds an insurance certificate through its form. */
  async addCertificate(input: CertificateInput): Promise<void> {
    await this.detail.addCertificateButton.click();
    await this.certificateDialog.expectOpen();
    await this.certificateDialog.add(input);
    await expect(this.detail.certificates.filter({ hasText: input.insurer })).toBeVisible();
  }
}

/** A borrower's record, shown beside the list. */
export class BorrowerDetail {
  readonly root: Locator;
  readonly heading: Locator;
  readonly insuranceBadge: Locator;
  readonly addCertificateButton: Locator;
  readonly certificates: Locator;
  readonly editButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('borrower-detail');
    this.heading = this.root.getByRole('heading', { level: 2 });
    this.insuranceBadge = this.root.getByTestId('borrower-insurance-badge');
    this.addCertificateButton = this.root.getByRole('button', {
      name: /^(Ajouter une attestation|Add a certificate)$/,
    });
    this.certificates = this.root.getByTestId('insurance-section').getByRole('listitem');
    this.editButton = this.root.getByRole('button', { name: /^(Modifier|Edit)$/ });
  }
}
