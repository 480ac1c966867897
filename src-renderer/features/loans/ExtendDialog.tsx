import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDto } from '../../../src-main/bookings/contract';
import { useApi } from '../../api/hooks';
import { ActionForm, RefusalNotice, ResultForm } from '../../components/ActionForm';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { useAction } from '../../components/use-action';
import { TextField } from '../../components/fields';
import { formatDateShort } from '../../format/dates';
import { DATE_PATTERN, normaliseTime, TIME_PATTERN, useLang } from '../bookings/desk-format';
import type { LoanActionProps } from './loan-action';
import { loanNumber } from './LoanDialog';

type Done =
  { kind: 'extended'; booking: BookingDto; amendment: string } | { kind: 'undone'; booking: BookingDto };

/**
 * A new end for a loan out (loans.extend): a refusal (a following booking, the maximum of
 * extensions, the fairness rules) is shown with the main side's reason and the date typed stays;
 * once extended, the new due date and the amendment, and the extension can be undone.
 */
export function ExtendDialog({ booking, onClose, onChanged }: LoanActionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useApi();
  const [date, setDate] = useState(booking.end.date);
  const [time, setTime] = useState(booking.end.time);
  const { error, busy, done, byField, other, general, send } = useAction<Done>(['newEnd']);
  // The moment typed is checked here first: one message above the fields.
  const [local, setLocal] = useState<string | null>(null);
  const endText = (b: BookingDto) => `${formatDateShort(b.end.date, lang)} ${b.end.time}`;

  const extend = async () => {
    const hhmm = normaliseTime(time);
    setTime(hhmm);
    if (!DATE_PATTERN.test(date) || !TIME_PATTERN.test(hhmm)) return setLocal(t('loans.extend.moment'));
    setLocal(null);
    const sent = await send(
      () =>
        run('loans.extend', {
          bookingId: booking.id,
          version: booking.version,
          newEnd: { date, time: hhmm, later: false },
        }),
      (r): Done => ({ kind: 'extended', booking: r.booking, amendment: r.amendmentNumber }),
    );
    if (sent) onChanged();
  };

  const undo = async (from: BookingDto) => {
    const sent = await send(
      () => run('loans.undoExtension', { bookingId: from.id, version: from.version }),
      (r): Done => ({ kind: 'undone', booking: r }),
    );
    if (sent) onChanged();
  };

  // A refusal about the date alone is said beside the date field.
  const refusal =
    error && general ? (
      <RefusalNotice error={error} messages={other} testId="extend-error">
        <p>{t('loans.extend.refused')}</p>
      </RefusalNotice>
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
        <ResultForm
          key={done.kind}
          testId="extend"
          onClose={onClose}
          actions={
            done.kind === 'extended' ? (
              <button
                type="button"
                disabled={busy}
                onClick={() => void undo(done.booking)}
                data-testid="extend-undo"
              >
                {t('loans.extend.undo')}
              </button>
            ) : null
          }
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
        </ResultForm>
      ) : (
        <ActionForm
          testId="extend"
          intro={
            <p data-testid="extend-current">{t('loans.extend.currentEnd', { end: endText(booking) })}</p>
          }
          explain={t('loans.extend.explain')}
          refusal={
            <>
              {refusal}
              {local ? <Notice tone="error">{local}</Notice> : null}
            </>
          }
          submitLabel={t('loans.extend.submit')}
          busy={busy}
          onSubmit={() => void extend()}
          onCancel={onClose}
          actions={
            <button
              type="button"
              disabled={busy}
              onClick={() => void undo(booking)}
              data-testid="extend-undo-last"
            >
              {t('loans.extend.undoLast')}
            </button>
          }
        >
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
        </ActionForm>
      )}
    </Dialog>
  );
}
