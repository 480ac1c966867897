import { expect, type Locator } from '@playwright/test';

/** The resource finder shared by the calendar and "Qui l’avait ?": type, Enter takes the first. */
export class PlanningResourcePicker {
  readonly input: Locator;
  readonly chosen: Locator;
  readonly change: Locator;
  readonly suggestions: Locator;

  constructor(root: Locator) {
    this.input = root.getByRole('searchbox', { name: 'Ressource', exact: true });
    this.chosen = root.locator('.planning-picked');
    this.change = this.chosen.getByRole('button', { name: 'Changer', exact: true });
    this.suggestions = root.locator('.planning-suggestions').getByRole('button');
  }

  /** Types a code or part of a name and takes the first suggestion with Enter. */
  async chooseByKeyboard(search: string, expectedName: string): Promise<void> {
    await this.input.focus();
    await this.input.pressSequentially(search);
    await expect(this.suggestions.first()).toContainText(expectedName);
    await this.input.press('Enter');
    await expect(this.chosen).toContainText(expectedName);
    // The field gave way to the chosen resource: the focus moves with it, not back to the page.
    await expect(this.change).toBeFocused();
  }
}

/** "Calendrier d’une ressource": a month grid (or the next 8 weeks as a list) of one resource. */
export class ResourceCalendarView {
  readonly root: Locator;
  readonly picker: PlanningResourcePicker;
  readonly hint: Locator;
  readonly monthView: Locator;
  readonly listView: Locator;
  readonly monthTitle: Locator;
  readonly previousMonth: Locator;
  readonly thisMonth: Locator;
  readonly nextMonth: Locator;
  readonly month: Locator;
  readonly list: Locator;

  constructor(panel: Locator) {
    this.root = panel.getByTestId('planning-calendar');
    this.picker = new PlanningResourcePicker(this.root);
    this.hint = this.root.getByText('Choisissez une ressource pour voir son calendrier.');
    this.monthView = this.root.getByRole('button', { name: 'Mois', exact: true });
    this.listView = this.root.getByRole('button', { name: '8 prochaines semaines', exact: true });
    this.monthTitle = this.root.getByRole('heading', { level: 2 });
    this.previousMonth = this.root.getByRole('button', { name: '← Mois précédent', exact: true });
    this.thisMonth = this.root.getByRole('button', { name: 'Ce mois-ci', exact: true });
    this.nextMonth = this.root.getByRole('button', { name: 'Mois suivant →', exact: true });
    this.month = this.root.getByRole('table', { name: /^Calendrier de / });
    this.list = this.root.getByRole('table', { name: /^Réservations et maintenances de / });
  }

  /** The cell of a day of the shown month (the grid also shows the ends of the months around it). */
  day(dayOfMonth: number): Locator {
    return this.month.locator('td:not(.other-month)').filter({
      has: this.month.page().locator('.month-day-number', { hasText: new RegExp(`^${dayOfMonth}$`) }),
    });
  }
}

/** "Qui l’avait ?": a resource and a date, then who had it out that day. */
export class WhoHadView {
  readonly root: Locator;
  readonly picker: PlanningResourcePicker;
  readonly date: Locator;
  readonly result: Locator;
  readonly resultTitle: Locator;
  readonly cards: Locator;

  constructor(panel: Locator) {
    this.root = panel.getByTestId('planning-who');
    this.picker = new PlanningResourcePicker(this.root);
    this.date = this.root.getByLabel('Date', { exact: true });
    this.result = this.root.getByTestId('who-result');
    this.resultTitle = this.result.getByRole('heading', { level: 2 });
    this.cards = this.result.getByRole('article');
  }

  /** A loan's card, found by the borrower's name in its heading. */
  card(borrowerName: string): Locator {
    return this.cards.filter({
      has: this.root.page().getByRole('heading', { level: 3, name: borrowerName, exact: true }),
    });
  }

  /** The value beside a term ("Convention", "Conducteurs nommés"…) in a card. */
  field(card: Locator, term: string): Locator {
    return card.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  }
}

/** "Liste de préparation": what to take off the shelves at a site for a day's pickups. */
export class PickListView {
  readonly root: Locator;
  readonly site: Locator;
  readonly date: Locator;
  readonly print: Locator;
  readonly list: Locator;
  readonly title: Locator;
  readonly groups: Locator;
  readonly totals: Locator;

  constructor(panel: Locator) {
    this.root = panel.getByTestId('planning-pick');
    this.site = this.root.getByRole('combobox', { name: 'Site', exact: true });
    this.date = this.root.getByLabel('Date de la sortie', { exact: true });
    this.print = this.root.getByRole('button', { name: 'Imprimer', exact: true });
    this.list = this.root.getByRole('region', { name: /^À préparer — / });
    this.title = this.list.getByRole('heading', { level: 2 });
    this.groups = this.list.locator('.pick-group');
    this.totals = this.list.getByTestId('pick-totals');
  }

  /** A booking's group: its heading (number, borrower, time) and its table of lines. */
  group(bookingId: number): Locator {
    return this.groups.filter({
      has: this.root
        .page()
        .getByRole('heading', { level: 3, name: new RegExp(`^Réservation n° ${bookingId} — `) }),
    });
  }

  /** The rows of a table as arrays of cell texts (header row left out). */
  static async rowsOf(table: Locator): Promise<string[][]> {
    return table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
      );
  }
}
