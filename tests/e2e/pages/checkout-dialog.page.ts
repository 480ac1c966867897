import { expect, type Locator, type Page } from '@playwright/test';

export interface ChequeInput {
  number: string;
  bank: string;
  drawer: string;
}

/** The handover ("Sortie — réservation n° …"): condition per line, drivers, deposit, the guards. */
export class CheckoutDialog {
  readonly root: Locator;
  readonly title: Locator;
  readonly preview: Locator;
  readonly refused: Locator;
  readonly error: Locator;
  readonly notesRead: Locator;
  readonly depositAmount: Locator;
  readonly cheque: Locator;
  readonly chequeNumber: Locator;
  readonly bank: Locator;
  readonly drawer: Locator;
  readonly chequeDate: Locator;
  readonly submit: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('checkout-dialog');
    this.title = this.root.getByRole('heading', { level: 2 });
    this.preview = this.root.getByTestId('checkout-preview');
    this.refused = this.root.getByTestId('checkout-refused');
    this.error = this.root.getByTestId('checkout-error');
    this.notesRead = this.root.getByRole('checkbox', {
      name: 'Consignes lues et transmises à l’emprunteur',
    });
    const deposit = this.root.getByTestId('checkout-deposit');
    this.depositAmount = deposit.getByLabel(/^Montant \(€\)/);
    this.cheque = deposit.getByRole('radio', { name: 'Chèque', exact: true });
    this.chequeNumber = deposit.getByLabel(/^N° de chèque/);
    this.bank = deposit.getByLabel(/^Banque/);
    this.drawer = deposit.getByLabel(/^Tireur \(titulaire\)/);
    this.chequeDate = deposit.getByLabel(/^Date du chèque/);
    this.submit = this.root.getByRole('button', { name: 'Confirmer la sortie', exact: true });
    this.cancel = this.root.getByTestId('checkout-cancel');
  }

  /** The booking's facts have loaded: the form is there. */
  async expectReady(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.submit).toBeVisible();
  }

  line(code: string): Locator {
    return this.root.getByTestId(`checkout-line-${code}`);
  }

  mileageOut(code: string): Locator {
    return this.line(code).getByLabel('Kilométrage au départ', { exact: true });
  }

  fuel(code: string): Locator {
    return this.line(code).getByLabel('Carburant', { exact: true });
  }

  keysOut(code: string): Locator {
    return this.line(code).getByLabel('Clés remises', { exact: true });
  }

  /** A named driver's checkbox on a vehicle line. */
  driver(code: string, name: string): Locator {
    return this.line(code).getByRole('checkbox', { name: new RegExp(`^${name}`) });
  }

  /** One guard's line in the refusal ("Garantie 2 — …"). */
  failure(guard: number): Locator {
    return this.root.getByTestId(`checkout-failure-${guard}`);
  }

  /** Ticks "consignes lues" when the lines carry safety notes. */
  async acknowledgeSafetyNotes(): Promise<void> {
    if (await this.notesRead.isVisible()) await this.notesRead.check();
  }

  async fillCheque(c: ChequeInput): Promise<void> {
    await this.cheque.check();
    await this.chequeNumber.fill(c.number);
    await this.bank.fill(c.bank);
    await this.drawer.fill(c.drawer);
  }
}
