import type { Handlers } from '../api/registry';
import type { latenessContract } from './contract';
import { loadLatenessRules, setLatenessRules } from './service';

export const latenessHandlers: Handlers<typeof latenessContract> = {
  'lateness.getRules': (_input, ctx) => loadLatenessRules(ctx.db),
  'lateness.setRules': (input, ctx) => setLatenessRules(ctx, input),
};
