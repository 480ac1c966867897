import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OccurrenceDto, RecurringResultDto } from '../../../src-main/bookings/contract';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import { useApi } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Messages, Notice } from '../../components/Notice';
import { TextField } from '../../components/fields';
import { formatDateLong, formatDateShort } from '../../format/dates';
import { fieldErrorsOf } from '../../api/client';
import { todayFor, useSession } from '../../shell/session';
import { useToast } from '../../shell/toast';
import { DetailFields } from './BookingFields';
import { BookingLines } from './BookingLines';
import { BorrowerPicker } from './BorrowerPicker';
import { emptyDraft } from './booking-draft';
import { DATE_PATTERN, normaliseTime, useLang } from './desk-format';
import { OccurrenceTable } from './OccurrenceTable';
import { OverrideDialog } from './OverrideDialog';
import {
  emptyRecurring,
  missingFields,
  previewInputOf,
  skipDatesOf,
  verdictOf,
  type RecurringDraft,
} from './recurring-draft';

/**
 * A booking repeated every week (or every 2–4 weeks) on the weekday of its first date: "Vérifier"
 * lists every occurrence with the main side's verdict, then the free ones are created; a manager
 * may include the occurrences that fall on a day the centre is closed.
 */
export function RecurringDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useApi();
  const notify = useToast();
  const { info } = useSession();
  const [draft, setDraft] = useState<RecurringDraft>(() => emptyRecurring(emptyDraft(todayFor(info))));
  const [occurrences, setOccurrences] = useState<OccurrenceDto[] | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [includeClosed, setIncludeClosed] = useState(false);
  const [overriding, setOverriding] = useState(false);
  const [result, setResult] = useState<RecurringResultDto | null>(null);
  const [busy, setBusy] = useState(false);

  // Anything typed after a check makes the list stale: it must be checked again.
  const set = <K extends keyof RecurringDraft>(k: K, v: RecurringDraft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setOccurrences(null);
    setIncludeClosed(false);
    setMissing((m) => m.filter((x) => x !== k && !(k === 'startDate' && x === 'firstDate')));
  };

  const errors: Record<string, string> = {};
  for (const m of missing) errors[m] = t(`recurring.missing.${m}` as 'recurring.missing.lines');
  for (const f of fieldErrorsOf(error)) errors[f.path.split('.')[0] as string] ??= f.message;
  const other = fieldErrorsOf(error).filter(
    (f) =>
      ![
        'borrowerId',
        'firstDate',
        'startTime',
        'endTime',
        'untilDate',
        'purpose',
        'placeOfUse',
        'expectedPeople',
      ].includes(f.path.split('.')[0] as string),
  );

  const verify = async () => {
    const gaps = missingFields(draft);
    setMissing(gaps);
    setResult(null);
    if (gaps.length > 0) return;
    setBusy(true);
    const env = await run('bookings.previewRecurring', previewInputOf(draft));
    setBusy(false);
    if (!env.ok) return setError(env.error);
    setError(null);
    setOccurrences(env.value);
  };

  const create = async (overrideReason: string | null): Promise<ErrorBody | null> => {
    if (!occurrences) return null;
    const input = { ...previewInputOf(draft), skipDates: skipDatesOf(occurrences, overrideReason !== null) };
    setBusy(true);
    const env =
      overrideReason !== null
        ? await run('bookings.createRecurringOverride', { ...input, overrideReason })
        : await run('bookings.createRecurring', input);
    setBusy(false);
    if (!env.ok) {
      if (overrideReason === null) setError(env.error);
      return env.error;
    }
    setError(null);
    setResult(env.value);
    setOccurrences(null);
    notify(t('recurring.created', { count: env.value.bookings.length }));
    onDone();
    return null;
  };

  const free = occurrences?.filter((o) => verdictOf(o) === 'free').length ?? 0;
  const closed = occurrences?.filter((o) => verdictOf(o) === 'closed') ?? [];
  const toCreate = free + (includeClosed ? closed.length : 0);

  return (
    <Dialog open onClose={onClose} title={t('recurring.title')} testId="recurring-dialog" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void verify();
        }}
        onBlur={(e) => {
          const name = e.target instanceof HTMLInputElement ? e.target.name : '';
          if (name === 'startTime' || name === 'endTime') set(name, normaliseTime(draft[name]));
        }}
      >
        {result ? <RecurringResult result={result} /> : null}
        {error && (other.length > 0 || fieldErrorsOf(error).length === 0) ? (
          <Notice tone="error" testId="recurring-error">
            <Messages list={other.map((f) => f.message)} fallback={error.message} />
          </Notice>
        ) : null}
        <div className="row">
          <BorrowerPicker
            value={draft.borrower}
            onChange={(b) => set('borrower', b)}
            error={errors.borrowerId}
            autoFocus
          />
          <div className="field">
            <label htmlFor="recurring-every">{t('recurring.every')}</label>
            <select
              id="recurring-every"
              value={draft.everyWeeks}
              onChange={(e) => set('everyWeeks', Number(e.target.value) as RecurringDraft['everyWeeks'])}
              data-testid="recurring-every"
            >
              {([1, 2, 3, 4] as const).map((n) => (
                <option key={n} value={n}>
                  {t('recurring.everyWeeks', { count: n })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="row row-4">
          <TextField
            label={t('recurring.firstDate')}
            name="firstDate"
            type="date"
            value={draft.startDate}
            onChange={(v) => set('startDate', v)}
            error={errors.firstDate}
            hint={
              DATE_PATTERN.test(draft.startDate)
                ? t('recurring.weekdayHint', { weekday: formatDateLong(draft.startDate, lang).split(' ')[0] })
                : undefined
            }
            required
            testId="recurring-firstDate"
          />
          <TextField
            label={t('booking.field.startTime')}
            name="startTime"
            value={draft.startTime}
            onChange={(v) => set('startTime', v)}
            error={errors.startTime}
            inputMode="numeric"
            placeholder="18:00"
            maxLength={5}
            hint={t('booking.timeHint')}
            required
            testId="recurring-startTime"
          />
          <TextField
            label={t('booking.field.endTime')}
            name="endTime"
            value={draft.endTime}
            onChange={(v) => set('endTime', v)}
            error={errors.endTime}
            inputMode="numeric"
            placeholder="20:00"
            maxLength={5}
            hint={t('recurring.endTimeHint')}
            required
            testId="recurring-endTime"
          />
          <TextField
            label={t('recurring.untilDate')}
            name="untilDate"
            type="date"
            value={draft.untilDate}
            onChange={(v) => set('untilDate', v)}
            error={errors.untilDate}
            hint={t('recurring.untilHint')}
            required
            testId="recurring-untilDate"
          />
        </div>
        <DetailFields
          draft={draft}
          set={(k, v) => set(k, v as RecurringDraft[typeof k])}
          errors={errors}
          disabled={false}
        />
        <BookingLines
          lines={draft.lines}
          onChange={(lines) => set('lines', lines)}
          period={null}
          excludeBookingId={null}
          onUseSlot={() => {}}
          errors={{}}
          readOnly={false}
          showAvailability={false}
        />
        {errors.lines ? <p className="field-error">{errors.lines}</p> : null}
        {occurrences ? (
          <section aria-labelledby="recurring-verdicts" data-testid="recurring-preview">
            <h3 id="recurring-verdicts">
              {t('recurring.previewTitle', { count: occurrences.length, free })}
            </h3>
            <OccurrenceTable occurrences={occurrences} />
            {closed.length > 0 ? (
              <label className="inline-check">
                <input
                  type="checkbox"
                  checked={includeClosed}
                  onChange={(e) => setIncludeClosed(e.target.checked)}
                  data-testid="recurring-include-closed"
                />{' '}
                {t('recurring.includeClosed', { count: closed.length })}
              </label>
            ) : null}
          </section>
        ) : null}
        <div className="dialog-actions sticky-actions">
          <button type="button" onClick={onClose} data-testid="recurring-close">
            {t('common.close')}
          </button>
          <button
            type="submit"
            className={occurrences ? '' : 'primary'}
            disabled={busy}
            data-testid="recurring-verify"
          >
            {t('recurring.verify')}
          </button>
          {occurrences ? (
            <button
              type="button"
              className={includeClosed ? 'danger' : 'primary'}
              disabled={busy || toCreate === 0}
              onClick={() => (includeClosed ? setOverriding(true) : void create(null))}
              data-testid="recurring-create"
            >
              {includeClosed
                ? t('recurring.createWithOverride', { count: toCreate })
                : t('recurring.create', { count: toCreate })}
            </button>
          ) : null}
        </div>
      </form>
      <OverrideDialog
        open={overriding}
        onClose={() => setOverriding(false)}
        title={t('recurring.overrideTitle')}
        refusal={
          <ul>
            {closed.map((o) => (
              <li key={o.date}>{o.closedDay?.message}</li>
            ))}
          </ul>
        }
        submitLabel={t('recurring.createWithOverride', { count: toCreate })}
        testId="recurring-override-dialog"
        onSubmit={(reason) => create(reason)}
      />
    </Dialog>
  );
}

/** How many were created (their numbers) and which dates were left out. */
function RecurringResult({ result }: { result: RecurringResultDto }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Notice tone="ok" testId="recurring-result">
      <p>
        {t('recurring.createdList', {
          count: result.bookings.length,
          ids: result.bookings.map((b) => `n° ${b.id}`).join(', '),
        })}
      </p>
      {result.skipped.length > 0 ? (
        <p data-testid="recurring-skipped">
          {t('recurring.skipped', {
            count: result.skipped.length,
            dates: result.skipped.map((d) => formatDateShort(d, lang)).join(', '),
          })}
        </p>
      ) : null}
    </Notice>
  );
}
