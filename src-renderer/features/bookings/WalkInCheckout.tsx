import { useTranslation } from 'react-i18next';
import type { PrepareCheckoutDto, PrepareLineDto } from '../../../src-main/loans/contract';
import { Notice } from '../../components/Notice';
import { CheckoutLineRow, type LineFacts } from '../loans/CheckoutLineRow';
import { DepositFields, type DepositDraft } from '../loans/DepositFields';
import type { PendingPhotos } from '../loans/line-photos';

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
  const notes = lines.filter((l) => l.safetyNotes);
  return (
    <>
      {notes.length > 0 ? (
        <Notice tone="warn" testId="walkin-safety-notes">
          <p>
            <strong>{t('checkout.safetyNotes')}</strong>
          </p>
          <ul>
            {notes.map((l) => (
              <li key={l.lineId}>
                <strong>{l.name}</strong> : {l.safetyNotes}
              </li>
            ))}
          </ul>
          <label className="inline-check">
            <input
              type="checkbox"
              checked={notesRead}
              onChange={(e) => onNotesRead(e.target.checked)}
              aria-invalid={Boolean(notesError)}
              data-testid="walkin-notes-read"
            />{' '}
            {t('checkout.notesRead')}
          </label>
          {notesError ? <p className="field-error">{notesError}</p> : null}
        </Notice>
      ) : null}
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
