import type { Selectable } from 'kysely';
import type { ContactTable, DriverTable, InsuranceCertificateTable, SuspensionTable } from '../../db/schema';
import { daysBetween } from '../core/paris-time';
import type {
  AttachmentInfo,
  CertificateDto,
  ContactDto,
  DriverDto,
  LicenceCategory,
  SuspensionDto,
} from './contract';
import { certificateBadge, suspensionStatus, type CertificateLike, type SuspensionLike } from './rules';

/** Database rows (snake_case, 0|1) to the camelCase shapes of the contract and of the rules. */

export function contactDto(r: Selectable<ContactTable>): ContactDto {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    name: r.name,
    role: r.role,
    phone: r.phone,
    email: r.email,
    createdAt: r.created_at,
  };
}

export function certificateLike(r: Selectable<InsuranceCertificateTable>): CertificateLike {
  return {
    id: r.id,
    coversCivilLiability: r.covers_civil_liability === 1,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  };
}

export function certificateDto(
  r: Selectable<InsuranceCertificateTable>,
  attachment: AttachmentInfo | null,
  today: string,
): CertificateDto {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    insurer: r.insurer,
    policyNumber: r.policy_number,
    coversCivilLiability: r.covers_civil_liability === 1,
    coversLentProperty: r.covers_lent_property === 1,
    coversVehicleUse: r.covers_vehicle_use === 1,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    badge: certificateBadge({ validFrom: r.valid_from, validTo: r.valid_to }, today),
    attachment,
    createdAt: r.created_at,
  };
}

export function driverDto(r: Selectable<DriverTable>, today: string): DriverDto {
  const daysLeft = daysBetween(today, r.licence_expiry);
  return {
    id: r.id,
    organisationId: r.organisation_id,
    name: r.name,
    licenceCategory: r.licence_category as LicenceCategory,
    licenceExpiry: r.licence_expiry,
    licenceValid: daysLeft >= 0,
    licenceDaysLeft: daysLeft,
    checkedOn: r.checked_on,
    checkedBy: r.checked_by,
    createdAt: r.created_at,
  };
}

export function suspensionLike(r: Selectable<SuspensionTable>): SuspensionLike & { id: number } {
  return { id: r.id, reason: r.reason, startsOn: r.starts_on, endsOn: r.ends_on, liftedAt: r.lifted_at };
}

export function suspensionDto(r: Selectable<SuspensionTable>, today: string): SuspensionDto {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    reason: r.reason,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    status: suspensionStatus(suspensionLike(r), today),
    liftedAt: r.lifted_at,
    liftedReason: r.lifted_reason,
    createdAt: r.created_at,
  };
}
