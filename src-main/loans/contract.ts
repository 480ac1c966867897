import { z } from 'zod';
import { method, returns } from '../core/contract-kit';
import { LIMITS, civilDate, count, id, optText, text, version } from '../core/contract-fields';
import { bookingCreateInput, parisMoment, type BookingDto, type WallDto } from '../bookings/contract';
import { photoFile } from '../catalog/contract';
import { depositCollectInput, type DepositState } from '../deposits/contract';
import type { IncidentDto } from '../incidents/contract';

/** Eighths of a tank, as the fuel gauge reads. */
const fuel = z.number().int().min(0).max(8);
const mileage = z.number().int().min(0).max(9_999_999);
const keys = count(100);
const remarks = optText(LIMITS.medium).default(null);

/** What the agent records for one line at handover. */
const lineFacts = {
  condition: z.enum(['ok', 'remarks']),
  remarks,
  /** Vehicles: required. */
  mileageOut: mileage.nullable().default(null),
  /** Vehicles: required, 0–8 eighths. */
  fuelOut: fuel.nullable().default(null),
  /** Rooms: keys (or badges) handed over. */
  keysOut: keys.nullable().default(null),
  /** Vehicles: the borrower's drivers named on the agreement (guard 4 checks their licences). */
  driverIds: z.array(id).max(10).default([]),
};
export const checkoutLineInput = z.object({ lineId: id, ...lineFacts }).strict();
/** A walk-in's lines do not exist yet: each fact points at its booking line by position. */
export const walkInLineInput = z.object({ line: z.number().int().min(0).max(99), ...lineFacts }).strict();

/** The deposit as deposits.collect takes it, for the booking being handed over. */
export const checkoutDepositInput = depositCollectInput.omit({ bookingId: true });

const backdate = {
  /** When the handover really happened (forgotten at a busy desk); the guards are checked as of then. */
  at: parisMoment.optional(),
  /** Required with `at`. */
  backdateReason: optText(LIMITS.medium).default(null),
};

const checkoutFields = {
  ...backdate,
  /** Every top-level line of the booking, once (a kit's components follow their kit). */
  lines: z.array(checkoutLineInput).min(1).max(100),
  /** Omitted when the deposit was collected (or waived) before. */
  deposit: checkoutDepositInput.optional(),
};

export const checkoutInput = z.object({ bookingId: id, version, ...checkoutFields }).strict();

export const OVERRIDABLE = [2, 3, 5] as const;
const overridableGuards = z.array(z.union([z.literal(2), z.literal(3), z.literal(5)])).max(3);
export const overrideInput = z
  .object({
    guards: overridableGuards.min(1),
    reason: text(LIMITS.medium),
  })
  .strict();
export const checkoutOverrideInput = z
  .object({ bookingId: id, version, ...checkoutFields, override: overrideInput })
  .strict();

export const walkInInput = z
  .object({
    booking: bookingCreateInput.omit({ status: true, optionExpiresOn: true }),
    checkout: z
      .object({
        ...backdate,
        lines: z.array(walkInLineInput).min(1).max(100),
        deposit: checkoutDepositInput.optional(),
      })
      .strict(),
  })
  .strict();

/**
 * A manager's walk-in: a room on a day the centre is closed, and/or guards 2, 3 or 5 overridden,
 * with one reason (recorded in the audit log).
 */
export const walkInOverrideInput = walkInInput
  .extend({
    overrideReason: text(LIMITS.medium),
    /** Checkout guards overridden (none: only the closed-day rule is overridden). */
    guards: overridableGuards.default([]),
  })
  .strict();

export const prepareCheckoutInput = z.object({ bookingId: id }).strict();
/** A walk-in's lines as the editor holds them, before they exist. */
export const prepareWalkInInput = z
  .object({ lines: z.array(z.object({ resourceId: id, quantity: count().min(1) }).strict()).max(100) })
  .strict();

export const returnItemInput = z
  .object({
    lineId: id,
    ok: count(),
    damaged: count(),
    missing: count(),
    remarks,
    /** What is wrong with the damaged pieces (the incident's description). */
    damageDescription: optText(LIMITS.medium).default(null),
    mileageIn: mileage.nullable().default(null),
    fuelIn: fuel.nullable().default(null),
    keysReturned: keys.nullable().default(null),
    /** Put the damaged pieces (or unit) out of service in the same step. */
    putOutOfService: z.boolean().default(false),
  })
  .strict();

export const returnInput = z
  .object({
    bookingId: id,
    version,
    ...backdate,
    items: z.array(returnItemInput).min(1).max(200),
    remarks,
  })
  .strict();

export const closeInput = z
  .object({
    bookingId: id,
    /** When the loan was really closed, if earlier than now; needs a reason. */
    at: parisMoment.optional(),
    backdateReason: optText(LIMITS.medium).default(null),
  })
  .strict();
export const setLateFeeInput = z
  .object({
    bookingId: id,
    version,
    lateFeeCents: count(100_000_00),
    reason: optText(LIMITS.medium).default(null),
  })
  .strict();
export const extendInput = z.object({ bookingId: id, version, newEnd: parisMoment }).strict();
export const undoExtensionInput = z.object({ bookingId: id, version }).strict();
/** A line added to a loan that is out: handed over at once (ok by default). */
export const amendAddInput = z
  .object({
    resourceId: id,
    quantity: z.number().int().min(1).max(100_000),
    condition: z.enum(['ok', 'remarks']).default('ok'),
    remarks,
    /** Rooms: keys (or badges) handed over. */
    keysOut: keys.nullable().default(null),
  })
  .strict();
export const amendLinesInput = z
  .object({
    bookingId: id,
    version,
    add: z.array(amendAddInput).max(50).default([]),
    /** Top-level lines leaving the loan: each must be fully back (returned, damaged or missing). */
    remove: z.array(id).max(50).default([]),
    reason: optText(LIMITS.medium).default(null),
  })
  .strict();

/** A checkout typed wrong (73 chairs for 37, a mileage typo): corrected with a reason, no amendment. */
export const correctCheckoutInput = z
  .object({
    bookingId: id,
    version,
    lineId: id,
    quantity: z.number().int().min(1).max(100_000).optional(),
    mileageOut: mileage.optional(),
    fuelOut: fuel.optional(),
    reason: text(LIMITS.medium),
  })
  .strict();

/** A return item typed wrong: its corrected figures replace the recorded ones. */
export const correctReturnInput = z
  .object({
    bookingId: id,
    version,
    returnItemId: id,
    ok: count(),
    damaged: count(),
    missing: count(),
    mileageIn: mileage.nullable().optional(),
    reason: text(LIMITS.medium),
  })
  .strict();

/** The loans list's views: out now, out past their end, back, every loan. */
export const LOAN_VIEWS = ['out', 'late', 'returned', 'all'] as const;
export type LoanView = (typeof LOAN_VIEWS)[number];
export const loanListInput = z.object({ view: z.enum(LOAN_VIEWS).default('out') }).strict();
export const returnItemsInput = z.object({ bookingId: id }).strict();

export const whoHadInput = z.object({ resourceId: id, date: civilDate }).strict();
export const todayInput = z.object({}).strict();
export const pickListInput = z.object({ siteId: id, date: civilDate }).strict();

// ---- Results -------------------------------------------------------------------------------

export type GuardCode =
  | 'resource_unavailable'
  | 'insurance_missing'
  | 'insurance_gap'
  | 'borrower_suspended'
  | 'borrower_overdue'
  | 'driver_missing'
  | 'driver_licence_invalid'
  | 'deposit_not_collected';

/** One failed guard, in the agent's language: `details.failures` of CHECKOUT_REFUSED. */
export interface GuardFailureDto {
  guard: 1 | 2 | 3 | 4 | 5;
  code: GuardCode;
  message: string;
}

export interface CheckoutRefusedDetails {
  failures: GuardFailureDto[];
}

export interface CheckoutResultDto {
  booking: BookingDto;
  agreementNumber: string;
  agreementId: number;
  /** Guards a manager overrode (empty for an ordinary checkout). */
  overridden: number[];
}

export interface PrepareLineDto {
  lineId: number;
  resourceId: number;
  inventoryCode: string;
  name: string;
  kind: 'equipment' | 'room' | 'vehicle';
  tracking: 'unit' | 'stock';
  quantity: number;
  /** The resource's safety notes: shown before the agent confirms. */
  safetyNotes: string | null;
  components: {
    lineId: number;
    inventoryCode: string;
    name: string;
    quantity: number;
    safetyNotes: string | null;
  }[];
  depositCents: number;
  replacementValueCents: number;
  vehicle: {
    registration: string | null;
    licenceCategory: string | null;
    fuel: string | null;
    currentMileage: number | null;
  } | null;
  room: { capacity: number | null; access: string | null } | null;
}

export interface PrepareWalkInDto {
  /** Each line's `lineId` is its resource's id until the walk-in creates the line. */
  lines: PrepareLineDto[];
  defaultDepositCents: number;
}

export interface PrepareCheckoutDto {
  booking: BookingDto;
  lines: PrepareLineDto[];
  /** Σ quantity × deposit per unit over the booked lines. */
  defaultDepositCents: number;
  deposit: { state: string; amountCents: number; method: string | null } | null;
  drivers: { id: number; name: string; licenceCategory: string; licenceExpiry: string }[];
  /** What would refuse the checkout now (guard 4 assumes no driver named yet; guard 5 the deposit as it stands). */
  guardPreview: GuardFailureDto[];
}

export interface ReturnResultDto {
  booking: BookingDto;
  visitId: number;
  status: 'checked_out' | 'returned';
  incidents: IncidentDto[];
  /** Set once every line is accounted for. */
  lateDays: number | null;
  proposedLateFeeCents: number | null;
  proposedSuspensionDays: number | null;
  /** Σ incident estimates + late fee, capped at the deposit held. */
  proposedRetentionCents: number;
}

export interface ExtensionResultDto {
  booking: BookingDto;
  amendmentNumber: string;
  extensionId: number;
}

export interface AmendmentResultDto {
  booking: BookingDto;
  amendmentNumber: string;
  agreementId: number;
  addedLineIds: number[];
  removedLineIds: number[];
  /**
   * The default deposit after the change beside what is held: a difference is reported, never
   * moved silently (positive: more to ask the borrower; negative: more than the default is held).
   */
  deposit: {
    state: string;
    defaultBeforeCents: number;
    defaultCents: number;
    heldCents: number;
    differenceCents: number;
  };
}

export interface CorrectionResultDto {
  booking: BookingDto;
  /** Incidents created, adjusted or closed as recovered by the correction. */
  incidents: IncidentDto[];
  /** Held balance after a correction of a settled deposit's ledger (null when untouched). */
  depositHeldCents: number | null;
}

/** One loan of the loans list (a booking handed over: out, or back). */
export interface LoanRowDto {
  bookingId: number;
  version: number;
  agreementNumber: string | null;
  borrowerId: number;
  borrowerName: string;
  status: 'checked_out' | 'returned';
  /** The booked period; `end` is the due moment, extensions included. */
  start: WallDto;
  end: WallDto;
  /** When it really went out and (once fully back) came back. */
  checkedOutAt: string;
  returnedAt: string | null;
  dueAt: string;
  /** Out past its due moment now. */
  overdue: boolean;
  /** Calendar days late (the lateness rule): as of now while out, as of the return once back. */
  lateDays: number;
  lineSummary: string;
  purpose: string | null;
  depositState: DepositState | null;
  /** The deposit's held balance from its ledger (0 without a deposit). */
  heldCents: number;
  /** Extensions in force (undone ones not counted). */
  extensionCount: number;
}

/** What one return visit declared for one line: loans.correctReturn corrects it by its id. */
export interface ReturnItemDto {
  id: number;
  visitId: number;
  /** When that return happened. */
  at: string;
  lineId: number;
  /** Set on a kit's component line: the kit's line. */
  kitLineId: number | null;
  inventoryCode: string;
  resourceName: string;
  kind: 'equipment' | 'room' | 'vehicle';
  /** A kit's own item: corrected through its components' items. */
  isKit: boolean;
  ok: number;
  damaged: number;
  missing: number;
  remarks: string | null;
  mileageIn: number | null;
  fuelIn: number | null;
  keysReturned: number | null;
}

export interface WhoHadRowDto {
  bookingId: number;
  agreementNumber: string | null;
  borrowerId: number;
  borrowerName: string;
  borrowerPhone: string | null;
  representativeName: string | null;
  checkedOutAt: string;
  /** Null while still out. */
  returnedAt: string | null;
  start: WallDto;
  end: WallDto;
  drivers: string[];
  quantity: number;
}

export interface TodayBookingRowDto {
  bookingId: number;
  borrowerId: number;
  borrowerName: string;
  startsAt: string;
  endsAt: string;
  start: WallDto;
  end: WallDto;
  lineSummary: string;
  agreementNumber: string | null;
  optionExpiresOn: string | null;
  version: number;
}

export interface TodayDto {
  date: string;
  /**
   * Pickups due today, and the late ones: confirmed for an earlier day and not handed over (not
   * cancelled or lapsed either). `late` once the start has passed; late ones come first.
   */
  pickups: (TodayBookingRowDto & { late: boolean })[];
  returns: TodayBookingRowDto[];
  overdue: (TodayBookingRowDto & { lateDays: number })[];
  optionsExpiring: TodayBookingRowDto[];
  insuranceExpiring: { organisationId: number; name: string; validTo: string; daysLeft: number }[];
  depositsHeld: {
    bookingId: number;
    borrowerName: string;
    agreementNumber: string | null;
    heldCents: number;
    method: string | null;
    chequeNumber: string | null;
    collectedAt: string | null;
    overElevenMonths: boolean;
  }[];
  inspectionsDue: {
    resourceId: number;
    name: string;
    inventoryCode: string;
    registration: string | null;
    nextInspection: string;
    daysLeft: number;
  }[];
}

export interface PickListRowDto {
  bookingId: number;
  borrowerName: string;
  start: WallDto;
  lineId: number;
  resourceId: number;
  inventoryCode: string;
  name: string;
  quantity: number;
  /** Set on a kit's components: the kit's inventory code. */
  kitCode: string | null;
  safetyNotes: string | null;
}

/** Photos of a line's state: as it went out, or as it came back. */
export const LINE_PHOTO_PHASES = ['checkout', 'return'] as const;
export type LinePhotoPhase = (typeof LINE_PHOTO_PHASES)[number];
export const linePhotoAddInput = z
  .object({ lineId: id, phase: z.enum(LINE_PHOTO_PHASES), ...photoFile })
  .strict();

export interface LinePhotoDto {
  id: number;
  lineId: number;
  phase: LinePhotoPhase;
  fileName: string;
  mime: string;
  size: number;
  createdAt: string;
}

export const loansContract = {
  'loans.prepareWalkIn': method({
    kind: 'read',
    summary:
      'Les lignes d’un prêt au comptoir décrites comme à la sortie (consignes, véhicule, salle) et sa caution par défaut.',
    input: prepareWalkInInput,
    output: returns<PrepareWalkInDto>(),
  }),
  'loans.prepareCheckout': method({
    kind: 'read',
    summary:
      'Tout ce que la fenêtre de sortie montre avant de confirmer : lignes, consignes, caution, conducteurs, garanties.',
    input: prepareCheckoutInput,
    output: returns<PrepareCheckoutDto>(),
  }),
  'loans.checkout': method({
    kind: 'write',
    summary: 'Sortie : vérifie les cinq garanties, fige la convention et lui donne son numéro.',
    input: checkoutInput,
    output: returns<CheckoutResultDto>(),
  }),
  'loans.checkoutOverride': method({
    kind: 'write',
    role: 'manager',
    summary: 'Sortie avec dérogation d’un responsable aux garanties 2, 3 ou 5, motivée (journal d’audit).',
    input: checkoutOverrideInput,
    output: returns<CheckoutResultDto>(),
  }),
  'loans.walkIn': method({
    kind: 'write',
    summary: 'Prêt au comptoir : réservation ferme créée et sortie dans la même opération.',
    input: walkInInput,
    output: returns<CheckoutResultDto>(),
  }),
  'loans.walkInOverride': method({
    kind: 'write',
    role: 'manager',
    summary:
      'Prêt au comptoir avec dérogation d’un responsable : salle un jour de fermeture et/ou garanties 2, 3 ou 5, motivée (journal d’audit).',
    input: walkInOverrideInput,
    output: returns<CheckoutResultDto>(),
  }),
  'loans.return': method({
    kind: 'write',
    summary: 'Retour (partiel ou non) : quantités rendues, abîmées, manquantes ; incidents ; retard.',
    input: returnInput,
    output: returns<ReturnResultDto>(),
  }),
  'loans.setLateFee': method({
    kind: 'write',
    summary: 'Modifie les frais de retard proposés au retour.',
    input: setLateFeeInput,
    output: returns<BookingDto>(),
  }),
  'loans.close': method({
    kind: 'write',
    summary: 'Clôture un prêt rendu dont la caution est réglée.',
    input: closeInput,
    output: returns<BookingDto>(),
  }),
  'loans.extend': method({
    kind: 'write',
    summary: 'Prolonge un prêt (avenant) si la disponibilité le permet.',
    input: extendInput,
    output: returns<ExtensionResultDto>(),
  }),
  'loans.undoExtension': method({
    kind: 'write',
    summary: 'Annule la dernière prolongation (l’avenant reste, marqué).',
    input: undoExtensionInput,
    output: returns<BookingDto>(),
  }),
  'loans.amendLines': method({
    kind: 'write',
    summary: 'Avenant : ajoute ou retire des lignes d’un prêt sorti (disponibilité, caution, numéro -Ak).',
    input: amendLinesInput,
    output: returns<AmendmentResultDto>(),
  }),
  'loans.correctCheckout': method({
    kind: 'write',
    summary: 'Corrige une sortie mal saisie (quantité, kilométrage, carburant), avec un motif.',
    input: correctCheckoutInput,
    output: returns<CorrectionResultDto>(),
  }),
  'loans.correctReturn': method({
    kind: 'write',
    summary: 'Corrige un retour mal saisi : totaux, incidents et caution suivent, avec un motif.',
    input: correctReturnInput,
    output: returns<CorrectionResultDto>(),
  }),
  'loans.addLinePhoto': method({
    kind: 'write',
    summary: 'Ajoute une photo de l’état d’une ligne à la sortie ou au retour (JPEG, PNG ou WebP).',
    input: linePhotoAddInput,
    output: returns<LinePhotoDto>(),
  }),
  'loans.linePhotos': method({
    kind: 'read',
    summary: 'Les photos de sortie et de retour des lignes d’une réservation.',
    input: z.object({ bookingId: id }).strict(),
    output: returns<LinePhotoDto[]>(),
  }),
  'loans.removeLinePhoto': method({
    kind: 'write',
    summary: 'Retire une photo de sortie ou de retour.',
    input: z.object({ attachmentId: id }).strict(),
    output: returns<{ id: number }>(),
  }),
  'loans.list': method({
    kind: 'read',
    summary:
      'Les prêts (sortis ou rendus) : convention, sortie et retour réels, échéance, jours de retard, caution.',
    input: loanListInput,
    output: returns<LoanRowDto[]>(),
  }),
  'loans.returnItems': method({
    kind: 'read',
    summary: 'Ce que chaque passage de retour a déclaré, ligne par ligne (pour corriger un retour).',
    input: returnItemsInput,
    output: returns<ReturnItemDto[]>(),
  }),
  'loans.whoHad': method({
    kind: 'read',
    summary: 'Qui avait cette ressource tel jour (avec les conducteurs nommés).',
    input: whoHadInput,
    output: returns<WhoHadRowDto[]>(),
  }),
  'loans.today': method({
    kind: 'read',
    summary:
      'Aujourd’hui : sorties et retours prévus, retards, options, assurances, cautions, contrôles techniques.',
    input: todayInput,
    output: returns<TodayDto>(),
  }),
  'loans.pickList': method({
    kind: 'read',
    summary: 'Ce qu’il faut préparer sur un site pour les sorties d’un jour.',
    input: pickListInput,
    output: returns<PickListRowDto[]>(),
  }),
};
