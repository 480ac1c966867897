import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parisDate, parisWall, parisWallToInstant } from './paris-time';

describe('paris-time (identical under any TZ)', () => {
  it('gives the Paris civil date of an instant', () => {
    expect(parisDate(new Date('2026-06-04T22:30:00Z'))).toBe('2026-06-05');
    expect(parisDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(parisDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
  it('adds and counts calendar days across DST changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
  it('refuses a wall time in the spring gap', () => {
    expect(() => parisWallToInstant('2026-03-29', '02:30')).toThrow(/time_in_dst_gap/);
    expect(parisWallToInstant('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });
  it('takes the earlier autumn repeat unless asked for the later', () => {
    expect(parisWallToInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(parisWallToInstant('2026-10-25', '02:30', { later: true }).toISOString()).toBe(
      '2026-10-25T01:30:00.000Z',
    );
  });
  it('reads an instant back as Paris wall time', () => {
    expect(parisWall(new Date('2026-06-05T07:00:00Z'))).toEqual({ date: '2026-06-05', time: '09:00' });
  });
});
