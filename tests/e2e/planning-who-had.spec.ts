import { test, expect, TODAY, type Comptoir } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { PlanningPage, typeDate } from './pages/planning.page';
import {
  addDays,
  frDateLong,
  frDateTime,
  frPeriod,
  resourceByCode,
  type BookingRow,
  type Wall,
} from './planning-data';

interface WhoHadRow {
  bookingId: number;
  agreementNumber: string | null;
  borrowerName: string;
  borrowerPhone: string | null;
  representativeName: string | null;
  checkedOutAt: string;
  returnedAt: string | null;
  start: Wall;
  end: Wall;
  drivers: string[];
  quantity: number;
}

const whoHad = (comptoir: Comptoir, resourceId: number, date: string) =>
  comptoir.call<WhoHadRow[]>('loans.whoHad', { resourceId, date });

test.describe('Planning — who had this resource on a date', () => {
  test('the minibus on a day of the demo history: borrower, agreement, named drivers; a day with nobody', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    // ---- From the data: the minibus's latest trip with a named driver, and a day it stayed in ------
    const minibus = await resourceByCode(comptoir, 'VEH-MIN');
    const returned = (
      await comptoir.call<BookingRow[]>('bookings.list', { resourceId: minibus.id, status: 'returned' })
    ).sort((a, b) => b.start.date.localeCompare(a.start.date));
    let day: string | null = null;
    let expected: WhoHadRow[] = [];
    for (const b of returned) {
      // The day after the pickup when the trip lasts, the pickup day otherwise.
      const d = b.end.date > b.start.date ? addDays(b.start.date, 1) : b.start.date;
      const rows = await whoHad(comptoir, minibus.id, d);
      if (rows.some((r) => r.bookingId === b.id && r.drivers.length > 0 && r.agreementNumber)) {
        day = d;
        expected = rows;
        break;
      }
    }
    if (!day) throw new Error('The demo history has no minibus trip with a named driver');
    let empty: string | null = null;
    for (let d = addDays(day, -1), i = 0; i < 60 && !empty; d = addDays(d, -1), i++)
      if ((await whoHad(comptoir, minibus.id, d)).length === 0) empty = d;
    if (!empty) throw new Error('The minibus was out every day for two months before its trip');

    const planning = new PlanningPage(page);
    const who = planning.whoHad;
    await planning.open(appUrl);

    await test.step('choose the minibus from the keyboard: today, nobody had it', async () => {
      await planning.tabByKeyboard('whoHad');
      await expect(who.root).toContainText('Une amende arrive ? Elle est adressée au conducteur');
      await expect(who.date).toHaveValue(TODAY);
      await expect(who.result).toHaveCount(0);
      await planning.shell.tabTo(who.picker.input, 3);
      await who.picker.chooseByKeyboard('minibus', minibus.name);
      expect(await whoHad(comptoir, minibus.id, TODAY)).toEqual([]);
      await expect(who.resultTitle).toHaveText(`Le ${frDateLong(TODAY)}`);
      await expect(who.result).toContainText(`Personne n’avait cette ressource le ${frDateLong(TODAY)}.`);
    });

    await test.step(`type the date of a trip (${day}): what loans.whoHad says, as the agent reads it`, async () => {
      await page.keyboard.press('Tab');
      await expect(who.date).toBeFocused();
      await typeDate(who.date, day!);
      await expect(who.date).toHaveValue(day!);
      await expect(who.resultTitle).toHaveText(`Le ${frDateLong(day!)}`);
      await expect(who.cards).toHaveCount(expected.length);
      for (const w of expected) {
        const card = who.card(w.borrowerName);
        await expect(card).toBeVisible();
        await expect(who.field(card, 'Période')).toHaveText(frPeriod(w.start, w.end));
        await expect(who.field(card, 'Sortie le')).toHaveText(frDateTime(w.checkedOutAt));
        await expect(who.field(card, 'Rendue le')).toHaveText(
          w.returnedAt ? frDateTime(w.returnedAt) : 'Pas encore rendue',
        );
        await expect(who.field(card, 'Représentant')).toHaveText(w.representativeName ?? '—');
        await expect(who.field(card, 'Téléphone')).toHaveText(w.borrowerPhone ?? '—');
        await expect(who.field(card, 'Convention')).toHaveText(w.agreementNumber ?? '');
        await expect(who.field(card, 'Conducteurs nommés').getByRole('listitem')).toHaveText(w.drivers);
      }
      await page.screenshot({ path: '/tmp/shots/planning-who-had.png', fullPage: true });
      await expectNoSeriousA11yViolations(page, { include: '[data-testid="screen-planning"]' });
    });

    await test.step('its booking opens from the card', async () => {
      const first = expected[0]!;
      await who
        .card(first.borrowerName)
        .getByRole('button', { name: 'Ouvrir la réservation' })
        .press('Enter');
      await planning.editor.expectOpen();
      await expect(planning.editor.title).toHaveText(`Réservation n° ${first.bookingId}`);
      await page.keyboard.press('Escape');
      await expect(planning.editor.root).toBeHidden();
    });

    await test.step(`a day it stayed at the centre (${empty}): a clear “nobody”`, async () => {
      await typeDate(who.date, empty!);
      await expect(who.resultTitle).toHaveText(`Le ${frDateLong(empty!)}`);
      await expect(who.cards).toHaveCount(0);
      await expect(who.result).toContainText(`Personne n’avait cette ressource le ${frDateLong(empty!)}.`);
      await page.screenshot({ path: '/tmp/shots/planning-who-had-nobody.png', fullPage: true });
    });
  });
});
