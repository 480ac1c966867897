import { z } from 'zod';
import { method, returns } from '../core/contract-kit';
import {
  LIMITS,
  cents,
  civilDate,
  count,
  id,
  keyed,
  nullable,
  optText,
  text,
  version,
  wallTime,
  parisMoment,
} from '../core/contract-fields';

export const RESOURCE_KINDS = ['equipment', 'room', 'vehicle'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export const TRACKINGS = ['unit', 'stock'] as const;
export type Tracking = (typeof TRACKINGS)[number];
export const RESOURCE_STATUSES = ['available', 'out_of_service', 'retired'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];
import { LICENCE_CATEGORIES, type LicenceCategory } from '../core/contract-fields';
export { LICENCE_CATEGORIES, type LicenceCategory };
export const FUELS = ['diesel', 'petrol', 'electric', 'hybrid', 'lpg', 'other'] as const;
export type Fuel = (typeof FUELS)[number];
export const PHOTO_MIMES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** 10 MB of bytes is about 13.4 MB of base64: the bound keeps a stray paste from reaching the store. */
export const MAX_PHOTO_BASE64 = 14_000_000;
export const MAX_PHOTOS_PER_RESOURCE = 20;
export const MAX_KIT_COMPONENTS = 100;

/**
 * Inventory codes are printed on labels and typed by barcode readers: ASCII letters, digits and
 * . _ / - only (Code 39/128 friendly), stored upper-cased so "icc-12" and "ICC-12" are one code.
 */
export const INVENTORY_CODE_PATTERN = /^[A-Z0-9][A-Z0-9._/-]*$/;
export const inventoryCode = z
  .string()
  .trim()
  .toUpperCase()
  .min(1)
  .max(40)
  .regex(INVENTORY_CODE_PATTERN, keyed('inventory_code_format'));

export { wallTime, parisMoment };

const vehicleRegistration = optText(20).transform((v) => (v === null ? null : v.toUpperCase()));

/** Every field an agent edits on the resource form. Quantities and status have their own methods. */
const resourceFields = {
  kind: z.enum(RESOURCE_KINDS),
  tracking: z.enum(TRACKINGS),
  name: text(LIMITS.short),
  category: optText(80),
  description: optText(LIMITS.long),
  inventoryCode,
  ownerId: id,
  siteId: id,
  /** Per unit (per piece for stock). */
  depositCents: cents,
  replacementValueCents: cents,
  /** Daily valuation value (valorisation), per unit. */
  dailyValueCents: cents,
  /** Turnaround before the next booking may start. At most a week. */
  bufferMinutes: count(7 * 24 * 60),
  defaultLoanDays: z.number().int().min(1).max(365),
  /** Shown to the agent at checkout. */
  safetyNotes: optText(LIMITS.long),
  vehicleRegistration,
  vehicleSeats: nullable(z.number().int().min(1).max(100)),
  /** Required for a vehicle: checkout checks each driver's licence against it. */
  vehicleLicenceCategory: nullable(z.enum(LICENCE_CATEGORIES)),
  vehicleFuel: nullable(z.enum(FUELS)),
  vehicleMileage: nullable(count(10_000_000)),
  vehicleNextInspection: nullable(civilDate),
  roomCapacity: nullable(z.number().int().min(1).max(100_000)),
  roomAccessible: nullable(z.boolean()),
  /** Keys, badge, code… */
  roomAccess: optText(LIMITS.medium),
};

/**
 * Creation. Omitted optional fields take their default (null, 0, one day, one unit). Cross-field
 * rules (vehicle fields only on vehicles, rooms and vehicles tracked as units, a unit has quantity
 * 1, out of service ≤ owned) are checked on the main side and refused with `details.fields`.
 */
export const resourceCreateInput = z
  .object({
    ...resourceFields,
    tracking: resourceFields.tracking.default('unit'),
    category: resourceFields.category.default(null),
    description: resourceFields.description.default(null),
    depositCents: cents.default(0),
    replacementValueCents: cents.default(0),
    dailyValueCents: cents.default(0),
    bufferMinutes: resourceFields.bufferMinutes.default(0),
    defaultLoanDays: resourceFields.defaultLoanDays.default(1),
    safetyNotes: resourceFields.safetyNotes.default(null),
    vehicleRegistration: vehicleRegistration.default(null),
    vehicleSeats: resourceFields.vehicleSeats.default(null),
    vehicleLicenceCategory: resourceFields.vehicleLicenceCategory.default(null),
    vehicleFuel: resourceFields.vehicleFuel.default(null),
    vehicleMileage: resourceFields.vehicleMileage.default(null),
    vehicleNextInspection: resourceFields.vehicleNextInspection.default(null),
    roomCapacity: resourceFields.roomCapacity.default(null),
    roomAccessible: resourceFields.roomAccessible.default(null),
    roomAccess: resourceFields.roomAccess.default(null),
    /** Stock: pieces owned; a unit has 1. */
    quantityOwned: count().default(1),
    quantityOutOfService: count().default(0),
  })
  .strict();

/**
 * A patch of the form's fields: only those sent change, checked together with the stored ones
 * (switching a vehicle to equipment needs its vehicle fields sent as null in the same patch).
 */
export const resourceUpdateInput = z
  .object({ id, version })
  .extend(z.object(resourceFields).partial().shape)
  .strict();

export const resourceListInput = z
  .object({
    kind: z.enum(RESOURCE_KINDS).optional(),
    status: z.enum(RESOURCE_STATUSES).optional(),
    /** Name or inventory code; every word must match; case and accents ignored. */
    search: z.string().trim().max(LIMITS.short).optional(),
    siteId: id.optional(),
    ownerId: id.optional(),
    /** Retired resources are hidden unless asked for (or unless `status` is 'retired'). */
    includeRetired: z.boolean().default(false),
  })
  .strict();

export const resourceSetStatusInput = z
  .object({
    id,
    version,
    /** Back to 'available' from 'retired' is refused here: see `resources.reinstate`. */
    status: z.enum(RESOURCE_STATUSES),
    /** Required unless the status is 'available'. */
    reason: optText(LIMITS.medium).default(null),
  })
  .strict();

export const resourceReinstateInput = z.object({ id, version, reason: text(LIMITS.medium) }).strict();

export const resourceSetStockInput = z
  .object({
    id,
    version,
    quantityOwned: count(),
    quantityOutOfService: count(),
    reason: text(LIMITS.medium),
  })
  .strict();

export const resourceSetComponentsInput = z
  .object({
    kitId: id,
    version,
    /** The whole list (replaces the previous one); empty: no longer a kit. */
    components: z
      .array(z.object({ componentId: id, quantity: z.number().int().min(1).max(100_000) }).strict())
      .max(MAX_KIT_COMPONENTS),
  })
  .strict();

export const maintenanceAddInput = z
  .object({
    resourceId: id,
    start: parisMoment,
    end: parisMoment,
    /** 1 for a unit; pieces for stock. */
    quantity: z.number().int().min(1).max(100_000).default(1),
    reason: text(LIMITS.medium),
  })
  .strict();

/** A photo as the transports carry it; the store checks its bytes against `mime`. */
export const photoFile = {
  fileName: text(200),
  mime: z.enum(PHOTO_MIMES),
  base64: z
    .string()
    .min(1)
    .max(MAX_PHOTO_BASE64)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, keyed('base64_invalid')),
};

export const resourceAddPhotoInput = z.object({ resourceId: id, ...photoFile }).strict();

// ---- Results -------------------------------------------------------------------------------

/** 'overdue': the inspection date is past; 'due_soon': within 30 days. */
export type InspectionAlert = 'overdue' | 'due_soon' | null;

/** One row of the catalogue table (thousands of them): computed values come from the main side. */
export interface ResourceRowDto {
  id: number;
  kind: ResourceKind;
  tracking: Tracking;
  name: string;
  category: string | null;
  inventoryCode: string;
  siteId: number;
  siteName: string;
  siteCommune: string;
  ownerId: number;
  ownerName: string;
  status: ResourceStatus;
  statusReason: string | null;
  quantityOwned: number;
  quantityOutOfService: number;
  /** Pieces (or the unit) inside a maintenance period covering now. */
  quantityInMaintenanceNow: number;
  /**
   * Owned − out of service − in maintenance now; 0 unless available. For a kit, also limited by
   * what its components allow. Loans and bookings are not subtracted: that is availability.
   */
  quantityUsableNow: number;
  depositCents: number;
  replacementValueCents: number;
  dailyValueCents: number;
  isKit: boolean;
  componentCount: number;
  vehicleRegistration: string | null;
  vehicleSeats: number | null;
  vehicleLicenceCategory: LicenceCategory | null;
  vehicleNextInspection: string | null;
  inspectionAlert: InspectionAlert;
  roomCapacity: number | null;
  roomAccessible: boolean | null;
  version: number;
}

export interface KitComponentDto {
  id: number;
  name: string;
  inventoryCode: string;
  kind: ResourceKind;
  status: ResourceStatus;
  /** Pieces of this component in one kit. */
  quantity: number;
}

export interface KitMembershipDto {
  id: number;
  name: string;
  inventoryCode: string;
  quantity: number;
}

export interface MaintenancePeriodDto {
  id: number;
  resourceId: number;
  startsAt: string;
  endsAt: string;
  /** Europe/Paris wall clock, for display. */
  start: { date: string; time: string };
  end: { date: string; time: string };
  quantity: number;
  reason: string;
  /** 'past', 'current' (covers now) or 'upcoming'. */
  when: 'past' | 'current' | 'upcoming';
  createdAt: string;
}

export interface PhotoDto {
  id: number;
  fileName: string;
  mime: string;
  size: number;
  createdAt: string;
}

/** The full record, for the resource's page and form. */
export interface ResourceDetailDto extends ResourceRowDto {
  description: string | null;
  bufferMinutes: number;
  defaultLoanDays: number;
  safetyNotes: string | null;
  vehicleFuel: Fuel | null;
  vehicleMileage: number | null;
  roomAccess: string | null;
  createdAt: string;
  updatedAt: string;
  components: KitComponentDto[];
  /** Kits this resource is a component of. */
  kits: KitMembershipDto[];
  /** Past, current and upcoming, by start. */
  maintenance: MaintenancePeriodDto[];
  photos: PhotoDto[];
}

export const catalogContract = {
  'resources.list': method({
    kind: 'read',
    summary: 'Le catalogue : une ligne par ressource, avec les quantités utilisables maintenant.',
    input: resourceListInput,
    output: returns<ResourceRowDto[]>(),
  }),
  'resources.get': method({
    kind: 'read',
    summary: "La fiche complète d'une ressource : composants, kits, maintenances, photos.",
    input: z.object({ id }).strict(),
    output: returns<ResourceDetailDto>(),
  }),
  'resources.categories': method({
    kind: 'read',
    summary: 'Les catégories déjà utilisées, pour proposer une saisie cohérente.',
    input: z.object({}).strict(),
    output: returns<string[]>(),
  }),
  'resources.create': method({
    kind: 'write',
    summary: 'Ajoute une ressource au catalogue (matériel, salle ou véhicule).',
    input: resourceCreateInput,
    output: returns<ResourceDetailDto>(),
  }),
  'resources.update': method({
    kind: 'write',
    summary: "Modifie la fiche d'une ressource (champs envoyés seulement ; version obligatoire).",
    input: resourceUpdateInput,
    output: returns<ResourceDetailDto>(),
  }),
  'resources.setStatus': method({
    kind: 'write',
    summary: 'Met une ressource disponible, hors service ou retirée (raison obligatoire sauf disponible).',
    input: resourceSetStatusInput,
    output: returns<ResourceDetailDto>(),
  }),
  'resources.reinstate': method({
    kind: 'write',
    role: 'manager',
    summary: 'Remet en service une ressource retirée (responsable, avec une raison).',
    input: resourceReinstateInput,
    output: returns<ResourceDetailDto>(),
  }),
  'resources.setStock': method({
    kind: 'write',
    summary: 'Corrige le stock possédé et hors service du matériel en nombre (avec une raison).',
    input: resourceSetStockInput,
    output: returns<ResourceDetailDto>(),
  }),
  'resources.setComponents': method({
    kind: 'write',
    summary: "Fixe la composition d'un kit (liste complète ; vide : ce n'est plus un kit).",
    input: resourceSetComponentsInput,
    output: returns<ResourceDetailDto>(),
  }),
  'resources.addPhoto': method({
    kind: 'write',
    summary: "Ajoute une photo (JPEG, PNG ou WebP) à la fiche d'une ressource.",
    input: resourceAddPhotoInput,
    output: returns<PhotoDto>(),
  }),
  'resources.removePhoto': method({
    kind: 'write',
    summary: "Retire une photo d'une ressource.",
    input: z.object({ attachmentId: id }).strict(),
    output: returns<{ id: number }>(),
  }),
  'maintenance.add': method({
    kind: 'write',
    summary: 'Rend une ressource (ou N pièces) indisponible pour maintenance sur une période.',
    input: maintenanceAddInput,
    output: returns<MaintenancePeriodDto>(),
  }),
  'maintenance.remove': method({
    kind: 'write',
    summary: 'Supprime une période de maintenance.',
    input: z.object({ id }).strict(),
    output: returns<{ id: number }>(),
  }),
};
