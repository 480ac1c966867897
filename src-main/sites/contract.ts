import { z } from 'zod';
import { method, returns } from '../core/contract-kit';
import { LIMITS, id, inseeCode, keyed, nullable, optText, text, version } from '../core/contract-fields';

/** A place where resources are kept and picked up (the centre's store, a member's hall…). */
export interface SiteDto {
  id: number;
  name: string;
  address: string | null;
  postcode: string | null;
  communeName: string;
  /** INSEE code: keeps homonymous communes apart in reports. */
  communeInsee: string;
  notes: string | null;
  /** Resources kept there, retired ones excluded. */
  resourceCount: number;
  version: number;
}

/** French postcode: 5 digits (Corsica included: 20000–20xxx). */
export const postcode = z
  .string()
  .trim()
  .regex(/^\d{5}$/, keyed('postcode_invalid'));

const siteFields = {
  name: text(LIMITS.short),
  address: optText(200),
  postcode: nullable(postcode),
  communeName: text(LIMITS.short),
  communeInsee: inseeCode,
  notes: optText(LIMITS.long),
};

export const siteCreateInput = z
  .object({
    ...siteFields,
    address: siteFields.address.default(null),
    postcode: siteFields.postcode.default(null),
    notes: siteFields.notes.default(null),
  })
  .strict();

/** A patch: only the fields sent change; `version` is the one the form was loaded with. */
export const siteUpdateInput = z
  .object({ id, version })
  .extend(z.object(siteFields).partial().shape)
  .strict();

export const sitesContract = {
  'sites.list': method({
    kind: 'read',
    summary: 'Les sites où sont rangées les ressources, par nom.',
    input: z.object({}).strict(),
    output: returns<SiteDto[]>(),
  }),
  'sites.create': method({
    kind: 'write',
    summary: 'Crée un site (nom unique, commune avec son code INSEE).',
    input: siteCreateInput,
    output: returns<SiteDto>(),
  }),
  'sites.update': method({
    kind: 'write',
    summary: 'Modifie un site (champs envoyés seulement ; version obligatoire).',
    input: siteUpdateInput,
    output: returns<SiteDto>(),
  }),
};
