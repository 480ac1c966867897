import { describe, expect, it } from 'vitest';
import { centsToInput, formatMoney, parseEuros } from './money';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatMoney', () => {
  it('writes French euros with the narrow no-break space fr-FR uses', () => {
    expect(formatMoney(150000, 'fr')).toBe(`1${NNBSP}500,00${NBSP}€`);
    expect(formatMoney(5, 'fr')).toBe(`0,05${NBSP}€`);
    expect(formatMoney(0, 'fr')).toBe(`0,00${NBSP}€`);
  });

  it('writes English euros with the symbol first', () => {
    expect(formatMoney(150000, 'en')).toBe('€1,500.00');
    expect(formatMoney(1999, 'en')).toBe('€19.99');
  });

  it('keeps every cent of large amounts (no float rounding)', () => {
    expect(formatMoney(9_007_199_254_740_99, 'en')).toBe('€9,007,199,254,740.99');
  });

  it('shows negative balances', () => {
    expect(formatMoney(-1250, 'en')).toBe('-€12.50');
  });

  it('refuses a fractional cent rather than rounding it', () => {
    expect(() => formatMoney(12.5, 'fr')).toThrow(RangeError);
  });
});

describe('parseEuros', () => {
  const ok = (typed: string) => {
    const r = parseEuros(typed);
    if (!r.ok) throw new Error(`refused ${typed}: ${r.reason}`);
    return r.cents;
  };

  it.each([
    ['12,50', 1250],
    ['12.5', 1250],
    ['12', 1200],
    ['1 500', 150000],
    [`1${NNBSP}500,00${NBSP}€`, 150000],
    ['1.500,25', 150025],
    ['1,500.25', 150025],
    ['1.000.000', 100000000],
    [',5', 50],
    ['0,07', 7],
    ['0.29', 29],
    ['0.57', 57],
    ['1.15', 115],
    ['€ 19.99', 1999],
    ['007,10', 710],
  ])('reads %s as %i cents', (typed, cents) => {
    expect(ok(typed)).toBe(cents);
  });

  it('gives null for an empty field', () => {
    expect(ok('  ')).toBeNull();
  });

  it('refuses three decimals instead of guessing', () => {
    expect(parseEuros('12,505')).toEqual({ ok: false, reason: 'too_many_decimals' });
    expect(parseEuros('1,500')).toEqual({ ok: false, reason: 'too_many_decimals' });
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['abc', '12,5,0', '1.50.00', '12a', '1.2345,00', '.', '1,50.000'])
      expect(parseEuros(bad).ok, bad).toBe(false);
    expect(parseEuros('-5')).toEqual({ ok: false, reason: 'negative' });
    expect(parseEuros('1234567890123456').ok).toBe(false);
  });

  it('round-trips what centsToInput writes', () => {
    for (const cents of [0, 1, 99, 1250, 150000, 123456789])
      for (const lang of ['fr', 'en'] as const) expect(ok(centsToInput(cents, lang))).toBe(cents);
    expect(centsToInput(1250, 'fr')).toBe('12,50');
    expect(centsToInput(1250, 'en')).toBe('12.50');
  });
});
