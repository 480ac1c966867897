import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { LicenceCategory } from './contract';
import { certificateLike, suspensionLike } from './mappers';
import type { CertificateLike, SuspensionLike } from './rules';

/**
 * What the checkout guards need to know about a borrower, in the shapes the rules take:
 * `coversPeriod(s.certificates, …)`, `activeSuspension(s.suspensions, today)`,
 * `driverLicenceValid(driver, category, endDate)`.
 */
export interface BorrowerStanding {
  organisationId: number;
  certificates: (CertificateLike & { id: number })[];
  suspensions: (SuspensionLike & { id: number })[];
  drivers: { id: number; name: string; licenceCategory: LicenceCategory; licenceExpiry: string }[];
}

export async function loadBorrowerStanding(
  db: Kysely<Database>,
  organisationId: number,
): Promise<BorrowerStanding> {
  const [certs, suspensions, drivers] = await Promise.all([
    db
      .selectFrom('insurance_certificates')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .execute(),
    db.selectFrom('suspensions').selectAll().where('organisation_id', '=', organisationId).execute(),
    db
      .selectFrom('drivers')
      .select(['id', 'name', 'licence_category', 'licence_expiry'])
      .where('organisation_id', '=', organisationId)
      .execute(),
  ]);
  return {
    organisationId,
    certificates: certs.map((c) => ({ ...certificateLike(c), id: c.id })),
    suspensions: suspensions.map(suspensionLike),
    drivers: drivers.map((d) => ({
      id: d.id,
      name: d.name,
      licenceCategory: d.licence_category as LicenceCategory,
      licenceExpiry: d.licence_expiry,
    })),
  };
}
