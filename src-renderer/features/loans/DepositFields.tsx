import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { DEPOSIT_METHODS, type DepositMethod } from '../../../src-main/deposits/contract';
import type { Input } from '../../../src-main/api/contract';
import { TextField } from '../../components/fields';
import { formatMoney, parseEuros } from '../../format/money';
import { useLang } from '../bookings/desk-format';

export interface DepositDraft {
  amount: string;
  changeReason: string;
  method: DepositMethod;
  chequeNumber: string;
  bank: string;
  drawer: string;
  chequeDate: string;
  waiverReason: string;
}

export function depositDraft(amount: string, today: string): DepositDraft {
  return {
    amount,
    changeReason: '',
    method: 'cheque',
    chequeNumber: '',
    bank: '',
    drawer: '',
    chequeDate: today,
    waiverReason: '',
  };
}

export type DepositInput = NonNullable<Input<'loans.checkout'>['deposit']>;

/** The deposit as deposits.collect takes it, or the message that says what to fix. */
export function depositInput(
  d: DepositDraft,
  defaultCents: number,
): { ok: true; value: DepositInput } | { ok: false; field: string } {
  const parsed = parseEuros(d.amount);
  if (!parsed.ok || parsed.cents === null) return { ok: false, field: 'amount' };
  const changed = parsed.cents !== defaultCents;
  if (changed && d.changeReason.trim() === '') return { ok: false, field: 'changeReason' };
  const method: DepositInput['method'] =
    d.method === 'cheque'
      ? { type: 'cheque', number: d.chequeNumber, bank: d.bank, drawer: d.drawer, date: d.chequeDate }
      : d.method === 'waiver'
        ? { type: 'waiver', reason: d.waiverReason }
        : { type: d.method };
  return {
    ok: true,
    value: {
      ...(changed ? { amountCents: parsed.cents, changeReason: d.changeReason } : {}),
      method,
    },
  };
}

/** What to fix in the field depositInput named. */
export const depositProblem = (field: string, t: TFunction) =>
  field === 'amount' ? t('form.money_invalid') : t('checkout.deposit.changeReasonRequired');

/** Amount (the default proposed), method and, for a cheque, what identifies it: it is held uncashed. */
export function DepositFields({
  value,
  onChange,
  defaultCents,
  errors,
}: {
  value: DepositDraft;
  onChange: (d: DepositDraft) => void;
  defaultCents: number;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const set = <K extends keyof DepositDraft>(k: K, v: DepositDraft[K]) => onChange({ ...value, [k]: v });
  const parsed = parseEuros(value.amount);
  const changed = parsed.ok && parsed.cents !== null && parsed.cents !== defaultCents;
  return (
    <fieldset className="form-section" data-testid="checkout-deposit">
      <legend>{t('checkout.deposit.title')}</legend>
      <div className="row">
        <TextField
          label={t('checkout.deposit.amount')}
          name="depositAmount"
          value={value.amount}
          onChange={(v) => set('amount', v)}
          inputMode="decimal"
          className="field-money"
          hint={t('checkout.deposit.defaultIs', { amount: formatMoney(defaultCents, lang) })}
          error={errors.amount}
          testId="deposit-amount"
        />
        {changed ? (
          <TextField
            label={t('checkout.deposit.changeReason')}
            name="changeReason"
            value={value.changeReason}
            onChange={(v) => set('changeReason', v)}
            required
            error={errors.changeReason}
            testId="deposit-change-reason"
          />
        ) : (
          <span />
        )}
      </div>
      <fieldset className="checks">
        <legend>{t('checkout.deposit.method')}</legend>
        {DEPOSIT_METHODS.map((m) => (
          <label key={m} className="inline-check">
            <input
              type="radio"
              name="deposit-method"
              value={m}
              checked={value.method === m}
              onChange={() => set('method', m)}
              data-testid={`deposit-method-${m}`}
            />{' '}
            {t(`deposits.method.${m}`)}
          </label>
        ))}
      </fieldset>
      {value.method === 'cheque' ? (
        <div className="row row-4">
          <TextField
            label={t('checkout.deposit.chequeNumber')}
            name="chequeNumber"
            value={value.chequeNumber}
            onChange={(v) => set('chequeNumber', v)}
            required
            error={errors['method.number']}
            testId="deposit-cheque-number"
          />
          <TextField
            label={t('checkout.deposit.bank')}
            name="bank"
            value={value.bank}
            onChange={(v) => set('bank', v)}
            required
            error={errors['method.bank']}
            testId="deposit-cheque-bank"
          />
          <TextField
            label={t('checkout.deposit.drawer')}
            name="drawer"
            value={value.drawer}
            onChange={(v) => set('drawer', v)}
            required
            error={errors['method.drawer']}
            testId="deposit-cheque-drawer"
          />
          <TextField
            label={t('checkout.deposit.chequeDate')}
            name="chequeDate"
            type="date"
            value={value.chequeDate}
            onChange={(v) => set('chequeDate', v)}
            required
            error={errors['method.date']}
            testId="deposit-cheque-date"
          />
        </div>
      ) : null}
      {value.method === 'cheque' ? <p className="field-hint">{t('checkout.deposit.heldUncashed')}</p> : null}
      {value.method === 'waiver' ? (
        <TextField
          label={t('checkout.deposit.waiverReason')}
          name="waiverReason"
          value={value.waiverReason}
          onChange={(v) => set('waiverReason', v)}
          required
          error={errors['method.reason']}
          testId="deposit-waiver-reason"
        />
      ) : null}
    </fieldset>
  );
}
