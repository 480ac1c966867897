import { addDays, daysBetween } from '../core/paris-time';
import type {
  CertificateBadge,
  InsuranceBadge,
  LicenceCategory,
  OrganisationKind,
  SuspensionStatus,
} from './contract';

/**
 * Pure borrower rules: no I/O, `today` (a Europe/Paris civil date, 'YYYY-MM-DD') is passed in.
 * Civil dates compare correctly as strings. Validity dates are inclusive: `validTo`, `endsOn` and
 * `licenceExpiry` are the LAST day that counts.
 * Also used by the checkout guards (cover over the period, suspension, driver licences).
 */

/** A certificate expiring within this many days (0..30 days left) is shown as expiring. */
export const EXPIRING_WITHIN_DAYS = 30;

export interface CertificateLike {
  id?: number;
  coversCivilLiability: boolean;
  validFrom: string;
  validTo: string;
}

export interface SuspensionLike {
  id?: number;
  reason: string;
  startsOn: string;
  endsOn: string;
  liftedAt: string | null;
}

export interface DriverLike {
  licenceCategory: string;
  licenceExpiry: string;
}

/**
 * The last day of civil-liability cover that runs without a gap from `from`: a certificate in
 * force on `from`, then any certificate starting no later than the day after the current end.
 * Null when nothing covers `from` itself.
 */
export function coverEnd(certs: readonly CertificateLike[], from: string): string | null {
  const rc = certs.filter((c) => c.coversCivilLiability && c.validFrom <= c.validTo);
  let end: string | null = null;
  for (const c of rc)
    if (c.validFrom <= from && c.validTo >= from && (end === null || c.validTo > end)) end = c.validTo;
  if (end === null) return null;
  // Extend through consecutive or overlapping certificates until nothing reaches further.
  for (;;) {
    const next = addDays(end, 1);
    let further: string = end;
    for (const c of rc) if (c.validFrom <= next && c.validTo > further) further = c.validTo;
    if (further === end) return end;
    end = further;
  }
}

/** The borrower's civil-liability badge today, chaining consecutive certificates. */
export function insuranceBadge(certs: readonly CertificateLike[], today: string): InsuranceBadge {
  const end = coverEnd(certs, today);
  if (end !== null) {
    const daysLeft = daysBetween(today, end);
    return { status: daysLeft <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'valid', validTo: end, daysLeft };
  }
  let lastPast: string | null = null;
  for (const c of certs)
    if (c.coversCivilLiability && c.validTo < today && (lastPast === null || c.validTo > lastPast))
      lastPast = c.validTo;
  if (lastPast !== null)
    return { status: 'expired', validTo: lastPast, daysLeft: daysBetween(today, lastPast) };
  return { status: 'none', validTo: null, daysLeft: null };
}

/** One certificate's own state today, whatever it covers. */
export function certificateBadge(
  cert: { validFrom: string; validTo: string },
  today: string,
): CertificateBadge {
  const daysLeft = daysBetween(today, cert.validTo);
  if (cert.validFrom > today) return { status: 'upcoming', validTo: cert.validTo, daysLeft };
  if (daysLeft < 0) return { status: 'expired', validTo: cert.validTo, daysLeft };
  return { status: daysLeft <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'valid', validTo: cert.validTo, daysLeft };
}

/**
 * The first civil date of [fromDate, toDate] (both inclusive) that no civil-liability certificate
 * covers, or null when one certificate, or consecutive ones with no gap, cover it all.
 */
export function firstUncoveredDate(
  certs: readonly CertificateLike[],
  fromDate: string,
  toDate: string,
): string | null {
  const end = coverEnd(certs, fromDate);
  if (end === null) return fromDate;
  return end >= toDate ? null : addDays(end, 1);
}

/** Civil-liability cover valid over the whole period [fromDate, toDate], both days inclusive. */
export function coversPeriod(certs: readonly CertificateLike[], fromDate: string, toDate: string): boolean {
  return firstUncoveredDate(certs, fromDate, toDate) === null;
}

/** A suspension in force today (not lifted, today within [startsOn, endsOn]); the longest when several. */
export function activeSuspension<S extends SuspensionLike>(
  suspensions: readonly S[],
  today: string,
): S | null {
  let found: S | null = null;
  for (const s of suspensions) {
    if (s.liftedAt !== null || s.startsOn > today || s.endsOn < today) continue;
    if (found === null || s.endsOn > found.endsOn) found = s;
  }
  return found;
}

export function suspensionStatus(s: SuspensionLike, today: string): SuspensionStatus {
  if (s.liftedAt !== null) return 'lifted';
  return s.endsOn < today ? 'ended' : 'active';
}

/**
 * Categories a French licence includes: each category with the lighter ones it implies
 * (A ⇒ A2 ⇒ A1 ⇒ AM; B ⇒ AM; C, D and every trailer category require B; CE ⇒ C1E ⇒ BE...).
 */
const IMPLIES: Record<LicenceCategory, readonly LicenceCategory[]> = {
  AM: ['AM'],
  A1: ['A1', 'AM'],
  A2: ['A2', 'A1', 'AM'],
  A: ['A', 'A2', 'A1', 'AM'],
  B: ['B', 'AM'],
  BE: ['BE', 'B', 'AM'],
  C1: ['C1', 'B', 'AM'],
  C1E: ['C1E', 'C1', 'BE', 'B', 'AM'],
  C: ['C', 'C1', 'B', 'AM'],
  CE: ['CE', 'C', 'C1E', 'C1', 'BE', 'B', 'AM'],
  D1: ['D1', 'B', 'AM'],
  D1E: ['D1E', 'D1', 'BE', 'B', 'AM'],
  D: ['D', 'D1', 'B', 'AM'],
  DE: ['DE', 'D', 'D1E', 'D1', 'BE', 'B', 'AM'],
};

export function licenceIncludes(held: string, required: string): boolean {
  return (IMPLIES[held as LicenceCategory] ?? []).includes(required as LicenceCategory);
}

/** The driver may drive a vehicle needing `category` on `onDate` (the expiry day itself still counts). */
export function driverLicenceValid(driver: DriverLike, category: string, onDate: string): boolean {
  return driver.licenceExpiry >= onDate && licenceIncludes(driver.licenceCategory, category);
}

// ---------------------------------------------------------------------------------------------
// Cross-field checks of the forms: each issue names the field it belongs beside.

export interface FieldIssue {
  path: string;
  /** Also the message key. */
  code: string;
}

export interface OrganisationShape {
  kind: OrganisationKind;
  rna: string | null;
  siret: string | null;
  communeName: string | null;
  communeInsee: string | null;
  isCentre: boolean;
}

export function organisationIssues(o: OrganisationShape): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (o.kind === 'individual') {
    if (o.rna !== null) issues.push({ path: 'rna', code: 'individual_no_rna' });
    if (o.siret !== null) issues.push({ path: 'siret', code: 'individual_no_siret' });
    if (o.isCentre) issues.push({ path: 'isCentre', code: 'centre_not_individual' });
  }
  if (o.communeName !== null && o.communeInsee === null)
    issues.push({ path: 'communeInsee', code: 'commune_incomplete' });
  if (o.communeInsee !== null && o.communeName === null)
    issues.push({ path: 'communeName', code: 'commune_incomplete' });
  return issues;
}

export function certificateIssues(c: {
  coversCivilLiability: boolean;
  coversLentProperty: boolean;
  coversVehicleUse: boolean;
  validFrom: string;
  validTo: string;
}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (c.validTo < c.validFrom) issues.push({ path: 'validTo', code: 'date_order' });
  if (!c.coversCivilLiability && !c.coversLentProperty && !c.coversVehicleUse)
    issues.push({ path: 'coversCivilLiability', code: 'insurance_no_cover' });
  return issues;
}

export function driverIssues(
  d: { checkedOn: string | null; checkedBy: string | null },
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (d.checkedOn !== null && d.checkedOn > today)
    issues.push({ path: 'checkedOn', code: 'checked_on_future' });
  if (d.checkedOn !== null && d.checkedBy === null)
    issues.push({ path: 'checkedBy', code: 'check_incomplete' });
  if (d.checkedBy !== null && d.checkedOn === null)
    issues.push({ path: 'checkedOn', code: 'check_incomplete' });
  return issues;
}

export function suspensionIssues(s: { endsOn: string }, today: string): FieldIssue[] {
  return s.endsOn < today ? [{ path: 'endsOn', code: 'suspension_end_past' }] : [];
}
