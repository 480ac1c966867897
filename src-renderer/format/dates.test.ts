import { describe, expect, it } from 'vitest';
import {
  formatDateLong,
  formatDateShort,
  formatDateTime,
  formatDateTimeShort,
  formatTime,
  parisDateOf,
  parisTimeOf,
} from './dates';

// These assertions must hold whatever the host's zone: run also under TZ=Pacific/Auckland.
describe('dates in Europe/Paris', () => {
  it('writes a civil date in full', () => {
    expect(formatDateLong('2026-06-09', 'fr')).toBe('mardi 9 juin 2026');
    expect(formatDateLong('2026-06-09', 'en')).toBe('Tuesday 9 June 2026');
    expect(formatDateLong('2026-01-01', 'fr')).toBe('jeudi 1 janvier 2026');
    expect(formatDateShort('2026-06-09', 'fr')).toBe('09/06/2026');
  });

  it('reads instants on the Paris clock, not the host clock', () => {
    // 22:30 UTC on 8 June is 00:30 on 9 June in Paris (summer time, UTC+2).
    expect(parisDateOf('2026-06-08T22:30:00.000Z')).toBe('2026-06-09');
    expect(parisTimeOf('2026-06-08T22:30:00.000Z')).toBe('00:30');
    // Winter time, UTC+1.
    expect(parisTimeOf('2026-01-15T13:05:00Z')).toBe('14:05');
    expect(parisDateOf('2026-12-31T23:00:00Z')).toBe('2027-01-01');
  });

  it('uses a 24-hour clock in both languages', () => {
    expect(formatTime('2026-06-09T16:45:00Z', 'fr')).toBe('18:45');
    expect(formatTime('2026-06-09T16:45:00Z', 'en')).toBe('18:45');
    expect(formatDateTime('2026-06-09T16:45:00Z', 'fr')).toBe('mardi 9 juin 2026 à 18:45');
    expect(formatDateTime('2026-06-09T16:45:00Z', 'en')).toBe('Tuesday 9 June 2026 at 18:45');
    expect(formatDateTimeShort('2026-06-08T22:00:00Z', 'fr')).toBe('09/06/2026 00:00');
  });

  it('follows the clock changes of Paris', () => {
    // 29 March 2026: 01:59 UTC+1 then 03:00 UTC+2.
    expect(parisTimeOf('2026-03-29T00:59:00Z')).toBe('01:59');
    expect(parisTimeOf('2026-03-29T01:00:00Z')).toBe('03:00');
    // 25 October 2026: 02:30 happens twice.
    expect(parisTimeOf('2026-10-25T00:30:00Z')).toBe('02:30');
    expect(parisTimeOf('2026-10-25T01:30:00Z')).toBe('02:30');
  });

  it('refuses what is not a civil date', () => {
    expect(() => formatDateLong('9/6/2026', 'fr')).toThrow(RangeError);
  });
});
