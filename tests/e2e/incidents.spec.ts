import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { AppShell, type Screen } from './pages/app-shell.page';
import { DataTableView } from './pages/data-table';

interface Incident {
  id: number;
  status: 'open' | 'repaired' | 'written_off' | 'recovered';
  borrowerName: string;
  resourceName: string;
  agreementNumber: string | null;
  costCents: number | null;
  effectiveCostCents: number;
}

/** The incidents list of the demo's 18 months: status filter, search, and a repair recorded at its real cost. */
test('incidents: filter by status, search by borrower, record a repair at its real cost', async ({
  page,
  appUrl,
  comptoir,
}) => {
  const all = await comptoir.call<Incident[]>('incidents.list', {});
  const open = all.filter((i) => i.status === 'open');
  const repaired = all.filter((i) => i.status === 'repaired');
  // The demo history has both; without them this test would prove nothing.
  expect(open.length).toBeGreaterThan(0);
  expect(repaired.length).toBeGreaterThan(0);

  await new AppShell(page).open(appUrl, 'incidents' as Screen);
  const screen = page.getByTestId('screen-incidents');
  const table = new DataTableView(
    page.getByTestId('incidents-table'),
    page.getByTestId('incidents-table-count'),
  );
  await expect(table.count).toContainText(String(all.length));

  await screen.getByTestId('incidents-status').selectOption('repaired');
  await expect(table.count).toContainText(String(repaired.length));
  await screen.getByTestId('incidents-status').selectOption('open');
  await expect(table.count).toContainText(String(open.length));

  const target = open[0]!;
  const sameBorrower = open.filter((i) => i.borrowerName === target.borrowerName).length;
  await screen.getByTestId('incidents-search').fill(target.borrowerName);
  await expect(table.count).toContainText(String(sameBorrower));
  await expectNoSeriousA11yViolations(page);

  await page.getByTestId(`incident-row-${target.id}`).click();
  const dialog = page.getByTestId('incident-dialog');
  await expect(dialog).toContainText(target.resourceName);
  await dialog.getByTestId('incident-status').selectOption('repaired');
  await dialog.getByTestId('incident-cost').fill('12,50');
  await expectNoSeriousA11yViolations(page, { include: '[data-testid="incident-dialog"]' });
  await page.screenshot({ path: '/tmp/shots/incidents-repair.png' });
  await dialog.getByTestId('incident-save').click();
  await expect(dialog).toBeHidden();

  const after = await comptoir.call<Incident>('incidents.get', { id: target.id });
  expect(after).toMatchObject({ status: 'repaired', costCents: 1250, effectiveCostCents: 1250 });
  // Still filtered on « Ouvert »: the repaired one has left the list.
  await expect(page.getByTestId(`incident-row-${target.id}`)).toHaveCount(0);
});
