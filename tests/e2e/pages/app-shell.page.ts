import { expect, type Locator, type Page } from '@playwright/test';

export type Screen = 'catalogue' | 'borrowers';
export type Lang = 'fr' | 'en';

/** The desk around every screen: navigation, language, staff profile, fixed-clock banner, toasts. */
export class AppShell {
  readonly nav: Locator;
  readonly main: Locator;
  readonly clockBanner: Locator;
  readonly staffProfile: Locator;
  readonly toast: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation');
    this.main = page.getByRole('main');
    this.clockBanner = page.getByTestId('clock-banner');
    this.staffProfile = page.getByRole('combobox', { name: /^(Profil au comptoir|Desk profile)$/ });
    this.toast = page.getByTestId('toast');
  }

  /** Opens the address printed by `comptoir serve` (optionally on a screen) and waits until the desk is ready. */
  async open(appUrl: string, screen?: Screen): Promise<void> {
    await this.page.goto(screen ? `${appUrl}#/${screen}` : appUrl);
    await this.waitReady();
  }

  async waitReady(): Promise<void> {
    await expect(this.page.locator('body')).toHaveAttribute('data-app-state', 'ready');
  }

  /** A navigation link by its visible name in the current language. */
  navLink(name: string | RegExp): Locator {
    return this.nav.getByRole('link', { name, exact: typeof name === 'string' ? true : undefined });
  }

  /** The link of the screen being shown (aria-current="page"). */
  get currentNavLink(): Locator {
    return this.nav.locator('a[aria-current="page"]');
  }

  /** Goes to a screen through the navigation, whatever the language. */
  async goTo(screen: Screen): Promise<void> {
    await this.nav.getByTestId(`nav-${screen}`).click();
    await expect(this.nav.getByTestId(`nav-${screen}`)).toHaveAttribute('aria-current', 'page');
  }

  languageButton(lang: Lang): Locator {
    return this.page.getByRole('button', { name: lang === 'fr' ? 'Français' : 'English', exact: true });
  }

  async switchLanguage(lang: Lang): Promise<void> {
    await this.languageButton(lang).click();
    await expect(this.languageButton(lang)).toHaveAttribute('aria-pressed', 'true');
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }

  async chooseProfile(label: string): Promise<void> {
    await this.staffProfile.selectOption({ label });
  }

  /** Presses Tab until `target` has the focus, as an agent would; fails after `maxPresses`. */
  async tabTo(target: Locator, maxPresses = 15): Promise<void> {
    for (let i = 0; i < maxPresses; i++) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false)) return;
    }
    throw new Error(`Not reached with ${maxPresses} presses of Tab: ${target.toString()}`);
  }
}
