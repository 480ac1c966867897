import { useQuery } from '../../api/hooks';

/** Sites, owners and categories the resource form chooses from. */
export function useCatalogueLookups() {
  const sites = useQuery('sites.list', {});
  const owners = useQuery('organisations.list', { includeCentre: true });
  const categories = useQuery('resources.categories', {});
  return {
    sites: sites.data ?? [],
    owners: owners.data ?? [],
    categories: categories.data ?? [],
    error: sites.error ?? owners.error ?? categories.error,
    reloadSites: sites.reload,
  };
}
