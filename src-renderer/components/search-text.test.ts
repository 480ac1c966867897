import { describe, expect, it } from 'vitest';
import { compareValues, matchesSearch } from './search-text';

describe('matchesSearch', () => {
  it('ignores case and accents', () => {
    expect(matchesSearch('Équipe de sonorisation', 'equipe')).toBe(true);
    expect(matchesSearch('FOYER RURAL', 'foyer rural')).toBe(true);
  });

  it('needs every word, in any order', () => {
    expect(matchesSearch('Minibus 9 places MB-01', 'mb-01 minibus')).toBe(true);
    expect(matchesSearch('Minibus 9 places MB-01', 'minibus tente')).toBe(false);
  });

  it('matches everything on an empty query', () => {
    expect(matchesSearch('x', '   ')).toBe(true);
  });
});

describe('compareValues', () => {
  it('orders numbers by value and text in French order', () => {
    expect([10, 9, 100].sort(compareValues)).toEqual([9, 10, 100]);
    expect(['Zèbre', 'école', 'Eglise', 'abri'].sort(compareValues)).toEqual([
      'abri',
      'école',
      'Eglise',
      'Zèbre',
    ]);
    expect(['Salle 10', 'Salle 9'].sort(compareValues)).toEqual(['Salle 9', 'Salle 10']);
  });
});
