import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import type { ReturnResultDto } from '../../../src-main/loans/contract';
import { useApi, useQuery } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/fields';
import { formatDateLong } from '../../format/dates';
import { centsToInput, formatMoney, parseEuros } from '../../format/money';
import { useToast } from '../../shell/toast';
import { useLang } from '../bookings/desk-format';
import { ApplySuspensionDialog } from './ApplySuspension';
import { LateFeeForm } from './LateFeeForm';

/**
 * A returned loan's settlement: what the return found, the late fee (editable), the suspension
 * proposed (applied on demand), the retention proposed from deposits.proposal (editable), then the
 * deposit settled and the loan closed. Right after a return it also shows that return's result;
 * later (from the loan or the deposit) it reads everything from the loan itself.
 */
export function SettleStep({
  bookingId,
  result = null,
  onClose,
  onDone,
}: {
  bookingId: number;
  /** The return just recorded, when settling right after it. */
  result?: ReturnResultDto | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useApi();
  const notify = useToast();
  const booking = useQuery('bookings.get', { id: bookingId });
  const b = booking.data ?? result?.booking;
  const complete = (result?.status ?? b?.status) === 'returned';
  const closed = Boolean(b?.closedAt);
  const deposit = useQuery('deposits.get', { bookingId }, { skip: !complete });
  const proposal = useQuery('deposits.proposal', { bookingId }, { skip: !complete });
  const lateness = useQuery('lateness.ofLoan', { bookingId }, { skip: !complete });
  const held = deposit.data?.state === 'held';
  const [retained, setRetained] = useState<string | null>(null);
  const [mode, setMode] = useState<'borrower_paid' | 'cheque_cashed'>('borrower_paid');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const [editingFee, setEditingFee] = useState(false);
  const [suspending, setSuspending] = useState(false);
  const proposedRetention = proposal.data?.retainedCents ?? result?.proposedRetentionCents ?? 0;
  const retainedText = retained ?? centsToInput(proposedRetention, lang);
  const parsed = parseEuros(retainedText);
  const retainedCents = parsed.ok ? (parsed.cents ?? 0) : null;
  const partial =
    deposit.data?.method === 'cheque' &&
    retainedCents !== null &&
    retainedCents > 0 &&
    retainedCents < deposit.data.heldCents;
  const lateDays = lateness.data?.lateDays ?? result?.lateDays ?? null;
  const feeCents = lateness.data?.currentFeeCents ?? result?.proposedLateFeeCents ?? null;
  const suspensionDays = lateness.data?.suspensionDays ?? result?.proposedSuspensionDays ?? 0;
  const open = complete && !closed;
  // Whether the borrower is already suspended (by this loan's suspension or another).
  const borrower = useQuery(
    'organisations.get',
    { id: b?.borrowerId ?? 0 },
    { skip: !b || !complete || suspensionDays === 0 },
  );
  const suspended = borrower.data?.suspensions.find((x) => x.status === 'active') ?? null;
  const canEditFee = open && Boolean(b) && !editingFee && ((lateDays ?? 0) > 0 || (feeCents ?? 0) > 0);
  const canSuspend = Boolean(b) && complete && suspensionDays > 0 && Boolean(borrower.data) && !suspended;
  const number = b?.agreementNumber ?? `#${bookingId}`;

  const feeSaved = () => {
    setEditingFee(false);
    setRetained(null); // the retention proposed again with the new fee
    booking.reload();
    proposal.reload();
    lateness.reload();
  };

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
        incidentIds: (proposal.data?.incidents ?? result?.incidents ?? []).map((i) => i.id),
        note: note.trim() || null,
      });
      if (!env.ok) {
        setBusy(false);
        return setError(env.error);
      }
      deposit.reload();
    }
    const done = await run('loans.close', { bookingId });
    setBusy(false);
    if (!done.ok) return setError(done.error);
    notify(t('returnLoan.closed'));
    onDone();
  };

  return (
    <div data-testid="return-result">
      {result ? (
        <Notice tone={complete ? 'ok' : 'info'}>
          {complete ? t('returnLoan.allBack') : t('returnLoan.partial')}
        </Notice>
      ) : null}
      {!result && b && !complete ? <Notice tone="info">{t('settle.notReturned')}</Notice> : null}
      {closed ? <Notice tone="ok">{t('settle.alreadyClosed')}</Notice> : null}
      <dl className="facts">
        <dt>{t('returnLoan.lateDays')}</dt>
        <dd data-testid="return-late-days">{lateDays ?? '—'}</dd>
        <dt>{t('settle.lateFee.legend')}</dt>
        <dd data-testid="return-late-fee">{feeCents === null ? '—' : formatMoney(feeCents, lang)}</dd>
        {suspensionDays > 0 ? (
          <>
            <dt>{t('returnLoan.suspension')}</dt>
            <dd data-testid="return-suspension">{t('deposits.days', { count: suspensionDays })}</dd>
          </>
        ) : null}
        <dt>{t('returnLoan.proposedRetention')}</dt>
        <dd data-testid="return-proposed-retention">{formatMoney(proposedRetention, lang)}</dd>
      </dl>
      {suspended ? (
        <Notice tone="warn" testId="suspension-active">
          {t('settle.suspension.active', { date: formatDateLong(suspended.endsOn, lang) })}
        </Notice>
      ) : null}
      {canEditFee || canSuspend ? (
        <div className="button-row">
          {canEditFee ? (
            <button type="button" onClick={() => setEditingFee(true)} data-testid="late-fee-edit">
              {t('settle.lateFee.edit')}
            </button>
          ) : null}
          {canSuspend ? (
            <button
              type="button"
              className="danger"
              onClick={() => setSuspending(true)}
              data-testid="suspension-apply"
            >
              {t('settle.suspension.apply')}
            </button>
          ) : null}
        </div>
      ) : null}
      {editingFee && b ? (
        <LateFeeForm
          bookingId={bookingId}
          version={b.version}
          currentCents={feeCents}
          proposedCents={lateness.data?.feeCents ?? null}
          onCancel={() => setEditingFee(false)}
          onSaved={feeSaved}
        />
      ) : null}
      <Incidents result={result} proposed={proposal.data?.incidents ?? []} />
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      {open && held && deposit.data ? (
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
          {!result ? t('common.cancel') : complete ? t('returnLoan.settleLater') : t('common.close')}
        </button>
        {open && !deposit.loading ? (
          <button
            type="button"
            className="primary"
            disabled={busy || (held && retainedCents === null)}
            onClick={() => void settleAndClose()}
            autoFocus={Boolean(result)}
            data-testid="settle-submit"
          >
            {held ? t('returnLoan.settleAndClose') : t('returnLoan.close')}
          </button>
        ) : null}
      </div>
      {suspending && b ? (
        <ApplySuspensionDialog
          borrowerId={b.borrowerId}
          borrowerName={b.borrowerName}
          loanNumber={number}
          proposedDays={suspensionDays}
          onClose={() => setSuspending(false)}
          onApplied={borrower.reload}
        />
      ) : null}
    </div>
  );
}

/** The incidents the return opened (just now), or every incident the retention counts (later). */
function Incidents({
  result,
  proposed,
}: {
  result: ReturnResultDto | null;
  proposed: { id: number; description: string; costCents: number }[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const items = result
    ? result.incidents.map((i) => ({
        id: i.id,
        text: `${t(`incidents.kind.${i.kind}`)} — ${i.resourceName} × ${i.quantity}`,
        cents: i.estimateCents,
      }))
    : proposed.map((i) => ({ id: i.id, text: i.description, cents: i.costCents }));
  if (items.length === 0) return null;
  return (
    <section className="panel" data-testid="return-incidents">
      <h3>{t('incidents.title')}</h3>
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            {i.text} : {formatMoney(i.cents, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}
