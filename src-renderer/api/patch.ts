/**
 * The fields of an update whose value differs from what the form was loaded with. Text is
 * compared trimmed, and '' equals null, so a stray space does not count as a change.
 */
export function changedFields<T extends object>(
  initial: T,
  current: T,
  skip: Iterable<keyof T> = [],
): Partial<T> {
  const skipped = new Set(skip);
  const patch: Partial<T> = {};
  for (const key of Object.keys(current) as (keyof T)[]) {
    if (skipped.has(key)) continue;
    if (normalise(current[key]) !== normalise(initial[key])) patch[key] = current[key];
  }
  return patch;
}

function normalise(v: unknown): unknown {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? null : t;
  }
  return v ?? null;
}
