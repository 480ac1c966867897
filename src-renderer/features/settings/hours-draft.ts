import {
  WEEKDAYS,
  type TimeRange,
  type Weekday,
  type WeeklyHours,
} from '../../../src-main/calendar/contract';
import { normaliseTime } from '../bookings/desk-format';

/**
 * The weekly hours as the form edits them: per day an "open" box and two ranges of typed times
 * (the second one optional), typed as at the counter ('9h', '14:30'). Whether the times make sense
 * is the API's to say.
 */
export interface RangeDraft {
  from: string;
  to: string;
}
export interface DayDraft {
  open: boolean;
  ranges: [RangeDraft, RangeDraft];
}
export type HoursDraft = Record<Weekday, DayDraft>;

const EMPTY: RangeDraft = { from: '', to: '' };
/** What a day reopened with no hours starts from: a usual French office day, to be adjusted. */
const USUAL: [RangeDraft, RangeDraft] = [
  { from: '09:00', to: '12:00' },
  { from: '14:00', to: '18:00' },
];

export function hoursDraft(weekly: WeeklyHours): HoursDraft {
  return Object.fromEntries(
    WEEKDAYS.map((d) => {
      const [a, b] = weekly[d];
      const day: DayDraft = {
        open: weekly[d].length > 0,
        ranges: [{ ...(a ?? EMPTY) }, { ...(b ?? EMPTY) }],
      };
      return [d, day];
    }),
  ) as HoursDraft;
}

/** Ticking "open" on a day with no hours fills the usual ones; unticking keeps them for a second thought. */
export function setOpen(day: DayDraft, open: boolean): DayDraft {
  const blank = day.ranges.every((r) => r.from === '' && r.to === '');
  return { open, ranges: open && blank ? [{ ...USUAL[0] }, { ...USUAL[1] }] : day.ranges };
}

/** The path of one time field in the API's input ('weekly.tuesday.1.from'). */
export function timePath(day: Weekday, range: 0 | 1, end: 'from' | 'to'): string {
  return `weekly.${day}.${range}.${end}`;
}

/**
 * The draft → the API's weekly hours, and the times missing from it (path → 'missing' or
 * 'first_range'). A closed day has no range; an open one sends its first range and the second
 * when it was filled in, so the API's paths name the same fields as the form.
 */
export function weeklyOf(draft: HoursDraft): {
  weekly: WeeklyHours;
  missing: Record<string, 'time' | 'first_range'>;
} {
  const missing: Record<string, 'time' | 'first_range'> = {};
  const weekly = {} as WeeklyHours;
  for (const d of WEEKDAYS) {
    const day = draft[d];
    if (!day.open) {
      weekly[d] = [];
      continue;
    }
    const [first, second] = day.ranges;
    const used: TimeRange[] = [];
    if (first.from === '' && first.to === '') missing[timePath(d, 0, 'from')] = 'first_range';
    else used.push(checked(first, d, 0, missing));
    if (second.from !== '' || second.to !== '') used.push(checked(second, d, 1, missing));
    weekly[d] = used;
  }
  return { weekly, missing };
}

function checked(
  r: RangeDraft,
  d: Weekday,
  i: 0 | 1,
  missing: Record<string, 'time' | 'first_range'>,
): TimeRange {
  if (r.from === '') missing[timePath(d, i, 'from')] = 'time';
  if (r.to === '') missing[timePath(d, i, 'to')] = 'time';
  return { from: normaliseTime(r.from), to: normaliseTime(r.to) };
}
