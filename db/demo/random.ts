/** A small seeded generator (mulberry32): the same seed gives the same demo, on every machine. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number): number => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    digits: (n: number): string => Array.from({ length: n }, () => Math.floor(next() * 10)).join(''),
  };
}
export type Random = ReturnType<typeof seeded>;

/** A fictitious but well-formed SIRET: 13 random digits and the Luhn check digit. */
export function fakeSiret(rnd: Random): string {
  const body = '7' + rnd.digits(12);
  for (let check = 0; check <= 9; check++) {
    const s = body + check;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let n = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) {
        n *= 2;
        if (n > 9) n -= 9;
      }
      sum += n;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable: one check digit always satisfies Luhn');
}
