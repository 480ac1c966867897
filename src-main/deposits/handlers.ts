import { actionTime } from '../api/backdate';
import type { Handlers } from '../api/registry';
import { markAmountPaid, listAmountsOwed } from './amounts-owed';
import type { depositsContract } from './contract';
import { collectDeposit } from './ledger';
import { depositsHeldOnDate, getDeposit, listDeposits } from './read';
import { retentionProposal, settleDeposit, settleNotBefore } from './settle';

export const depositsHandlers: Handlers<typeof depositsContract> = {
  'deposits.list': (input, ctx) => listDeposits(ctx.db, ctx.now, input),
  'deposits.get': (input, ctx) => getDeposit(ctx.db, ctx.now, input.bookingId),
  'deposits.heldAt': (input, ctx) => depositsHeldOnDate(ctx.db, input.date),
  'deposits.proposal': (input, ctx) => retentionProposal(ctx.db, input.bookingId),
  'deposits.collect': async (input, ctx) => {
    await collectDeposit(ctx, input);
    return getDeposit(ctx.db, ctx.now, input.bookingId);
  },
  'deposits.settle': async (input, ctx) => {
    const notBefore = await settleNotBefore(ctx.db, input.bookingId);
    await settleDeposit(ctx, input, { at: actionTime(ctx, input.at, input.backdateReason, '', notBefore) });
    return getDeposit(ctx.db, ctx.now, input.bookingId);
  },
  'amountsOwed.list': (input, ctx) => listAmountsOwed(ctx.db, input),
  'amountsOwed.markPaid': (input, ctx) => markAmountPaid(ctx, input.id),
};
