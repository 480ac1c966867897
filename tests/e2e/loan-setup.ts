import type { Comptoir } from './fixtures';

interface OrgRow {
  id: number;
  name: string;
  kind: string;
  suspended: boolean;
  insurance: { status: string; validTo: string | null };
}
export interface ChairsBooking {
  booking: { id: number; lines: { id: number }[] };
  chairs: { id: number; inventoryCode: string; name: string };
  borrower: { id: number; name: string };
}

/**
 * A confirmed booking of a few folding chairs today (the fixtures' Friday 5 June 2026), 11:00–17:00,
 * for an insured association: ready to hand over without a vehicle, a driver or a room key.
 */
export async function bookChairsToday(comptoir: Comptoir, quantity: number): Promise<ChairsBooking> {
  const resources = await comptoir.call<ChairsBooking['chairs'][]>('resources.list', {});
  const chairs = resources.find((r) => r.inventoryCode === 'MOB-CHA');
  if (!chairs) throw new Error('No chairs in the demo');
  const orgs = await comptoir.call<OrgRow[]>('organisations.list', {});
  const borrower = orgs.find(
    (o) =>
      o.kind === 'association' &&
      o.insurance.status === 'valid' &&
      !o.suspended &&
      (o.insurance.validTo ?? '') > '2026-06-10',
  );
  if (!borrower) throw new Error('No insured association in the demo');
  const booking = await comptoir.call<ChairsBooking['booking']>('bookings.create', {
    borrowerId: borrower.id,
    start: { date: '2026-06-05', time: '11:00' },
    end: { date: '2026-06-05', time: '17:00' },
    status: 'confirmed',
    lines: [{ resourceId: chairs.id, quantity }],
  });
  return { booking, chairs, borrower };
}
