import type { Locator, Page } from '@playwright/test';

/** « Régler la caution — prêt … »: a returned loan settled after its return, then closed. */
export class SettleDialog {
  readonly root: Locator;
  readonly title: Locator;
  readonly lateDays: Locator;
  readonly lateFee: Locator;
  readonly editFee: Locator;
  readonly feeForm: Locator;
  readonly feeAmount: Locator;
  readonly feeReason: Locator;
  readonly feeSave: Locator;
  readonly suspension: Locator;
  readonly applySuspension: Locator;
  readonly suspensionActive: Locator;
  readonly proposedRetention: Locator;
  readonly incidents: Locator;
  readonly settleForm: Locator;
  readonly retained: Locator;
  readonly borrowerPays: Locator;
  readonly settleAndClose: Locator;
  readonly suspend: ApplySuspensionDialog;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('settle-dialog');
    this.title = this.root.getByRole('heading', { level: 2 }).first();
    this.lateDays = this.root.getByTestId('return-late-days');
    this.lateFee = this.root.getByTestId('return-late-fee');
    this.editFee = this.root.getByRole('button', { name: 'Modifier les frais…', exact: true });
    this.feeForm = this.root.getByTestId('late-fee-form');
    this.feeAmount = this.feeForm.getByLabel(/^Frais de retard \(€\)/);
    this.feeReason = this.feeForm.getByLabel('Motif de la modification', { exact: true });
    this.feeSave = this.feeForm.getByRole('button', { name: 'Enregistrer les frais', exact: true });
    this.suspension = this.root.getByTestId('return-suspension');
    this.applySuspension = this.root.getByRole('button', { name: 'Appliquer la suspension…', exact: true });
    this.suspensionActive = this.root.getByTestId('suspension-active');
    this.proposedRetention = this.root.getByTestId('return-proposed-retention');
    this.incidents = this.root.getByTestId('return-incidents');
    this.settleForm = this.root.getByTestId('settle-form');
    this.retained = this.settleForm.getByLabel(/^Montant retenu \(€\)/);
    this.borrowerPays = this.settleForm.getByRole('radio', {
      name: 'L’emprunteur paie la retenue ; le chèque lui est rendu',
    });
    this.settleAndClose = this.root.getByRole('button', { name: 'Régler la caution et clore', exact: true });
    this.suspend = new ApplySuspensionDialog(page);
  }
}

/** « Suspendre … »: the proposed days pre-filled, the end date said, a reason, then the PIN. */
export class ApplySuspensionDialog {
  readonly root: Locator;
  readonly days: Locator;
  readonly reason: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('apply-suspension-dialog');
    this.days = this.root.getByLabel(/^Nombre de jours/);
    this.reason = this.root.getByLabel(/^Motif/);
    this.submit = this.root.getByRole('button', { name: 'Suspendre', exact: true });
  }
}
