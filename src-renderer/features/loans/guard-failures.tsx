import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import type { GuardFailureDto } from '../../../src-main/loans/contract';

/** The guards that refused a checkout (CHECKOUT_REFUSED), as the main side listed them. */
export function failuresOf(error: ErrorBody | null): GuardFailureDto[] {
  const d = error?.details;
  if (typeof d !== 'object' || d === null || !('failures' in d)) return [];
  const f = (d as { failures: unknown }).failures;
  return Array.isArray(f) ? (f as GuardFailureDto[]) : [];
}

/** The guards a manager may override (with a reason): 2, 3 and 5. */
const OVERRIDABLE = new Set([2, 3, 5]);

/** A refusal a manager may override: every guard that refused is one of 2, 3, 5. */
export const allOverridable = (failures: readonly GuardFailureDto[]) =>
  failures.length > 0 && failures.every((f) => OVERRIDABLE.has(f.guard));

/** The guards to name in an override. */
export const overridableGuards = (failures: readonly GuardFailureDto[]) =>
  failures.map((f) => f.guard).filter((g): g is 2 | 3 | 5 => OVERRIDABLE.has(g));

/** Each guard that refused, with the main side's message (test ids `<testId>-failure-<guard>`). */
export function GuardFailureList({
  failures,
  testId,
}: {
  failures: readonly GuardFailureDto[];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <ul>
      {failures.map((f) => (
        <li key={`${f.guard}-${f.code}`} data-testid={`${testId}-failure-${f.guard}`}>
          <strong>{t('checkout.guard', { n: f.guard })}</strong> — {f.message}
        </li>
      ))}
    </ul>
  );
}
