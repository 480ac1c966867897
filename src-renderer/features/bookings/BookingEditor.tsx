import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDto, SlotDto } from '../../../src-main/bookings/contract';
import { fieldErrorsOf } from '../../api/client';
import { useApi, useQuery } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { ReasonDialog } from '../../components/ReasonDialog';
import { todayFor, useSession } from '../../shell/session';
import { useToast } from '../../shell/toast';
import type { Period } from './Availability';
import { BookingStatusBadge, OverdueBadge } from './badges';
import { BookingLines } from './BookingLines';
import { BorrowerPicker } from './BorrowerPicker';
import { DetailFields, PeriodFields } from './BookingFields';
import { SaveRefusal, WarningsNotice } from './BookingNotices';
import { draftOf, emptyDraft, lineQuantity, typedPeriodOf, type BookingDraft } from './booking-draft';
import { DATE_PATTERN, normaliseTime, TIME_PATTERN } from './desk-format';
import { OverrideDialog } from './OverrideDialog';
import { useBookingSave, closedDayRefusal } from './use-booking-save';
import { useDebounced } from './use-debounced';
import { ProposedEndHint, useProposedEnd } from './use-proposed-end';

/** Opens a booking (bookingId) or a new one (null) in the booking screen. */
export function BookingEditor({
  bookingId,
  onClose,
  onSaved,
  onCheckout,
  onReturn,
}: {
  bookingId: number | null;
  onClose: () => void;
  onSaved: (b: BookingDto) => void;
  onCheckout?: ((b: BookingDto) => void) | undefined;
  onReturn?: ((b: BookingDto) => void) | undefined;
}) {
  const { t } = useTranslation();
  const existing = useQuery('bookings.get', { id: bookingId ?? 0 }, { skip: bookingId === null });
  // A new booking saved with warnings stays open on what was saved, under its number.
  const [createdId, setCreatedId] = useState<number | null>(null);
  const shownId = bookingId ?? createdId;
  const title = shownId === null ? t('booking.newTitle') : t('booking.title', { id: shownId });
  return (
    <Dialog open onClose={onClose} title={title} testId="booking-dialog" size="lg">
      {bookingId !== null && !existing.data ? (
        existing.error ? (
          <Notice tone="error">{existing.error.message}</Notice>
        ) : (
          <p aria-busy="true">{t('common.loading')}</p>
        )
      ) : (
        <BookingForm
          key={existing.data?.id ?? 'new'}
          saved={existing.data ?? null}
          onClose={onClose}
          onSaved={onSaved}
          onCreated={(b, stay) => (stay ? setCreatedId(b.id) : onClose())}
          onCheckout={onCheckout}
          onReturn={onReturn}
        />
      )}
    </Dialog>
  );
}

const FIELD_PATHS = [
  'borrowerId',
  'start',
  'end',
  'optionExpiresOn',
  'purpose',
  'placeOfUse',
  'expectedPeople',
];

function BookingForm({
  saved: initial,
  onClose,
  onSaved,
  onCreated,
  onCheckout,
  onReturn,
}: {
  saved: BookingDto | null;
  onClose: () => void;
  onSaved: (b: BookingDto) => void;
  onCreated: (b: BookingDto, stay: boolean) => void;
  onCheckout?: ((b: BookingDto) => void) | undefined;
  onReturn?: ((b: BookingDto) => void) | undefined;
}) {
  const { t } = useTranslation();
  const run = useApi();
  const notify = useToast();
  const { info } = useSession();
  const [saved, setSaved] = useState<BookingDto | null>(initial);
  const [draft, setDraft] = useState<BookingDraft>(() =>
    initial ? draftOf(initial) : emptyDraft(todayFor(info)),
  );
  const [local, setLocal] = useState<Record<string, string>>({});
  const [cancelling, setCancelling] = useState(false);
  const [overriding, setOverriding] = useState(false);
  const saving = useBookingSave({ saved, setSaved, draft, setDraft, onSaved, onCreated });
  const { error, setError, busy } = saving;
  const proposedEnd = useProposedEnd(draft, setDraft);

  const editable = saved === null || saved.status === 'option' || saved.status === 'confirmed';
  const set = <K extends keyof BookingDraft>(k: K, v: BookingDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  const typedPeriod: Period | null = typedPeriodOf(draft);
  const period = useDebounced(typedPeriod, 250);

  const useSlot = (slot: SlotDto) => {
    proposedEnd.endTyped();
    setDraft((d) => ({
      ...d,
      startDate: slot.start.date,
      startTime: slot.start.time,
      endDate: slot.end.date,
      endTime: slot.end.time,
    }));
    setError(null);
  };

  // Field errors beside their fields; line errors (lines.N.…) in their row; the rest on top.
  const byField: Record<string, string> = { ...local };
  const lineErrors: Record<number, string> = {};
  const other: string[] = [];
  for (const f of fieldErrorsOf(error)) {
    const line = /^lines\.(\d+)/.exec(f.path);
    const field = FIELD_PATHS.find((p) => f.path === p || f.path.startsWith(`${p}.`));
    if (line) lineErrors[Number(line[1])] ??= f.message;
    else if (field) byField[field] ??= f.message;
    else other.push(f.message);
  }

  const validateLocally = (): boolean => {
    const bad: Record<string, string> = {};
    if (!draft.borrower) bad.borrowerId = t('booking.error.borrower');
    if (!DATE_PATTERN.test(draft.startDate) || !TIME_PATTERN.test(draft.startTime))
      bad.start = t('booking.error.moment');
    if (!DATE_PATTERN.test(draft.endDate) || !TIME_PATTERN.test(draft.endTime))
      bad.end = t('booking.error.moment');
    else if (typedPeriod === null && !bad.start) bad.end = t('booking.error.endBeforeStart');
    if (draft.status === 'option' && !DATE_PATTERN.test(draft.optionExpiresOn))
      bad.optionExpiresOn = t('booking.error.optionExpiry');
    if (draft.lines.length === 0) bad.lines = t('booking.error.noLines');
    if (draft.lines.some((l) => lineQuantity(l) === null)) bad.lines = t('form.integer_invalid');
    setLocal(bad);
    return Object.keys(bad).length === 0;
  };

  return (
    <>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (validateLocally()) void saving.save();
        }}
        onBlur={(e) => {
          // A time typed as '9h30' or '930' reads as 09:30 once the agent leaves the field.
          const name = e.target instanceof HTMLInputElement ? e.target.name : '';
          if (name === 'startTime' || name === 'endTime') set(name, normaliseTime(draft[name]));
        }}
      >
        {saved ? (
          <p className="badges" data-testid="booking-status">
            <BookingStatusBadge status={saved.status} />
            <OverdueBadge overdue={saved.overdue} />
            {saved.agreementNumber ? (
              <span className="muted">{t('booking.agreement', { number: saved.agreementNumber })}</span>
            ) : null}
            {saved.cancelReason ? <span className="muted">{saved.cancelReason}</span> : null}
          </p>
        ) : null}
        <WarningsNotice warnings={saving.warnings} testId="booking-warnings" />
        <SaveRefusal
          error={error}
          other={other}
          localLines={local.lines}
          fieldsFlagged={Object.keys(byField).length > 0 || Object.keys(lineErrors).length > 0}
          onUseSlot={useSlot}
          onOverride={saving.overridable ? () => setOverriding(true) : null}
        />
        <div className="row">
          <BorrowerPicker
            value={draft.borrower}
            onChange={(b) => set('borrower', b)}
            error={byField.borrowerId}
            disabled={saved !== null}
            autoFocus={saved === null}
          />
          <fieldset className="checks" disabled={saved !== null}>
            <legend>{t('booking.field.kind')}</legend>
            {(['confirmed', 'option'] as const).map((s) => (
              <label key={s} className="inline-check">
                <input
                  type="radio"
                  name="booking-status"
                  value={s}
                  checked={draft.status === s}
                  onChange={() => set('status', s)}
                  data-testid={`booking-kind-${s}`}
                />{' '}
                {t(`booking.kind.${s}`)}
              </label>
            ))}
          </fieldset>
        </div>
        <PeriodFields
          draft={draft}
          set={set}
          errors={byField}
          disabled={!editable}
          onEndTyped={proposedEnd.endTyped}
          endHint={<ProposedEndHint proposal={proposedEnd.proposal} />}
        />
        <DetailFields draft={draft} set={set} errors={byField} disabled={!editable} />
        <BookingLines
          lines={draft.lines}
          onChange={(lines) => {
            set('lines', lines);
            setLocal(({ lines: _dropped, ...rest }) => rest);
          }}
          period={period}
          excludeBookingId={saved?.id ?? null}
          onUseSlot={useSlot}
          errors={lineErrors}
          readOnly={!editable}
        />
        <div className="dialog-actions sticky-actions">
          {saved && editable ? (
            <button
              type="button"
              className="danger"
              onClick={() => setCancelling(true)}
              data-testid="booking-cancel"
            >
              {t('booking.cancelBooking')}
            </button>
          ) : null}
          {saved?.status === 'option' ? (
            <button
              type="button"
              onClick={() => void saving.confirm()}
              disabled={busy}
              data-testid="booking-confirm"
            >
              {t('booking.confirm')}
            </button>
          ) : null}
          {saved && onCheckout && editable ? (
            <button type="button" onClick={() => onCheckout(saved)} data-testid="booking-checkout">
              {t('booking.checkout')}
            </button>
          ) : null}
          {saved && onReturn && saved.status === 'checked_out' ? (
            <button type="button" onClick={() => onReturn(saved)} data-testid="booking-return">
              {t('booking.return')}
            </button>
          ) : null}
          <button type="button" onClick={onClose} data-testid="booking-close">
            {t('common.close')}
          </button>
          {editable ? (
            <button type="submit" className="primary" disabled={busy} data-testid="booking-save">
              {saved ? t('common.save') : t('booking.create')}
            </button>
          ) : null}
        </div>
      </form>
      {/* Outside the form: a dialog's own submit must not also save the booking. */}
      <OverrideDialog
        open={overriding}
        onClose={() => setOverriding(false)}
        title={t('closedDay.title')}
        refusal={closedDayRefusal(error)}
        submitLabel={saved ? t('closedDay.submitSave') : t('closedDay.submitCreate')}
        testId="booking-override-dialog"
        onSubmit={(reason) => saving.save(reason)}
      />
      {saved ? (
        <ReasonDialog
          open={cancelling}
          onClose={() => setCancelling(false)}
          title={t('booking.cancelTitle', { id: saved.id })}
          explanation={t('booking.cancelExplain')}
          submitLabel={t('booking.cancelBooking')}
          danger
          testId="booking-cancel-dialog"
          onSubmit={async (reason) => {
            const env = await run('bookings.cancel', { id: saved.id, version: saved.version, reason });
            if (!env.ok) return env.error;
            notify(t('booking.cancelled', { id: saved.id }));
            onSaved(env.value);
            onClose();
            return null;
          }}
        />
      ) : null}
    </>
  );
}
