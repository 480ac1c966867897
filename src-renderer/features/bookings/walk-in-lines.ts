import { useState } from 'react';
import type { PrepareWalkInDto } from '../../../src-main/loans/contract';
import { useQuery } from '../../api/hooks';
import { lineQuantity, type LineDraft } from './booking-draft';

const NOTHING: PrepareWalkInDto = { lines: [], defaultDepositCents: 0 };

/**
 * A walk-in's lines do not exist before the one call that creates and hands them over: the main
 * side describes them as the checkout describes its lines (safety notes, vehicle, room, a kit's
 * pieces) and proposes the deposit by its own rule. While a changed quantity is being answered,
 * the previous answer stays on screen rather than the rows blinking out.
 */
export function useWalkInLines(lines: LineDraft[]): PrepareWalkInDto {
  const input = lines
    .map((l) => ({ resourceId: l.resourceId, quantity: lineQuantity(l) ?? 0 }))
    .filter((l) => l.quantity >= 1);
  const prep = useQuery('loans.prepareWalkIn', { lines: input });
  const [last, setLast] = useState(NOTHING);
  if (prep.data && prep.data !== last) setLast(prep.data);
  return prep.data ?? last;
}
