import { describe, expect, it } from 'vitest';
import { depositsApp } from '../deposits/test-fixtures';
import { createIncident, missingPieces } from './service';

type App = Awaited<ReturnType<typeof depositsApp>>;

async function chairsMissing(app: App, quantity = 3) {
  const { bookingId, lineIds } = await app.loan([{ resourceId: app.chairsId, quantity: 40 }], {
    agreementNumber: '2026-0042',
  });
  const id = await app.inTrx((ctx) =>
    createIncident(ctx, {
      bookingId,
      lineId: lineIds[0] as number,
      resourceId: app.chairsId,
      borrowerId: app.borrowerId,
      kind: 'missing',
      quantity,
      description: `${quantity} chaises manquantes au retour`,
    }),
  );
  return { bookingId, lineId: lineIds[0] as number, id };
}

const stockOf = async (app: App, id: number) =>
  app.db
    .selectFrom('resources')
    .select(['quantity_owned', 'quantity_out_of_service', 'status', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('incidents from the return flow', () => {
  it('estimate the cost from the replacement value frozen on the line, not today’s', async () => {
    const app = await depositsApp();
    const { bookingId, lineIds } = await app.loan([{ resourceId: app.chairsId, quantity: 40 }]);
    // The catalogue price changes after checkout: the frozen 35 € still counts.
    await app.db
      .updateTable('resources')
      .set({ replacement_value_cents: 99_00 })
      .where('id', '=', app.chairsId)
      .execute();
    const id = await app.inTrx((ctx) =>
      createIncident(ctx, {
        bookingId,
        lineId: lineIds[0] as number,
        resourceId: app.chairsId,
        borrowerId: app.borrowerId,
        kind: 'missing',
        quantity: 3,
        description: '3 chaises manquantes',
      }),
    );
    const i = await app.ok('incidents.get', { id });
    expect(i).toMatchObject({
      estimateCents: 105_00,
      effectiveCostCents: 105_00,
      status: 'open',
      resourceName: 'Chaise pliante',
      inventoryCode: 'MOB-CHA',
      borrowerName: 'Foyer rural de Montesquieu',
    });
    expect((await missingPieces(app.db)).get(app.chairsId)).toBe(3);
  });

  it('refuse a line of another booking or more pieces than the line has', async () => {
    const app = await depositsApp();
    const a = await app.loan([{ resourceId: app.chairsId, quantity: 10 }]);
    const b = await app.loan([{ resourceId: app.chairsId, quantity: 10 }]);
    const base = {
      resourceId: app.chairsId,
      borrowerId: app.borrowerId,
      kind: 'missing' as const,
      description: 'x',
    };
    await expect(
      app.inTrx((ctx) =>
        createIncident(ctx, { ...base, bookingId: a.bookingId, lineId: b.lineIds[0] as number, quantity: 1 }),
      ),
    ).rejects.toMatchObject({ key: 'incident_line_mismatch' });
    await expect(
      app.inTrx((ctx) =>
        createIncident(ctx, {
          ...base,
          bookingId: a.bookingId,
          lineId: a.lineIds[0] as number,
          quantity: 11,
        }),
      ),
    ).rejects.toMatchObject({ key: 'incident_quantity_exceeds_line' });
  });
});

describe('incidents.update', () => {
  it('writing off missing chairs lowers the stock owned; finding them again restores it', async () => {
    const app = await depositsApp();
    const { id } = await chairsMissing(app);
    expect(await stockOf(app, app.chairsId)).toMatchObject({
      quantity_owned: 120,
      quantity_out_of_service: 4,
    });

    const off = await app.ok('incidents.update', { id, version: 0, status: 'written_off' });
    expect(off.status).toBe('written_off');
    expect(await stockOf(app, app.chairsId)).toMatchObject({
      quantity_owned: 117,
      quantity_out_of_service: 4,
    });
    // No longer open: the availability engine stops counting them as missing (they are gone from the stock).
    expect((await missingPieces(app.db)).get(app.chairsId)).toBeUndefined();

    const found = await app.ok('incidents.update', { id, version: off.version, status: 'recovered' });
    expect(found.effectiveCostCents).toBe(0);
    expect(await stockOf(app, app.chairsId)).toMatchObject({ quantity_owned: 120 });
  });

  it('a lost unit is retired when written off', async () => {
    const app = await depositsApp();
    const { bookingId, lineIds } = await app.loan([{ resourceId: app.tentId, quantity: 1 }]);
    const id = await app.inTrx((ctx) =>
      createIncident(ctx, {
        bookingId,
        lineId: lineIds[0] as number,
        resourceId: app.tentId,
        borrowerId: app.borrowerId,
        kind: 'missing',
        quantity: 1,
        description: 'Barnum non rendu',
      }),
    );
    await app.ok('incidents.update', { id, version: 0, status: 'written_off' });
    const tent = await app.ok('resources.get', { id: app.tentId });
    expect(tent.status).toBe('retired');
    expect(tent.statusReason).toBe(`Passé en perte (incident n° ${id})`);
  });

  it('records the real cost and description; a stale version or an impossible change is refused (English)', async () => {
    const app = await depositsApp();
    const { id, bookingId } = await chairsMissing(app, 2);
    const fixed = await app.ok('incidents.update', {
      id,
      version: 0,
      status: 'open',
      costCents: 50_00,
      description: 'Deux chaises perdues lors du vide-grenier',
    });
    expect(fixed).toMatchObject({ costCents: 50_00, effectiveCostCents: 50_00, version: 1 });
    // The proposal at return uses the real cost.
    expect((await app.ok('incidents.list', { bookingId }))[0]?.effectiveCostCents).toBe(50_00);

    const stale = await app.fails('incidents.update', { id, version: 0, status: 'repaired' }, { lang: 'en' });
    expect(stale.code).toBe('STALE_VERSION');
    await app.ok('incidents.update', { id, version: 1, status: 'repaired' });
    const back = await app.fails('incidents.update', { id, version: 2, status: 'open' }, { lang: 'en' });
    expect(back).toMatchObject({
      code: 'INVALID_STATE',
      message: 'An incident that is "repaired" cannot become "open".',
    });
    const missing = await app.fails('incidents.get', { id: 999 }, { lang: 'en' });
    expect(missing.message).toBe('Incident not found (no. 999).');
  });
});

describe('incidents.create and incidents.list', () => {
  it('records an accident during the loan and lists with filters and search', async () => {
    const app = await depositsApp();
    const chairs = await chairsMissing(app);
    const { bookingId, lineIds } = await app.loan([{ resourceId: app.tentId, quantity: 1 }]);
    const accident = await app.ok('incidents.create', {
      bookingId,
      lineId: lineIds[0] as number,
      kind: 'accident',
      quantity: 1,
      description: 'Arceau tordu par le vent',
    });
    expect(accident).toMatchObject({
      estimateCents: 180_00,
      resourceId: app.tentId,
      borrowerId: app.borrowerId,
    });

    const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort();
    expect(ids(await app.ok('incidents.list', {}))).toEqual([chairs.id, accident.id].sort());
    expect(ids(await app.ok('incidents.list', { resourceId: app.tentId }))).toEqual([accident.id]);
    expect(ids(await app.ok('incidents.list', { bookingId: chairs.bookingId }))).toEqual([chairs.id]);
    expect(ids(await app.ok('incidents.list', { borrowerId: app.borrowerId }))).toHaveLength(2);
    expect(ids(await app.ok('incidents.list', { search: 'arceau' }))).toEqual([accident.id]);
    expect(ids(await app.ok('incidents.list', { search: '2026-0042' }))).toEqual([chairs.id]);
    expect(ids(await app.ok('incidents.list', { search: 'chaise' }))).toEqual([chairs.id]);
    await app.ok('incidents.update', { id: accident.id, version: 0, status: 'repaired' });
    expect(ids(await app.ok('incidents.list', { status: 'open' }))).toEqual([chairs.id]);
    // Open ones first.
    expect((await app.ok('incidents.list', {}))[0]?.id).toBe(chairs.id);
  });
});
