import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isCivil, lastOfMonth, mondayOf, monthWeeks, touches } from './civil';

describe('civil dates', () => {
  it.each([
    ['2026-06-05', '2026-06-01'], // Friday
    ['2026-06-01', '2026-06-01'], // Monday
    ['2026-06-07', '2026-06-01'], // Sunday belongs to the week before
    ['2026-03-29', '2026-03-23'], // DST night
    ['2026-01-01', '2025-12-29'],
  ])('the Monday of %s is %s', (day, monday) => expect(mondayOf(day)).toBe(monday));

  it('adds days and months across month and year ends', () => {
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-01');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-01');
    expect(lastOfMonth('2028-02-10')).toBe('2028-02-29');
  });

  it('covers a month with whole Monday-first weeks', () => {
    const weeks = monthWeeks('2026-06-15');
    expect(weeks[0]?.[0]).toBe('2026-06-01');
    expect(weeks.at(-1)?.at(-1)).toBe('2026-07-05');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('checks dates and periods', () => {
    expect(isCivil('2026-02-30')).toBe(false);
    expect(isCivil('2026-02-28')).toBe(true);
    expect(touches('2026-06-05', '2026-06-09', '2026-06-09')).toBe(true);
    expect(touches('2026-06-05', '2026-06-09', '2026-06-10')).toBe(false);
  });
});
