import { describe, expect, it } from 'vitest';
import { catalogApp } from './test-setup';

type Fields = { fields: { path: string; code: string; message: string }[] };
const fieldCodes = (details: unknown) => (details as Fields).fields.map((f) => `${f.path}:${f.code}`);
const at = (date: string, time: string, later = false) => ({ date, time, later });

describe('maintenance.add', () => {
  it('converts Paris wall-clock times to instants and reports whether it covers now', async () => {
    const app = await catalogApp(); // now: 2026-06-05 10:00 in Paris
    const ring = await app.resource({ name: 'Ring' });
    const m = await app.ok('maintenance.add', {
      resourceId: ring.id,
      start: at('2026-06-05', '09:00'),
      end: at('2026-06-08', '18:30'),
      reason: 'Révision annuelle',
    });
    expect(m).toMatchObject({
      startsAt: '2026-06-05T07:00:00.000Z',
      endsAt: '2026-06-08T16:30:00.000Z',
      start: { date: '2026-06-05', time: '09:00' },
      end: { date: '2026-06-08', time: '18:30' },
      quantity: 1,
      when: 'current',
    });
    const detail = await app.ok('resources.get', { id: ring.id });
    expect(detail).toMatchObject({ quantityInMaintenanceNow: 1, quantityUsableNow: 0 });
    expect(detail.maintenance.map((p) => p.id)).toEqual([m.id]);
    const audit = await app.conn.db
      .selectFrom('audit_log')
      .selectAll()
      .where('method', '=', 'maintenance.add')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity: 'maintenance_period', entity_id: m.id, action: 'create' });
    expect(audit.fields).not.toContain('Révision');
  });

  it('refuses a time in the spring-forward gap beside its field, and resolves the autumn repeat', async () => {
    const app = await catalogApp();
    const ring = await app.resource({ name: 'Ring' });
    const gap = await app.fails('maintenance.add', {
      resourceId: ring.id,
      start: at('2026-03-29', '02:30'),
      end: at('2026-03-29', '12:00'),
      reason: 'x',
    });
    expect(gap.code).toBe('VALIDATION_FAILED');
    expect((gap.details as Fields).fields).toEqual([
      {
        path: 'start.time',
        code: 'time_in_dst_gap',
        message:
          "2026-03-29 à 02:30 n'existe pas à Paris (passage à l'heure d'été) : choisissez une autre heure.",
      },
    ]);
    const first = await app.ok('maintenance.add', {
      resourceId: ring.id,
      start: at('2026-10-25', '02:30'),
      end: at('2026-10-25', '02:45'),
      reason: 'Première 02:30',
    });
    expect(first.startsAt).toBe('2026-10-25T00:30:00.000Z');
    const second = await app.ok('maintenance.add', {
      resourceId: ring.id,
      start: at('2026-10-25', '02:30', true),
      end: at('2026-10-25', '02:45', true),
      reason: 'Seconde 02:30',
    });
    expect(second.startsAt).toBe('2026-10-25T01:30:00.000Z');
  });

  it('refuses an end not after the start and a badly typed time', async () => {
    const app = await catalogApp();
    const ring = await app.resource({ name: 'Ring' });
    const base = { resourceId: ring.id, reason: 'x' };
    const same = await app.fails('maintenance.add', {
      ...base,
      start: at('2026-06-10', '10:00'),
      end: at('2026-06-10', '10:00'),
    });
    expect(fieldCodes(same.details)).toEqual(['end.date:end_before_start']);
    const typo = await app.fails('maintenance.add', {
      ...base,
      start: at('2026-06-10', '25:00'),
      end: at('2026-06-10', '10:00'),
    });
    expect(fieldCodes(typo.details)).toEqual(['start.time:time_invalid']);
  });

  it('keeps a unit in one period at a time; back to back is allowed', async () => {
    const app = await catalogApp();
    const ring = await app.resource({ name: 'Ring' });
    const base = { resourceId: ring.id, reason: 'x' };
    await app.ok('maintenance.add', {
      ...base,
      start: at('2026-06-10', '10:00'),
      end: at('2026-06-10', '12:00'),
    });
    await app.ok('maintenance.add', {
      ...base,
      start: at('2026-06-10', '12:00'),
      end: at('2026-06-10', '14:00'),
    });
    const overlap = await app.fails('maintenance.add', {
      ...base,
      start: at('2026-06-10', '13:00'),
      end: at('2026-06-10', '15:00'),
    });
    expect(fieldCodes(overlap.details)).toEqual(['start.date:maintenance_overlaps']);
    const two = await app.fails('maintenance.add', {
      ...base,
      quantity: 2,
      start: at('2026-06-11', '10:00'),
      end: at('2026-06-11', '12:00'),
    });
    expect(fieldCodes(two.details)).toEqual(['quantity:unit_quantity_one']);
  });

  it('keeps stock maintenance within the pieces in working order at every instant', async () => {
    const app = await catalogApp();
    const chairs = await app.resource({
      name: 'Chaises',
      tracking: 'stock',
      quantityOwned: 20,
      quantityOutOfService: 2,
    });
    const base = { resourceId: chairs.id, reason: 'Revernissage' };
    await app.ok('maintenance.add', {
      ...base,
      quantity: 10,
      start: at('2026-06-10', '08:00'),
      end: at('2026-06-12', '08:00'),
    });
    await app.ok('maintenance.add', {
      ...base,
      quantity: 8,
      start: at('2026-06-12', '08:00'),
      end: at('2026-06-14', '08:00'),
    });
    const err = await app.fails(
      'maintenance.add',
      { ...base, quantity: 9, start: at('2026-06-11', '08:00'), end: at('2026-06-13', '08:00') },
      { lang: 'en' },
    );
    expect((err.details as Fields).fields[0]?.message).toBe(
      'At most 8 piece(s) can go into maintenance over this period.',
    );
    await app.ok('maintenance.add', {
      ...base,
      quantity: 8,
      start: at('2026-06-11', '08:00'),
      end: at('2026-06-13', '08:00'),
    });
    const refusedStock = await app.fails('resources.setStock', {
      id: chairs.id,
      version: 0,
      quantityOwned: 20,
      quantityOutOfService: 5,
      reason: 'Casse',
    });
    expect(fieldCodes(refusedStock.details)).toEqual(['quantityOutOfService:stock_below_maintenance']);
  });

  it('refuses a missing or retired resource', async () => {
    const app = await catalogApp();
    const base = { start: at('2026-06-10', '10:00'), end: at('2026-06-10', '12:00'), reason: 'x' };
    expect((await app.fails('maintenance.add', { ...base, resourceId: 999 })).code).toBe('NOT_FOUND');
    const old = await app.resource({ name: 'Barnum' });
    await app.ok('resources.setStatus', { id: old.id, version: 0, status: 'retired', reason: 'Réformé' });
    expect((await app.fails('maintenance.add', { ...base, resourceId: old.id })).code).toBe('INVALID_STATE');
  });
});

describe('maintenance.remove', () => {
  it('removes a period, audits it, and answers NOT_FOUND for an unknown one', async () => {
    const app = await catalogApp();
    const ring = await app.resource({ name: 'Ring' });
    const m = await app.ok('maintenance.add', {
      resourceId: ring.id,
      start: at('2026-06-05', '09:00'),
      end: at('2026-06-05', '18:00'),
      reason: 'x',
    });
    expect(await app.ok('maintenance.remove', { id: m.id })).toEqual({ id: m.id });
    expect(await app.ok('resources.get', { id: ring.id })).toMatchObject({
      maintenance: [],
      quantityUsableNow: 1,
    });
    const err = await app.fails('maintenance.remove', { id: m.id }, { lang: 'en' });
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: `Maintenance period not found (no. ${m.id}).` });
    const audit = await app.conn.db
      .selectFrom('audit_log')
      .select(['entity', 'entity_id', 'action'])
      .where('method', '=', 'maintenance.remove')
      .execute();
    expect(audit).toEqual([{ entity: 'maintenance_period', entity_id: m.id, action: 'delete' }]);
  });
});
