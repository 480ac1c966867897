import { foldForSearch } from '../core/search';
import { describe, expect, it } from 'vitest';
import {
  activeSuspension,
  certificateBadge,
  coversPeriod,
  driverLicenceValid,
  firstUncoveredDate,
  insuranceBadge,
  organisationIssues,
  type CertificateLike,
} from './rules';

const TODAY = '2026-06-05';
const rc = (validFrom: string, validTo: string, coversCivilLiability = true): CertificateLike => ({
  validFrom,
  validTo,
  coversCivilLiability,
});

describe('insuranceBadge (valid_to is the last valid day)', () => {
  it.each([
    ['ends today: still valid, expiring with 0 days left', '2026-06-05', 'expiring', 0],
    ['ended yesterday: expired', '2026-06-04', 'expired', -1],
    ['ends in exactly 30 days: expiring', '2026-07-05', 'expiring', 30],
    ['ends in 31 days: valid', '2026-07-06', 'valid', 31],
    ['ends next year: valid', '2027-06-04', 'valid', 364],
  ] as const)('%s', (_label, validTo, status, daysLeft) => {
    expect(insuranceBadge([rc('2025-06-05', validTo)], TODAY)).toEqual({ status, validTo, daysLeft });
  });

  it('the day after the last valid day is expired', () => {
    expect(insuranceBadge([rc('2025-06-05', '2026-06-05')], '2026-06-06').status).toBe('expired');
  });

  it('starting today counts as covered', () => {
    expect(insuranceBadge([rc('2026-06-05', '2027-06-04')], TODAY).status).toBe('valid');
  });

  it('is none without certificates, with only a future one, or without civil liability', () => {
    const none = { status: 'none', validTo: null, daysLeft: null };
    expect(insuranceBadge([], TODAY)).toEqual(none);
    expect(insuranceBadge([rc('2026-06-06', '2027-06-05')], TODAY)).toEqual(none);
    expect(insuranceBadge([rc('2026-01-01', '2026-12-31', false)], TODAY)).toEqual(none);
  });

  it('chains a renewal that starts the day after: not expiring', () => {
    const badge = insuranceBadge([rc('2025-06-11', '2026-06-10'), rc('2026-06-11', '2027-06-10')], TODAY);
    expect(badge).toEqual({ status: 'valid', validTo: '2027-06-10', daysLeft: 370 });
  });

  it('does not chain across a one-day gap', () => {
    const badge = insuranceBadge([rc('2025-06-11', '2026-06-10'), rc('2026-06-12', '2027-06-10')], TODAY);
    expect(badge).toEqual({ status: 'expiring', validTo: '2026-06-10', daysLeft: 5 });
  });

  it('expired shows the latest past end', () => {
    const badge = insuranceBadge([rc('2024-01-01', '2024-12-31'), rc('2025-01-01', '2025-12-31')], TODAY);
    expect(badge).toEqual({ status: 'expired', validTo: '2025-12-31', daysLeft: -156 });
  });
});

describe('certificateBadge (one certificate, any cover)', () => {
  it.each([
    ['2026-06-06', '2027-06-05', 'upcoming'],
    ['2025-06-05', '2026-06-05', 'expiring'],
    ['2025-06-05', '2026-06-04', 'expired'],
    ['2025-06-05', '2026-07-06', 'valid'],
  ] as const)('%s → %s is %s', (validFrom, validTo, status) => {
    expect(certificateBadge({ validFrom, validTo }, TODAY).status).toBe(status);
  });
});

describe('coversPeriod (civil liability over the whole period, both days inclusive)', () => {
  const yearA = rc('2025-07-01', '2026-06-30');
  it('one certificate covering the period', () => {
    expect(coversPeriod([yearA], '2026-06-10', '2026-06-30')).toBe(true);
  });
  it('a period ending one day after the certificate is not covered', () => {
    expect(coversPeriod([yearA], '2026-06-10', '2026-07-01')).toBe(false);
    expect(firstUncoveredDate([yearA], '2026-06-10', '2026-07-01')).toBe('2026-07-01');
  });
  it('a period starting before the certificate is not covered', () => {
    expect(firstUncoveredDate([yearA], '2025-06-30', '2025-07-05')).toBe('2025-06-30');
  });
  it('consecutive certificates cover a period across the renewal', () => {
    expect(coversPeriod([rc('2026-07-01', '2027-06-30'), yearA], '2026-06-25', '2026-07-05')).toBe(true);
  });
  it('a gap of one day between certificates is not covered', () => {
    const certs = [yearA, rc('2026-07-02', '2027-06-30')];
    expect(coversPeriod(certs, '2026-06-25', '2026-07-05')).toBe(false);
    expect(firstUncoveredDate(certs, '2026-06-25', '2026-07-05')).toBe('2026-07-01');
  });
  it('overlapping certificates chain, whatever their order', () => {
    const certs = [rc('2026-09-01', '2026-12-31'), rc('2026-05-01', '2026-09-15'), yearA];
    expect(coversPeriod(certs, '2026-06-01', '2026-12-31')).toBe(true);
    expect(coversPeriod(certs, '2026-06-01', '2027-01-01')).toBe(false);
  });
  it('a certificate without civil liability does not count', () => {
    expect(coversPeriod([rc('2026-01-01', '2026-12-31', false)], '2026-06-10', '2026-06-12')).toBe(false);
  });
  it('nothing at all is not covered', () => {
    expect(coversPeriod([], '2026-06-10', '2026-06-10')).toBe(false);
  });
});

describe('activeSuspension (endsOn is the last suspended day)', () => {
  const s = (startsOn: string, endsOn: string, liftedAt: string | null = null, reason = 'r') => ({
    startsOn,
    endsOn,
    liftedAt,
    reason,
  });
  it('is active up to and including its last day', () => {
    expect(activeSuspension([s('2026-06-01', '2026-06-05')], TODAY)).not.toBeNull();
    expect(activeSuspension([s('2026-06-01', '2026-06-04')], TODAY)).toBeNull();
  });
  it('is not active before it starts, nor once lifted', () => {
    expect(activeSuspension([s('2026-06-06', '2026-06-30')], TODAY)).toBeNull();
    expect(activeSuspension([s('2026-06-01', '2026-06-30', '2026-06-03T10:00:00Z')], TODAY)).toBeNull();
  });
  it('gives the one that lasts longest when several are in force', () => {
    const found = activeSuspension(
      [s('2026-06-01', '2026-06-20', null, 'a'), s('2026-06-02', '2026-09-01', null, 'b')],
      TODAY,
    );
    expect(found?.reason).toBe('b');
  });
});

describe('driverLicenceValid', () => {
  const d = (licenceCategory: string, licenceExpiry = '2030-01-01') => ({ licenceCategory, licenceExpiry });
  it.each([
    ['B', 'B', true],
    ['D', 'B', true],
    ['D', 'D1', true],
    ['CE', 'BE', true],
    ['DE', 'D1E', true],
    ['B', 'D1', false],
    ['B', 'BE', false],
    ['A', 'B', false],
    ['C1', 'C', false],
    ['A', 'A1', true],
  ])('a %s licence for a vehicle needing %s: %s', (held, required, ok) => {
    expect(driverLicenceValid(d(held), required, '2026-06-05')).toBe(ok);
  });
  it('the expiry day itself is still valid, the day after is not', () => {
    expect(driverLicenceValid(d('B', '2026-06-09'), 'B', '2026-06-09')).toBe(true);
    expect(driverLicenceValid(d('B', '2026-06-09'), 'B', '2026-06-10')).toBe(false);
  });
  it('an unknown category held never qualifies', () => {
    expect(driverLicenceValid(d('Z'), 'B', '2026-06-05')).toBe(false);
  });
});

describe('organisationIssues', () => {
  const base = {
    kind: 'association' as const,
    rna: null,
    siret: null,
    communeName: null,
    communeInsee: null,
    isCentre: false,
  };
  it('an individual carries no RNA nor SIRET', () => {
    expect(
      organisationIssues({ ...base, kind: 'individual', rna: 'W313012345', siret: '73282932000074' }),
    ).toEqual([
      { path: 'rna', code: 'individual_no_rna' },
      { path: 'siret', code: 'individual_no_siret' },
    ]);
    expect(organisationIssues({ ...base, rna: 'W313012345', siret: '73282932000074' })).toEqual([]);
  });
  it('commune name and INSEE code go together', () => {
    expect(organisationIssues({ ...base, communeName: 'Toulouse' })).toEqual([
      { path: 'communeInsee', code: 'commune_incomplete' },
    ]);
    expect(organisationIssues({ ...base, communeInsee: '31555' })).toEqual([
      { path: 'communeName', code: 'commune_incomplete' },
    ]);
    expect(organisationIssues({ ...base, communeName: 'Toulouse', communeInsee: '31555' })).toEqual([]);
  });
});

describe('foldForSearch', () => {
  it('ignores case and accents', () => {
    expect(foldForSearch('Foyer Rural d’Évry-Œuvre')).toBe('foyer rural d’evry-oeuvre');
    expect(foldForSearch('ÇA')).toBe('ca');
  });
});
