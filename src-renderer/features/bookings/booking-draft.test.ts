import { describe, expect, it } from 'vitest';
import type { BookingDto } from '../../../src-main/bookings/contract';
import { changesOf, createInputOf, draftOf, emptyDraft, hasChanges } from './booking-draft';

const saved: BookingDto = {
  id: 7,
  borrowerId: 3,
  borrowerName: 'Foyer rural',
  status: 'confirmed',
  startsAt: '2026-06-06T07:00:00.000Z',
  endsAt: '2026-06-06T16:00:00.000Z',
  start: { date: '2026-06-06', time: '09:00' },
  end: { date: '2026-06-06', time: '18:00' },
  optionExpiresAt: null,
  optionExpiresOn: null,
  purpose: 'Fête',
  placeOfUse: null,
  expectedPeople: null,
  recurrenceId: null,
  walkIn: false,
  agreementNumber: null,
  checkedOutAt: null,
  returnedAt: null,
  closedAt: null,
  cancelledAt: null,
  cancelReason: null,
  overdue: false,
  lines: [
    line(11, 1, 'Minibus', 1, null),
    line(12, 2, 'Chaise', 40, null),
    line(13, 4, 'Sono', 1, null),
    line(14, 5, 'Enceinte', 2, 13),
  ],
  createdAt: '',
  updatedAt: '',
  version: 4,
};

function line(id: number, resourceId: number, name: string, quantity: number, kitLineId: number | null) {
  return {
    id,
    resourceId,
    resourceName: name,
    inventoryCode: `C-${resourceId}`,
    kind: 'equipment' as const,
    tracking: 'stock' as const,
    quantity,
    kitLineId,
    quantityOk: 0,
    quantityDamaged: 0,
    quantityMissing: 0,
  };
}

describe('booking drafts', () => {
  it('edit only top-level lines: a kit brings its components by itself', () => {
    expect(draftOf(saved).lines.map((l) => l.name)).toEqual(['Minibus', 'Chaise', 'Sono']);
  });

  it('send nothing when nothing changed', () => {
    expect(hasChanges(changesOf(saved, draftOf(saved)))).toBe(false);
  });

  it('re-add a line whose quantity changed, remove a dropped one, patch only changed fields', () => {
    const d = draftOf(saved);
    d.lines = d.lines
      .filter((l) => l.name !== 'Minibus')
      .map((l) => (l.name === 'Chaise' ? { ...l, quantity: '60' } : l));
    d.endTime = '20:00';
    d.purpose = ' Fête ';
    const c = changesOf(saved, d);
    expect(c.patch).toEqual({ end: { date: '2026-06-06', time: '20:00' } });
    expect(c.remove).toEqual([11, 12]);
    expect(c.add).toEqual([{ key: 'line-12', resourceId: 2, quantity: 60 }]);
  });

  it('give an option its expiry date and a firm booking none', () => {
    const d = emptyDraft('2026-06-05');
    d.borrower = { id: 3, name: 'X' };
    d.status = 'option';
    d.optionExpiresOn = '2026-06-10';
    expect(createInputOf(d).optionExpiresOn).toBe('2026-06-10');
    expect(createInputOf({ ...d, status: 'confirmed' }).optionExpiresOn).toBeNull();
  });
});
