import { describe, expect, it } from 'vitest';
import { eurosText, limitsToInput, limitsToText, readEuros } from './settings-form';

const FIELDS = ['maxAdvanceDays', 'maxDurationDays'] as const;

describe('settings form values', () => {
  it('shows no limit as an empty field and reads it back as null', () => {
    const text = limitsToText({ maxAdvanceDays: null, maxDurationDays: 14 }, FIELDS);
    expect(text).toEqual({ maxAdvanceDays: '', maxDurationDays: '14' });
    expect(limitsToInput(text, FIELDS)).toEqual({
      value: { maxAdvanceDays: null, maxDurationDays: 14 },
      invalid: [],
    });
  });

  it('names the fields whose text is not a whole number, and passes out-of-range numbers on to the API', () => {
    expect(limitsToInput({ maxAdvanceDays: '1,5', maxDurationDays: '0' }, FIELDS)).toEqual({
      value: { maxAdvanceDays: null, maxDurationDays: 0 },
      invalid: ['maxAdvanceDays'],
    });
    expect(limitsToInput({ maxAdvanceDays: 'abc', maxDurationDays: ' 1 200 ' }, FIELDS)).toEqual({
      value: { maxAdvanceDays: null, maxDurationDays: 1200 },
      invalid: ['maxAdvanceDays'],
    });
  });

  it('reads euros into cents and says why an amount cannot be read', () => {
    expect(readEuros('2,50')).toEqual({ ok: true, cents: 250 });
    expect(readEuros('')).toEqual({ ok: true, cents: null });
    expect(readEuros('2,505')).toEqual({ ok: false, issue: 'money_decimals' });
    expect(readEuros('deux')).toEqual({ ok: false, issue: 'money_invalid' });
    expect(readEuros('-3')).toEqual({ ok: false, issue: 'money_invalid' });
  });

  it('writes cents back as the agent types them', () => {
    expect(eurosText(3000, 'fr')).toBe('30,00');
    expect(eurosText(3000, 'en')).toBe('30.00');
    expect(eurosText(null, 'fr')).toBe('');
  });
});
