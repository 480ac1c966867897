import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testApp, type TestApp } from '../../tests/helpers/test-app';
import { loadDemo } from './index';

async function dump(app: TestApp): Promise<string> {
  const tables = await sql<{ name: string }>`select name from sqlite_master
    where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name`.execute(
    app.conn.db,
  );
  const out: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)} order by 1`.execute(
      app.conn.db,
    );
    // PIN hashes are salted at random on purpose: the only field allowed to differ.
    out.push(name, ...rows.rows.map((r) => JSON.stringify({ ...r, pin_hash: undefined })));
  }
  return out.join('\n');
}

describe('demo dataset', () => {
  it('is a realistic centre: 3 sites, ~60 resources of every kind, ~25 associations', async () => {
    const app = await testApp();
    const summary = await loadDemo(app, { history: false });
    expect(summary.resources).toBeGreaterThanOrEqual(55);
    expect(summary.organisations).toBeGreaterThanOrEqual(25);

    const sites = await app.ok('sites.list', {});
    expect(sites).toHaveLength(3);
    expect(sites.every((s) => s.communeInsee.startsWith('31'))).toBe(true);

    const all = await app.ok('resources.list', { includeRetired: true });
    const kinds = new Set(all.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['equipment', 'room', 'vehicle']);
    expect(all.filter((r) => r.kind === 'room')).toHaveLength(2);
    expect(all.some((r) => r.kind === 'vehicle' && r.vehicleSeats === 9)).toBe(true);
    expect(all.find((r) => r.inventoryCode === 'MOB-CHA')?.quantityOwned).toBe(120);
    expect(all.filter((r) => r.isKit).length).toBeGreaterThanOrEqual(2);
    expect(new Set(all.map((r) => r.ownerId)).size).toBeGreaterThan(1); // several owners pool items

    const orgs = await app.ok('organisations.list', {});
    const badges = orgs.map((o) => o.insurance.status);
    expect(badges.filter((b) => b === 'expired').length).toBeGreaterThanOrEqual(2);
    expect(badges.filter((b) => b === 'expiring').length).toBeGreaterThanOrEqual(2);
    expect(orgs.filter((o) => o.suspended !== null)).toHaveLength(1);
    expect(orgs.filter((o) => o.kind === 'association').length).toBeGreaterThanOrEqual(24);
  });

  it('keeps expiring certificates expiring whatever the clock, history included', async () => {
    for (const now of ['2026-01-15T10:00:00Z', '2027-09-30T16:00:00Z']) {
      const app = await testApp(now);
      await loadDemo(app, { history: true });
      const orgs = await app.ok('organisations.list', {});
      const expiring = orgs.filter((o) => o.insurance.status === 'expiring');
      expect(expiring.length).toBe(3);
      expect(
        expiring.every((o) => (o.insurance.daysLeft ?? -1) >= 0 && (o.insurance.daysLeft ?? 99) <= 30),
      ).toBe(true);
    }
  }, 90_000);

  it('is identical for the same clock, history included', async () => {
    const a = await testApp('2026-06-05T08:00:00Z');
    const b = await testApp('2026-06-05T08:00:00Z');
    await loadDemo(a, { history: true });
    await loadDemo(b, { history: true });
    expect(await dump(a)).toBe(await dump(b));
  }, 90_000);

  it('refuses to load into a database that already has data, and writes nothing', async () => {
    const app = await testApp();
    await loadDemo(app, { history: false });
    const before = await dump(app);
    await expect(loadDemo(app)).rejects.toThrow(/déjà des données/);
    expect(await dump(app)).toBe(before);
  });
});
