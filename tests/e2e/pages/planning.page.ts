import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell.page';
import { BookingEditor } from './booking-editor.page';
import { PickListView, ResourceCalendarView, WhoHadView } from './planning-views.page';

export type PlanningView = 'week' | 'calendar' | 'whoHad' | 'pickList';

/** The tab names an agent reads, in the order of the tab list. */
export const PLANNING_TABS: Record<PlanningView, string> = {
  week: 'Semaine',
  calendar: 'Calendrier d’une ressource',
  whoHad: 'Qui l’avait ?',
  pickList: 'Liste de préparation',
};

/** The "Planning" screen: its four tabs and the booking editor a hold opens. */
export class PlanningPage {
  readonly shell: AppShell;
  readonly screen: Locator;
  readonly heading: Locator;
  readonly tabList: Locator;
  readonly panel: Locator;
  readonly week: WeekView;
  readonly calendar: ResourceCalendarView;
  readonly whoHad: WhoHadView;
  readonly pick: PickListView;
  readonly editor: BookingEditor;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.screen = page.getByTestId('screen-planning');
    this.heading = this.screen.getByRole('heading', { level: 1 });
    this.tabList = this.screen.getByRole('tablist', { name: 'Vues du planning', exact: true });
    this.panel = this.screen.getByRole('tabpanel');
    this.week = new WeekView(this.panel);
    this.calendar = new ResourceCalendarView(this.panel);
    this.whoHad = new WhoHadView(this.panel);
    this.pick = new PickListView(this.panel);
    this.editor = new BookingEditor(page);
  }

  /** Opens the desk and goes to Planning through the navigation, as an agent would. */
  async open(appUrl: string): Promise<void> {
    await this.shell.open(appUrl);
    await this.shell.navLink('Planning').click();
    await expect(this.shell.navLink('Planning')).toHaveAttribute('aria-current', 'page');
    await expect(this.heading).toHaveText('Planning');
  }

  tab(view: PlanningView): Locator {
    return this.tabList.getByRole('tab', { name: PLANNING_TABS[view], exact: true });
  }

  /** Moves to a tab with the arrow keys from the selected one (one tab stop, ARIA tabs). */
  async tabByKeyboard(view: PlanningView): Promise<void> {
    const order = Object.keys(PLANNING_TABS) as PlanningView[];
    const selected = this.tabList.locator('[role="tab"][aria-selected="true"]');
    await selected.focus();
    const from = order.indexOf((await selected.getAttribute('data-tab')) as PlanningView);
    const to = order.indexOf(view);
    for (let i = from; i < to; i++) await this.page.keyboard.press('ArrowRight');
    for (let i = from; i > to; i--) await this.page.keyboard.press('ArrowLeft');
    await expect(this.tab(view)).toHaveAttribute('aria-selected', 'true');
    await expect(this.tab(view)).toBeFocused();
  }
}

/**
 * Types a date into a date field key by key, as an agent does. Chromium orders the field's parts
 * after its own interface language (dd/mm/yyyy in French, mm/dd/yyyy in English), so the order is
 * found first: ArrowUp raises the focused first part, and the value says which part it was.
 */
export async function typeDate(input: Locator, civil: string): Promise<void> {
  const [y, m, d] = civil.split('-') as [string, string, string];
  await input.focus();
  const before = await input.inputValue();
  await input.press('ArrowUp');
  await expect(input).not.toHaveValue(before);
  const after = await input.inputValue();
  const dayFirst = after.slice(5, 7) === before.slice(5, 7);
  await input.pressSequentially(dayFirst ? `${d}${m}${y}` : `${m}${d}${y}`);
}

/** "Semaine": one row per room and vehicle, seven day columns from Monday. */
export class WeekView {
  readonly root: Locator;
  readonly title: Locator;
  readonly previous: Locator;
  readonly current: Locator;
  readonly next: Locator;
  readonly goTo: Locator;
  readonly grid: Locator;
  readonly rowHeaders: Locator;
  readonly dayHeaders: Locator;

  constructor(panel: Locator) {
    this.root = panel.getByTestId('planning-week');
    this.title = this.root.getByRole('heading', { level: 2 });
    this.previous = this.root.getByRole('button', { name: '← Semaine précédente', exact: true });
    this.current = this.root.getByRole('button', { name: 'Cette semaine', exact: true });
    this.next = this.root.getByRole('button', { name: 'Semaine suivante →', exact: true });
    this.goTo = this.root.getByLabel('Aller à la semaine du', { exact: true });
    this.grid = this.root.getByRole('table');
    this.rowHeaders = this.grid.locator('tbody').getByRole('rowheader');
    this.dayHeaders = this.grid.locator('thead').getByRole('columnheader');
  }

  /** The row of a resource, found by the name in its row header. */
  row(resourceName: string): Locator {
    return this.grid.getByRole('row').filter({
      has: this.grid.page().getByRole('rowheader', { name: resourceName }),
    });
  }

  /** A resource's cell for a day: 0 is Monday. */
  cell(resourceName: string, dayIndex: number): Locator {
    return this.row(resourceName).getByRole('cell').nth(dayIndex);
  }

  /** The blocks (holds) of a cell, each a button named after the booking. */
  holds(resourceName: string, dayIndex: number): Locator {
    return this.cell(resourceName, dayIndex).getByRole('button');
  }
}
