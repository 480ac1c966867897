import { DateTime } from 'luxon';
import { DomainError } from './errors';

/**
 * Civil time in Europe/Paris: the one module that knows the centre's zone. Everything else works
 * on UTC instants and 'YYYY-MM-DD' civil dates; nothing reads the host's zone.
 */
export const ZONE = 'Europe/Paris';

/** The Europe/Paris civil date of an instant. */
export function parisDate(at: Date): string {
  return DateTime.fromJSDate(at, { zone: ZONE }).toISODate() as string;
}

/** Adds whole calendar days to a civil date (no zone involved). */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() as string;
}

/** Whole calendar days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round(
    DateTime.fromISO(b, { zone: 'UTC' }).diff(DateTime.fromISO(a, { zone: 'UTC' }), 'days').days,
  );
}

/**
 * A Europe/Paris wall-clock time as a UTC instant. A time in the spring-forward gap
 * (2026-03-29 02:30) does not exist and is refused; a time in the autumn repeat
 * (2026-10-25 02:30) is the earlier of the two unless `later` is asked for.
 */
export function parisWallToInstant(date: string, time: string, opts: { later?: boolean } = {}): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const candidates: number[] = [];
  // Try both offsets Paris ever uses; keep those that read back as the same wall time.
  for (const offsetHours of [2, 1]) {
    const utc = Date.UTC(y, mo - 1, d, h - offsetHours, m);
    const back = DateTime.fromMillis(utc, { zone: ZONE });
    if (back.year === y && back.month === mo && back.day === d && back.hour === h && back.minute === m) {
      candidates.push(utc);
    }
  }
  if (candidates.length === 0) {
    throw new DomainError('VALIDATION_FAILED', 'time_in_dst_gap', { date, time });
  }
  candidates.sort((a, b) => a - b);
  return new Date(opts.later ? (candidates[candidates.length - 1] as number) : (candidates[0] as number));
}

/** The Europe/Paris wall-clock date and time of an instant. */
export function parisWall(at: Date): { date: string; time: string } {
  const dt = DateTime.fromJSDate(at, { zone: ZONE });
  return { date: dt.toISODate() as string, time: dt.toFormat('HH:mm') };
}
