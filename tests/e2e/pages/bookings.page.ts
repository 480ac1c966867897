import { expect, type Locator, type Page } from '@playwright/test';
import { BookingEditor, OverrideDialog } from './booking-editor.page';
import { CheckoutDialog, type ChequeInput } from './checkout-dialog.page';
import { DataTableView } from './data-table';
import { ReturnDialog } from './return-dialog.page';

/** "Réservations et prêts": search, status filter, the table, new booking, open a booking. */
export class BookingsPage {
  readonly screen: Locator;
  readonly heading: Locator;
  readonly search: Locator;
  readonly status: Locator;
  readonly newButton: Locator;
  readonly table: DataTableView;
  readonly editor: BookingEditor;
  readonly checkout: CheckoutDialog;
  readonly returnDialog: ReturnDialog;
  readonly recurringButton: Locator;
  readonly recurring: RecurringDialog;
  readonly walkInButton: Locator;
  readonly walkIn: WalkInDialog;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('screen-bookings');
    this.heading = this.screen.getByRole('heading', { level: 1 });
    this.search = this.screen.getByRole('searchbox', { name: 'Rechercher une réservation', exact: true });
    this.status = this.screen.getByRole('combobox', { name: 'Statut', exact: true });
    this.newButton = this.screen.getByRole('button', { name: 'Nouvelle réservation', exact: true });
    this.table = new DataTableView(
      this.screen.getByRole('table', { name: 'Réservations et prêts', exact: true }),
      page.getByTestId('bookings-table-count'),
    );
    this.editor = new BookingEditor(page);
    this.checkout = new CheckoutDialog(page);
    this.returnDialog = new ReturnDialog(page);
    this.recurringButton = this.screen.getByRole('button', { name: 'Réservation récurrente', exact: true });
    this.recurring = new RecurringDialog(page);
    this.walkInButton = this.screen.getByRole('button', { name: 'Prêt immédiat', exact: true });
    this.walkIn = new WalkInDialog(page);
  }

  async openWalkIn(): Promise<WalkInDialog> {
    await this.walkInButton.click();
    await expect(this.walkIn.root).toBeVisible();
    return this.walkIn;
  }

  async openRecurring(): Promise<RecurringDialog> {
    await this.recurringButton.click();
    await expect(this.recurring.root).toBeVisible();
    return this.recurring;
  }

  async expectShown(): Promise<void> {
    await expect(this.screen).toBeVisible();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  row(bookingId: number): Locator {
    return this.screen.getByTestId(`booking-row-${bookingId}`);
  }

  async openNew(): Promise<BookingEditor> {
    await this.newButton.click();
    await this.editor.expectOpen();
    return this.editor;
  }

  /** Finds a booking by its number in the search field, then opens it. */
  async open(bookingId: number): Promise<BookingEditor> {
    await this.searchFor(String(bookingId));
    await this.row(bookingId).click();
    await this.editor.expectOpen();
    await expect(this.editor.status).toBeVisible();
    return this.editor;
  }

  /** Opens a booking and starts its checkout ("Sortie…"). */
  async startCheckout(bookingId: number): Promise<CheckoutDialog> {
    const editor = await this.open(bookingId);
    await editor.checkoutButton.click();
    await expect(editor.root).toBeHidden();
    await this.checkout.expectReady();
    return this.checkout;
  }

  /** Opens a loan that is out and starts its return ("Retour…"). */
  async startReturn(bookingId: number): Promise<ReturnDialog> {
    const editor = await this.open(bookingId);
    await editor.returnButton.click();
    await expect(editor.root).toBeHidden();
    await this.returnDialog.expectReady();
    return this.returnDialog;
  }
}

/** "Réservation récurrente": the booking's fields, weekday and times, until; the occurrences checked. */
export class RecurringDialog {
  readonly root: Locator;
  readonly editor: BookingEditor;
  readonly firstDate: Locator;
  readonly startTime: Locator;
  readonly endTime: Locator;
  readonly untilDate: Locator;
  readonly every: Locator;
  readonly verify: Locator;
  readonly preview: Locator;
  readonly occurrences: Locator;
  readonly includeClosed: Locator;
  readonly create: Locator;
  readonly result: Locator;
  readonly error: Locator;
  readonly override: OverrideDialog;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('recurring-dialog');
    // The borrower picker, lines and detail fields are the editor's own, found inside this dialog.
    this.editor = new BookingEditor(page, this.root);
    this.firstDate = this.root.getByLabel(/^Première date/);
    this.startTime = this.root.getByLabel(/^Heure de début/);
    this.endTime = this.root.getByLabel(/^Heure de fin/);
    this.untilDate = this.root.getByLabel(/^Jusqu’au \(inclus\)/);
    this.every = this.root.getByRole('combobox', { name: 'Fréquence', exact: true });
    this.verify = this.root.getByRole('button', { name: 'Vérifier', exact: true });
    this.preview = this.root.getByTestId('recurring-preview');
    this.occurrences = this.root.getByRole('table', { name: 'Occurrences et disponibilité', exact: true });
    this.includeClosed = this.root.getByTestId('recurring-include-closed');
    this.create = this.root.getByTestId('recurring-create');
    this.result = this.root.getByTestId('recurring-result');
    this.error = this.root.getByTestId('recurring-error');
    this.override = new OverrideDialog(page, 'recurring-override-dialog');
  }

  occurrence(date: string): Locator {
    return this.root.getByTestId(`occurrence-${date}`);
  }
}

/** "Prêt immédiat": the booking's fields and the handover's, recorded in one go. */
export class WalkInDialog {
  readonly root: Locator;
  readonly editor: BookingEditor;
  readonly notesRead: Locator;
  readonly depositAmount: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly overrideButton: Locator;
  readonly override: OverrideDialog;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('walkin-dialog');
    this.editor = new BookingEditor(page, this.root);
    this.notesRead = this.root.getByRole('checkbox', { name: 'Consignes lues et transmises à l’emprunteur' });
    this.depositAmount = this.root.getByTestId('checkout-deposit').getByLabel(/^Montant \(€\)/);
    this.submit = this.root.getByRole('button', { name: 'Enregistrer le prêt et la sortie', exact: true });
    this.error = this.root.getByTestId('walkin-error');
    this.overrideButton = this.root.getByRole('button', { name: 'Dérogation du responsable…', exact: true });
    this.override = new OverrideDialog(page, 'walkin-override-dialog');
  }

  line(code: string): Locator {
    return this.root.getByTestId(`checkout-line-${code}`);
  }

  async fillCheque(c: ChequeInput): Promise<void> {
    const deposit = this.root.getByTestId('checkout-deposit');
    await deposit.getByRole('radio', { name: 'Chèque', exact: true }).check();
    await deposit.getByLabel(/^N° de chèque/).fill(c.number);
    await deposit.getByLabel(/^Banque/).fill(c.bank);
    await deposit.getByLabel(/^Tireur \(titulaire\)/).fill(c.drawer);
  }
}
