import { z } from 'zod';
import { method, returns } from '../core/contract-kit';
import { LIMITS, cents, civilDate, id, optText, text, parisMoment } from '../core/contract-fields';

export const DEPOSIT_STATES = [
  'expected',
  'held',
  'returned',
  'partly_retained',
  'retained',
  'waived',
] as const;
export type DepositState = (typeof DEPOSIT_STATES)[number];
export const DEPOSIT_METHODS = ['cheque', 'cash', 'transfer', 'waiver'] as const;
export type DepositMethod = (typeof DEPOSIT_METHODS)[number];
export const SETTLEMENT_MODES = ['borrower_paid', 'cheque_cashed'] as const;
export type SettlementMode = (typeof SETTLEMENT_MODES)[number];
export const LEDGER_KINDS = [
  'collected',
  'returned',
  'retained',
  'cheque_cashed',
  'refunded',
  'borrower_paid',
  'waived',
  'correction',
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** How the deposit is given: a cheque is held uncashed; a waiver needs its reason. */
export const depositPayment = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('cheque'),
      number: text(30),
      bank: text(80),
      drawer: text(LIMITS.short),
      /** The date written on the cheque: it can be cashed for 1 year and 8 days after it. */
      date: civilDate,
    })
    .strict(),
  z.object({ type: z.literal('cash') }).strict(),
  z.object({ type: z.literal('transfer') }).strict(),
  z.object({ type: z.literal('waiver'), reason: text(LIMITS.medium) }).strict(),
]);
export type DepositPayment = z.output<typeof depositPayment>;

export const depositCollectInput = z
  .object({
    bookingId: id,
    /** Defaults to the booking's default deposit; another amount needs `changeReason`. */
    amountCents: cents.optional(),
    changeReason: optText(LIMITS.medium).default(null),
    method: depositPayment,
  })
  .strict();

export const depositSettleInput = z
  .object({
    bookingId: id,
    /** What the centre keeps; at most what is held. 0 = everything handed back. */
    retainedCents: cents,
    /** Cheques only, when part is kept: borrower pays and gets the cheque back, or cheque cashed and difference refunded. */
    mode: z.enum(SETTLEMENT_MODES).nullable().default(null),
    /**
     * Kept for older callers: each must be an incident of this booking. The settlement counts
     * every incident of the booking, from all its return visits, whatever is listed here.
     */
    incidentIds: z.array(id).max(200).default([]),
    /** Why (printed on the return receipt); also the reason of an amount owed. */
    note: optText(LIMITS.medium).default(null),
    /** Costs beyond the deposit billed to the borrower; computed when omitted (see owedBeyondDeposit). */
    owedCents: cents.optional(),
    /** When it really happened, if earlier than now (a settlement recorded late); needs a reason. */
    at: parisMoment.optional(),
    backdateReason: optText(LIMITS.medium).default(null),
  })
  .strict();

export const depositListInput = z
  .object({
    state: z.enum(DEPOSIT_STATES).optional(),
    /** Borrower, cheque number, drawer, agreement number; every word must match. */
    search: z.string().trim().max(LIMITS.short).optional(),
    heldOnly: z.boolean().default(false),
  })
  .strict();

export const depositGetInput = z.object({ bookingId: id }).strict();
export const depositHeldAtInput = z.object({ date: civilDate }).strict();
export const depositProposalInput = z.object({ bookingId: id }).strict();

export const amountsOwedListInput = z
  .object({ borrowerId: id.optional(), unpaidOnly: z.boolean().default(false) })
  .strict();
export const amountOwedMarkPaidInput = z.object({ id }).strict();

export interface LedgerEntryDto {
  id: number;
  at: string;
  kind: LedgerKind;
  amountCents: number;
  heldDeltaCents: number;
  /** Held balance after this entry. */
  balanceCents: number;
  note: string | null;
  recordedBy: string;
}

export interface DepositRowDto {
  id: number;
  bookingId: number;
  agreementNumber: string | null;
  borrowerId: number;
  borrowerName: string;
  state: DepositState;
  defaultCents: number;
  amountCents: number;
  heldCents: number;
  method: DepositMethod | null;
  chequeNumber: string | null;
  chequeBank: string | null;
  collectedAt: string | null;
  /** Whole civil days since it was collected, while held. */
  daysHeld: number | null;
  /** A held cheque older than 11 months: cash it or hand it back before it expires. */
  overElevenMonths: boolean;
  cashableUntil: string | null;
  retainedCents: number;
  settledAt: string | null;
}

export interface DepositDetailDto extends DepositRowDto {
  changeReason: string | null;
  chequeDrawer: string | null;
  chequeDate: string | null;
  waiverReason: string | null;
  settlementMode: SettlementMode | null;
  /** The booking's incidents (what a retention is for). */
  incidents: { id: number; kind: string; description: string; costCents: number; status: string }[];
  version: number;
  ledger: LedgerEntryDto[];
}

export interface DepositsHeldAtDto {
  date: string;
  /** The instant the balances are taken at: the end of that Paris civil date. */
  at: string;
  totalCents: number;
  rows: {
    depositId: number;
    bookingId: number;
    borrowerName: string;
    method: DepositMethod | null;
    heldCents: number;
  }[];
}

export interface RetentionProposalDto {
  heldCents: number;
  lateFeeCents: number;
  incidents: { id: number; description: string; costCents: number }[];
  costsCents: number;
  retainedCents: number;
  returnedCents: number;
  owedBeyondCents: number;
}

export interface AmountOwedDto {
  id: number;
  borrowerId: number;
  borrowerName: string;
  bookingId: number;
  agreementNumber: string | null;
  amountCents: number;
  reason: string;
  createdAt: string;
  paidAt: string | null;
}

export const depositsContract = {
  'deposits.list': method({
    kind: 'read',
    summary: 'Deposits with borrower, method, held balance, days held and the 11-month cheque flag',
    input: depositListInput,
    output: returns<DepositRowDto[]>(),
  }),
  'deposits.get': method({
    kind: 'read',
    summary: "A booking's deposit with every ledger entry",
    input: depositGetInput,
    output: returns<DepositDetailDto>(),
  }),
  'deposits.heldAt': method({
    kind: 'read',
    summary: 'Deposits held at the end of a Paris civil date, from the ledger alone',
    input: depositHeldAtInput,
    output: returns<DepositsHeldAtDto>(),
  }),
  'deposits.proposal': method({
    kind: 'read',
    summary: 'Proposed retention: incident costs + late fee, capped at what is held',
    input: depositProposalInput,
    output: returns<RetentionProposalDto>(),
  }),
  'deposits.collect': method({
    kind: 'write',
    summary: 'Collect the deposit (cheque held uncashed, cash, transfer) or waive it with a reason',
    input: depositCollectInput,
    output: returns<DepositDetailDto>(),
  }),
  'deposits.settle': method({
    kind: 'write',
    summary: 'Settle a held deposit: returned, partly retained or retained; costs beyond it become owed',
    input: depositSettleInput,
    output: returns<DepositDetailDto>(),
  }),
  'amountsOwed.list': method({
    kind: 'read',
    summary: 'Amounts borrowers owe beyond their deposits',
    input: amountsOwedListInput,
    output: returns<AmountOwedDto[]>(),
  }),
  'amountsOwed.markPaid': method({
    kind: 'write',
    summary: 'Record that an amount owed has been paid',
    input: amountOwedMarkPaidInput,
    output: returns<AmountOwedDto>(),
  }),
};
