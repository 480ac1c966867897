import { mkdirSync } from 'node:fs';
import { test, expect, type Comptoir } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { SettingsPage } from './pages/settings.page';

/**
 * « Réglages » (issue 3, DOMAIN.md "Availability" and "Time"): a manager sets the fairness rules,
 * the late-return rules and the opening calendar through the screen, with the PIN; the API is used
 * only to look ids up and to check the effect of a setting on bookings.
 */

const SHOTS = '/tmp/shots';
const PIN = '1234';

interface ResourceRow {
  id: number;
  inventoryCode: string;
}
interface OrgRow {
  id: number;
  name: string;
  suspended: unknown;
}

async function resourceId(comptoir: Comptoir, code: string): Promise<number> {
  const rows = await comptoir.call<ResourceRow[]>('resources.list', {});
  const row = rows.find((r) => r.inventoryCode === code);
  if (!row) throw new Error(`No resource ${code} in the demo`);
  return row.id;
}

async function borrowerId(comptoir: Comptoir): Promise<number> {
  const rows = await comptoir.call<OrgRow[]>('organisations.list', {});
  const row = rows.find((o) => o.suspended === null && o.name === 'Boxing Club Muretain');
  if (!row) throw new Error('No Boxing Club Muretain (not suspended) in the demo');
  return row.id;
}

function booking(borrower: number, resource: number, from: string, to: string, times = ['10:00', '10:00']) {
  return {
    borrowerId: borrower,
    start: { date: from, time: times[0] },
    end: { date: to, time: times[1] },
    status: 'confirmed',
    lines: [{ resourceId: resource, quantity: 1 }],
  };
}

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test.describe('Réglages', () => {
  test('the longest booking set by the manager refuses a longer booking', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const settings = new SettingsPage(page);
    const mic = await resourceId(comptoir, 'SON-MIC-1');
    const borrower = await borrowerId(comptoir);
    // The microphone is free over the whole period: a refusal afterwards is the rule, not a conflict.
    const free = await comptoir.call<{ available: boolean }>('availability.check', {
      resourceId: mic,
      quantity: 1,
      start: { date: '2026-09-01', time: '10:00' },
      end: { date: '2026-09-11', time: '10:00' },
    });
    expect(free.available).toBe(true);

    await settings.open(appUrl);
    await expect(settings.tab('fairness')).toHaveAttribute('aria-selected', 'true');
    const longest = settings.field(settings.fairness, 'Durée maximale d’une réservation (jours)');
    await expect(longest).toHaveValue('');
    await longest.focus();
    await page.keyboard.type('7');
    await settings.saveWithPin(PIN);
    await expect(settings.savedNotice(settings.fairness)).toHaveText('Réglages enregistrés.');
    expect(await comptoir.call('bookings.getRules', {})).toMatchObject({ maxDurationDays: 7 });

    await expect(
      comptoir.call('bookings.create', booking(borrower, mic, '2026-09-01', '2026-09-11')),
    ).rejects.toThrow(/fairness_too_long.*7 jour\(s\) au plus/);
    await expect(
      comptoir.call('bookings.create', booking(borrower, mic, '2026-09-01', '2026-09-08')),
    ).resolves.toMatchObject({ status: 'confirmed' });

    // Kept: the screen shows it again after a reload.
    await page.reload();
    await expect(settings.field(settings.fairness, 'Durée maximale d’une réservation (jours)')).toHaveValue(
      '7',
    );
    await page.screenshot({ path: `${SHOTS}/settings-fairness.png`, fullPage: true });
    await expectNoSeriousA11yViolations(page);
  });

  test('a value out of range is refused beside its field, what was typed stays, and no PIN is asked', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const settings = new SettingsPage(page);
    await settings.open(appUrl);

    const share = settings.field(settings.fairness, 'Part maximale d’un stock par réservation (%)');
    const advance = settings.field(settings.fairness, 'Délai maximal de réservation (jours à l’avance)');
    await advance.fill('90');
    await share.fill('150');
    await share.press('Enter');
    await expect(settings.errorOf(settings.fairness, 'Part maximale')).toHaveText(
      'Valeur trop grande (maximum 100).',
    );
    await expect(share).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.pin.root).toBeHidden();
    await expect(share).toHaveValue('150');
    await expect(advance).toHaveValue('90');
    expect(await comptoir.call('bookings.getRules', {})).toMatchObject({ maxStockSharePercent: null });

    await share.fill('50');
    await share.focus();
    await settings.saveWithPin(PIN);
    await expect(settings.savedNotice(settings.fairness)).toBeVisible();
    await expect(settings.errorOf(settings.fairness, 'Part maximale')).toHaveCount(0);
    expect(await comptoir.call('bookings.getRules', {})).toEqual({
      maxAdvanceDays: 90,
      maxDurationDays: null,
      maxStockSharePercent: 50,
    });

    // Late returns, reached with the arrow keys: an unreadable amount is caught before sending.
    await settings.tab('fairness').focus();
    await page.keyboard.press('ArrowRight');
    await expect(settings.tab('lateness')).toHaveAttribute('aria-selected', 'true');
    const fee = settings.field(settings.lateness, 'Pénalité par jour de retard (€)');
    await expect(fee).toHaveValue('2,00');
    await fee.fill('deux');
    await fee.press('Enter');
    await expect(settings.errorOf(settings.lateness, 'Pénalité par jour')).toHaveText(
      'Montant illisible : tapez par exemple 12,50 ou 1 500.',
    );
    await expect(settings.pin.root).toBeHidden();
    await fee.fill('3,50');
    await settings.field(settings.lateness, 'Nombre maximal de prolongations').fill('');
    await fee.focus();
    await settings.saveWithPin(PIN);
    await expect(settings.savedNotice(settings.lateness)).toHaveText('Réglages enregistrés.');
    expect(await comptoir.call('lateness.getRules', {})).toMatchObject({
      feePerDayCents: 350,
      feeCapCents: 3000,
      maxExtensions: null,
    });
    await page.screenshot({ path: `${SHOTS}/settings-lateness.png`, fullPage: true });
    await expectNoSeriousA11yViolations(page);

    // Opening hours, typed as at the counter: a closing before the opening is refused beside that time.
    await settings.tab('calendar').click();
    const closes = settings.time('mardi', 1, 'to');
    await expect(closes).toHaveValue('12:00');
    await closes.fill('8h');
    await settings.saveButton(settings.hours).click();
    await expect(closes).toHaveValue('08:00');
    await expect(settings.hours.getByText('La fermeture doit être après l’ouverture.')).toBeVisible();
    await expect(closes).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.pin.root).toBeHidden();
    await closes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/settings-hours-error.png` });

    // Corrected, and Monday opened (the usual hours are proposed), then saved with the PIN.
    await closes.fill('12:30');
    await settings.hours.getByRole('checkbox', { name: 'Ouvert le lundi' }).check();
    await expect(settings.time('lundi', 1, 'from')).toHaveValue('09:00');
    await settings.time('lundi', 2, 'to').fill('17');
    await settings.time('lundi', 2, 'to').focus();
    await settings.saveWithPin(PIN);
    await expect(settings.savedNotice(settings.hours)).toHaveText('Horaires enregistrés.');
    await expect(settings.hours.locator('.field-error')).toHaveCount(0);
    expect(await comptoir.call('calendar.get', {})).toMatchObject({
      weekly: {
        monday: [
          { from: '09:00', to: '12:00' },
          { from: '14:00', to: '17:00' },
        ],
        tuesday: [
          { from: '09:00', to: '12:30' },
          { from: '14:00', to: '18:00' },
        ],
      },
    });
  });

  test('Alsace-Moselle adds Good Friday and 26 December to the holidays shown', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const settings = new SettingsPage(page);
    await settings.open(appUrl);
    await settings.tab('calendar').click();
    await expect(settings.holidays.getByRole('heading', { name: 'Jours fériés 2026' })).toBeVisible();
    await expect(settings.holidayRow('2026-12-25')).toContainText('Noël');
    await expect(settings.holidayRow('2026-12-26')).toHaveCount(0);
    await expect(settings.holidayRow('2026-04-03')).toHaveCount(0);
    await expect(settings.alsace).not.toBeChecked();

    await settings.alsace.focus();
    await page.keyboard.press('Space');
    await expect(settings.pin.root).toBeVisible();
    await settings.pin.enter(PIN);
    await expect(settings.alsace).toBeChecked();
    await expect(settings.holidays.getByRole('status')).toHaveText(
      'Régime d’Alsace-Moselle appliqué : jours fériés recalculés.',
    );
    await expect(settings.holidayRow('2026-12-26')).toHaveText(/samedi 26 décembre 2026\s*Saint-Étienne/);
    await expect(settings.holidayRow('2026-04-03')).toHaveText(/vendredi 3 avril 2026\s*Vendredi saint/);
    expect(await comptoir.call('calendar.get', {})).toMatchObject({ alsaceMoselle: true });
    // The screen scrolls inside the layout: a tall window shows the whole calendar at once.
    await page.setViewportSize({ width: 1280, height: 1900 });
    await page.screenshot({ path: `${SHOTS}/settings-calendar.png` });
    await expectNoSeriousA11yViolations(page);

    // In English, the same screen and the holidays' English names.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(settings.heading).toHaveText('Settings');
    await expect(settings.holidayRow('2026-12-26')).toHaveText(
      /Saturday 26 December 2026\s*St Stephen's Day/,
    );
    await expect(settings.screen.getByRole('tab', { name: 'Opening calendar' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  test('a closure added is listed and refuses a room on its days; removed, the day opens again', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const settings = new SettingsPage(page);
    const room = await resourceId(comptoir, 'SAL-COM');
    const borrower = await borrowerId(comptoir);
    const evening = {
      start: { date: '2026-07-21', time: '18:00' },
      end: { date: '2026-07-21', time: '20:00' },
    };
    const openCheck = () =>
      comptoir.call<{ roomOnClosedDay: boolean }>('calendar.check', { ...evening, kinds: ['room'] });
    expect(await openCheck()).toMatchObject({ roomOnClosedDay: false });

    await settings.open(appUrl);
    await settings.tab('calendar').click();
    await expect(settings.closures.getByText('Aucune fermeture prévue.')).toBeVisible();
    await settings.field(settings.closureForm, 'Du').fill('2026-07-20');
    await settings.field(settings.closureForm, 'Au (inclus)').fill('2026-07-24');
    const reason = settings.field(settings.closureForm, 'Motif');
    await reason.fill('Inventaire d’été');
    await reason.focus();
    await settings.saveWithPin(PIN);
    await expect(settings.savedNotice(settings.closureForm)).toHaveText('Fermeture ajoutée.');
    await expect(settings.closureRows()).toHaveCount(1);
    await expect(settings.closureRows().first()).toHaveText(
      /du 20\/07\/2026 au 24\/07\/2026\s*Inventaire d’été/,
    );
    await expect(reason).toHaveValue('');

    await expect(
      comptoir.call(
        'bookings.create',
        booking(borrower, room, '2026-07-21', '2026-07-21', ['18:00', '20:00']),
      ),
    ).rejects.toThrow(/room_closed_day.*fermeture : Inventaire d’été/);
    expect(await openCheck()).toMatchObject({ roomOnClosedDay: true });
    await page.screenshot({ path: `${SHOTS}/settings-closures.png`, fullPage: true });

    await settings.closures
      .getByRole('button', { name: 'Retirer la fermeture « Inventaire d’été »' })
      .click();
    const confirm = page.getByTestId('settings-closure-remove');
    await expect(confirm).toContainText('Le centre sera de nouveau ouvert du 20/07/2026 au 24/07/2026');
    await confirm.getByRole('button', { name: 'Retirer', exact: true }).click();
    await settings.pin.enter(PIN);
    await expect(settings.closures.getByText('Fermeture retirée.')).toBeVisible();
    await expect(settings.closureRows()).toHaveCount(0);
    expect(await openCheck()).toMatchObject({ roomOnClosedDay: false });
    await expectNoSeriousA11yViolations(page);
  });
});
