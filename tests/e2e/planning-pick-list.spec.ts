import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test, expect, TODAY } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { PlanningPage } from './pages/planning.page';
import { PickListView } from './pages/planning-views.page';
import {
  addDays,
  bookableBorrowers,
  createBooking,
  frDateLong,
  resourceByCode,
  type Wall,
} from './planning-data';

const run = promisify(execFile);

interface PickRow {
  bookingId: number;
  borrowerName: string;
  start: Wall;
  inventoryCode: string;
  name: string;
  quantity: number;
  kitCode: string | null;
  safetyNotes: string | null;
}
interface PrintCounter {
  print: () => void;
  printed: number;
}
interface SiteRow {
  id: number;
  name: string;
  resourceCount: number;
}

test.describe('Planning — pick list per site', () => {
  test('tomorrow at the main site: each booking’s lines, kit components, safety notes, totals; print and PDF', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    // ---- Set-up through the API: two pickups tomorrow at the main site, one at another --------
    const tomorrow = addDays(TODAY, 1);
    const sites = await comptoir.call<SiteRow[]>('sites.list', {});
    const main = [...sites].sort((a, b) => b.resourceCount - a.resourceCount)[0]!;
    const kit = await resourceByCode(comptoir, 'KIT-SON');
    const chairs = await resourceByCode(comptoir, 'MOB-CHA');
    const minibus = await resourceByCode(comptoir, 'VEH-MIN');
    const mats = await resourceByCode(comptoir, 'SPT-TAP');
    for (const r of [kit, chairs, minibus]) expect(r.siteId).toBe(main.id);
    const other = sites.find((s) => s.id === mats.siteId)!;
    expect(other.id).not.toBe(main.id);
    const [a, b] = await bookableBorrowers(comptoir, 2);
    if (!a || !b) throw new Error('unreachable');
    // Made in this order on purpose: the afternoon one first, the list still goes by the clock.
    const afternoon = await createBooking(comptoir, {
      borrowerId: b.id,
      start: { date: tomorrow, time: '14:00' },
      end: { date: tomorrow, time: '18:00' },
      status: 'option',
      optionExpiresOn: tomorrow,
      lines: [{ resourceId: chairs.id, quantity: 10 }],
    });
    const morning = await createBooking(comptoir, {
      borrowerId: a.id,
      start: { date: tomorrow, time: '09:30' },
      end: { date: addDays(tomorrow, 3), time: '12:00' },
      status: 'confirmed',
      lines: [
        { resourceId: kit.id, quantity: 1 },
        { resourceId: chairs.id, quantity: 20 },
        { resourceId: minibus.id, quantity: 1 },
      ],
    });
    await createBooking(comptoir, {
      borrowerId: a.id,
      start: { date: tomorrow, time: '10:00' },
      end: { date: tomorrow, time: '17:00' },
      status: 'confirmed',
      lines: [{ resourceId: mats.id, quantity: 5 }],
    });
    const expected = await comptoir.call<PickRow[]>('loans.pickList', { siteId: main.id, date: tomorrow });
    expect(expected.some((r) => r.kitCode === kit.inventoryCode)).toBe(true);
    expect(expected.some((r) => r.safetyNotes)).toBe(true);

    const planning = new PlanningPage(page);
    const pick = planning.pick;
    await planning.open(appUrl);

    await test.step('the next opening (Saturday, tomorrow) at the main site, by default', async () => {
      // Friday's next opening is Saturday: the centre's own answer, not a date the page computes.
      expect(await comptoir.call<{ date: string }>('calendar.nextOpening', {})).toMatchObject({
        date: tomorrow,
      });
      await planning.tabByKeyboard('pickList');
      await expect(pick.site).toHaveValue(String(main.id));
      await expect(pick.site.locator('option:checked')).toHaveText(main.name);
      await expect(pick.date).toHaveValue(tomorrow);
      await expect(pick.title).toHaveText(`À préparer — ${main.name} — ${frDateLong(tomorrow)}`);
    });

    await test.step('each booking in the order it goes out, its lines as loans.pickList gives them', async () => {
      await expect(pick.groups).toHaveCount(2);
      await expect(pick.groups.nth(0).getByRole('heading', { level: 3 })).toHaveText(
        `Réservation n° ${morning} — ${a.name} — à 09:30`,
      );
      await expect(pick.groups.nth(1).getByRole('heading', { level: 3 })).toHaveText(
        `Réservation n° ${afternoon} — ${b.name} — à 14:00`,
      );
      for (const id of [morning, afternoon]) {
        const rows = expected.filter((r) => r.bookingId === id);
        const table = pick.group(id).getByRole('table');
        await expect(table.getByRole('columnheader')).toHaveText([
          'Code',
          'Ressource',
          'Qté',
          'Consignes de sécurité',
          'Prêt',
        ]);
        expect(await PickListView.rowsOf(table)).toEqual(
          rows.map((r) => [
            r.inventoryCode,
            r.kitCode ? `${r.name} — Composant du kit ${r.kitCode}` : r.name,
            String(r.quantity),
            r.safetyNotes ?? '',
            '',
          ]),
        );
      }
      // What leaves the shelves in all: the chairs of both bookings together.
      const chairTotal = expected
        .filter((r) => r.inventoryCode === chairs.inventoryCode)
        .reduce((n, r) => n + r.quantity, 0);
      expect(chairTotal).toBe(30);
      const totals = await PickListView.rowsOf(pick.totals);
      expect(totals).toContainEqual([chairs.inventoryCode, chairs.name, '30']);
      expect(totals.map((r) => r[0])).toEqual([...new Set(expected.map((r) => r.inventoryCode))].sort());
      await expect(pick.list).not.toContainText(mats.name);
      await page.screenshot({ path: '/tmp/shots/planning-pick-list.png', fullPage: true });
      await expectNoSeriousA11yViolations(page, { include: '[data-testid="screen-planning"]' });
    });

    await test.step('printed: the navigation and the form are left out, the list is on paper', async () => {
      // The button opens the browser's print dialog: counted here instead of opened.
      await page.evaluate(() => {
        const w = globalThis as unknown as PrintCounter;
        w.printed = 0;
        w.print = () => void w.printed++;
      });
      await pick.print.focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => (globalThis as unknown as PrintCounter).printed)).toBe(1);

      await page.emulateMedia({ media: 'print' });
      await expect(planning.shell.nav).toBeHidden();
      await expect(planning.tabList).toBeHidden();
      await expect(planning.heading).toBeHidden();
      await expect(pick.site).toBeHidden();
      await expect(pick.print).toBeHidden();
      await expect(pick.list).toBeVisible();
      await expect(pick.totals).toBeVisible();
      await page.screenshot({ path: '/tmp/shots/planning-pick-list-print.png', fullPage: true });

      const dir = mkdtempSync(join(tmpdir(), 'comptoir-pick-'));
      try {
        const pdf = join(dir, 'pick.pdf');
        writeFileSync(pdf, await page.pdf({ format: 'A4' }));
        const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
        const text = stdout.replace(/\s+/g, ' ');
        expect(text).toContain(`À préparer — ${main.name} — ${frDateLong(tomorrow)}`);
        expect(text).toContain(`Réservation n° ${morning} — ${a.name} — à 09:30`);
        for (const r of expected) expect(text).toContain(r.inventoryCode);
        const notes = expected.find((r) => r.safetyNotes)!.safetyNotes!;
        expect(text).toContain(notes.split(' ').slice(0, 4).join(' '));
        for (const hidden of ['Aujourd’hui', 'Emprunteurs', 'Imprimer', 'Liste de préparation'])
          expect(text).not.toContain(hidden);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      await page.emulateMedia({ media: 'screen' });
      await expect(planning.shell.nav).toBeVisible();
    });

    await test.step('another site, then a day with nothing to prepare', async () => {
      await pick.site.selectOption({ label: other.name });
      await expect(pick.title).toHaveText(`À préparer — ${other.name} — ${frDateLong(tomorrow)}`);
      await expect(pick.groups).toHaveCount(1);
      await expect(pick.groups.first()).toContainText(mats.inventoryCode);
      await expect(pick.groups.first()).toContainText(a.name);

      const sunday = addDays(tomorrow, 1);
      await pick.date.fill(sunday);
      await expect(pick.title).toHaveText(`À préparer — ${other.name} — ${frDateLong(sunday)}`);
      await expect(pick.list).toContainText('Rien à préparer sur ce site pour ce jour-là.');
      await expect(pick.groups).toHaveCount(0);
      await expect(pick.print).toBeDisabled();
    });
  });

  test('a Saturday closure moves the default to the next opening, Tuesday (Sunday and Monday are closed)', async ({
    page,
    appUrl,
    comptoir,
  }) => {
    const cal = await comptoir.call<{ version: number; weekly: unknown }>('calendar.get', {});
    await comptoir.call(
      'calendar.update',
      {
        version: cal.version,
        alsaceMoselle: false,
        weekly: cal.weekly,
        closures: [{ from: addDays(TODAY, 1), to: addDays(TODAY, 1), label: 'Inventaire' }],
      },
      { staff: 'Claire Responsable', pin: '1234' },
    );
    const tuesday = addDays(TODAY, 4);
    const planning = new PlanningPage(page);
    await planning.open(appUrl);
    await planning.tabByKeyboard('pickList');
    await expect(planning.pick.date).toHaveValue(tuesday);
    await expect(planning.pick.title).toContainText(frDateLong(tuesday));
  });
});
