import { addDays, daysBetween, parisDate } from '../core/paris-time';
import type { LateFee, LatenessRules } from './contract';

export type LatenessPolicy = Omit<LatenessRules, 'version'>;

export const DEFAULT_LATENESS: LatenessPolicy = {
  feePerDayCents: 0,
  feeCapCents: null,
  suspensionDays: 0,
  suspensionAfterLateDays: 1,
  maxExtensions: null,
};

/**
 * The civil date (Europe/Paris) a loan is due. A due moment at 00:00 closes the previous day, as
 * every period does ("an interval ending exactly at 00:00 does not touch the next date"): a loan
 * due Sunday 00:00 and back Sunday morning is one day late, not on time.
 */
export function dueDateOf(due: Date): string {
  return parisDate(new Date(due.getTime() - 1));
}

/**
 * Calendar days after the due date up to and including the day of return, in Europe/Paris dates.
 * Back later on the due day itself, or early: 0.
 */
export function lateDays(due: Date, returned: Date): number {
  if (returned.getTime() <= due.getTime()) return 0;
  return Math.max(0, daysBetween(dueDateOf(due), parisDate(returned)));
}

/** What the return proposes for a late loan: fee (capped) and suspension; the agent may edit both. */
export function lateFee(due: Date, returned: Date, rules: LatenessPolicy): LateFee {
  const days = lateDays(due, returned);
  const uncapped = days * rules.feePerDayCents;
  const feeCents = rules.feeCapCents === null ? uncapped : Math.min(uncapped, rules.feeCapCents);
  const suspends = days > 0 && rules.suspensionDays > 0 && days >= rules.suspensionAfterLateDays;
  const from = parisDate(returned);
  return {
    lateDays: days,
    feeCents,
    capped: feeCents < uncapped,
    suspensionDays: suspends ? rules.suspensionDays : 0,
    suspensionFrom: suspends ? from : null,
    suspensionTo: suspends ? addDays(from, rules.suspensionDays - 1) : null,
  };
}

/** Whether one more extension is allowed after `done` extensions (undone ones are not counted). */
export function extensionAllowed(done: number, rules: Pick<LatenessPolicy, 'maxExtensions'>): boolean {
  return rules.maxExtensions === null || done < rules.maxExtensions;
}
