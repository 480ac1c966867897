import type { Handlers } from '../api/registry';
import type { incidentsContract } from './contract';
import { createIncidentOnLine, getIncident, listIncidents, updateIncident } from './service';

export const incidentsHandlers: Handlers<typeof incidentsContract> = {
  'incidents.list': (input, ctx) => listIncidents(ctx.db, input),
  'incidents.get': (input, ctx) => getIncident(ctx.db, input.id),
  'incidents.create': (input, ctx) => createIncidentOnLine(ctx, input),
  'incidents.update': (input, ctx) => updateIncident(ctx, input),
};
