import { describe, expect, it } from 'vitest';
import { evaluateGuards, remainingAfterOverride, type GuardFacts } from './guards';

const base: GuardFacts = {
  unavailable: [],
  fromDate: '2026-06-06',
  toDate: '2026-06-08',
  onDate: '2026-06-06',
  certificates: [{ coversCivilLiability: true, validFrom: '2026-01-01', validTo: '2026-12-31' }],
  suspensions: [],
  overdueLoans: [],
  vehicles: [],
  deposit: { state: 'held', amountCents: 60000 },
};
const codes = (f: Partial<GuardFacts>) =>
  evaluateGuards({ ...base, ...f }).map((g) => `${g.guard}:${g.code}`);

describe('checkout guards', () => {
  it.each<[string, Partial<GuardFacts>, string[]]>([
    ['all pass', {}, []],
    [
      'a resource unavailable',
      { unavailable: [{ resourceName: 'Minibus', detail: 'booking #4' }] },
      ['1:resource_unavailable'],
    ],
    ['no certificate', { certificates: [] }, ['2:insurance_missing']],
    [
      'certificate expires during the loan',
      { certificates: [{ coversCivilLiability: true, validFrom: '2026-01-01', validTo: '2026-06-07' }] },
      ['2:insurance_gap'],
    ],
    [
      'two consecutive certificates cover the whole period',
      {
        certificates: [
          { coversCivilLiability: true, validFrom: '2025-06-08', validTo: '2026-06-07' },
          { coversCivilLiability: true, validFrom: '2026-06-08', validTo: '2027-06-07' },
        ],
      },
      [],
    ],
    [
      'a certificate without civil liability does not count',
      { certificates: [{ coversCivilLiability: false, validFrom: '2026-01-01', validTo: '2026-12-31' }] },
      ['2:insurance_missing'],
    ],
    [
      'suspended on the checkout day',
      { suspensions: [{ reason: 'retard', startsOn: '2026-06-01', endsOn: '2026-06-06', liftedAt: null }] },
      ['3:borrower_suspended'],
    ],
    [
      'suspension lifted',
      {
        suspensions: [
          {
            reason: 'retard',
            startsOn: '2026-06-01',
            endsOn: '2026-06-30',
            liftedAt: '2026-06-02T10:00:00Z',
          },
        ],
      },
      [],
    ],
    [
      'an overdue loan elsewhere',
      { overdueLoans: [{ bookingId: 3, agreementNumber: '2026-0007' }] },
      ['3:borrower_overdue'],
    ],
    [
      'a vehicle without a named driver',
      { vehicles: [{ resourceName: 'Minibus', licenceCategory: 'B', drivers: [] }] },
      ['4:driver_missing'],
    ],
    [
      'a licence expiring before the end date',
      {
        vehicles: [
          {
            resourceName: 'Minibus',
            licenceCategory: 'B',
            drivers: [{ name: 'Léa', licenceCategory: 'B', licenceExpiry: '2026-06-07' }],
          },
        ],
      },
      ['4:driver_licence_invalid'],
    ],
    [
      'a licence valid on the end date',
      {
        vehicles: [
          {
            resourceName: 'Minibus',
            licenceCategory: 'B',
            drivers: [{ name: 'Léa', licenceCategory: 'B', licenceExpiry: '2026-06-08' }],
          },
        ],
      },
      [],
    ],
    [
      'a deposit still expected',
      { deposit: { state: 'expected', amountCents: 60000 } },
      ['5:deposit_not_collected'],
    ],
    ['a waived deposit', { deposit: { state: 'waived', amountCents: 60000 } }, []],
    ['nothing to collect', { deposit: { state: 'expected', amountCents: 0 } }, []],
  ])('%s', (_label, facts, expected) => {
    expect(codes(facts)).toEqual(expected);
  });

  it('lets a manager override guards 2, 3 and 5 but never 1 or 4', () => {
    const failures = evaluateGuards({
      ...base,
      unavailable: [{ resourceName: 'Minibus', detail: '' }],
      certificates: [],
      overdueLoans: [{ bookingId: 1, agreementNumber: null }],
      vehicles: [{ resourceName: 'Minibus', licenceCategory: 'B', drivers: [] }],
      deposit: { state: 'expected', amountCents: 100 },
    });
    expect(remainingAfterOverride(failures, [1, 2, 3, 4, 5]).map((g) => g.guard)).toEqual([1, 4]);
  });
});
