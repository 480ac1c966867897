import { expect, type Locator, type Page } from '@playwright/test';
import { expectFieldError } from './resource-dialog.page';

export interface BorrowerInput {
  name: string;
  kind?: 'Association' | 'Organisme public' | 'Autre organisation' | 'Particulier';
  rna?: string;
  siret?: string;
  representativeName?: string;
  communeName?: string;
  communeInsee?: string;
  email?: string;
}

/** The borrower form (new borrower or edit), in French. */
export class BorrowerDialog {
  readonly root: Locator;
  readonly title: Locator;
  readonly kind: Locator;
  readonly name: Locator;
  readonly rna: Locator;
  readonly siret: Locator;
  readonly representativeName: Locator;
  readonly communeName: Locator;
  readonly communeInsee: Locator;
  readonly email: Locator;
  readonly submit: Locator;
  readonly formNotice: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('borrower-dialog');
    this.title = this.root.getByRole('heading', { level: 2 });
    this.kind = this.root.getByRole('combobox', { name: 'Type', exact: true });
    this.name = this.root.getByRole('textbox', { name: /^(Nom \(raison sociale\)|Nom et prénom)$/ });
    this.rna = this.root.getByRole('textbox', { name: 'Numéro RNA', exact: true });
    this.siret = this.root.getByRole('textbox', { name: 'SIRET', exact: true });
    this.representativeName = this.root.getByRole('textbox', { name: 'Représentant', exact: true });
    this.communeName = this.root.getByRole('textbox', { name: 'Commune', exact: true });
    this.communeInsee = this.root.getByRole('textbox', { name: 'Code INSEE', exact: true });
    this.email = this.root.getByRole('textbox', { name: 'Courriel', exact: true });
    this.submit = this.root.getByRole('button', { name: 'Enregistrer', exact: true });
    this.formNotice = this.root.getByRole('alert');
  }

  async expectOpen(): Promise<void> {
    await expect(this.root).toBeVisible();
  }

  async fill(input: BorrowerInput): Promise<void> {
    if (input.kind) await this.kind.selectOption({ label: input.kind });
    await this.name.fill(input.name);
    if (input.rna !== undefined) await this.rna.fill(input.rna);
    if (input.siret !== undefined) await this.siret.fill(input.siret);
    if (input.representativeName !== undefined) await this.representativeName.fill(input.representativeName);
    if (input.communeName !== undefined) await this.communeName.fill(input.communeName);
    if (input.communeInsee !== undefined) await this.communeInsee.fill(input.communeInsee);
    if (input.email !== undefined) await this.email.fill(input.email);
  }

  /** Fills and saves; the dialog closes and the new borrower's record opens beside the list. */
  async create(input: BorrowerInput): Promise<void> {
    await this.fill(input);
    await this.submit.click();
    await expect(this.root).toBeHidden();
  }

  async expectFieldError(field: Locator, message: string): Promise<void> {
    await expectFieldError(field, message);
  }
}

export interface CertificateInput {
  insurer: string;
  policyNumber: string;
  /** 'YYYY-MM-DD'. */
  validFrom: string;
  validTo: string;
  /** A scan to attach (PDF or image). */
  scan?: { name: string; mimeType: string; buffer: Buffer };
}

/** The insurance certificate form opened from a borrower's record. */
export class CertificateDialog {
  readonly root: Locator;
  readonly insurer: Locator;
  readonly policyNumber: Locator;
  readonly validFrom: Locator;
  readonly validTo: Locator;
  readonly civilLiability: Locator;
  readonly scan: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('certificate-dialog');
    this.insurer = this.root.getByRole('textbox', { name: 'Assureur', exact: true });
    this.policyNumber = this.root.getByRole('textbox', { name: 'Numéro de contrat', exact: true });
    this.validFrom = this.root.getByLabel(/^Valable du/);
    this.validTo = this.root.getByLabel(/^au \(inclus\)/);
    this.civilLiability = this.root.getByRole('checkbox', { name: 'Responsabilité civile' });
    this.scan = this.root.getByLabel(/^Scan de l’attestation/);
    this.submit = this.root.getByRole('button', { name: 'Ajouter une attestation', exact: true });
  }

  async expectOpen(): Promise<void> {
    await expect(this.root).toBeVisible();
  }

  async fill(input: CertificateInput): Promise<void> {
    await this.insurer.fill(input.insurer);
    await this.policyNumber.fill(input.policyNumber);
    await this.validFrom.fill(input.validFrom);
    await this.validTo.fill(input.validTo);
    await expect(this.civilLiability).toBeChecked();
    if (input.scan) await this.scan.setInputFiles(input.scan);
  }

  async add(input: CertificateInput): Promise<void> {
    await this.fill(input);
    await this.submit.click();
    await expect(this.root).toBeHidden();
  }
}
