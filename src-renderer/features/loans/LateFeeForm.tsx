import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import { fieldErrorsOf } from '../../api/client';
import { useApi } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/fields';
import { centsToInput, formatMoney, parseEuros } from '../../format/money';
import { useToast } from '../../shell/toast';
import { useLang } from '../bookings/desk-format';

/**
 * Editing the late fee of a returned loan (loans.setLateFee): the amount and why it was changed,
 * the fee the rules proposed in sight. The server's refusals show beside their field.
 */
export function LateFeeForm({
  bookingId,
  version,
  currentCents,
  proposedCents,
  onCancel,
  onSaved,
}: {
  bookingId: number;
  /** The loan's version (the fee is written on it). */
  version: number;
  currentCents: number | null;
  proposedCents: number | null;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useApi();
  const notify = useToast();
  const [amount, setAmount] = useState(() => centsToInput(currentCents ?? 0, lang));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const parsed = parseEuros(amount);
  const cents = parsed.ok ? parsed.cents : null;
  const byPath = (p: string) => fieldErrorsOf(error).find((f) => f.path === p)?.message;

  const save = async () => {
    if (cents === null) return;
    setBusy(true);
    const env = await run('loans.setLateFee', {
      bookingId,
      version,
      lateFeeCents: cents,
      reason: reason.trim() || null,
    });
    setBusy(false);
    if (!env.ok) return setError(env.error);
    notify(t('settle.lateFee.saved', { amount: formatMoney(cents, lang) }));
    onSaved();
  };

  return (
    <form
      className="form-section"
      data-testid="late-fee-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{t('settle.lateFee.legend')}</h3>
      {error && fieldErrorsOf(error).length === 0 ? <Notice tone="error">{error.message}</Notice> : null}
      <TextField
        label={t('settle.lateFee.amount')}
        name="lateFee"
        value={amount}
        onChange={setAmount}
        inputMode="decimal"
        className="field-money"
        autoFocus
        error={!parsed.ok || cents === null ? t('form.money_invalid') : byPath('lateFeeCents')}
        hint={
          proposedCents === null
            ? undefined
            : t('settle.lateFee.proposed', { amount: formatMoney(proposedCents, lang) })
        }
        testId="late-fee-amount"
      />
      <TextField
        label={t('settle.lateFee.reason')}
        name="lateFeeReason"
        value={reason}
        onChange={setReason}
        error={byPath('reason')}
        testId="late-fee-reason"
      />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} data-testid="late-fee-cancel">
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="primary"
          disabled={busy || cents === null}
          data-testid="late-fee-save"
        >
          {t('settle.lateFee.save')}
        </button>
      </div>
    </form>
  );
}
