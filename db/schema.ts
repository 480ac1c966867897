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
/** What a file belongs to: a resource's photo, a certificate's scan, a line's state at checkout or on return. */
export type AttachmentOwner = 'resource' | 'insurance_certificate' | 'line_checkout' | 'line_return';

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

export type BookingStatus = 'option' | 'confirmed' | 'checked_out' | 'returned' | 'cancelled' | 'lapsed';
export type DepositState = 'expected' | 'held' | 'returned' | 'partly_retained' | 'retained' | 'waived';
export type DepositMethod = 'cheque' | 'cash' | 'transfer' | 'waiver';
export type LedgerKind =
  | 'collected'
  | 'returned'
  | 'retained'
  | 'cheque_cashed'
  | 'refunded'
  | 'borrower_paid'
  | 'waived'
  | 'correction';
export type IncidentKind = 'damaged' | 'missing' | 'accident' | 'other';
export type IncidentStatus = 'open' | 'repaired' | 'written_off' | 'recovered';

export interface RecurrenceTable {
  id: Generated<number>;
  rule: string; // JSON
  created_at: IsoInstant;
}

export interface BookingTable {
  id: Generated<number>;
  borrower_id: number;
  status: BookingStatus;
  starts_at: IsoInstant;
  ends_at: IsoInstant;
  option_expires_at: IsoInstant | null;
  purpose: string | null;
  place_of_use: string | null;
  expected_people: number | null;
  recurrence_id: number | null;
  walk_in: Bool;
  lang: 'fr' | 'en';
  agreement_number: string | null;
  checked_out_at: IsoInstant | null;
  checked_out_by: string | null;
  returned_at: IsoInstant | null;
  closed_at: IsoInstant | null;
  cancelled_at: IsoInstant | null;
  cancel_reason: string | null;
  extension_count: number;
  late_days: number | null;
  late_fee_cents: number | null;
  notes: string | null;
  created_at: IsoInstant;
  updated_at: IsoInstant;
  version: number;
}

export interface BookingLineTable {
  id: Generated<number>;
  booking_id: number;
  resource_id: number;
  quantity: number;
  kit_line_id: number | null;
  replacement_value_cents: number | null;
  daily_value_cents: number | null;
  deposit_cents: number | null;
  condition_out: 'ok' | 'remarks' | null;
  remarks_out: string | null;
  mileage_out: number | null;
  fuel_out: number | null;
  keys_out: number | null;
  quantity_ok: number;
  quantity_damaged: number;
  quantity_missing: number;
  mileage_in: number | null;
  fuel_in: number | null;
  keys_returned: number | null;
  returned_at: IsoInstant | null;
  created_at: IsoInstant;
}

export interface LineDriverTable {
  line_id: number;
  driver_id: number;
  driver_name: string;
}

export interface ReturnVisitTable {
  id: Generated<number>;
  booking_id: number;
  at: IsoInstant;
  recorded_at: IsoInstant;
  recorded_by: string;
  backdate_reason: string | null;
  remarks: string | null;
}

export interface ReturnItemTable {
  id: Generated<number>;
  visit_id: number;
  line_id: number;
  quantity_ok: number;
  quantity_damaged: number;
  quantity_missing: number;
  remarks: string | null;
  mileage_in: number | null;
  fuel_in: number | null;
  keys_returned: number | null;
}

export interface DepositTable {
  id: Generated<number>;
  booking_id: number;
  default_cents: number;
  amount_cents: number;
  change_reason: string | null;
  state: DepositState;
  method: DepositMethod | null;
  cheque_number: string | null;
  cheque_bank: string | null;
  cheque_drawer: string | null;
  cheque_date: CivilDate | null;
  waiver_reason: string | null;
  collected_at: IsoInstant | null;
  retained_cents: number;
  settlement_mode: 'borrower_paid' | 'cheque_cashed' | null;
  settled_at: IsoInstant | null;
  created_at: IsoInstant;
  version: number;
}

export interface DepositLedgerTable {
  id: Generated<number>;
  deposit_id: number;
  at: IsoInstant;
  kind: LedgerKind;
  amount_cents: number;
  /** Signed change of the held balance; the balance (their sum) never goes negative. */
  held_delta_cents: number;
  note: string | null;
  recorded_by: string;
}

export interface AmountOwedTable {
  id: Generated<number>;
  borrower_id: number;
  booking_id: number;
  amount_cents: number;
  reason: string;
  created_at: IsoInstant;
  paid_at: IsoInstant | null;
}

export interface IncidentTable {
  id: Generated<number>;
  booking_id: number;
  line_id: number | null;
  resource_id: number;
  borrower_id: number;
  kind: IncidentKind;
  quantity: number;
  description: string;
  estimate_cents: number;
  cost_cents: number | null;
  status: IncidentStatus;
  return_item_id: number | null;
  created_at: IsoInstant;
  updated_at: IsoInstant;
  version: number;
}

export interface AgreementSequenceTable {
  year: number;
  last_number: number;
}

export interface AgreementTable {
  id: Generated<number>;
  booking_id: number;
  number: string;
  kind: 'agreement' | 'amendment';
  frozen: string; // JSON
  terms_version: number;
  lang: 'fr' | 'en';
  created_at: IsoInstant;
  signed_pdf: Buffer | null;
  signed_at: IsoInstant | null;
}

export interface BookingExtensionTable {
  id: Generated<number>;
  booking_id: number;
  old_ends_at: IsoInstant;
  new_ends_at: IsoInstant;
  amendment_id: number | null;
  created_at: IsoInstant;
  undone_at: IsoInstant | null;
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
  recurrences: RecurrenceTable;
  bookings: BookingTable;
  booking_lines: BookingLineTable;
  line_drivers: LineDriverTable;
  return_visits: ReturnVisitTable;
  return_items: ReturnItemTable;
  deposits: DepositTable;
  deposit_ledger: DepositLedgerTable;
  amounts_owed: AmountOwedTable;
  incidents: IncidentTable;
  agreement_sequences: AgreementSequenceTable;
  agreements: AgreementTable;
  booking_extensions: BookingExtensionTable;
}
