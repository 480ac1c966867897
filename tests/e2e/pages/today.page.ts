import { expect, type Locator, type Page } from '@playwright/test';

export type TodaySection =
  'overdue' | 'pickups' | 'returns' | 'options' | 'insurance' | 'deposits' | 'inspections';

/** Today, the desk's first screen: what goes out, comes back, is late, and the deposits held. */
export class TodayPage {
  readonly screen: Locator;
  readonly heading: Locator;
  readonly reload: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('screen-today');
    this.heading = this.screen.getByRole('heading', { level: 1 });
    this.reload = this.screen.getByRole('button', { name: 'Actualiser', exact: true });
  }

  /** Waits until the day has arrived (the sections are drawn). */
  async expectLoaded(): Promise<void> {
    await expect(this.screen).toBeVisible();
    await expect(this.section('deposits')).toBeVisible();
  }

  section(name: TodaySection): Locator {
    return this.screen.getByTestId(`today-${name}`);
  }

  /** The number in the badge beside a section's title. */
  count(name: TodaySection): Locator {
    return this.section(name).getByRole('heading', { level: 3 }).locator('.badge');
  }

  async countOf(name: TodaySection): Promise<number> {
    return Number((await this.count(name).innerText()).trim());
  }

  /** A booking's row in "Cautions détenues". */
  depositRow(bookingId: number): Locator {
    return this.screen.getByTestId(`today-deposit-${bookingId}`);
  }
}
