import { useTranslation } from 'react-i18next';
import type { PrepareCheckoutDto, PrepareLineDto } from '../../../src-main/loans/contract';
import { CheckoutLineRow, type LineFacts } from '../loans/CheckoutLineRow';
import { DepositFields, type DepositDraft } from '../loans/DepositFields';
import type { PendingPhotos } from '../loans/line-photos';
import { SafetyNotes, safetyNotesOf } from '../loans/SafetyNotes';

/** The handover part of a walk-in: safety notes, each line's condition, the deposit (the checkout dialog's pieces). */
export function WalkInCheckout({
  lines,
  facts,
  onFacts,
  drivers,
  lineErrors,
  photos,
  notesRead,
  onNotesRead,
  notesError,
  deposit,
  onDeposit,
  defaultDepositCents,
  depositErrors,
}: {
  lines: PrepareLineDto[];
  facts: Record<number, LineFacts>;
  onFacts: (line: PrepareLineDto, patch: Partial<LineFacts>) => void;
  drivers: PrepareCheckoutDto['drivers'];
  lineErrors: Record<number, string>;
  photos: PendingPhotos;
  notesRead: boolean;
  onNotesRead: (v: boolean) => void;
  notesError: string | undefined;
  deposit: DepositDraft;
  onDeposit: (d: DepositDraft) => void;
  defaultDepositCents: number;
  depositErrors: Record<string, string>;
}) {
  const { t } = useTranslation();
  // As at checkout: each line's notes and its kit pieces' (the main side describes both).
  const notes = safetyNotesOf(lines);
  return (
    <>
      <SafetyNotes notes={notes} read={notesRead} onRead={onNotesRead} error={notesError} testId="walkin" />
      <fieldset className="form-section">
        <legend>{t('checkout.lines')}</legend>
        {lines.length === 0 ? <p className="muted">{t('walkIn.linesFirst')}</p> : null}
        {lines.map((l) => (
          <CheckoutLineRow
            key={l.lineId}
            line={l}
            facts={facts[l.lineId] as LineFacts}
            onChange={(p) => onFacts(l, p)}
            drivers={drivers}
            error={lineErrors[l.lineId]}
            photos={photos}
          />
        ))}
      </fieldset>
      <DepositFields
        value={deposit}
        onChange={onDeposit}
        defaultCents={defaultDepositCents}
        errors={depositErrors}
      />
    </>
  );
}
