import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDto } from '../../../src-main/bookings/contract';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import { splitFieldErrors } from '../../api/client';
import { useApi } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Messages, Notice } from '../../components/Notice';
import { TextField } from '../../components/fields';
import { formatDateShort } from '../../format/dates';
import { DATE_PATTERN, normaliseTime, TIME_PATTERN, useLang } from '../bookings/desk-format';
import { loanNumber } from './LoanDialog';

type Done =
  { kind: 'extended'; booking: BookingDto; amendment: string } | { kind: 'undone'; booking: BookingDto };

/**
 * A new end for a loan out (loans.extend): a refusal (a following booking, the maximum of
 * extensions, the fairness rules) is shown with the main side's reason and the date typed stays;
 * once extended, the new due date and the amendment, and the extension can be undone.
 */
export function ExtendDialog({
  booking,
  onClose,
  onChanged,
}: {
  booking: BookingDto;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useApi();
  const [date, setDate] = useState(booking.end.date);
  const [time, setTime] = useState(booking.end.time);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const { byField, other } = splitFieldErrors(error, ['newEnd']);
  const endText = (b: BookingDto) => `${formatDateShort(b.end.date, lang)} ${b.end.time}`;

  const extend = async () => {
    const hhmm = normaliseTime(time);
    setTime(hhmm);
    if (!DATE_PATTERN.test(date) || !TIME_PATTERN.test(hhmm)) return setLocal(t('loans.extend.moment'));
    setLocal(null);
    setBusy(true);
    const env = await run('loans.extend', {
      bookingId: booking.id,
      version: booking.version,
      newEnd: { date, time: hhmm, later: false },
    });
    setBusy(false);
    if (!env.ok) return setError(env.error);
    setError(null);
    setDone({ kind: 'extended', booking: env.value.booking, amendment: env.value.amendmentNumber });
    onChanged();
  };

  const undo = async (from: BookingDto) => {
    setBusy(true);
    const env = await run('loans.undoExtension', { bookingId: from.id, version: from.version });
    setBusy(false);
    if (!env.ok) return setError(env.error);
    setError(null);
    setDone({ kind: 'undone', booking: env.value });
    onChanged();
  };

  // A refusal about the date alone is said beside the date field.
  const refusal =
    error && (other.length > 0 || !byField.newEnd) ? (
      <Notice tone="error" testId="extend-error">
        <p>{t('loans.extend.refused')}</p>
        <Messages list={other} fallback={error.message} />
      </Notice>
    ) : null;

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('loans.extend.title', { number: loanNumber(booking) })}
      testId="extend-dialog"
      size="sm"
    >
      {done ? (
        // A new form per result, so its « Fermer » takes the focus (the undo button is gone).
        <form
          key={done.kind}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            onClose();
          }}
        >
          {done.kind === 'extended' ? (
            <Notice tone="ok" testId="extend-done">
              {t('loans.extend.done', { end: endText(done.booking), amendment: done.amendment })}
            </Notice>
          ) : (
            <Notice tone="ok" testId="extend-undone">
              {t('loans.extend.undone', { end: endText(done.booking) })}
            </Notice>
          )}
          {refusal}
          <div className="dialog-actions">
            {done.kind === 'extended' ? (
              <button
                type="button"
                disabled={busy}
                onClick={() => void undo(done.booking)}
                data-testid="extend-undo"
              >
                {t('loans.extend.undo')}
              </button>
            ) : null}
            <button type="submit" className="primary" autoFocus data-testid="extend-close">
              {t('common.close')}
            </button>
          </div>
        </form>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void extend();
          }}
        >
          <p data-testid="extend-current">{t('loans.extend.currentEnd', { end: endText(booking) })}</p>
          <p className="muted">{t('loans.extend.explain')}</p>
          {refusal}
          {local ? <Notice tone="error">{local}</Notice> : null}
          <div className="row">
            <TextField
              label={t('loans.extend.newDate')}
              name="newEndDate"
              type="date"
              value={date}
              onChange={setDate}
              error={byField.newEnd}
              required
              autoFocus
              testId="extend-date"
            />
            <TextField
              label={t('loans.extend.newTime')}
              name="newEndTime"
              value={time}
              onChange={setTime}
              hint={t('booking.timeHint')}
              required
              inputMode="numeric"
              maxLength={5}
              testId="extend-time"
            />
          </div>
          <div className="dialog-actions">
            <button
              type="button"
              disabled={busy}
              onClick={() => void undo(booking)}
              data-testid="extend-undo-last"
            >
              {t('loans.extend.undoLast')}
            </button>
            <button type="button" onClick={onClose} data-testid="extend-cancel">
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary" disabled={busy} data-testid="extend-submit">
              {t('loans.extend.submit')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
