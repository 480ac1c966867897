/**
 * The catalogue's service: every function the API handlers call, importable as plain functions
 * by the demo-data generator and scripts (writes take a Ctx whose db is the open transaction).
 */
export { getResource, listCategories, listResources, kitEdges, type ResourceFilters } from './resource-read';
export {
  createResource,
  loadResource,
  reinstateResource,
  setResourceStatus,
  setResourceStock,
  updateResource,
  type ResourceCreate,
  type ResourceUpdate,
} from './resource-write';
export { setKitComponents } from './kits';
export { addMaintenance, removeMaintenance } from './maintenance';
export { addResourcePhoto, removeResourcePhoto } from './photos';
export { createSite, listSites, updateSite, type SiteInput } from '../sites/service';
