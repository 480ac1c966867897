import type { Handlers } from '../api/registry';
import type { staffContract } from './contract';
import { createStaff, listStaff } from './service';

export const staffHandlers: Handlers<typeof staffContract> = {
  'staff.list': (_input, ctx) => listStaff(ctx.db),
  'staff.create': (input, ctx) => createStaff(ctx, input),
};
