/**
 * The deposits feature's service, for the checkout and return flows, the demo history and
 * scripts: writes take a Ctx whose db is the caller's open transaction.
 */
export {
  appendLedger,
  assertDepositSettled,
  assertNoDepositHeld,
  collectDeposit,
  correctHeldDeposit,
  createDeposit,
  depositOfBooking,
  depositReadyForCheckout,
  discardUncollectedDeposit,
  heldBalance,
  isSettled,
  noteDefaultDeposit,
  setDefaultDeposit,
  type CollectInput,
} from './ledger';
export { oweCostsAtClosing, retentionProposal, settleDeposit, type SettleInput } from './settle';
export {
  addAmountOwed,
  listAmountsOwed,
  markAmountPaid,
  reduceUnpaidOwed,
  unpaidTotal,
} from './amounts-owed';
export { depositsHeldAt, depositsHeldOnDate, endOfParisDate, getDeposit, listDeposits } from './read';
export { defaultDeposit, heldNothing, proposeRetention, planSettlement, chequeAge } from './rules';
