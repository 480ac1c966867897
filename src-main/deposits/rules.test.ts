import { describe, expect, it } from 'vitest';
import {
  canMove,
  chequeAge,
  collectRefusal,
  defaultDeposit,
  firstNegativeBalance,
  owedBeyondDeposit,
  planSettlement,
  proposeRetention,
} from './rules';

describe('defaultDeposit', () => {
  it.each([
    { lines: [], expected: 0 },
    { lines: [{ quantity: 1, depositCents: 600_00 }], expected: 600_00 },
    {
      lines: [
        { quantity: 40, depositCents: 5_00 },
        { quantity: 200, depositCents: 2_00 },
        { quantity: 1, depositCents: 800_00 },
      ],
      expected: 200_00 + 400_00 + 800_00,
    },
  ])('$expected cents for $lines.length line(s)', ({ lines, expected }) => {
    expect(defaultDeposit(lines)).toBe(expected);
  });
});

describe('proposeRetention', () => {
  it.each([
    // DOMAIN: 600 € held, 4 days late at 2 €/day, a torn canvas estimated 180 € → 188 € kept, 412 € back.
    { held: 600_00, costs: [180_00], late: 8_00, retained: 188_00, returned: 412_00, owed: 0 },
    { held: 600_00, costs: [], late: 0, retained: 0, returned: 600_00, owed: 0 },
    // Capped at the deposit: the rest is owed.
    { held: 100_00, costs: [3 * 35_00], late: 0, retained: 100_00, returned: 0, owed: 5_00 },
    { held: 600_00, costs: [400_00, 150_00], late: 50_00, retained: 600_00, returned: 0, owed: 0 },
    { held: 600_00, costs: [400_00, 150_00], late: 60_00, retained: 600_00, returned: 0, owed: 10_00 },
  ])(
    'held $held, costs $costs + late $late → keep $retained',
    ({ held, costs, late, retained, returned, owed }) => {
      const p = proposeRetention({ heldCents: held, incidentCostsCents: costs, lateFeeCents: late });
      expect(p).toEqual({
        costsCents: costs.reduce((a, b) => a + b, 0) + late,
        retainedCents: retained,
        returnedCents: returned,
        owedBeyondCents: owed,
      });
    },
  );

  it.each([
    { costs: 700_00, held: 600_00, retained: 600_00, owed: 100_00 },
    // The agent chose to keep less than held: nothing is billed on top.
    { costs: 700_00, held: 600_00, retained: 500_00, owed: 0 },
    { costs: 100_00, held: 600_00, retained: 600_00, owed: 0 },
  ])('owedBeyondDeposit($costs, $held, $retained) = $owed', ({ costs, held, retained, owed }) => {
    expect(owedBeyondDeposit(costs, held, retained)).toBe(owed);
  });
});

describe('planSettlement', () => {
  const H = 600_00;
  it.each([
    {
      name: 'nothing kept, cheque handed back',
      method: 'cheque' as const,
      kept: 0,
      mode: null,
      state: 'returned',
      moves: [['returned', H, -H]],
    },
    {
      name: 'everything kept, cheque cashed',
      method: 'cheque' as const,
      kept: H,
      mode: null,
      state: 'retained',
      moves: [['cheque_cashed', H, -H]],
    },
    {
      name: 'everything kept in cash',
      method: 'cash' as const,
      kept: H,
      mode: null,
      state: 'retained',
      moves: [['retained', H, -H]],
    },
    {
      name: 'cash split',
      method: 'cash' as const,
      kept: 188_00,
      mode: null,
      state: 'partly_retained',
      moves: [
        ['retained', 188_00, -188_00],
        ['returned', 412_00, -412_00],
      ],
    },
    {
      name: 'cheque, borrower pays the retention and gets the cheque back',
      method: 'cheque' as const,
      kept: 188_00,
      mode: 'borrower_paid' as const,
      state: 'partly_retained',
      moves: [
        ['borrower_paid', 188_00, 0],
        ['returned', H, -H],
      ],
    },
    {
      name: 'cheque cashed, difference refunded',
      method: 'cheque' as const,
      kept: 188_00,
      mode: 'cheque_cashed' as const,
      state: 'partly_retained',
      moves: [
        ['cheque_cashed', H, -H],
        ['refunded', 412_00, 0],
      ],
    },
  ])('$name', ({ method, kept, mode, state, moves }) => {
    const plan = planSettlement({ method, heldCents: H, retainedCents: kept, mode });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.state).toBe(state);
    expect(plan.movements.map((m) => [m.kind, m.amountCents, m.heldDeltaCents])).toEqual(moves);
    // Whatever the path, nothing stays held once settled.
    expect(plan.movements.reduce((s, m) => s + m.heldDeltaCents, H)).toBe(0);
  });

  it.each([
    { method: 'cheque' as const, kept: 188_00, mode: null, key: 'cheque_settlement_mode_required' },
    { method: 'cash' as const, kept: H + 1, mode: null, key: 'retention_exceeds_held' },
    { method: 'waiver' as const, kept: 0, mode: null, key: 'deposit_waived_nothing_to_settle' },
  ])('refuses $key', ({ method, kept, mode, key }) => {
    expect(planSettlement({ method, heldCents: H, retainedCents: kept, mode })).toEqual({ ok: false, key });
  });
});

describe('state machine', () => {
  it.each([
    ['expected', 'held', true],
    ['expected', 'waived', true],
    ['expected', 'returned', false],
    ['held', 'returned', true],
    ['held', 'partly_retained', true],
    ['held', 'retained', true],
    ['held', 'waived', false],
    ['returned', 'held', false],
    ['retained', 'returned', false],
    ['waived', 'held', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canMove(from, to)).toBe(allowed);
  });
});

describe('collectRefusal', () => {
  const base = {
    state: 'expected' as const,
    method: 'cash' as const,
    defaultCents: 600_00,
    changeReason: null,
  };
  it.each([
    { over: {}, amount: 600_00, key: null },
    { over: {}, amount: 300_00, key: 'deposit_change_reason_required' },
    { over: { changeReason: 'Association partenaire' }, amount: 300_00, key: null },
    { over: {}, amount: 0, key: 'deposit_zero_use_waiver' },
    { over: { method: 'waiver' as const }, amount: 0, key: null },
    { over: { state: 'held' as const }, amount: 600_00, key: 'deposit_already_collected' },
    {
      over: { state: 'waived' as const, method: 'waiver' as const },
      amount: 0,
      key: 'deposit_already_collected',
    },
  ])('$amount with $over → $key', ({ over, amount, key }) => {
    expect(collectRefusal({ ...base, ...over, amountCents: amount })?.key ?? null).toBe(key);
  });
});

describe('chequeAge: flagged after 11 months (a French cheque is cashable 1 year and 8 days)', () => {
  it.each([
    { cheque: '2025-07-05', collected: '2025-07-05', today: '2026-06-05', flagged: false }, // exactly 11 months
    { cheque: '2025-07-05', collected: '2025-07-05', today: '2026-06-06', flagged: true }, // one day more
    { cheque: '2025-07-05', collected: '2025-07-05', today: '2026-06-04', flagged: false },
    // An older date on the cheque counts: it is what expires.
    { cheque: '2025-06-20', collected: '2025-07-05', today: '2026-05-21', flagged: true },
    // A post-dated cheque counts from when it was taken.
    { cheque: '2025-08-01', collected: '2025-07-05', today: '2026-06-06', flagged: true },
    // Month ends clamp: 31 March + 11 months = 28 February.
    { cheque: '2025-03-31', collected: '2025-03-31', today: '2026-02-28', flagged: false },
    { cheque: '2025-03-31', collected: '2025-03-31', today: '2026-03-01', flagged: true },
  ])('cheque $cheque taken $collected, today $today → $flagged', ({ cheque, collected, today, flagged }) => {
    expect(chequeAge(cheque, collected, today).overElevenMonths).toBe(flagged);
  });

  it('gives the last day it can be cashed: 1 year and 8 days after its date', () => {
    expect(chequeAge('2025-07-05', '2025-07-06', '2026-01-01').cashableUntil).toBe('2026-07-13');
    expect(chequeAge('2024-02-29', '2024-02-29', '2024-03-01').cashableUntil).toBe('2025-03-08');
  });
});

describe('firstNegativeBalance', () => {
  it.each([
    { entries: [], negative: null },
    {
      entries: [
        ['2026-06-01', 1, 600],
        ['2026-06-02', 2, -600],
      ],
      negative: null,
    },
    {
      entries: [
        ['2026-06-01', 1, 600],
        ['2026-06-02', 2, -601],
      ],
      negative: -1,
    },
    // A back-dated withdrawal before the collection makes the past negative even if the end is 0.
    {
      entries: [
        ['2026-06-02', 1, 600],
        ['2026-06-01', 2, -600],
      ],
      negative: -600,
    },
  ] as { entries: [string, number, number][]; negative: number | null }[])('%#', ({ entries, negative }) => {
    const r = firstNegativeBalance(entries.map(([at, id, heldDeltaCents]) => ({ at, id, heldDeltaCents })));
    expect(r?.balance ?? null).toBe(negative);
  });
});
