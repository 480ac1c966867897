import { describe, expect, it } from 'vitest';
import { formatPeriod, normaliseTime } from './desk-format';

describe('normaliseTime', () => {
  it.each([
    ['9', '09:00'],
    ['930', '09:30'],
    ['9h30', '09:30'],
    ['9h', '09:00'],
    ['18.00', '18:00'],
    [' 07:05 ', '07:05'],
    ['0000', '00:00'],
  ])('reads %s as %s', (typed, expected) => {
    expect(normaliseTime(typed)).toBe(expected);
  });

  it.each(['24:00', '9:75', 'midi', '12:3'])('leaves %s for the field to flag', (typed) => {
    expect(normaliseTime(typed)).toBe(typed);
  });
});

describe('formatPeriod', () => {
  it('names the date once when the period fits in a day', () => {
    expect(
      formatPeriod({ date: '2026-06-06', time: '09:00' }, { date: '2026-06-06', time: '18:00' }, 'fr'),
    ).toBe('06/06/2026 09:00 → 18:00');
  });
  it('names both dates otherwise', () => {
    expect(
      formatPeriod({ date: '2026-06-05', time: '17:00' }, { date: '2026-06-09', time: '10:00' }, 'en'),
    ).toBe('05/06/2026 17:00 → 09/06/2026 10:00');
  });
});
