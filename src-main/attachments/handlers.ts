import type { Handlers } from '../api/registry';
import type { attachmentsContract } from './contract';
import { readAttachment } from './store';

export const attachmentsHandlers: Handlers<typeof attachmentsContract> = {
  'attachments.read': (input, ctx) => readAttachment(ctx, input.id),
};
