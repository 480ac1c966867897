import { expect, type Locator, type Page } from '@playwright/test';

export interface BookingPeriod {
  /** 'YYYY-MM-DD' */
  startDate: string;
  /** 'HH:mm' (or as an agent types it: '9h', '930') */
  startTime: string;
  endDate: string;
  endTime: string;
}

/** The booking dialog (new or existing), in French. */
export class BookingEditor {
  readonly root: Locator;
  readonly title: Locator;
  readonly status: Locator;
  readonly borrowerSearch: Locator;
  readonly borrowerChosen: Locator;
  readonly firm: Locator;
  readonly option: Locator;
  readonly startDate: Locator;
  readonly startTime: Locator;
  readonly endDate: Locator;
  readonly endTime: Locator;
  readonly purpose: Locator;
  readonly placeOfUse: Locator;
  readonly expectedPeople: Locator;
  readonly lines: Locator;
  readonly scan: Locator;
  readonly scanMessage: Locator;
  readonly unavailable: Locator;
  readonly error: Locator;
  readonly save: Locator;
  readonly checkoutButton: Locator;
  readonly returnButton: Locator;
  readonly close: Locator;
  readonly warnings: Locator;
  readonly closedDay: Locator;
  readonly overrideButton: Locator;
  readonly override: OverrideDialog;
  readonly endProposed: Locator;

  /** `root`: another dialog that holds the editor's fields (recurring booking, walk-in). */
  constructor(
    readonly page: Page,
    root?: Locator,
  ) {
    this.root = root ?? page.getByTestId('booking-dialog');
    this.title = this.root.getByRole('heading', { level: 2 });
    this.status = this.root.getByTestId('booking-status');
    this.borrowerSearch = this.root.getByRole('searchbox', { name: /^Emprunteur/ });
    this.borrowerChosen = this.root.getByTestId('booking-borrower');
    this.firm = this.root.getByRole('radio', { name: 'Réservation ferme', exact: true });
    this.option = this.root.getByRole('radio', { name: 'Option (provisoire)', exact: true });
    this.startDate = this.root.getByLabel(/^Début \(date\)/);
    this.startTime = this.root.getByLabel(/^Heure de début/);
    this.endDate = this.root.getByLabel(/^Fin \(date\)/);
    this.endTime = this.root.getByLabel(/^Heure de fin/);
    this.purpose = this.root.getByLabel(/^Objet \(manifestation\)/);
    this.placeOfUse = this.root.getByLabel(/^Lieu d’utilisation/);
    this.expectedPeople = this.root.getByLabel(/^Personnes attendues/);
    this.lines = this.root.getByRole('table', { name: 'Ressources réservées', exact: true });
    this.scan = this.root.getByRole('textbox', { name: 'Scanner un code', exact: true });
    this.scanMessage = this.root.getByTestId('booking-scan-message');
    this.unavailable = this.root.getByTestId('booking-unavailable');
    this.error = this.root.getByTestId('booking-error');
    this.save = this.root.getByRole('button', { name: /^(Enregistrer la réservation|Enregistrer)$/ });
    this.checkoutButton = this.root.getByRole('button', { name: 'Sortie…', exact: true });
    this.returnButton = this.root.getByRole('button', { name: 'Retour…', exact: true });
    this.close = this.root.getByTestId('booking-close');
    this.warnings = this.root.getByTestId('booking-warnings');
    this.closedDay = this.root.getByTestId('booking-closed-day');
    this.overrideButton = this.root.getByRole('button', { name: 'Dérogation du responsable…', exact: true });
    this.override = new OverrideDialog(page, 'booking-override-dialog');
    this.endProposed = this.root.getByTestId('booking-end-proposed');
  }

  async expectOpen(): Promise<void> {
    await expect(this.root).toBeVisible();
  }

  /** Types part of the borrower's name and picks them among the suggestions. */
  async chooseBorrower(name: string): Promise<void> {
    await this.borrowerSearch.fill(name);
    await this.root
      .getByTestId('booking-borrower-suggestions')
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) })
      .click();
    await expect(this.borrowerChosen).toContainText(name);
  }

  async fillPeriod(p: BookingPeriod): Promise<void> {
    await this.startDate.fill(p.startDate);
    await this.startTime.fill(p.startTime);
    await this.endDate.fill(p.endDate);
    await this.endTime.fill(p.endTime);
    await this.endTime.blur();
  }

  /** Types an inventory code in the scan field and presses Enter, as a barcode reader does. */
  async scanCode(code: string): Promise<void> {
    await this.scan.fill(code);
    await this.scan.press('Enter');
    await expect(this.scan).toHaveValue('');
    await expect(this.line(code)).toBeVisible();
  }

  line(code: string): Locator {
    return this.root.getByTestId(`booking-line-${code}`);
  }

  quantity(name: string): Locator {
    return this.root.getByRole('textbox', { name: `Quantité de ${name}`, exact: true });
  }

  /** The live verdict of a line ('Disponible' / 'Indisponible' + first free slot). */
  availability(code: string): Locator {
    return this.root.getByTestId(`booking-availability-${code}`);
  }
}

/** A manager's override: what was refused, the written reason, then the manager's PIN. */
export class OverrideDialog {
  readonly root: Locator;
  readonly reason: Locator;
  readonly submit: Locator;
  readonly cancel: Locator;
  readonly error: Locator;
  readonly pin: PinPrompt;

  constructor(
    readonly page: Page,
    testId: string,
  ) {
    this.root = page.getByTestId(testId);
    this.reason = this.root.getByLabel(/^Motif de la dérogation/);
    this.submit = this.root.getByTestId(`${testId}-submit`);
    this.cancel = this.root.getByTestId(`${testId}-cancel`);
    this.error = this.root.getByTestId(`${testId}-error`);
    this.pin = new PinPrompt(page);
  }
}

/** The manager's PIN prompt the API client opens for a manager action. */
export class PinPrompt {
  readonly root: Locator;
  readonly message: Locator;
  readonly input: Locator;
  readonly submit: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('pin-dialog');
    this.message = this.root.getByRole('alert');
    this.input = this.root.getByLabel('Code PIN', { exact: true });
    this.submit = this.root.getByTestId('pin-submit');
    this.cancel = this.root.getByTestId('pin-cancel');
  }

  /** Types the PIN and presses Enter, as a manager at the desk does. */
  async enter(pin: string): Promise<void> {
    await expect(this.input).toBeFocused();
    await this.page.keyboard.type(pin);
    await this.page.keyboard.press('Enter');
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
