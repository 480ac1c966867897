import { describe, expect, it } from 'vitest';
import { MESSAGES, translate } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('server messages', () => {
  it('say the same things in French and English: same keys, same placeholders', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.fr).sort());
    for (const [key, text] of Object.entries(MESSAGES.fr)) {
      expect(placeholders(MESSAGES.en[key] ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('fill placeholders from the params', () => {
    expect(translate('fr', 'not_found', { entity: 'Ressource', id: 7 })).toBe(
      'Ressource introuvable (n° 7).',
    );
  });
});
