import { useEffect, useState } from 'react';
import type { ResourceDetailDto } from '../../../src-main/catalog/contract';
import type { PrepareLineDto } from '../../../src-main/loans/contract';
import { call } from '../../api/client';
import { lineQuantity, type LineDraft } from './booking-draft';

/**
 * A walk-in's lines do not exist before the one call that creates and hands them over: each line
 * is described for the checkout rows from its resource's record (safety notes, vehicle, room). A
 * resource is on a booking once, so its id stands in for the line's until the loan exists.
 */
export function useWalkInLines(lines: LineDraft[]): PrepareLineDto[] {
  const [details, setDetails] = useState<Record<number, ResourceDetailDto>>({});
  const missing = lines.map((l) => l.resourceId).filter((id) => !(id in details));
  const key = [...new Set(missing)].join(',');
  useEffect(() => {
    if (key === '') return;
    let alive = true;
    for (const id of key.split(',').map(Number))
      void call('resources.get', { id }).then((env) => {
        if (alive && env.ok) setDetails((d) => ({ ...d, [id]: env.value }));
      });
    return () => {
      alive = false;
    };
  }, [key]);
  return lines.flatMap((l) => {
    const r = details[l.resourceId];
    return r ? [prepareLineOf(l, r)] : [];
  });
}

export function prepareLineOf(l: LineDraft, r: ResourceDetailDto): PrepareLineDto {
  return {
    lineId: r.id,
    resourceId: r.id,
    inventoryCode: r.inventoryCode,
    name: r.name,
    kind: r.kind,
    tracking: r.tracking,
    quantity: lineQuantity(l) ?? 1,
    safetyNotes: r.safetyNotes,
    components: r.components.map((c, j) => ({
      lineId: -(j + 1),
      inventoryCode: c.inventoryCode,
      name: c.name,
      quantity: c.quantity,
      safetyNotes: null,
    })),
    depositCents: r.depositCents,
    replacementValueCents: r.replacementValueCents,
    vehicle:
      r.kind === 'vehicle'
        ? {
            registration: r.vehicleRegistration,
            licenceCategory: r.vehicleLicenceCategory,
            fuel: r.vehicleFuel,
            currentMileage: r.vehicleMileage,
          }
        : null,
    room: r.kind === 'room' ? { capacity: r.roomCapacity, access: r.roomAccess } : null,
  };
}
