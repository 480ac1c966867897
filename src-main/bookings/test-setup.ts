import { catalogApp } from '../catalog/test-setup';
import type { Input } from '../api/contract';

/** Paris wall-clock moment as the forms send it. */
export const at = (date: string, time: string, later = false) => ({ date, time, later });

/**
 * A test app (now: Friday 2026-06-05 10:00 in Paris) with a minibus, a room for 30, 120 chairs
 * (4 out of service), a sound kit (a mixer + 2 speakers; 3 speakers owned) and two borrowers.
 */
export async function bookingApp(now?: string) {
  const app = await catalogApp(now);
  const foyer = await app.ok('organisations.create', { kind: 'association', name: 'Foyer rural de Muret' });
  const minibus = await app.resource({
    kind: 'vehicle',
    name: 'Minibus 9 places',
    vehicleLicenceCategory: 'B',
  });
  const room = await app.resource({ kind: 'room', name: 'Salle des fêtes', roomCapacity: 30 });
  const chairs = await app.resource({
    name: 'Chaise pliante',
    tracking: 'stock',
    quantityOwned: 120,
    quantityOutOfService: 4,
  });
  const mixer = await app.resource({ name: 'Table de mixage' });
  const speakers = await app.resource({ name: 'Enceinte', tracking: 'stock', quantityOwned: 3 });
  const kit = await app.resource({ name: 'Kit sono' });
  await app.ok('resources.setComponents', {
    kitId: kit.id,
    version: kit.version,
    components: [
      { componentId: mixer.id, quantity: 1 },
      { componentId: speakers.id, quantity: 2 },
    ],
  });
  const book = (input: Partial<Input<'bookings.create'>> & Pick<Input<'bookings.create'>, 'lines'>) =>
    app.ok('bookings.create', {
      borrowerId: app.clubId,
      start: at('2026-06-13', '09:00'),
      end: at('2026-06-13', '18:00'),
      status: 'confirmed',
      ...input,
    });
  return {
    ...app,
    foyerId: foyer.id,
    minibus,
    room,
    chairs,
    mixer,
    speakers,
    kit,
    book,
  };
}
