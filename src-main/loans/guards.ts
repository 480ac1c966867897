import {
  activeSuspension,
  coversPeriod,
  driverLicenceValid,
  firstUncoveredDate,
  type CertificateLike,
  type DriverLike,
  type SuspensionLike,
} from '../borrowers/rules';

/**
 * The five checkout guards of DOMAIN.md "Checkout", as a pure function of the facts the service
 * loads. Each failure names its guard, a stable code and the message parameters; the service
 * translates it into the agent's language. Guards 2, 3 and 5 may be overridden by a manager.
 */
export type GuardNumber = 1 | 2 | 3 | 4 | 5;
export const OVERRIDABLE_GUARDS: readonly GuardNumber[] = [2, 3, 5];

export interface GuardFailure {
  guard: GuardNumber;
  code:
    | 'resource_unavailable'
    | 'insurance_missing'
    | 'insurance_gap'
    | 'borrower_suspended'
    | 'borrower_overdue'
    | 'driver_missing'
    | 'driver_licence_invalid'
    | 'deposit_not_collected';
  params: Record<string, string | number>;
}

export interface VehicleLineFacts {
  resourceName: string;
  licenceCategory: string | null;
  drivers: (DriverLike & { name: string })[];
}

export interface GuardFacts {
  /** Guard 1, already evaluated by the availability engine: the names of unavailable resources. */
  unavailable: { resourceName: string; detail: string }[];
  /** The loan's period as Europe/Paris civil dates (first and last day of use). */
  fromDate: string;
  toDate: string;
  /** The checkout's own civil date (back-dated checkouts are checked as of their time). */
  onDate: string;
  certificates: CertificateLike[];
  suspensions: SuspensionLike[];
  /** Other loans of the borrower still out past their end at the checkout time. */
  overdueLoans: { bookingId: number; agreementNumber: string | null }[];
  vehicles: VehicleLineFacts[];
  deposit: {
    state: 'expected' | 'held' | 'returned' | 'partly_retained' | 'retained' | 'waived';
    amountCents: number;
  };
}

export function evaluateGuards(f: GuardFacts): GuardFailure[] {
  const out: GuardFailure[] = [];
  for (const u of f.unavailable)
    out.push({
      guard: 1,
      code: 'resource_unavailable',
      params: { resource: u.resourceName, detail: u.detail },
    });

  if (!coversPeriod(f.certificates, f.fromDate, f.toDate)) {
    const gap = firstUncoveredDate(f.certificates, f.fromDate, f.toDate);
    const anyCover = f.certificates.some((c) => c.coversCivilLiability);
    out.push(
      anyCover && gap !== null && gap !== f.fromDate
        ? { guard: 2, code: 'insurance_gap', params: { date: gap } }
        : { guard: 2, code: 'insurance_missing', params: { from: f.fromDate, to: f.toDate } },
    );
  }

  const suspension = activeSuspension(f.suspensions, f.onDate);
  if (suspension)
    out.push({
      guard: 3,
      code: 'borrower_suspended',
      params: { until: suspension.endsOn, reason: suspension.reason },
    });
  for (const o of f.overdueLoans)
    out.push({
      guard: 3,
      code: 'borrower_overdue',
      params: { loan: o.agreementNumber ?? `#${o.bookingId}` },
    });

  for (const v of f.vehicles) {
    if (v.drivers.length === 0) {
      out.push({ guard: 4, code: 'driver_missing', params: { resource: v.resourceName } });
      continue;
    }
    for (const d of v.drivers) {
      if (!driverLicenceValid(d, v.licenceCategory ?? 'B', f.toDate))
        out.push({
          guard: 4,
          code: 'driver_licence_invalid',
          params: {
            driver: d.name,
            category: v.licenceCategory ?? 'B',
            resource: v.resourceName,
            date: f.toDate,
          },
        });
    }
  }

  const depositOk = f.deposit.state === 'held' || f.deposit.state === 'waived' || f.deposit.amountCents === 0;
  if (!depositOk)
    out.push({ guard: 5, code: 'deposit_not_collected', params: { amount: f.deposit.amountCents } });
  return out;
}

/** What remains once a manager overrides some guards: guards 1 and 4 can never be overridden. */
export function remainingAfterOverride(
  failures: GuardFailure[],
  overridden: readonly GuardNumber[],
): GuardFailure[] {
  return failures.filter((g) => !(OVERRIDABLE_GUARDS.includes(g.guard) && overridden.includes(g.guard)));
}
