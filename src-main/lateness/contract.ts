import { z } from 'zod';
import { method, returns } from '../core/contract-kit';
import { cents, id, version } from '../core/contract-fields';

/** The manager's late-return rules. Every penalty is off by default: a centre opts in. */
export interface LatenessRules {
  /** Late fee per late day; 0 = no fee. */
  feePerDayCents: number;
  /** The fee never exceeds this; null = no cap. */
  feeCapCents: number | null;
  /** Suspension proposed after a late return, in days; 0 = none. */
  suspensionDays: number;
  /** Proposed only from this many late days on (1 = any late return). */
  suspensionAfterLateDays: number;
  /** How many times a loan may be extended; null = no limit. */
  maxExtensions: number | null;
  version: number;
}

export interface LateFee {
  lateDays: number;
  /** Proposed fee, capped; the agent may edit it at return. */
  feeCents: number;
  /** True when the cap lowered the fee. */
  capped: boolean;
  /** Proposed suspension length in days (0 = none). */
  suspensionDays: number;
  /** Proposed suspension, inclusive civil dates starting on the day of return; null when none. */
  suspensionFrom: string | null;
  suspensionTo: string | null;
}

/** A returned loan's lateness: what the rules in force propose, and the fee as it stands now. */
export interface LoanLatenessDto extends LateFee {
  bookingId: number;
  /** The fee recorded on the loan (proposed at return, perhaps edited since); null before the return. */
  currentFeeCents: number | null;
}

export const latenessContract = {
  'lateness.ofLoan': method({
    kind: 'read',
    summary:
      "Le retard d'un prêt rendu : jours, frais et suspension proposés par les règles en vigueur, frais retenus.",
    input: z.object({ bookingId: id }).strict(),
    output: returns<LoanLatenessDto>(),
  }),
  'lateness.getRules': method({
    kind: 'read',
    summary: 'Les règles de retard : pénalité par jour et plafond, suspension, nombre de prolongations.',
    input: z.object({}).strict(),
    output: returns<LatenessRules>(),
  }),
  'lateness.setRules': method({
    kind: 'write',
    role: 'manager',
    summary: 'Modifie les règles de retard (responsable).',
    input: z
      .object({
        version,
        feePerDayCents: cents.max(1_000_00).optional(),
        feeCapCents: cents.nullable().optional(),
        suspensionDays: z.number().int().min(0).max(3650).optional(),
        suspensionAfterLateDays: z.number().int().min(1).max(3650).optional(),
        maxExtensions: z.number().int().min(0).max(100).nullable().optional(),
      })
      .strict(),
    output: returns<LatenessRules>(),
  }),
};
