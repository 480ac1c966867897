import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import type { ReturnResultDto } from '../../../src-main/loans/contract';
import { useApi, useQuery } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/fields';
import { centsToInput, formatMoney, parseEuros } from '../../format/money';
import { useToast } from '../../shell/toast';
import { useLang } from '../bookings/desk-format';

/** After the return: what it found, the proposed retention (editable), then settle and close. */
export function SettleStep({
  result,
  onClose,
  onDone,
}: {
  result: ReturnResultDto;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useApi();
  const notify = useToast();
  const bookingId = result.booking.id;
  const complete = result.status === 'returned';
  const deposit = useQuery('deposits.get', { bookingId }, { skip: !complete });
  const proposal = useQuery('deposits.proposal', { bookingId }, { skip: !complete });
  const held = deposit.data?.state === 'held';
  const [retained, setRetained] = useState<string | null>(null);
  const [mode, setMode] = useState<'borrower_paid' | 'cheque_cashed'>('borrower_paid');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const retainedText =
    retained ?? centsToInput(proposal.data?.retainedCents ?? result.proposedRetentionCents, lang);
  const parsed = parseEuros(retainedText);
  const retainedCents = parsed.ok ? (parsed.cents ?? 0) : null;
  const partial =
    deposit.data?.method === 'cheque' &&
    retainedCents !== null &&
    retainedCents > 0 &&
    retainedCents < deposit.data.heldCents;

  const settleAndClose = async () => {
    setBusy(true);
    if (held) {
      if (retainedCents === null) {
        setBusy(false);
        return;
      }
      const env = await run('deposits.settle', {
        bookingId,
        retainedCents,
        mode: partial ? mode : null,
        incidentIds: result.incidents.map((i) => i.id),
        note: note.trim() || null,
      });
      if (!env.ok) {
        setBusy(false);
        return setError(env.error);
      }
    }
    const closed = await run('loans.close', { bookingId });
    setBusy(false);
    if (!closed.ok) return setError(closed.error);
    notify(t('returnLoan.closed'));
    onDone();
  };

  return (
    <div data-testid="return-result">
      <Notice tone={complete ? 'ok' : 'info'}>
        {complete ? t('returnLoan.allBack') : t('returnLoan.partial')}
      </Notice>
      <dl className="facts">
        <dt>{t('returnLoan.lateDays')}</dt>
        <dd data-testid="return-late-days">{result.lateDays ?? '—'}</dd>
        <dt>{t('returnLoan.lateFee')}</dt>
        <dd data-testid="return-late-fee">
          {result.proposedLateFeeCents === null ? '—' : formatMoney(result.proposedLateFeeCents, lang)}
        </dd>
        {result.proposedSuspensionDays ? (
          <>
            <dt>{t('returnLoan.suspension')}</dt>
            <dd>{t('deposits.days', { count: result.proposedSuspensionDays })}</dd>
          </>
        ) : null}
        <dt>{t('returnLoan.proposedRetention')}</dt>
        <dd data-testid="return-proposed-retention">{formatMoney(result.proposedRetentionCents, lang)}</dd>
      </dl>
      {result.incidents.length > 0 ? (
        <section className="panel" data-testid="return-incidents">
          <h3>{t('incidents.title')}</h3>
          <ul>
            {result.incidents.map((i) => (
              <li key={i.id}>
                {t(`incidents.kind.${i.kind}`)} — {i.resourceName} × {i.quantity} :{' '}
                {formatMoney(i.estimateCents, lang)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      {complete && held && deposit.data ? (
        <fieldset className="form-section" data-testid="settle-form">
          <legend>
            {t('returnLoan.settleTitle', { amount: formatMoney(deposit.data.heldCents, lang) })}
          </legend>
          <TextField
            label={t('returnLoan.retained')}
            name="retained"
            value={retainedText}
            onChange={setRetained}
            inputMode="decimal"
            className="field-money"
            error={parsed.ok ? undefined : t('form.money_invalid')}
            hint={
              retainedCents !== null
                ? t('returnLoan.handedBack', {
                    amount: formatMoney(Math.max(0, deposit.data.heldCents - retainedCents), lang),
                  })
                : undefined
            }
            testId="settle-retained"
          />
          {partial ? (
            <fieldset className="checks">
              <legend>{t('returnLoan.partialCheque')}</legend>
              {(['borrower_paid', 'cheque_cashed'] as const).map((m) => (
                <label key={m} className="inline-check">
                  <input
                    type="radio"
                    name="settle-mode"
                    checked={mode === m}
                    onChange={() => setMode(m)}
                    data-testid={`settle-mode-${m}`}
                  />{' '}
                  {t(`returnLoan.mode.${m}`)}
                </label>
              ))}
            </fieldset>
          ) : null}
          <TextField
            label={t('returnLoan.settleNote')}
            name="note"
            value={note}
            onChange={setNote}
            testId="settle-note"
          />
        </fieldset>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-testid="settle-later">
          {complete ? t('returnLoan.settleLater') : t('common.close')}
        </button>
        {complete ? (
          <button
            type="button"
            className="primary"
            disabled={busy || (held && retainedCents === null)}
            onClick={() => void settleAndClose()}
            autoFocus
            data-testid="settle-submit"
          >
            {held ? t('returnLoan.settleAndClose') : t('returnLoan.close')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
