import { describe, expect, it } from 'vitest';
import { testApp } from '../../tests/helpers/test-app';
import { parisWallToInstant } from '../core/paris-time';
import { mayExtend, proposeLateFee } from './service';

const MANAGER = { pin: '2468' };

describe('lateness rules settings', () => {
  it('has no penalty by default', async () => {
    const app = await testApp();
    expect(await app.ok('lateness.getRules', {})).toEqual({
      feePerDayCents: 0,
      feeCapCents: null,
      suspensionDays: 0,
      suspensionAfterLateDays: 1,
      maxExtensions: null,
      version: 0,
    });
  });

  it('is set by a manager only, with a version, and feeds lateFee (DOMAIN: 4 days at 2 €/day = 8 €)', async () => {
    const app = await testApp();
    await app.ok('staff.create', { name: 'Claire', role: 'manager', pin: '2468' });
    const input = { version: 0, feePerDayCents: 200, feeCapCents: 5000, maxExtensions: 2 };
    expect((await app.fails('lateness.setRules', input)).code).toBe('PIN_REQUIRED');
    const saved = await app.ok('lateness.setRules', input, MANAGER);
    expect(saved).toMatchObject({ ...input, version: 1, suspensionDays: 0 });

    const next = await app.ok(
      'lateness.setRules',
      { version: 1, suspensionDays: 14, suspensionAfterLateDays: 3, feeCapCents: null },
      MANAGER,
    );
    expect(next).toMatchObject({ feePerDayCents: 200, feeCapCents: null, suspensionDays: 14, version: 2 });
    expect((await app.fails('lateness.setRules', { version: 1, feePerDayCents: 0 }, MANAGER)).code).toBe(
      'STALE_VERSION',
    );

    const fee = await proposeLateFee(
      app.conn.db,
      parisWallToInstant('2026-06-06', '18:00'),
      parisWallToInstant('2026-06-10', '09:30'),
    );
    expect(fee).toEqual({
      lateDays: 4,
      feeCents: 800,
      capped: false,
      suspensionDays: 14,
      suspensionFrom: '2026-06-10',
      suspensionTo: '2026-06-23',
    });

    expect(await mayExtend(app.conn.db, 1)).toBe(true);
    expect(await mayExtend(app.conn.db, 2)).toBe(false);

    const audit = await app.conn.db
      .selectFrom('audit_log')
      .select(['entity', 'fields'])
      .where('method', '=', 'lateness.setRules')
      .execute();
    expect(audit).toEqual([
      { entity: 'lateness', fields: '["feePerDayCents","feeCapCents","maxExtensions"]' },
      { entity: 'lateness', fields: '["feeCapCents","suspensionDays","suspensionAfterLateDays"]' },
    ]);
  });

  it.each([
    [{ suspensionAfterLateDays: 0 }, 'suspensionAfterLateDays'],
    [{ feePerDayCents: -1 }, 'feePerDayCents'],
    [{ maxExtensions: 101 }, 'maxExtensions'],
  ])('refuses %j', async (patch, path) => {
    const app = await testApp();
    const err = await app.fails('lateness.setRules', { version: 0, ...patch });
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.details).toMatchObject({ fields: [{ path }] });
  });
});
