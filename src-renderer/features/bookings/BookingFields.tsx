import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField } from '../../components/fields';
import type { BookingDraft } from './booking-draft';

type Set = <K extends keyof BookingDraft>(k: K, v: BookingDraft[K]) => void;

/** An October night's 02:xx, which the clocks going back make happen twice. */
const repeatable = (date: string, time: string) => /^\d{4}-10-/.test(date) && time.startsWith('02:');

/** Start and end (date, then a 24-hour time typed as the agent likes), with a hint under the end. */
export function PeriodFields({
  draft,
  set,
  errors,
  disabled,
  onEndTyped,
  endHint,
}: {
  draft: BookingDraft;
  set: Set;
  errors: Record<string, string>;
  disabled: boolean;
  onEndTyped?: () => void;
  endHint?: ReactNode;
}) {
  const { t } = useTranslation();
  const setEnd = (k: 'endDate' | 'endTime', v: string) => {
    onEndTyped?.();
    set(k, v);
  };
  const timeField = (key: 'startTime' | 'endTime', label: string) => (
    <TextField
      label={label}
      name={key}
      value={draft[key]}
      onChange={(v) => (key === 'endTime' ? setEnd(key, v) : set(key, v))}
      inputMode="numeric"
      placeholder="14:30"
      maxLength={5}
      disabled={disabled}
      hint={t('booking.timeHint')}
      testId={`booking-${key}`}
    />
  );
  return (
    <>
      <div className="row row-4">
        <TextField
          label={t('booking.field.startDate')}
          name="startDate"
          type="date"
          value={draft.startDate}
          onChange={(v) => set('startDate', v)}
          error={errors.start}
          required
          disabled={disabled}
          testId="booking-startDate"
        />
        {timeField('startTime', t('booking.field.startTime'))}
        <TextField
          label={t('booking.field.endDate')}
          name="endDate"
          type="date"
          value={draft.endDate}
          onChange={(v) => setEnd('endDate', v)}
          error={errors.end}
          required
          disabled={disabled}
          testId="booking-endDate"
        />
        {timeField('endTime', t('booking.field.endTime'))}
      </div>
      {/* 02:xx happens twice on the last Sunday of October: let the agent say which one. */}
      {repeatable(draft.startDate, draft.startTime) ? (
        <CheckboxField
          label={t('booking.laterStart')}
          name="startLater"
          checked={draft.startLater}
          onChange={(v) => set('startLater', v)}
          disabled={disabled}
          testId="booking-startLater"
        />
      ) : null}
      {repeatable(draft.endDate, draft.endTime) ? (
        <CheckboxField
          label={t('booking.laterEnd')}
          name="endLater"
          checked={draft.endLater}
          onChange={(v) => set('endLater', v)}
          disabled={disabled}
          testId="booking-endLater"
        />
      ) : null}
      {endHint}
    </>
  );
}

/** Purpose, place of use, expected people and, for an option, the day it holds until. */
export function DetailFields({
  draft,
  set,
  errors,
  disabled,
}: {
  draft: BookingDraft;
  set: Set;
  errors: Record<string, string>;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="row row-4">
      <TextField
        label={t('booking.field.purpose')}
        name="purpose"
        value={draft.purpose}
        onChange={(v) => set('purpose', v)}
        error={errors.purpose}
        disabled={disabled}
        testId="booking-purpose"
      />
      <TextField
        label={t('booking.field.placeOfUse')}
        name="placeOfUse"
        value={draft.placeOfUse}
        onChange={(v) => set('placeOfUse', v)}
        error={errors.placeOfUse}
        disabled={disabled}
        testId="booking-placeOfUse"
      />
      <TextField
        label={t('booking.field.expectedPeople')}
        name="expectedPeople"
        inputMode="numeric"
        value={draft.expectedPeople}
        onChange={(v) => set('expectedPeople', v)}
        error={errors.expectedPeople}
        hint={t('booking.peopleHint')}
        disabled={disabled}
        testId="booking-expectedPeople"
      />
      {draft.status === 'option' ? (
        <TextField
          label={t('booking.field.optionExpiresOn')}
          name="optionExpiresOn"
          type="date"
          value={draft.optionExpiresOn}
          onChange={(v) => set('optionExpiresOn', v)}
          error={errors.optionExpiresOn}
          required
          disabled={disabled}
          hint={t('booking.optionHint')}
          testId="booking-optionExpiresOn"
        />
      ) : (
        <span />
      )}
    </div>
  );
}
