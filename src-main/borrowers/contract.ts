import { z } from 'zod';
import { method, returns } from '../core/contract-kit';
import {
  LIMITS,
  civilDate,
  email,
  id,
  inseeCode,
  keyed,
  optText,
  phone,
  rna,
  siret,
  text,
  version,
} from '../core/contract-fields';

/**
 * Borrowers (and owners): organisations, their contacts, insurance certificates, drivers and
 * suspensions. Imported by the renderer too: zod and contract-* only.
 */

export const ORGANISATION_KINDS = ['association', 'public_body', 'organisation', 'individual'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

import { LICENCE_CATEGORIES, type LicenceCategory } from '../core/contract-fields';
export { LICENCE_CATEGORIES, type LicenceCategory };

/** What a scanned certificate may be; the store checks the bytes really are that type. */
export const CERTIFICATE_MIME = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
/** 10 MB of file is about 13.4 M base64 characters: a little headroom, and no more. */
export const MAX_FILE_BASE64 = 14_000_000;

// ---------------------------------------------------------------------------------------------
// Result types (camelCase)

/**
 * Civil-liability cover of a borrower today. `validTo` is the last covered day (consecutive
 * certificates are chained). expiring = covered today and the cover ends within 30 days
 * (daysLeft 0..30). expired = not covered today but was before (daysLeft < 0). none = never covered
 * up to today (a certificate starting later still shows 'none').
 */
export type InsuranceStatus = 'valid' | 'expiring' | 'expired' | 'none';
export interface InsuranceBadge {
  status: InsuranceStatus;
  validTo: string | null;
  daysLeft: number | null;
}

/** One certificate's own dates, whatever it covers. upcoming = starts after today. */
export type CertificateStatus = 'valid' | 'expiring' | 'expired' | 'upcoming';
export interface CertificateBadge {
  status: CertificateStatus;
  validTo: string;
  /** Days from today to validTo (0 = last valid day today; negative once expired). */
  daysLeft: number;
}

export interface SuspensionBrief {
  /** Last day of the suspension (inclusive). */
  until: string;
  reason: string;
}

export interface OrganisationRow {
  id: number;
  kind: OrganisationKind;
  name: string;
  rna: string | null;
  siret: string | null;
  communeName: string | null;
  communeInsee: string | null;
  representativeName: string | null;
  isCentre: boolean;
  insurance: InsuranceBadge;
  suspended: SuspensionBrief | null;
  contactCount: number;
  /** Resources this organisation owns in the pool (retired ones not counted). */
  ownedResourceCount: number;
  version: number;
}

export interface ContactDto {
  id: number;
  organisationId: number;
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
  createdAt: string;
}

export interface AttachmentInfo {
  /** Read the bytes back with `attachments.read`. */
  id: number;
  fileName: string;
  mime: string;
  size: number;
}

export interface CertificateDto {
  id: number;
  organisationId: number;
  insurer: string;
  policyNumber: string;
  coversCivilLiability: boolean;
  coversLentProperty: boolean;
  coversVehicleUse: boolean;
  validFrom: string;
  validTo: string;
  badge: CertificateBadge;
  attachment: AttachmentInfo | null;
  createdAt: string;
}

export interface DriverDto {
  id: number;
  organisationId: number;
  name: string;
  licenceCategory: LicenceCategory;
  /** Last day the licence is valid. */
  licenceExpiry: string;
  /** Valid today (expiry today still counts). */
  licenceValid: boolean;
  /** Days from today to the expiry (negative once expired). */
  licenceDaysLeft: number;
  checkedOn: string | null;
  checkedBy: string | null;
  createdAt: string;
}

/** active = in force today; ended = its last day has passed; lifted = ended early by a decision. */
export type SuspensionStatus = 'active' | 'ended' | 'lifted';
export interface SuspensionDto {
  id: number;
  organisationId: number;
  reason: string;
  startsOn: string;
  endsOn: string;
  status: SuspensionStatus;
  liftedAt: string | null;
  liftedReason: string | null;
  createdAt: string;
}

export interface OrganisationDetail extends OrganisationRow {
  address: string | null;
  postcode: string | null;
  representativeRole: string | null;
  email: string | null;
  phone: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  contacts: ContactDto[];
  /** Latest validity first. */
  certificates: CertificateDto[];
  drivers: DriverDto[];
  /** Active first, then most recent first. */
  suspensions: SuspensionDto[];
  /** Costs beyond deposits not paid yet (DOMAIN: shown on the borrower). */
  unpaidOwedCents: number;
}

export interface Removed {
  id: number;
}

// ---------------------------------------------------------------------------------------------
// Input schemas

/** An optional text field with its own format: '' and null both mean "not given". */
function blankOr<T extends z.ZodType<unknown, string>>(schema: T, max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .pipe(schema.nullable())
    .nullable();
}

export const postcode = z.string().regex(/^\d{5}$/, keyed('postcode_invalid'));

/** Every editable field of an organisation; all optional except on create (kind, name). */
const organisationFields = {
  kind: z.enum(ORGANISATION_KINDS),
  name: text(LIMITS.short),
  rna: blankOr(rna, 20),
  siret: blankOr(siret, 30),
  address: optText(LIMITS.medium),
  postcode: blankOr(postcode, 10),
  communeName: optText(LIMITS.short),
  communeInsee: blankOr(inseeCode, 10),
  representativeName: optText(LIMITS.short),
  representativeRole: optText(LIMITS.short),
  email: blankOr(email, LIMITS.short),
  phone: blankOr(phone, 30),
  notes: optText(LIMITS.long),
  /** Only one organisation may be the centre itself. */
  isCentre: z.boolean(),
};

export const organisationCreateInput = z
  .object(organisationFields)
  .partial()
  .required({ kind: true, name: true })
  .strict();

export const organisationUpdateInput = z
  .object(organisationFields)
  .partial()
  .extend({ id, version })
  .strict();

const contactFields = {
  name: text(LIMITS.short),
  role: optText(LIMITS.short),
  phone: blankOr(phone, 30),
  email: blankOr(email, LIMITS.short),
};

const certificateFile = z
  .object({
    fileName: text(200),
    mime: z.enum(CERTIFICATE_MIME),
    base64: z
      .string()
      .max(MAX_FILE_BASE64)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, keyed('base64_invalid')),
  })
  .strict();

const driverFields = {
  name: text(LIMITS.short),
  licenceCategory: z.enum(LICENCE_CATEGORIES),
  licenceExpiry: civilDate,
  checkedOn: civilDate.nullable(),
  checkedBy: optText(LIMITS.short),
};

export const borrowersContract = {
  'organisations.list': method({
    kind: 'read',
    summary:
      "Les organisations (emprunteurs et propriétaires), avec leur badge d'assurance et leur suspension. " +
      'Recherche sans tenir compte des majuscules ni des accents (nom, RNA, SIRET, commune). ' +
      "Le centre lui-même n'apparaît que si includeCentre est vrai.",
    input: z
      .object({
        search: z.string().trim().max(LIMITS.short).optional(),
        kind: z.enum(ORGANISATION_KINDS).optional(),
        includeCentre: z.boolean().optional(),
      })
      .strict(),
    output: returns<OrganisationRow[]>(),
  }),
  'organisations.get': method({
    kind: 'read',
    summary: 'Une organisation avec ses contacts, attestations, conducteurs et suspensions.',
    input: z.object({ id }).strict(),
    output: returns<OrganisationDetail>(),
  }),
  'organisations.create': method({
    kind: 'write',
    summary: 'Enregistre une organisation ou un particulier.',
    input: organisationCreateInput,
    output: returns<OrganisationDetail>(),
  }),
  'organisations.update': method({
    kind: 'write',
    summary: 'Modifie une organisation (seuls les champs envoyés changent ; version obligatoire).',
    input: organisationUpdateInput,
    output: returns<OrganisationDetail>(),
  }),

  'contacts.add': method({
    kind: 'write',
    summary: 'Ajoute un contact à une organisation.',
    input: z
      .object({ organisationId: id, ...contactFields })
      .partial({ role: true, phone: true, email: true })
      .strict(),
    output: returns<ContactDto>(),
  }),
  'contacts.update': method({
    kind: 'write',
    summary: 'Modifie un contact (seuls les champs envoyés changent).',
    input: z.object(contactFields).partial().extend({ id }).strict(),
    output: returns<ContactDto>(),
  }),
  'contacts.remove': method({
    kind: 'write',
    summary: 'Supprime un contact.',
    input: z.object({ id }).strict(),
    output: returns<Removed>(),
  }),

  'insurance.add': method({
    kind: 'write',
    summary:
      "Enregistre une attestation d'assurance, avec son scan (PDF ou image) gardé dans le dossier de données.",
    input: z
      .object({
        organisationId: id,
        insurer: text(LIMITS.short),
        policyNumber: text(60),
        coversCivilLiability: z.boolean(),
        coversLentProperty: z.boolean(),
        coversVehicleUse: z.boolean(),
        validFrom: civilDate,
        validTo: civilDate,
        file: certificateFile.nullable().optional(),
      })
      .strict(),
    output: returns<CertificateDto>(),
  }),
  'insurance.remove': method({
    kind: 'write',
    summary: "Supprime une attestation d'assurance et son scan.",
    input: z.object({ id }).strict(),
    output: returns<Removed>(),
  }),

  'drivers.add': method({
    kind: 'write',
    summary: 'Ajoute un conducteur (permis vérifié, sans copie du permis).',
    input: z
      .object({ organisationId: id, ...driverFields })
      .partial({ checkedOn: true, checkedBy: true })
      .strict(),
    output: returns<DriverDto>(),
  }),
  'drivers.update': method({
    kind: 'write',
    summary: 'Modifie un conducteur (seuls les champs envoyés changent).',
    input: z.object(driverFields).partial().extend({ id }).strict(),
    output: returns<DriverDto>(),
  }),
  'drivers.remove': method({
    kind: 'write',
    summary: 'Supprime un conducteur.',
    input: z.object({ id }).strict(),
    output: returns<Removed>(),
  }),

  'suspensions.add': method({
    kind: 'write',
    role: 'manager',
    summary: "Suspend une organisation à partir d'aujourd'hui jusqu'à la date donnée incluse (responsable).",
    input: z.object({ organisationId: id, reason: text(LIMITS.medium), endsOn: civilDate }).strict(),
    output: returns<SuspensionDto>(),
  }),
  'suspensions.lift': method({
    kind: 'write',
    role: 'manager',
    summary: 'Lève une suspension avant son terme, avec un motif (responsable).',
    input: z.object({ id, reason: text(LIMITS.medium) }).strict(),
    output: returns<SuspensionDto>(),
  }),
};
