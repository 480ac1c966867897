import { expect, type Locator, type Page } from '@playwright/test';

export type SettingsTab = 'fairness' | 'lateness' | 'calendar';

const TAB_NAMES: Record<SettingsTab, string> = {
  fairness: 'Règles de réservation',
  lateness: 'Retards et prolongations',
  calendar: 'Calendrier d’ouverture',
};

/** « Réglages »: the manager's fairness rules, late-return rules and opening calendar. */
export class SettingsPage {
  readonly screen: Locator;
  readonly heading: Locator;
  readonly pin: PinPrompt;
  readonly fairness: Locator;
  readonly lateness: Locator;
  readonly hours: Locator;
  readonly closures: Locator;
  readonly closureForm: Locator;
  readonly holidays: Locator;
  readonly alsace: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('screen-settings');
    this.heading = this.screen.getByRole('heading', { level: 1 });
    this.pin = new PinPrompt(page);
    this.fairness = this.screen.getByTestId('settings-fairness');
    this.lateness = this.screen.getByTestId('settings-lateness');
    this.hours = this.screen.getByTestId('settings-hours');
    this.closures = this.screen.getByTestId('settings-closures');
    this.closureForm = this.screen.getByTestId('settings-closure-add');
    this.holidays = this.screen.getByTestId('settings-holidays');
    this.alsace = this.holidays.getByRole('checkbox', { name: /^Centre situé en Alsace-Moselle/ });
  }

  async open(appUrl: string): Promise<void> {
    await this.page.goto(`${appUrl}#/settings`);
    await expect(this.page.locator('body')).toHaveAttribute('data-app-state', 'ready');
    await expect(this.heading).toHaveText('Réglages');
  }

  tab(tab: SettingsTab): Locator {
    return this.screen.getByRole('tab', { name: TAB_NAMES[tab], exact: true });
  }

  /** A field of a form by the start of its visible label (a required mark may follow). */
  field(form: Locator, label: string): Locator {
    return form.getByLabel(label, { exact: false });
  }

  /** The message shown under a field, if any. */
  errorOf(form: Locator, label: string): Locator {
    return form
      .locator('.field', { has: this.page.getByLabel(label, { exact: false }) })
      .locator('.field-error');
  }

  saveButton(form: Locator): Locator {
    return form.locator('button[type=submit]');
  }

  savedNotice(form: Locator): Locator {
    return form.getByRole('status').filter({ hasText: /enregistr|ajoutée/ });
  }

  /** Saves with Enter from the focused field, then gives the manager's PIN. */
  async saveWithPin(pin = '1234'): Promise<void> {
    await this.page.keyboard.press('Enter');
    await expect(this.pin.root).toBeVisible();
    await this.pin.enter(pin);
    await expect(this.pin.root).toBeHidden();
  }

  /** One time field of the week's hours ('mardi', range 1, 'from'). */
  time(day: string, n: 1 | 2, end: 'from' | 'to'): Locator {
    return this.hours.getByLabel(`${day}, plage ${n} : ${end === 'from' ? 'ouverture' : 'fermeture'}`, {
      exact: true,
    });
  }

  holidayRow(date: string): Locator {
    return this.holidays.getByTestId(`holiday-${date}`);
  }

  closureRows(): Locator {
    return this.closures.getByTestId('settings-closure');
  }
}

/**
 * The manager's PIN prompt the API client opens. Kept here while no shared page object for it is
 * committed (the bookings editor's page object has one in progress).
 */
class PinPrompt {
  readonly root: Locator;
  readonly input: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('pin-dialog');
    this.input = this.root.getByLabel('Code PIN', { exact: true });
  }

  /** Types the PIN and presses Enter, as a manager at the desk does. */
  async enter(pin: string): Promise<void> {
    await expect(this.input).toBeFocused();
    await this.page.keyboard.type(pin);
    await this.page.keyboard.press('Enter');
  }
}
