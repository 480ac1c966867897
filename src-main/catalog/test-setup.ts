import { testApp, type TestApp } from '../../tests/helpers/test-app';
import type { Input } from '../api/contract';
import type { ResourceDetailDto } from './contract';

/** A test app with one site and two owners (the centre and a member association). */
export async function catalogApp(now?: string): Promise<
  TestApp & {
    siteId: number;
    centreId: number;
    clubId: number;
    resource(input: Partial<Input<'resources.create'>>): Promise<ResourceDetailDto>;
  }
> {
  const app = await testApp(now);
  const site = await app.ok('sites.create', {
    name: 'Entrepôt de Labège',
    address: '3 rue de la Mutualisation',
    postcode: '31670',
    communeName: 'Labège',
    communeInsee: '31254',
  });
  const centre = await app.ok('organisations.create', { kind: 'public_body', name: 'Centre de ressources' });
  const club = await app.ok('organisations.create', { kind: 'association', name: 'Boxing Club Muretain' });
  let n = 0;
  return {
    ...app,
    siteId: site.id,
    centreId: centre.id,
    clubId: club.id,
    resource(input) {
      n += 1;
      return app.ok('resources.create', {
        kind: 'equipment',
        name: `Objet ${n}`,
        inventoryCode: `OBJ-${n}`,
        ownerId: centre.id,
        siteId: site.id,
        ...input,
      } as Input<'resources.create'>);
    },
  };
}
