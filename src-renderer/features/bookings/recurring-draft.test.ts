import { describe, expect, it } from 'vitest';
import type { OccurrenceDto } from '../../../src-main/bookings/contract';
import { emptyDraft } from './booking-draft';
import { emptyRecurring, missingFields, previewInputOf, skipDatesOf, verdictOf } from './recurring-draft';

function occurrence(date: string, o: Partial<OccurrenceDto> = {}): OccurrenceDto {
  return {
    date,
    start: { date, time: '18:00' },
    end: { date, time: '20:00' },
    startsAt: null,
    endsAt: null,
    available: false,
    timeInGap: false,
    refused: [],
    closedDay: null,
    ...o,
  };
}

const taken = {
  resource: { id: 55, name: 'Salle', inventoryCode: 'SAL-COM' },
  requested: 1,
  available: false,
  usableQuantity: 0,
  reason: 'taken' as const,
  conflicts: [],
  maintenance: [],
  firstFreeSlot: null,
};

describe('recurring draft', () => {
  it('sends the first date, the times, until and how often, with the lines', () => {
    const d = emptyRecurring(emptyDraft('2026-06-05'));
    expect(missingFields(d)).toEqual(['borrowerId', 'endTime', 'untilDate', 'lines']);
    const typed = {
      ...d,
      borrower: { id: 3, name: 'Foyer' },
      startDate: '2026-06-16',
      startTime: '18:00',
      endTime: '20:00',
      untilDate: '2026-07-21',
      everyWeeks: 2 as const,
      purpose: ' Chorale ',
      lines: [
        {
          key: 'k',
          lineId: null,
          resourceId: 55,
          name: 'Salle',
          inventoryCode: 'SAL-COM',
          kind: 'room' as const,
          tracking: 'unit' as const,
          quantity: '1',
        },
      ],
    };
    expect(missingFields(typed)).toEqual([]);
    expect(previewInputOf(typed)).toEqual({
      borrowerId: 3,
      firstDate: '2026-06-16',
      startTime: '18:00',
      endTime: '20:00',
      untilDate: '2026-07-21',
      everyWeeks: 2,
      purpose: 'Chorale',
      placeOfUse: null,
      expectedPeople: null,
      lines: [{ resourceId: 55, quantity: 1 }],
    });
  });

  it('reads each verdict and skips all but the free ones, or the closed days too when a manager includes them', () => {
    const list = [
      occurrence('2026-06-16', { available: true }),
      occurrence('2026-06-30', { refused: [taken] }),
      occurrence('2026-07-14', { closedDay: { dates: ['2026-07-14'], message: 'fermé' } }),
      occurrence('2026-07-21', { refused: [taken], closedDay: { dates: ['2026-07-21'], message: 'fermé' } }),
      occurrence('2026-03-29', { timeInGap: true }),
    ];
    expect(list.map(verdictOf)).toEqual(['free', 'conflict', 'closed', 'conflict', 'gap']);
    expect(skipDatesOf(list, false)).toEqual(['2026-06-30', '2026-07-14', '2026-07-21', '2026-03-29']);
    expect(skipDatesOf(list, true)).toEqual(['2026-06-30', '2026-07-21', '2026-03-29']);
  });
});
