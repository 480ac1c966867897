import { describe, expect, it } from 'vitest';
import { parisWallToInstant } from '../core/paris-time';
import { DEFAULT_LATENESS, extensionAllowed, lateDays, lateFee, type LatenessPolicy } from './rules';

const at = (date: string, time: string, later = false) => parisWallToInstant(date, time, { later });
const rules = (patch: Partial<LatenessPolicy> = {}): LatenessPolicy => ({ ...DEFAULT_LATENESS, ...patch });

describe('late days (Europe/Paris calendar days after the due date, up to the day of return)', () => {
  it.each([
    // due, returned, late days
    [['2026-06-06', '18:00'], ['2026-06-07', '09:00'], 1], // due Saturday 18:00, back Sunday 09:00
    [['2026-06-06', '18:00'], ['2026-06-06', '20:00'], 0], // back later the same day
    [['2026-06-06', '18:00'], ['2026-06-06', '23:59'], 0],
    [['2026-06-06', '18:00'], ['2026-06-07', '00:00'], 1], // midnight is the next day
    [['2026-06-06', '18:00'], ['2026-06-05', '10:00'], 0], // early
    [['2026-06-06', '18:00'], ['2026-06-06', '18:00'], 0], // on time
    [['2026-06-06', '18:00'], ['2026-06-10', '09:00'], 4],
    [['2026-06-07', '00:00'], ['2026-06-07', '10:00'], 1], // due at 00:00 closes Saturday
    [['2026-06-07', '00:00'], ['2026-06-06', '23:00'], 0],
    [['2026-03-28', '18:00'], ['2026-03-29', '09:00'], 1], // across spring forward
    [['2026-03-28', '18:00'], ['2026-03-30', '01:00'], 2],
    [['2026-10-24', '18:00'], ['2026-10-25', '02:30', true], 1], // the second 02:30 of the fall-back night
    [['2026-10-25', '01:30'], ['2026-10-25', '23:30'], 0], // the 25-hour day is one day
    [['2026-12-31', '18:00'], ['2027-01-02', '10:00'], 2], // across the year
  ] as const)('due %j, back %j → %i', (due, back, days) => {
    expect(lateDays(at(due[0], due[1]), at(back[0], back[1], back[2] ?? false))).toBe(days);
  });

  it('counts Paris dates, not UTC ones: 23:30 Paris in summer is already the next day in UTC', () => {
    // Due 21:00 CEST = 19:00Z; back 23:30 CEST = 21:30Z, same Paris date: on the due day.
    expect(lateDays(new Date('2026-06-06T19:00:00Z'), new Date('2026-06-06T21:30:00Z'))).toBe(0);
    // Back 00:30 CEST on Sunday = 22:30Z on Saturday in UTC: still one Paris day late.
    expect(lateDays(new Date('2026-06-06T19:00:00Z'), new Date('2026-06-06T22:30:00Z'))).toBe(1);
  });
});

describe('late fee', () => {
  it('is nothing by default', () => {
    expect(lateFee(at('2026-06-06', '18:00'), at('2026-06-10', '10:00'), DEFAULT_LATENESS)).toEqual({
      lateDays: 4,
      feeCents: 0,
      capped: false,
      suspensionDays: 0,
      suspensionFrom: null,
      suspensionTo: null,
    });
  });

  it.each([
    // late days via return date, per day, cap, fee, capped
    ['2026-06-10', 200, null, 800, false], // DOMAIN example: 4 days at 2 €/day
    ['2026-06-10', 200, 500, 500, true],
    ['2026-06-10', 200, 800, 800, false],
    ['2026-06-06', 200, null, 0, false], // same day
    ['2026-07-06', 150, 2000, 2000, true],
  ])('back %s at %i c/day, cap %s → %i cents', (back, perDay, cap, fee, capped) => {
    const r = lateFee(
      at('2026-06-06', '18:00'),
      at(back, '10:00'),
      rules({ feePerDayCents: perDay, feeCapCents: cap }),
    );
    expect(r.feeCents).toBe(fee);
    expect(r.capped).toBe(capped);
  });
});

describe('suspension proposed after a late return', () => {
  it.each([
    // late days, suspension days, threshold, proposed days, from, to
    [0, 14, 1, 0, null, null],
    [1, 14, 1, 14, '2026-06-07', '2026-06-20'],
    [2, 14, 3, 0, null, null],
    [3, 14, 3, 14, '2026-06-09', '2026-06-22'],
    [5, 0, 1, 0, null, null],
  ])('%i day(s) late, %i days from %i → %i', (late, days, threshold, proposed, from, to) => {
    const back = at(`2026-06-${String(6 + late).padStart(2, '0')}`, '10:00');
    const r = lateFee(
      at('2026-06-06', '18:00'),
      back,
      rules({ suspensionDays: days, suspensionAfterLateDays: threshold }),
    );
    expect(r).toMatchObject({
      lateDays: late,
      suspensionDays: proposed,
      suspensionFrom: from,
      suspensionTo: to,
    });
  });
});

describe('extensions', () => {
  it.each([
    [0, null, true],
    [50, null, true],
    [0, 0, false],
    [1, 2, true],
    [2, 2, false],
  ])('%i done, max %s → %s', (done, max, allowed) => {
    expect(extensionAllowed(done, { maxExtensions: max })).toBe(allowed);
  });
});
