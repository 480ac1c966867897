import { expect, type Locator, type Page } from '@playwright/test';

/** One loan ("Prêt 2026-0059 — Ludothèque La Toupie"): its facts, lines and actions. */
export class LoanDialog {
  readonly root: Locator;
  readonly title: Locator;
  readonly period: Locator;
  readonly lines: Locator;
  readonly extendButton: Locator;
  readonly amendButton: Locator;
  readonly correctCheckoutButton: Locator;
  readonly correctReturnButton: Locator;
  readonly settleButton: Locator;
  readonly closeButton: Locator;
  readonly photos: Locator;
  readonly extend: ExtendDialog;
  readonly amend: AmendDialog;
  readonly correctCheckout: CorrectCheckoutDialog;
  readonly correctReturn: CorrectReturnDialog;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('loan-dialog');
    this.title = this.root.getByRole('heading', { level: 2 }).first();
    this.period = this.root.getByTestId('loan-period');
    this.lines = this.root.getByRole('table', { name: 'Lignes du prêt', exact: true });
    this.extendButton = this.root.getByRole('button', { name: 'Prolonger…', exact: true });
    this.amendButton = this.root.getByRole('button', { name: 'Ajouter ou retirer des lignes…', exact: true });
    this.correctCheckoutButton = this.root.getByRole('button', { name: 'Corriger la sortie…', exact: true });
    this.correctReturnButton = this.root.getByRole('button', { name: 'Corriger un retour…', exact: true });
    this.settleButton = this.root.getByRole('button', { name: 'Régler la caution…', exact: true });
    this.closeButton = this.root.getByRole('button', { name: 'Clore le prêt', exact: true });
    this.photos = this.root.getByRole('region', { name: 'Photos de l’état', exact: true });
    this.extend = new ExtendDialog(page);
    this.amend = new AmendDialog(page);
    this.correctCheckout = new CorrectCheckoutDialog(page);
    this.correctReturn = new CorrectReturnDialog(page);
  }

  async expectReady(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.lines).toBeVisible();
  }

  line(code: string): Locator {
    return this.lines.getByTestId(`loan-line-${code}`);
  }
}

/** "Prolonger le prêt …": the new end, the refusal with its reason, the result and its undo. */
export class ExtendDialog {
  readonly root: Locator;
  readonly current: Locator;
  readonly date: Locator;
  readonly time: Locator;
  readonly submit: Locator;
  readonly undoLast: Locator;
  readonly error: Locator;
  readonly done: Locator;
  readonly undo: Locator;
  readonly undone: Locator;
  readonly close: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('extend-dialog');
    this.current = this.root.getByTestId('extend-current');
    this.date = this.root.getByLabel(/^Nouvelle date de retour/);
    this.time = this.root.getByLabel(/^Heure de retour/);
    this.submit = this.root.getByRole('button', { name: 'Prolonger', exact: true });
    this.undoLast = this.root.getByRole('button', { name: 'Annuler la dernière prolongation', exact: true });
    this.error = this.root.getByTestId('extend-error');
    this.done = this.root.getByTestId('extend-done');
    this.undo = this.root.getByRole('button', { name: 'Annuler la prolongation', exact: true });
    this.undone = this.root.getByTestId('extend-undone');
    this.close = this.root.getByRole('button', { name: 'Fermer', exact: true }).last();
  }

  /** The refusal said beside the new date. */
  get dateError(): Locator {
    return this.date.locator('xpath=following-sibling::p[contains(@class,"field-error")]');
  }
}

/** "Avenant au prêt …": lines to remove (ticked), lines to add, the result with the deposit. */
export class AmendDialog {
  readonly root: Locator;
  readonly resource: Locator;
  readonly quantity: Locator;
  readonly addLine: Locator;
  readonly added: Locator;
  readonly reason: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly done: Locator;
  readonly deposit: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('amend-dialog');
    this.resource = this.root.getByLabel(/^Ressource/);
    this.quantity = this.root.getByLabel(/^Quantité/);
    this.addLine = this.root.getByRole('button', { name: 'Ajouter la ligne', exact: true });
    this.added = this.root.getByTestId('amend-added');
    this.reason = this.root.getByLabel(/^Motif/);
    this.submit = this.root.getByRole('button', { name: 'Enregistrer l’avenant', exact: true });
    this.error = this.root.getByTestId('amend-error');
    this.done = this.root.getByTestId('amend-done');
    this.deposit = this.root.getByTestId('amend-deposit');
  }

  removeLine(name: string): Locator {
    return this.root.getByRole('checkbox', { name: `Retirer ${name} du prêt`, exact: true });
  }
}

/** "Corriger la sortie du prêt …": the line, the corrected figures, the mandatory reason. */
export class CorrectCheckoutDialog {
  readonly root: Locator;
  readonly line: Locator;
  readonly quantity: Locator;
  readonly reason: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly done: Locator;
  readonly correctedLine: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('correct-checkout-dialog');
    this.line = this.root.getByLabel(/^Ligne à corriger/);
    this.quantity = this.root.getByLabel(/^Quantité réellement sortie/);
    this.reason = this.root.getByLabel(/^Motif de la correction/);
    this.submit = this.root.getByRole('button', { name: 'Enregistrer la correction', exact: true });
    this.error = this.root.getByTestId('correct-checkout-error');
    this.done = this.root.getByTestId('correct-checkout-done');
    this.correctedLine = this.root.getByTestId('correct-checkout-line');
  }

  /** The message under a field (its own error), by the field's label. */
  fieldError(field: Locator): Locator {
    return field.locator('xpath=following-sibling::p[contains(@class,"field-error")]');
  }
}

/** "Corriger un retour du prêt …": the return item, its corrected figures, the mandatory reason, the result. */
export class CorrectReturnDialog {
  readonly root: Locator;
  readonly item: Locator;
  readonly ok: Locator;
  readonly damaged: Locator;
  readonly missing: Locator;
  readonly reason: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly done: Locator;
  readonly correctedLine: Locator;
  readonly incidents: Locator;
  readonly close: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('correct-return-dialog');
    this.item = this.root.getByLabel(/^Retour à corriger/);
    this.ok = this.root.getByLabel(/^En bon état/);
    this.damaged = this.root.getByLabel(/^Abîmés/);
    this.missing = this.root.getByLabel(/^Manquants/);
    this.reason = this.root.getByLabel(/^Motif de la correction/);
    this.submit = this.root.getByRole('button', { name: 'Enregistrer la correction', exact: true });
    this.error = this.root.getByTestId('correct-return-error');
    this.done = this.root.getByTestId('correct-return-done');
    this.correctedLine = this.root.getByTestId('correct-return-line');
    this.incidents = this.root.getByTestId('correct-return-incidents');
    this.close = this.root.getByRole('button', { name: 'Fermer', exact: true }).last();
  }

  /** The message under a field (its own error), by the field's label. */
  fieldError(field: Locator): Locator {
    return field.locator('xpath=following-sibling::p[contains(@class,"field-error")]');
  }
}
