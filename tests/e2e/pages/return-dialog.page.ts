import { expect, type Locator, type Page } from '@playwright/test';

/** Taking back ("Retour — réservation n° …"), then its result and the deposit settlement. */
export class ReturnDialog {
  readonly root: Locator;
  readonly title: Locator;
  readonly lines: Locator;
  readonly error: Locator;
  readonly submit: Locator;
  // The step after the return: what it found, the proposed retention, settle and close.
  readonly result: Locator;
  readonly proposedRetention: Locator;
  readonly incidents: Locator;
  readonly settleForm: Locator;
  readonly retained: Locator;
  readonly borrowerPays: Locator;
  readonly chequeCashed: Locator;
  readonly settleNote: Locator;
  readonly settleAndClose: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('return-dialog');
    this.title = this.root.getByRole('heading', { level: 2 });
    this.lines = this.root.getByRole('table', { name: 'Ce qui revient', exact: true });
    this.error = this.root.getByTestId('return-error');
    this.submit = this.root.getByRole('button', { name: 'Enregistrer le retour', exact: true });
    this.result = this.root.getByTestId('return-result');
    this.proposedRetention = this.root.getByTestId('return-proposed-retention');
    this.incidents = this.root.getByTestId('return-incidents');
    this.settleForm = this.root.getByTestId('settle-form');
    this.retained = this.settleForm.getByLabel(/^Montant retenu \(€\)/);
    this.borrowerPays = this.settleForm.getByRole('radio', {
      name: 'L’emprunteur paie la retenue ; le chèque lui est rendu',
    });
    this.chequeCashed = this.settleForm.getByRole('radio', {
      name: 'Le chèque est encaissé ; la différence est remboursée',
    });
    this.settleNote = this.settleForm.getByLabel(/^Motif/);
    this.settleAndClose = this.root.getByRole('button', { name: 'Régler la caution et clore', exact: true });
  }

  async expectReady(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.submit).toBeVisible();
  }

  ok(name: string): Locator {
    return this.root.getByRole('textbox', { name: `Quantité rendue en bon état de ${name}`, exact: true });
  }

  damaged(name: string): Locator {
    return this.root.getByRole('textbox', { name: `Quantité abîmée de ${name}`, exact: true });
  }

  missing(name: string): Locator {
    return this.root.getByRole('textbox', { name: `Quantité manquante de ${name}`, exact: true });
  }

  line(code: string): Locator {
    return this.root.getByTestId(`return-line-${code}`);
  }

  mileageIn(code: string): Locator {
    return this.line(code).getByRole('textbox', { name: 'Km au retour', exact: true });
  }

  keysReturned(code: string): Locator {
    return this.line(code).getByRole('textbox', { name: 'Clés rendues', exact: true });
  }
}
