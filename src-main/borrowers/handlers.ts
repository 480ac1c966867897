import type { Handlers } from '../api/registry';
import { parisDate } from '../core/paris-time';
import type { borrowersContract } from './contract';
import { addContact, removeContact, updateContact } from './contacts-service';
import { addDriver, removeDriver, updateDriver } from './drivers-service';
import { addCertificate, removeCertificate } from './insurance-service';
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from './service';
import { addSuspension, liftSuspension } from './suspensions-service';

export const borrowersHandlers: Handlers<typeof borrowersContract> = {
  'organisations.list': (input, ctx) => listOrganisations(ctx.db, parisDate(ctx.now), input),
  'organisations.get': (input, ctx) => getOrganisation(ctx.db, input.id, parisDate(ctx.now)),
  'organisations.create': (input, ctx) => createOrganisation(ctx, input),
  'organisations.update': (input, ctx) => updateOrganisation(ctx, input),
  'contacts.add': (input, ctx) => addContact(ctx, input),
  'contacts.update': (input, ctx) => updateContact(ctx, input),
  'contacts.remove': (input, ctx) => removeContact(ctx, input.id),
  'insurance.add': (input, ctx) => addCertificate(ctx, input),
  'insurance.remove': (input, ctx) => removeCertificate(ctx, input.id),
  'drivers.add': (input, ctx) => addDriver(ctx, input),
  'drivers.update': (input, ctx) => updateDriver(ctx, input),
  'drivers.remove': (input, ctx) => removeDriver(ctx, input.id),
  'suspensions.add': (input, ctx) => addSuspension(ctx, input),
  'suspensions.lift': (input, ctx) => liftSuspension(ctx, input),
};
