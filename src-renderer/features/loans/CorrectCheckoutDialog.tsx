import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/fields';
import { parseInteger } from '../../format/numbers';
import { CorrectionForm, useCorrection } from './CorrectionForm';
import { CorrectionResult } from './CorrectionResult';
import { FUEL_LEVELS, fuelLabel } from './fuel';
import type { LoanActionProps } from './loan-action';
import { loanNumber } from './LoanDialog';

const FIELDS = ['lineId', 'quantity', 'mileageOut', 'fuelOut', 'reason'];

/** A whole number typed, '' when left empty, NaN when not a number. */
const optionalInt = (s: string) => (s.trim() === '' ? '' : (parseInteger(s) ?? Number.NaN));

/**
 * A checkout recorded wrong (73 chairs typed for 37, a mileage typo), corrected with a mandatory
 * reason (loans.correctCheckout): no amendment, the audit log keeps it. Only the figures typed
 * are sent; the main side re-checks them and says what followed.
 */
export function CorrectCheckoutDialog({ booking: b, onClose, onChanged }: LoanActionProps) {
  const { t } = useTranslation();
  const run = useApi();
  const top = b.lines.filter((l) => l.kitLineId === null);
  const [lineId, setLineId] = useState(String(top[0]?.id ?? ''));
  const [quantity, setQuantity] = useState('');
  const [mileage, setMileage] = useState('');
  const [fuel, setFuel] = useState('');
  const c = useCorrection(FIELDS);
  const { shown, done } = c;
  const line = top.find((l) => String(l.id) === lineId);
  const vehicle = line?.kind === 'vehicle';

  const submit = async () => {
    if (!line) return;
    const q = optionalInt(quantity);
    const km = vehicle ? optionalInt(mileage) : '';
    const problems: Record<string, string> = {};
    if (Number.isNaN(q)) problems.quantity = t('loans.correct.number');
    if (Number.isNaN(km)) problems.mileageOut = t('loans.correct.number');
    if (!c.checked(problems)) return;
    const sent = await c.send(
      () =>
        run('loans.correctCheckout', {
          bookingId: b.id,
          version: b.version,
          lineId: line.id,
          ...(q === '' ? {} : { quantity: q }),
          ...(km === '' ? {} : { mileageOut: km }),
          ...(vehicle && fuel !== '' ? { fuelOut: Number(fuel) } : {}),
          reason: c.reason.trim(),
        }),
      (r) => r,
    );
    if (sent) onChanged();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('loans.correct.checkoutTitle', { number: loanNumber(b) })}
      testId="correct-checkout-dialog"
      size="md"
    >
      {done && line ? (
        <CorrectionResult
          result={done}
          message={t('loans.correct.done', { line: line.resourceName })}
          lineId={line.id}
          onClose={onClose}
          testId="correct-checkout"
        />
      ) : (
        <CorrectionForm
          correction={c}
          testId="correct-checkout"
          reasonTestId="correct-reason"
          explain={t('loans.correct.checkoutExplain')}
          onSubmit={() => void submit()}
          onCancel={onClose}
        >
          <SelectField
            label={t('loans.correct.line')}
            name="lineId"
            value={lineId}
            onChange={(v) => {
              // Another line: the refusal was about the previous one.
              setLineId(v);
              c.setError(null);
            }}
            options={top.map((l) => ({
              value: String(l.id),
              label: `${l.inventoryCode} — ${l.resourceName} × ${l.quantity}`,
            }))}
            error={shown.lineId}
            required
            testId="correct-line"
          />
          <TextField
            label={t('loans.correct.quantity')}
            name="quantity"
            value={quantity}
            onChange={setQuantity}
            inputMode="numeric"
            hint={line ? t('loans.correct.quantityHint', { quantity: line.quantity }) : undefined}
            error={shown.quantity}
            testId="correct-quantity"
          />
          {vehicle ? (
            <div className="row">
              <TextField
                label={t('loans.correct.mileageOut')}
                name="mileageOut"
                value={mileage}
                onChange={setMileage}
                inputMode="numeric"
                hint={t('loans.correct.leaveEmpty')}
                error={shown.mileageOut}
                testId="correct-mileage"
              />
              <SelectField
                label={t('loans.correct.fuelOut')}
                name="fuelOut"
                value={fuel}
                onChange={setFuel}
                placeholder={t('loans.correct.unchanged')}
                options={FUEL_LEVELS.map((n) => ({ value: String(n), label: fuelLabel(n, t) }))}
                error={shown.fuelOut}
                testId="correct-fuel"
              />
            </div>
          ) : null}
        </CorrectionForm>
      )}
    </Dialog>
  );
}
