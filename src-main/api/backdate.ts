import type { z } from 'zod';
import type { Ctx } from './context';
import type { RuleIssue } from '../catalog/rules';
import { refuseFields } from '../catalog/refusals';
import { toInstant } from '../bookings/booking-check';
import type { parisMoment } from '../bookings/contract';

/**
 * When a checkout or return really happened: now, or an earlier moment typed by the agent (a
 * handover forgotten at a busy desk), which then needs a reason and cannot be in the future.
 */
export function actionTime(
  ctx: Ctx,
  at: z.output<typeof parisMoment> | undefined,
  reason: string | null,
  prefix = '',
): Date {
  if (at === undefined) return ctx.now;
  const issues: RuleIssue[] = [];
  const when = toInstant(at, `${prefix}at`, issues);
  if (reason === null) issues.push({ path: `${prefix}backdateReason`, code: 'backdate_reason_required' });
  if (when && when.getTime() > ctx.now.getTime())
    issues.push({ path: `${prefix}at.date`, code: 'backdate_future' });
  if (issues.length > 0 || !when) refuseFields(ctx.lang, issues);
  return when;
}
