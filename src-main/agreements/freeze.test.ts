import { describe, expect, it } from 'vitest';
import { chooseLender } from './freeze';

describe('who lends', () => {
  const centre = { id: 1, name: 'Centre' };
  const boxing = { id: 7, name: 'Boxing Club' };
  const dance = { id: 9, name: 'École de danse' };
  it.each([
    [
      'every line owned by one member association: it lends, the centre signs for it',
      [boxing, boxing],
      boxing,
      false,
    ],
    ['lines of several owners: the centre lends, acting for them', [boxing, dance], centre, true],
    ['everything owned by the centre', [centre, centre], centre, true],
    ['the centre and one association', [centre, boxing], centre, true],
  ] as const)('%s', (_label, owners, lender, isCentre) => {
    expect(chooseLender([...owners], centre)).toEqual({ lender, lenderIsCentre: isCentre });
  });
});
