import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import { fieldErrorsOf } from '../../api/client';
import { TextArea, TextField } from '../../components/fields';

/**
 * "This happened earlier": a handover or a return forgotten at a busy desk, recorded at its real
 * time with a reason. The main side checks the rules as of that time and audits the reason.
 */
export interface BackdateDraft {
  on: boolean;
  date: string;
  time: string;
  reason: string;
}

export const backdateDraft = (today: string): BackdateDraft => ({
  on: false,
  date: today,
  time: '',
  reason: '',
});

type Backdate = { at: { date: string; time: string }; backdateReason: string } | Record<string, never>;

/** The input's back-dating fields, or the fields the agent still has to fill. */
export function backdateInput(
  d: BackdateDraft,
): { ok: true; value: Backdate } | { ok: false; missing: BackdateField[] } {
  if (!d.on) return { ok: true, value: {} };
  const missing = (['date', 'time', 'reason'] as const).filter((k) => d[k].trim() === '');
  if (missing.length > 0) return { ok: false, missing: [...missing] };
  return { ok: true, value: { at: { date: d.date, time: d.time }, backdateReason: d.reason.trim() } };
}

type BackdateField = 'date' | 'time' | 'reason';
const SERVER_PATHS: Record<string, BackdateField> = {
  at: 'date',
  'at.date': 'date',
  'at.time': 'time',
  backdateReason: 'reason',
};

/** What to show beside each field: what is still missing here, then what the main side refused. */
export function backdateErrors(
  missing: readonly BackdateField[],
  error: ErrorBody | null,
  t: TFunction,
): Partial<Record<BackdateField, string>> {
  const out: Partial<Record<BackdateField, string>> = {};
  for (const m of missing) out[m] = t('backdate.required');
  for (const f of fieldErrorsOf(error)) {
    const field = SERVER_PATHS[f.path];
    if (field) out[field] ??= f.message;
  }
  return out;
}

export function BackdateFields({
  value: d,
  onChange,
  errors,
  testId,
}: {
  value: BackdateDraft;
  onChange: (d: BackdateDraft) => void;
  errors: Partial<Record<BackdateField, string>>;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section" data-testid={testId}>
      <legend>{t('backdate.legend')}</legend>
      <label className="inline-check">
        <input
          type="checkbox"
          checked={d.on}
          onChange={(e) => onChange({ ...d, on: e.target.checked })}
          data-testid={`${testId}-on`}
        />{' '}
        {t('backdate.on')}
      </label>
      {d.on ? (
        <>
          <p className="field-hint">{t('backdate.hint')}</p>
          <div className="row row-2">
            <TextField
              name="backdateDate"
              type="date"
              label={t('backdate.date')}
              value={d.date}
              onChange={(date) => onChange({ ...d, date })}
              required
              error={errors.date}
              testId={`${testId}-date`}
            />
            <TextField
              name="backdateTime"
              type="time"
              label={t('backdate.time')}
              value={d.time}
              onChange={(time) => onChange({ ...d, time })}
              required
              error={errors.time}
              testId={`${testId}-time`}
            />
          </div>
          <TextArea
            name="backdateReason"
            label={t('backdate.reason')}
            value={d.reason}
            onChange={(reason) => onChange({ ...d, reason })}
            required
            error={errors.reason}
            testId={`${testId}-reason`}
          />
        </>
      ) : null}
    </fieldset>
  );
}
