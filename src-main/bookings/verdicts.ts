import { DomainError } from '../core/errors';
import { translate, type Lang } from '../core/messages';
import { parisWall } from '../core/paris-time';
import type { Hold } from './availability';
import type { ResourceVerdict } from './availability-load';
import type { ConflictDto, ResourceVerdictDto, SlotDto, UnavailableDetails, WallDto } from './contract';

export function wallOf(ms: number): WallDto {
  return parisWall(new Date(ms));
}

export function conflictDto(h: Hold): ConflictDto {
  return {
    bookingId: h.bookingId,
    borrowerName: h.borrowerName,
    status: h.status,
    startsAt: new Date(h.startsAt).toISOString(),
    endsAt: new Date(h.endsAt).toISOString(),
    start: wallOf(h.startsAt),
    end: wallOf(h.endsAt),
    quantity: h.quantity,
    overdue: h.overdue,
  };
}

export function slotDto(s: { start: number; end: number } | null): SlotDto | null {
  if (!s) return null;
  return {
    startsAt: new Date(s.start).toISOString(),
    endsAt: new Date(s.end).toISOString(),
    start: wallOf(s.start),
    end: wallOf(s.end),
  };
}

export function verdictDto(v: ResourceVerdict): ResourceVerdictDto {
  return {
    resource: { id: v.resource.id, name: v.resource.name, inventoryCode: v.resource.inventoryCode },
    requested: v.requested,
    available: v.available,
    usableQuantity: v.usableQuantity,
    reason: v.reason,
    conflicts: v.conflicts.map(conflictDto),
    maintenance: v.maintenance.map((m) => ({
      startsAt: new Date(m.start).toISOString(),
      endsAt: new Date(m.end).toISOString(),
      quantity: m.quantity,
    })),
    firstFreeSlot: slotDto(v.firstFreeSlot),
  };
}

/** "06/06/2026 09:00" in French, "2026-06-06 09:00" in English: what the desk reads. */
export function wallText(lang: Lang, w: WallDto): string {
  if (lang === 'en') return `${w.date} ${w.time}`;
  const [y, m, d] = w.date.split('-');
  return `${d}/${m}/${y} ${w.time}`;
}

function reasonText(lang: Lang, v: ResourceVerdictDto): string {
  switch (v.reason) {
    case 'retired':
      return translate(lang, 'unavailable_retired');
    case 'out_of_service':
      return translate(lang, 'unavailable_out_of_service');
    case 'exceeds_owned':
      return translate(lang, 'unavailable_exceeds_owned', {
        usable: v.usableQuantity,
        requested: v.requested,
      });
    case 'ok':
    case 'taken': {
      const parts: string[] = [];
      if (v.conflicts.length > 0) {
        const list = v.conflicts
          .map((c) =>
            translate(lang, 'unavailable_conflict', {
              borrower: c.borrowerName,
              id: c.bookingId,
              from: wallText(lang, c.start),
              to: wallText(lang, c.end),
            }),
          )
          .join(' ; ');
        parts.push(translate(lang, 'unavailable_booked', { list }));
      }
      if (v.maintenance.length > 0) parts.push(translate(lang, 'unavailable_maintenance'));
      if (v.requested > 1 || v.usableQuantity > 0)
        parts.push(
          translate(lang, 'unavailable_usable', { usable: v.usableQuantity, requested: v.requested }),
        );
      return parts.join(' ');
    }
  }
}

/**
 * RESOURCE_UNAVAILABLE naming the (first) refused resource, the bookings in its way and the first
 * free slot of the same length; `details` carries every refused resource for the booking screen.
 */
export function unavailableError(
  lang: Lang,
  verdicts: readonly ResourceVerdict[],
  period: { start: number; end: number },
): DomainError {
  const refused = verdicts.filter((v) => !v.available).map(verdictDto);
  const first = refused[0] as ResourceVerdictDto;
  const slot = first.firstFreeSlot;
  const details: UnavailableDetails = { ...first, refused };
  return new DomainError(
    'RESOURCE_UNAVAILABLE',
    'resource_unavailable',
    {
      name: first.resource.name,
      from: wallText(lang, wallOf(period.start)),
      to: wallText(lang, wallOf(period.end)),
      why: reasonText(lang, first),
      slot: slot
        ? translate(lang, 'first_free_slot', {
            from: wallText(lang, slot.start),
            to: wallText(lang, slot.end),
          })
        : translate(lang, 'no_free_slot'),
    },
    details,
  );
}
