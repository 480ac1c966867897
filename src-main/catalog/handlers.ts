import type { Handlers } from '../api/registry';
import type { catalogContract } from './contract';
import {
  addMaintenance,
  addResourcePhoto,
  createResource,
  getResource,
  listCategories,
  listResources,
  reinstateResource,
  removeMaintenance,
  removeResourcePhoto,
  setKitComponents,
  setResourceStatus,
  setResourceStock,
  updateResource,
} from './service';

export const catalogHandlers: Handlers<typeof catalogContract> = {
  'resources.list': (input, ctx) => listResources(ctx.db, ctx.now, input),
  'resources.get': (input, ctx) => getResource(ctx.db, ctx.now, input.id),
  'resources.categories': (_input, ctx) => listCategories(ctx.db),
  'resources.create': (input, ctx) => createResource(ctx, input),
  'resources.update': (input, ctx) => updateResource(ctx, input),
  'resources.setStatus': (input, ctx) => setResourceStatus(ctx, input),
  'resources.reinstate': (input, ctx) => reinstateResource(ctx, input),
  'resources.setStock': (input, ctx) => setResourceStock(ctx, input),
  'resources.setComponents': (input, ctx) => setKitComponents(ctx, input),
  'resources.addPhoto': (input, ctx) => addResourcePhoto(ctx, input),
  'resources.removePhoto': (input, ctx) => removeResourcePhoto(ctx, input.attachmentId),
  'maintenance.add': (input, ctx) => addMaintenance(ctx, input),
  'maintenance.remove': (input, ctx) => removeMaintenance(ctx, input.id),
};
