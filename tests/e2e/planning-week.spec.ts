import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { PlanningPage, typeDate } from './pages/planning.page';
import {
  addDays,
  bookableBorrowers,
  createBooking,
  escapeRegExp,
  frDate,
  frPeriod,
  resourceByCode,
  resources,
  type BookingRow,
} from './planning-data';

/** The week of FIXED_NOW (Friday 5 June 2026): Monday 1 to Sunday 7 June. */
const MONDAY = '2026-06-01';
const SATURDAY = 5;
const SUNDAY = 6;

test.describe('Planning — week of rooms and vehicles', () => {
  test('this week’s rows, bookings made now in their day cells, next / previous / this week by keyboard', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    // ---- Set-up through the API: two holds this weekend -------------------------------------
    const all = await resources(comptoir);
    const roomsAndVehicles = all.filter((r) => r.kind === 'room' || r.kind === 'vehicle');
    const equipment = all.find((r) => r.kind === 'equipment');
    expect(roomsAndVehicles.length).toBeGreaterThan(1);
    const minibus = await resourceByCode(comptoir, 'VEH-MIN');
    const room = await resourceByCode(comptoir, 'SAL-GAR');
    const [a, b] = await bookableBorrowers(comptoir, 2);
    if (!a || !b) throw new Error('unreachable');
    // The minibus from Saturday morning to Tuesday noon: over the weekend into next week.
    const trip = { start: { date: '2026-06-06', time: '10:00' }, end: { date: '2026-06-09', time: '12:00' } };
    const tripId = await createBooking(comptoir, {
      borrowerId: a.id,
      ...trip,
      status: 'confirmed',
      lines: [{ resourceId: minibus.id, quantity: 1 }],
    });
    const party = {
      start: { date: '2026-06-06', time: '14:00' },
      end: { date: '2026-06-06', time: '18:00' },
    };
    const partyId = await createBooking(comptoir, {
      borrowerId: b.id,
      ...party,
      status: 'option',
      optionExpiresOn: '2026-06-06',
      lines: [{ resourceId: room.id, quantity: 1 }],
    });

    const planning = new PlanningPage(page);
    const week = planning.week;
    await planning.open(appUrl);
    await expect(planning.tab('week')).toHaveAttribute('aria-selected', 'true');

    await test.step('this week: a row per room and vehicle, today marked', async () => {
      await expect(week.title).toHaveText(`Semaine du ${frDate(MONDAY)} au 07/06/2026`);
      await expect(week.rowHeaders).toHaveCount(roomsAndVehicles.length);
      for (const r of roomsAndVehicles) await expect(week.row(r.name)).toContainText(r.inventoryCode);
      if (equipment) await expect(week.grid).not.toContainText(equipment.name);
      await expect(week.dayHeaders).toHaveText([
        'Salle ou véhicule',
        'lun. 01/06',
        'mar. 02/06',
        'mer. 03/06',
        'jeu. 04/06',
        'ven. 05/06 (aujourd’hui)',
        'sam. 06/06',
        'dim. 07/06',
      ]);
      await expect(week.grid.locator('th[aria-current="date"]')).toHaveText(/05\/06/);
      await expect(week.current).toBeDisabled();
    });

    await test.step('the bookings made through the API, in the right day cells with borrower names', async () => {
      const out = week.holds(minibus.name, SATURDAY);
      await expect(out).toHaveCount(1);
      await expect(out).toHaveAccessibleName(
        `Ouvrir la réservation n° ${tripId} : ${a.name}, ${frPeriod(trip.start, trip.end)}, Confirmée`,
      );
      await expect(out).toContainText('10:00–…');
      await expect(out).toContainText(a.name);
      await expect(week.holds(minibus.name, SUNDAY)).toContainText('Toute la journée');
      for (let d = 0; d < SATURDAY; d++) await expect(week.holds(minibus.name, d)).toHaveCount(0);

      const option = week.holds(room.name, SATURDAY);
      await expect(option).toHaveCount(1);
      await expect(option).toContainText('14:00–18:00');
      await expect(option).toContainText(b.name);
      await expect(option).toContainText('Option');
      await expect(week.holds(room.name, SUNDAY)).toHaveCount(0);
      await page.screenshot({ path: '/tmp/shots/planning-week.png', fullPage: true });
      await expectNoSeriousA11yViolations(page, { include: '[data-testid="screen-planning"]' });
    });

    await test.step('next week with the keyboard: the trip carries on to Tuesday noon', async () => {
      await planning.tab('week').focus();
      await planning.shell.tabTo(week.next, 4);
      await page.keyboard.press('Enter');
      await expect(week.title).toHaveText('Semaine du 08/06/2026 au 14/06/2026');
      await expect(week.next).toBeFocused();
      await expect(week.holds(minibus.name, 0)).toContainText('Toute la journée');
      await expect(week.holds(minibus.name, 1)).toContainText('…–12:00');
      await expect(week.holds(minibus.name, 1)).toContainText(a.name);
      await expect(week.holds(minibus.name, 2)).toHaveCount(0);
      await expect(week.grid.locator('th[aria-current="date"]')).toHaveCount(0);
      await expect(week.current).toBeEnabled();
    });

    await test.step('back to this week, then the week before, by keyboard', async () => {
      await week.current.focus();
      await page.keyboard.press('Enter');
      await expect(week.title).toHaveText(`Semaine du ${frDate(MONDAY)} au 07/06/2026`);
      await expect(week.current).toBeDisabled();
      // Unavailable now that this week is shown, yet it keeps the focus (not thrown back to the page).
      await expect(week.current).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(week.previous).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(week.title).toHaveText('Semaine du 25/05/2026 au 31/05/2026');
      await expect(week.rowHeaders).toHaveCount(roomsAndVehicles.length);
    });

    await test.step('a hold opens its booking from the keyboard', async () => {
      await week.current.click();
      await week.holds(room.name, SATURDAY).focus();
      await page.keyboard.press('Enter');
      await planning.editor.expectOpen();
      await expect(planning.editor.title).toHaveText(`Réservation n° ${partyId}`);
      await page.keyboard.press('Escape');
      await expect(planning.editor.root).toBeHidden();
    });
  });

  test('“Aller à la semaine du” a date: the weekly rehearsal shows on its room', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    // The demo's weekly room booking: its occurrences are confirmed bookings on one room.
    const rooms = (await resources(comptoir)).filter((r) => r.kind === 'room');
    let found: { room: string; booking: BookingRow } | null = null;
    for (const r of rooms) {
      const list = await comptoir.call<BookingRow[]>('bookings.list', {
        resourceId: r.id,
        status: 'confirmed',
        from: '2026-09-01',
        to: '2026-09-30',
      });
      const first = list.sort((x, y) => x.start.date.localeCompare(y.start.date))[0];
      if (first) {
        found = { room: r.name, booking: first };
        break;
      }
    }
    if (!found) throw new Error('No room booked in September 2026 in the demo');
    const { room, booking } = found;
    const day = booking.start.date;
    const weekday = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;

    const planning = new PlanningPage(page);
    await planning.open(appUrl);
    // Typed key by key: the field must not jump to another week while the date is half typed.
    await typeDate(planning.week.goTo, day);
    await expect(planning.week.goTo).toHaveValue(day);
    await expect(planning.week.title).toHaveText(
      `Semaine du ${frDate(addDays(day, -weekday))} au ${frDate(addDays(day, 6 - weekday))}`,
    );
    const block = planning.week.holds(room, weekday);
    await expect(block).toHaveCount(1);
    await expect(block).toContainText(`${booking.start.time}–${booking.end.time}`);
    await expect(block).toContainText(booking.borrowerName);
    await expect(block).toHaveAccessibleName(
      new RegExp(`^Ouvrir la réservation n° ${booking.id} : ${escapeRegExp(booking.borrowerName)}, `),
    );
    await page.screenshot({ path: '/tmp/shots/planning-week-september.png', fullPage: true });
  });
});
