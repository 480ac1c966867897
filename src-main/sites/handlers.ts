import type { Handlers } from '../api/registry';
import type { sitesContract } from './contract';
import { createSite, listSites, updateSite } from './service';

export const sitesHandlers: Handlers<typeof sitesContract> = {
  'sites.list': (_input, ctx) => listSites(ctx.db),
  'sites.create': (input, ctx) => createSite(ctx, input),
  'sites.update': (input, ctx) => updateSite(ctx, input),
};
