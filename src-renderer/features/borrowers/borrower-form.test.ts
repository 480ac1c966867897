import { describe, expect, it } from 'vitest';
import type { OrganisationDetail } from '../../../src-main/borrowers/contract';
import { borrowerFromDetail, borrowerPatch, borrowerToInput, emptyBorrower } from './borrower-form';

const foyer: OrganisationDetail = {
  id: 4,
  kind: 'association',
  name: 'Foyer rural de Saint-Lys',
  rna: 'W313012345',
  siret: '73282932000074',
  communeName: 'Saint-Lys',
  communeInsee: '31499',
  representativeName: 'Claire Martin',
  isCentre: false,
  insurance: { status: 'valid', validTo: '2026-12-31', daysLeft: 200 },
  suspended: null,
  contactCount: 0,
  ownedResourceCount: 0,
  version: 2,
  address: '1 place de la Mairie',
  postcode: '31470',
  representativeRole: 'Présidente',
  email: null,
  phone: null,
  notes: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  contacts: [],
  certificates: [],
  drivers: [],
  suspensions: [],
  unpaidOwedCents: 0,
};

describe('borrower form', () => {
  it('sends only the changed fields', () => {
    const loaded = borrowerFromDetail(foyer);
    expect(
      borrowerPatch(loaded, { ...loaded, phone: '05 61 00 00 00', name: ' Foyer rural de Saint-Lys ' }),
    ).toEqual({
      phone: '05 61 00 00 00',
    });
  });

  it('empties RNA, SIRET and representative when the borrower becomes an individual', () => {
    const loaded = borrowerFromDetail(foyer);
    expect(borrowerPatch(loaded, { ...loaded, kind: 'individual' })).toEqual({
      kind: 'individual',
      rna: '',
      siret: '',
      representativeName: '',
      representativeRole: '',
    });
  });

  it('keeps the typed SIRET as typed (the API checks it)', () => {
    expect(borrowerToInput({ ...emptyBorrower(), name: 'X', siret: '732 829 320 00075' }).siret).toBe(
      '732 829 320 00075',
    );
  });
});
