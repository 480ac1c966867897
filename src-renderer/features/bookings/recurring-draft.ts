import type { OccurrenceDto } from '../../../src-main/bookings/contract';
import type { Input } from '../../../src-main/api/contract';
import { createInputOf, type BookingDraft } from './booking-draft';
import { DATE_PATTERN, TIME_PATTERN } from './desk-format';

/** A recurring booking as typed: the booking's fields (start date = first date), until and how often. */
export interface RecurringDraft extends BookingDraft {
  untilDate: string;
  everyWeeks: 1 | 2 | 3 | 4;
}

export function emptyRecurring(base: BookingDraft): RecurringDraft {
  return { ...base, status: 'confirmed', endDate: '', untilDate: '', everyWeeks: 1 };
}

/** What the agent must still type before the occurrences can be checked (keys of the fields). */
export function missingFields(d: RecurringDraft): string[] {
  const missing: string[] = [];
  if (!d.borrower) missing.push('borrowerId');
  if (!DATE_PATTERN.test(d.startDate)) missing.push('firstDate');
  if (!TIME_PATTERN.test(d.startTime)) missing.push('startTime');
  if (!TIME_PATTERN.test(d.endTime)) missing.push('endTime');
  if (!DATE_PATTERN.test(d.untilDate)) missing.push('untilDate');
  if (d.lines.length === 0) missing.push('lines');
  return missing;
}

export function previewInputOf(d: RecurringDraft): Input<'bookings.previewRecurring'> {
  const b = createInputOf(d);
  return {
    borrowerId: b.borrowerId,
    firstDate: d.startDate,
    startTime: d.startTime,
    endTime: d.endTime,
    untilDate: d.untilDate,
    everyWeeks: d.everyWeeks,
    purpose: b.purpose,
    placeOfUse: b.placeOfUse,
    expectedPeople: b.expectedPeople,
    lines: b.lines,
  };
}

/** How the main side judged one occurrence, for the list the agent confirms. */
export type Verdict = 'free' | 'conflict' | 'closed' | 'gap';

export function verdictOf(o: OccurrenceDto): Verdict {
  if (o.available) return 'free';
  if (o.timeInGap) return 'gap';
  if (o.refused.length > 0) return 'conflict';
  return o.closedDay ? 'closed' : 'conflict';
}

/** The dates to leave out: everything not free, except closed days a manager includes. */
export function skipDatesOf(occurrences: OccurrenceDto[], includeClosed: boolean): string[] {
  return occurrences
    .filter((o) => {
      const v = verdictOf(o);
      return v !== 'free' && !(includeClosed && v === 'closed');
    })
    .map((o) => o.date);
}
