/**
 * Civil-date arithmetic for the planning screens: 'YYYY-MM-DD' strings, no zone involved
 * (which day it is in Paris is decided once, by todayFor / parisDateOf).
 */
const CIVIL = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(civil: string): Date {
  const m = CIVIL.exec(civil);
  if (!m) throw new RangeError(`Not a civil date: ${civil}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isCivil(s: string): boolean {
  return CIVIL.test(s) && fromUtc(toUtc(s)) === s;
}

export function addDays(civil: string, days: number): string {
  const d = toUtc(civil);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** The Monday of the week holding this date (weeks start on Monday in France). */
export function mondayOf(civil: string): string {
  const day = toUtc(civil).getUTCDay(); // 0 = Sunday
  return addDays(civil, -((day + 6) % 7));
}

export function firstOfMonth(civil: string): string {
  return `${civil.slice(0, 7)}-01`;
}

export function lastOfMonth(civil: string): string {
  const d = toUtc(firstOfMonth(civil));
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return fromUtc(d);
}

/** The first of the month `n` months away from the month holding this date. */
export function addMonths(civil: string, n: number): string {
  const d = toUtc(firstOfMonth(civil));
  d.setUTCMonth(d.getUTCMonth() + n);
  return fromUtc(d);
}

/** The weeks (Monday first, seven dates each) that cover a month, for a month grid. */
export function monthWeeks(civil: string): string[][] {
  const last = lastOfMonth(civil);
  const weeks: string[][] = [];
  for (let monday = mondayOf(firstOfMonth(civil)); monday <= last; monday = addDays(monday, 7))
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
  return weeks;
}

/** Whether a period from `start` to `end` (civil dates, inclusive) touches `day`. */
export function touches(start: string, end: string, day: string): boolean {
  return start <= day && day <= end;
}
