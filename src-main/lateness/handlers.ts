import type { Handlers } from '../api/registry';
import type { latenessContract } from './contract';
import { loadLatenessRules, loanLateness, setLatenessRules } from './service';

export const latenessHandlers: Handlers<typeof latenessContract> = {
  'lateness.ofLoan': (input, ctx) => loanLateness(ctx.db, input.bookingId),
  'lateness.getRules': (_input, ctx) => loadLatenessRules(ctx.db),
  'lateness.setRules': (input, ctx) => setLatenessRules(ctx, input),
};
