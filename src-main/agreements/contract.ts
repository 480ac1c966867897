/**
 * The frozen agreement: every fact the PDF (next issue) needs, captured in the checkout's
 * transaction so that every print is the same document whatever changes afterwards.
 * Types only: the renderer shows it as is.
 */
export interface FrozenParty {
  name: string;
  kind: string;
  rna: string | null;
  siret: string | null;
  address: string | null;
  postcode: string | null;
  communeName: string | null;
  communeInsee: string | null;
  representativeName: string | null;
  representativeRole: string | null;
}

export interface FrozenLine {
  lineId: number;
  inventoryCode: string;
  name: string;
  kind: 'equipment' | 'room' | 'vehicle';
  quantity: number;
  ownerName: string;
  conditionOut: 'ok' | 'remarks' | null;
  remarksOut: string | null;
  replacementValueCents: number;
  dailyValueCents: number;
  depositCents: number;
  /** Components of a kit line, frozen with their own values. */
  components: { inventoryCode: string; name: string; quantity: number; replacementValueCents: number }[];
  vehicle: {
    registration: string | null;
    seats: number | null;
    licenceCategory: string | null;
    mileageOut: number | null;
    fuelOut: number | null;
    drivers: string[];
  } | null;
  room: { capacity: number | null; keysOut: number | null; access: string | null } | null;
}

export interface FrozenAgreement {
  number: string;
  kind: 'agreement' | 'amendment';
  issuedAt: string;
  lang: 'fr' | 'en';
  termsVersion: number;
  /** The owner when every line has the same owner other than the centre; the centre otherwise. */
  lender: FrozenParty;
  /** The centre, who signs on the owner's behalf, or acts for the owners. */
  centre: FrozenParty;
  lenderIsCentre: boolean;
  borrower: FrozenParty;
  lines: FrozenLine[];
  period: { startsAt: string; endsAt: string };
  purpose: string | null;
  placeOfUse: string | null;
  expectedPeople: number | null;
  deposit: {
    amountCents: number;
    method: 'cheque' | 'cash' | 'transfer' | 'waiver' | null;
    chequeNumber: string | null;
    chequeBank: string | null;
    waived: boolean;
  };
  /** Empty with `insuranceToBeProvided` when a manager overrode the insurance guard. */
  insurance: { insurer: string; policyNumber: string; validFrom: string; validTo: string }[];
  insuranceToBeProvided: boolean;
  /** An amendment that adds or removes lines says which (lines removed no longer appear in `lines`). */
  changes?: {
    added: { lineId: number; name: string; quantity: number }[];
    removed: { lineId: number; name: string; quantity: number }[];
    defaultDepositBeforeCents: number;
    defaultDepositCents: number;
  };
}
