import { DateTime } from 'luxon';
import type { DepositMethod, DepositState, LedgerKind, SettlementMode } from './contract';

/**
 * Pure deposit rules (DOMAIN.md "Deposits"): amounts, the proposed retention, how a settlement
 * turns into ledger movements, the state machine and the ageing of held cheques.
 * No I/O; `today` is a Europe/Paris civil date passed in.
 */

export interface DepositLine {
  quantity: number;
  /** Per unit (per piece for stock). */
  depositCents: number;
}

/** Σ quantity × deposit per unit: what the desk asks by default. */
export function defaultDeposit(lines: readonly DepositLine[]): number {
  return lines.reduce((sum, l) => sum + l.quantity * l.depositCents, 0);
}

export interface RetentionProposal {
  /** Σ incident costs + late fees, uncapped. */
  costsCents: number;
  /** What the app proposes to keep: the costs, capped at what is held. */
  retainedCents: number;
  /** Handed back to the borrower. */
  returnedCents: number;
  /** What the borrower still owes once the whole deposit is kept. */
  owedBeyondCents: number;
}

/**
 * DOMAIN example: 600 € held, 4 days late at 2 €/day, a torn canvas estimated 180 €
 * → 188 € retained, 412 € returned, nothing owed.
 */
export function proposeRetention(input: {
  heldCents: number;
  incidentCostsCents: readonly number[];
  lateFeeCents: number;
}): RetentionProposal {
  const costsCents = input.incidentCostsCents.reduce((a, b) => a + b, 0) + input.lateFeeCents;
  const retainedCents = Math.min(costsCents, input.heldCents);
  return {
    costsCents,
    retainedCents,
    returnedCents: input.heldCents - retainedCents,
    owedBeyondCents: owedBeyondDeposit(costsCents, input.heldCents, retainedCents),
  };
}

/**
 * Costs beyond the deposit become an amount owed only when the whole deposit is kept: an agent
 * who retains less than is held has chosen to forgo part of the costs, not to bill them twice.
 */
export function owedBeyondDeposit(costsCents: number, heldCents: number, retainedCents: number): number {
  if (retainedCents < heldCents) return 0;
  return Math.max(0, costsCents - heldCents);
}

export interface Movement {
  kind: LedgerKind;
  amountCents: number;
  heldDeltaCents: number;
}

export type SettlementPlan =
  | { ok: true; state: DepositState; mode: SettlementMode | null; movements: Movement[] }
  | { ok: false; key: string };

/**
 * How a settlement moves money. A cheque cannot be partly cashed, so a partial retention on a
 * cheque needs the agent's choice: the borrower pays the retained amount and gets the cheque
 * back, or the centre cashes the cheque and refunds the difference. Both are two movements.
 * Money paid or refunded outside the deposit does not change what is held (delta 0).
 */
export function planSettlement(input: {
  method: DepositMethod;
  heldCents: number;
  retainedCents: number;
  mode: SettlementMode | null;
}): SettlementPlan {
  const { method, heldCents: held, retainedCents: kept } = input;
  if (method === 'waiver') return { ok: false, key: 'deposit_waived_nothing_to_settle' };
  if (kept > held) return { ok: false, key: 'retention_exceeds_held' };
  if (kept === 0) {
    return { ok: true, state: 'returned', mode: null, movements: [m('returned', held, -held)] };
  }
  if (kept === held) {
    const kind = method === 'cheque' ? 'cheque_cashed' : 'retained';
    return {
      ok: true,
      state: 'retained',
      mode: method === 'cheque' ? 'cheque_cashed' : null,
      movements: [m(kind, held, -held)],
    };
  }
  if (method !== 'cheque') {
    return {
      ok: true,
      state: 'partly_retained',
      mode: null,
      movements: [m('retained', kept, -kept), m('returned', held - kept, -(held - kept))],
    };
  }
  switch (input.mode) {
    case 'borrower_paid':
      return {
        ok: true,
        state: 'partly_retained',
        mode: 'borrower_paid',
        movements: [m('borrower_paid', kept, 0), m('returned', held, -held)],
      };
    case 'cheque_cashed':
      return {
        ok: true,
        state: 'partly_retained',
        mode: 'cheque_cashed',
        movements: [m('cheque_cashed', held, -held), m('refunded', held - kept, 0)],
      };
    case null:
      return { ok: false, key: 'cheque_settlement_mode_required' };
  }
}

function m(kind: LedgerKind, amountCents: number, heldDeltaCents: number): Movement {
  return { kind, amountCents, heldDeltaCents };
}

const TRANSITIONS: Record<DepositState, readonly DepositState[]> = {
  expected: ['held', 'waived'],
  held: ['returned', 'partly_retained', 'retained'],
  returned: [],
  partly_retained: [],
  retained: [],
  waived: [],
};

export function canMove(from: DepositState, to: DepositState): boolean {
  return TRANSITIONS[from].includes(to);
}

/**
 * Settled = no money of the borrower's is held any more. A deposit never collected (booking not
 * yet handed over, or guard 5 overridden) holds nothing and blocks nothing.
 */
export function isSettledState(state: DepositState): boolean {
  return state !== 'held';
}

/**
 * None of the borrower's money was ever taken: waived, or never collected (a deposit of 0 €, or
 * guard 5 overridden). Costs then are all beyond the deposit, with no settlement to bill them.
 */
export function heldNothing(state: DepositState): boolean {
  return state === 'waived' || state === 'expected';
}

/** A change from the default amount must be explained; a zero deposit is a waiver, not a collection. */
export function collectRefusal(input: {
  state: DepositState;
  method: DepositMethod;
  amountCents: number;
  defaultCents: number;
  changeReason: string | null;
}): { key: string; params?: Record<string, string | number> } | null {
  if (!canMove(input.state, input.method === 'waiver' ? 'waived' : 'held')) {
    return { key: 'deposit_already_collected', params: { state: input.state } };
  }
  if (input.method === 'waiver') return null;
  if (input.amountCents === 0) return { key: 'deposit_zero_use_waiver' };
  if (input.amountCents !== input.defaultCents && !input.changeReason) {
    return { key: 'deposit_change_reason_required' };
  }
  return null;
}

/** A French cheque can be cashed for 1 year and 8 days after its date; flag it after 11 months. */
export const CHEQUE_FLAG_MONTHS = 11;

export interface ChequeAge {
  /** The civil date the ageing counts from: the cheque's own date, or when it was taken if later. */
  since: string;
  /** Last day the centre can still cash it. */
  cashableUntil: string;
  overElevenMonths: boolean;
}

/** Civil-date arithmetic only (no zone): month ends clamp (31 March + 11 months = 28/29 February). */
export function chequeAge(chequeDate: string | null, collectedOn: string, today: string): ChequeAge {
  const since = chequeDate !== null && chequeDate < collectedOn ? chequeDate : collectedOn;
  const start = DateTime.fromISO(since, { zone: 'UTC' });
  const flagAfter = start.plus({ months: CHEQUE_FLAG_MONTHS }).toISODate() as string;
  return {
    since,
    cashableUntil: start.plus({ years: 1, days: 8 }).toISODate() as string,
    overElevenMonths: today > flagAfter,
  };
}

/** Running balances in time order: none may dip below zero, not even between two back-dated entries. */
export function firstNegativeBalance(
  entries: readonly { at: string; id: number; heldDeltaCents: number }[],
): { at: string; balance: number } | null {
  const sorted = [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
  let balance = 0;
  for (const e of sorted) {
    balance += e.heldDeltaCents;
    if (balance < 0) return { at: e.at, balance };
  }
  return null;
}
