import type { Input } from '../../../src-main/api/contract';
import type { OrganisationDetail, OrganisationKind } from '../../../src-main/borrowers/contract';
import { changedFields } from '../../api/patch';

/** What the agent types, kept as typed; empty text goes to the API as '' and it stores null. */
export interface BorrowerForm {
  kind: OrganisationKind;
  name: string;
  rna: string;
  siret: string;
  address: string;
  postcode: string;
  communeName: string;
  communeInsee: string;
  representativeName: string;
  representativeRole: string;
  email: string;
  phone: string;
  notes: string;
  isCentre: boolean;
}

export const BORROWER_PATHS = [
  'kind',
  'name',
  'rna',
  'siret',
  'address',
  'postcode',
  'communeName',
  'communeInsee',
  'representativeName',
  'representativeRole',
  'email',
  'phone',
  'notes',
  'isCentre',
] as const satisfies readonly (keyof BorrowerForm)[];

export function emptyBorrower(): BorrowerForm {
  return {
    kind: 'association',
    name: '',
    rna: '',
    siret: '',
    address: '',
    postcode: '',
    communeName: '',
    communeInsee: '',
    representativeName: '',
    representativeRole: '',
    email: '',
    phone: '',
    notes: '',
    isCentre: false,
  };
}

export function borrowerFromDetail(d: OrganisationDetail): BorrowerForm {
  return {
    kind: d.kind,
    name: d.name,
    rna: d.rna ?? '',
    siret: d.siret ?? '',
    address: d.address ?? '',
    postcode: d.postcode ?? '',
    communeName: d.communeName ?? '',
    communeInsee: d.communeInsee ?? '',
    representativeName: d.representativeName ?? '',
    representativeRole: d.representativeRole ?? '',
    email: d.email ?? '',
    phone: d.phone ?? '',
    notes: d.notes ?? '',
    isCentre: d.isCentre,
  };
}

/** An individual has no RNA, SIRET or representative: those fields are hidden and sent empty. */
export function showsOrganisationFields(kind: OrganisationKind): boolean {
  return kind !== 'individual';
}

type CreateInput = Input<'organisations.create'>;

export function borrowerToInput(f: BorrowerForm): CreateInput & Required<Pick<CreateInput, 'rna' | 'siret'>> {
  const org = showsOrganisationFields(f.kind);
  return {
    ...f,
    rna: org ? f.rna : '',
    siret: org ? f.siret : '',
    representativeName: org ? f.representativeName : '',
    representativeRole: org ? f.representativeRole : '',
  };
}

export function borrowerPatch(initial: BorrowerForm, current: BorrowerForm): Partial<CreateInput> {
  return changedFields(borrowerToInput(initial), borrowerToInput(current));
}
