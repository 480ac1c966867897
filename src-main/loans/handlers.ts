import type { Handlers } from '../api/registry';
import type { loansContract } from './contract';
import { amendLines } from './amend';
import { checkout, walkIn } from './checkout';
import { correctCheckout, correctReturn } from './correct';
import { extendLoan, undoExtension } from './extend';
import { listLoans } from './list';
import { addLinePhoto, linePhotos, removeLinePhoto } from './photos';
import { prepareCheckout, prepareWalkIn } from './prepare';
import { pickList, today, whoHad } from './queries';
import { returnItems } from './return-items';
import { closeLoan, recordReturn, setLateFee } from './return';

export const loansHandlers: Handlers<typeof loansContract> = {
  'loans.prepareCheckout': (input, ctx) => prepareCheckout(ctx.db, ctx.now, ctx.lang, input.bookingId),
  'loans.prepareWalkIn': (input, ctx) => prepareWalkIn(ctx.db, input.lines),
  'loans.checkout': (input, ctx) => checkout(ctx, input),
  'loans.checkoutOverride': (input, ctx) => checkout(ctx, input),
  'loans.walkIn': (input, ctx) => walkIn(ctx, input),
  'loans.walkInOverride': ({ overrideReason, guards, ...input }, ctx) =>
    walkIn(ctx, input, { reason: overrideReason, guards }),
  'loans.return': (input, ctx) => recordReturn(ctx, input),
  'loans.setLateFee': (input, ctx) => setLateFee(ctx, input),
  'loans.close': (input, ctx) => closeLoan(ctx, input),
  'loans.extend': (input, ctx) => extendLoan(ctx, input),
  'loans.undoExtension': (input, ctx) => undoExtension(ctx, input),
  'loans.amendLines': (input, ctx) => amendLines(ctx, input),
  'loans.correctCheckout': (input, ctx) => correctCheckout(ctx, input),
  'loans.correctReturn': (input, ctx) => correctReturn(ctx, input),
  'loans.addLinePhoto': (input, ctx) => addLinePhoto(ctx, input),
  'loans.linePhotos': (input, ctx) => linePhotos(ctx.db, input.bookingId),
  'loans.removeLinePhoto': (input, ctx) => removeLinePhoto(ctx, input.attachmentId),
  'loans.list': (input, ctx) => listLoans(ctx.db, ctx.now, input.view),
  'loans.returnItems': (input, ctx) => returnItems(ctx.db, input.bookingId),
  'loans.whoHad': (input, ctx) => whoHad(ctx.db, ctx.now, input.resourceId, input.date),
  'loans.today': (_input, ctx) => today(ctx.db, ctx.now),
  'loans.pickList': (input, ctx) => pickList(ctx.db, ctx.now, input.siteId, input.date),
};
