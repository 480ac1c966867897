import type { Generated } from 'kysely';

/**
 * The database as better-sqlite3 really returns it: booleans are 0|1, instants are ISO-8601 UTC
 * text, civil dates are 'YYYY-MM-DD' text (Europe/Paris), money is integer cents.
 * Nullable columns are `T | null`, never optional.
 */
export type Bool = 0 | 1;
export type IsoInstant = string;
export type CivilDate = string;

export type OrganisationKind = 'association' | 'public_body' | 'organisation' | 'individual';
export type ResourceKind = 'equipment' | 'room' | 'vehicle';
export type Tracking = 'unit' | 'stock';
export type ResourceStatus = 'available' | 'out_of_service' | 'retired';
export type StaffRole = 'agent' | 'manager';
export type AttachmentOwner = 'resource' | 'insurance_certificate';

export interface SettingsTable {
  key: string;
  value: string; // JSON
  updated_at: IsoInstant;
}

export interface StaffTable {
  id: Generated<number>;
  name: string;
  role: StaffRole;
  pin_hash: string | null;
  active: Bool;
  created_at: IsoInstant;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: IsoInstant;
  actor: string;
  method: string;
  entity: string;
  entity_id: number | null;
  action: string;
  /** JSON array of the field names touched; never their values (GDPR). */
  fields: string;
  reason: string | null;
}

export interface SiteTable {
  id: Generated<number>;
  name: string;
  address: string | null;
  postcode: string | null;
  commune_name: string;
  commune_insee: string;
  notes: string | null;
  created_at: IsoInstant;
  updated_at: IsoInstant;
  version: number;
}

export interface OrganisationTable {
  id: Generated<number>;
  kind: OrganisationKind;
  name: string;
  rna: string | null;
  siret: string | null;
  address: string | null;
  postcode: string | null;
  commune_name: string | null;
  commune_insee: string | null;
  representative_name: string | null;
  representative_role: string | null;
  email: string | null;
  phone: string | null;
  /** The centre itself: lender on behalf of owners. Exactly one row may have it. */
  is_centre: Bool;
  notes: string | null;
  created_at: IsoInstant;
  updated_at: IsoInstant;
  version: number;
}

export interface ContactTable {
  id: Generated<number>;
  organisation_id: number;
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
  created_at: IsoInstant;
}

export interface InsuranceCertificateTable {
  id: Generated<number>;
  organisation_id: number;
  insurer: string;
  policy_number: string;
  covers_civil_liability: Bool;
  covers_lent_property: Bool;
  covers_vehicle_use: Bool;
  valid_from: CivilDate;
  valid_to: CivilDate;
  attachment_id: number | null;
  created_at: IsoInstant;
}

export interface DriverTable {
  id: Generated<number>;
  organisation_id: number;
  name: string;
  licence_category: string;
  licence_expiry: CivilDate;
  checked_on: CivilDate | null;
  checked_by: string | null;
  created_at: IsoInstant;
}

export interface SuspensionTable {
  id: Generated<number>;
  organisation_id: number;
  reason: string;
  starts_on: CivilDate;
  ends_on: CivilDate;
  lifted_at: IsoInstant | null;
  lifted_reason: string | null;
  created_at: IsoInstant;
}

export interface ResourceTable {
  id: Generated<number>;
  kind: ResourceKind;
  tracking: Tracking;
  name: string;
  category: string | null;
  description: string | null;
  inventory_code: string;
  owner_id: number;
  site_id: number;
  deposit_cents: number;
  replacement_value_cents: number;
  daily_value_cents: number;
  buffer_minutes: number;
  default_loan_days: number;
  status: ResourceStatus;
  status_reason: string | null;
  quantity_owned: number;
  quantity_out_of_service: number;
  safety_notes: string | null;
  vehicle_registration: string | null;
  vehicle_seats: number | null;
  vehicle_licence_category: string | null;
  vehicle_fuel: string | null;
  vehicle_mileage: number | null;
  vehicle_next_inspection: CivilDate | null;
  room_capacity: number | null;
  room_accessible: Bool | null;
  room_access: string | null;
  created_at: IsoInstant;
  updated_at: IsoInstant;
  version: number;
}

export interface KitComponentTable {
  kit_id: number;
  component_id: number;
  quantity: number;
}

export interface MaintenancePeriodTable {
  id: Generated<number>;
  resource_id: number;
  starts_at: IsoInstant;
  ends_at: IsoInstant;
  quantity: number;
  reason: string;
  created_at: IsoInstant;
}

export interface AttachmentTable {
  id: Generated<number>;
  owner_type: AttachmentOwner;
  owner_id: number;
  file_name: string;
  /** Relative to the data folder's files/ directory. */
  stored_path: string;
  mime: string;
  size: number;
  sha256: string;
  created_at: IsoInstant;
}

export interface Database {
  settings: SettingsTable;
  staff: StaffTable;
  audit_log: AuditLogTable;
  sites: SiteTable;
  organisations: OrganisationTable;
  contacts: ContactTable;
  insurance_certificates: InsuranceCertificateTable;
  drivers: DriverTable;
  suspensions: SuspensionTable;
  resources: ResourceTable;
  kit_components: KitComponentTable;
  maintenance_periods: MaintenancePeriodTable;
  attachments: AttachmentTable;
}
