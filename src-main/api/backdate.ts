import type { z } from 'zod';
import type { Ctx } from './context';
import type { RuleIssue } from '../catalog/rules';
import { refuseFields } from '../catalog/refusals';
import { toInstant } from '../bookings/booking-check';
import type { parisMoment } from '../bookings/contract';
import { dateText } from '../bookings/opening';
import { parisWall } from '../core/paris-time';

/** What a back-dated moment follows (the checkout, an earlier return…), and the message naming it. */
export interface NotBefore {
  at: Date;
  /** Message key; gets the moment as {date} and {time}. */
  code: string;
}

/** The latest of the moments an action follows (those not recorded yet are left out). */
export function latestOf(...bounds: { at: string | null; code: string }[]): NotBefore | undefined {
  let latest: NotBefore | undefined;
  for (const b of bounds) {
    if (b.at === null) continue;
    const at = new Date(b.at);
    if (!latest || at.getTime() > latest.at.getTime()) latest = { at, code: b.code };
  }
  return latest;
}

/**
 * When a checkout or return really happened: now, or an earlier moment typed by the agent (a
 * handover forgotten at a busy desk), which then needs a reason, cannot be in the future, nor
 * before what it follows (a return before its checkout would count negative time).
 */
export function actionTime(
  ctx: Ctx,
  at: z.output<typeof parisMoment> | undefined,
  reason: string | null,
  prefix = '',
  notBefore?: NotBefore,
): Date {
  if (at === undefined) return ctx.now;
  const issues: RuleIssue[] = [];
  const when = toInstant(at, `${prefix}at`, issues);
  if (reason === null) issues.push({ path: `${prefix}backdateReason`, code: 'backdate_reason_required' });
  if (when && when.getTime() > ctx.now.getTime())
    issues.push({ path: `${prefix}at.date`, code: 'backdate_future' });
  else if (when && notBefore && when.getTime() < notBefore.at.getTime()) {
    const wall = parisWall(notBefore.at);
    issues.push({
      path: `${prefix}at.date`,
      code: notBefore.code,
      params: { date: dateText(ctx.lang, wall.date), time: wall.time },
    });
  }
  if (issues.length > 0 || !when) refuseFields(ctx.lang, issues);
  return when;
}
