import type { Handlers } from '../api/registry';
import type { loansContract } from './contract';
import { checkout, walkIn } from './checkout';
import { prepareCheckout } from './prepare';

export const loansHandlers: Handlers<typeof loansContract> = {
  'loans.prepareCheckout': (input, ctx) => prepareCheckout(ctx.db, ctx.now, ctx.lang, input.bookingId),
  'loans.checkout': (input, ctx) => checkout(ctx, input),
  'loans.checkoutOverride': (input, ctx) => checkout(ctx, input),
  'loans.walkIn': (input, ctx) => walkIn(ctx, input),
};
