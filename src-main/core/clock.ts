/**
 * The one clock. Every rule and service takes "now" from here (as a parameter), so tests,
 * demonstrations and training sessions can fix time with COMPTOIR_NOW.
 */
export interface Clock {
  now(): Date;
  readonly fixed: boolean;
}

export function systemClock(): Clock {
  return { now: () => new Date(), fixed: false };
}

export function fixedClock(instant: Date | string): Clock {
  const at = typeof instant === 'string' ? parseInstant(instant) : instant;
  return { now: () => new Date(at.getTime()), fixed: true };
}

/** COMPTOIR_NOW fixes the clock; anything unparsable is an error rather than a silent fallback. */
export function clockFromEnv(env: Record<string, string | undefined> = process.env): Clock {
  const raw = env.COMPTOIR_NOW?.trim();
  return raw ? fixedClock(raw) : systemClock();
}

export function parseInstant(raw: string): Date {
  // An ISO instant must carry its offset: a bare local time would depend on the host's zone.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(raw)) {
    throw new Error(`COMPTOIR_NOW n'est pas un instant ISO avec fuseau (ex. 2026-06-05T09:00:00Z) : ${raw}`);
  }
  const d = new Date(raw);
  if (Number.isNaN(d.getTime())) throw new Error(`COMPTOIR_NOW invalide : ${raw}`);
  return d;
}
