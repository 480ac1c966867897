import { z } from 'zod';
import { method, returns } from '../core/contract-kit';
import { LIMITS, cents, id, text, version } from '../core/contract-fields';

export const INCIDENT_KINDS = ['damaged', 'missing', 'accident', 'other'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export const INCIDENT_STATUSES = ['open', 'repaired', 'written_off', 'recovered'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const incidentListInput = z
  .object({
    status: z.enum(INCIDENT_STATUSES).optional(),
    resourceId: id.optional(),
    borrowerId: id.optional(),
    bookingId: id.optional(),
    /** Resource name or code, borrower, description, agreement number; every word must match. */
    search: z.string().trim().max(LIMITS.short).optional(),
  })
  .strict();

export const incidentGetInput = z.object({ id }).strict();

export const incidentUpdateInput = z
  .object({
    id,
    version,
    /**
     * written_off removes the pieces from the inventory (stock lowered, unit retired);
     * recovered makes missing pieces available again (and undoes a write-off).
     */
    status: z.enum(INCIDENT_STATUSES),
    /** The real cost once known (repair invoice); null = back to the estimate. */
    costCents: cents.nullable().optional(),
    description: text(LIMITS.long).optional(),
  })
  .strict();

/** An incident seen during a loan (an accident with the minibus) rather than at return. */
export const incidentCreateInput = z
  .object({
    bookingId: id,
    lineId: id,
    kind: z.enum(INCIDENT_KINDS),
    quantity: z.number().int().min(1).max(100_000),
    description: text(LIMITS.long),
    /** Defaults to quantity × the replacement value frozen on the line. */
    estimateCents: cents.optional(),
  })
  .strict();

export interface IncidentDto {
  id: number;
  bookingId: number;
  agreementNumber: string | null;
  lineId: number | null;
  resourceId: number;
  resourceName: string;
  inventoryCode: string;
  borrowerId: number;
  borrowerName: string;
  kind: IncidentKind;
  quantity: number;
  description: string;
  estimateCents: number;
  costCents: number | null;
  /** What counts: the real cost when known, the estimate otherwise, 0 once recovered. */
  effectiveCostCents: number;
  status: IncidentStatus;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const incidentsContract = {
  'incidents.list': method({
    kind: 'read',
    summary: 'Incidents with resource, borrower, booking and cost',
    input: incidentListInput,
    output: returns<IncidentDto[]>(),
  }),
  'incidents.get': method({
    kind: 'read',
    summary: 'One incident',
    input: incidentGetInput,
    output: returns<IncidentDto>(),
  }),
  'incidents.create': method({
    kind: 'write',
    summary: 'Record damage, loss or an accident on a line of a loan',
    input: incidentCreateInput,
    output: returns<IncidentDto>(),
  }),
  'incidents.update': method({
    kind: 'write',
    summary: 'Status (repaired, written off, recovered), real cost, description',
    input: incidentUpdateInput,
    output: returns<IncidentDto>(),
  }),
};
