import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDto, SlotDto } from '../../../src-main/bookings/contract';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import { fieldErrorsOf } from '../../api/client';
import { useApi, useQuery } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Messages, Notice } from '../../components/Notice';
import { ReasonDialog } from '../../components/ReasonDialog';
import { TextField } from '../../components/fields';
import { todayFor, useSession } from '../../shell/session';
import { useToast } from '../../shell/toast';
import type { Period } from './Availability';
import { UnavailableNotice } from './Availability';
import { BookingStatusBadge, OverdueBadge } from './badges';
import { BookingLines } from './BookingLines';
import { BorrowerPicker } from './BorrowerPicker';
import {
  changesOf,
  createInputOf,
  draftOf,
  emptyDraft,
  hasChanges,
  lineQuantity,
  type BookingDraft,
} from './booking-draft';
import { DATE_PATTERN, normaliseTime, TIME_PATTERN } from './desk-format';

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
  const title = bookingId === null ? t('booking.newTitle') : t('booking.title', { id: bookingId });
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

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = window.setTimeout(() => setV(value), ms);
    return () => window.clearTimeout(id);
  }, [value, ms]);
  return v;
}

function BookingForm({
  saved: initial,
  onClose,
  onSaved,
  onCheckout,
  onReturn,
}: {
  saved: BookingDto | null;
  onClose: () => void;
  onSaved: (b: BookingDto) => void;
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
  const [error, setError] = useState<ErrorBody | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [cancelling, setCancelling] = useState(false);

  const editable = saved === null || saved.status === 'option' || saved.status === 'confirmed';
  const set = <K extends keyof BookingDraft>(k: K, v: BookingDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  const typedPeriod: Period | null =
    DATE_PATTERN.test(draft.startDate) &&
    DATE_PATTERN.test(draft.endDate) &&
    TIME_PATTERN.test(draft.startTime) &&
    TIME_PATTERN.test(draft.endTime) &&
    `${draft.startDate}T${draft.startTime}` < `${draft.endDate}T${draft.endTime}`
      ? {
          start: { date: draft.startDate, time: draft.startTime },
          end: { date: draft.endDate, time: draft.endTime },
        }
      : null;
  const period = useDebounced(typedPeriod, 250);

  const useSlot = (slot: SlotDto) => {
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

  const submit = async () => {
    if (!validateLocally()) return;
    setBusy(true);
    try {
      if (saved === null) {
        const env = await run('bookings.create', createInputOf(draft));
        if (!env.ok) return setError(env.error);
        notify(t('booking.created', { id: env.value.id }));
        onSaved(env.value);
        onClose();
        return;
      }
      // An existing booking changes one rule-checked step at a time; what succeeded stays saved.
      const changes = changesOf(saved, draft);
      if (!hasChanges(changes)) {
        notify(t('common.nothingToSave'));
        return;
      }
      let current = saved;
      if (Object.keys(changes.patch).length > 0) {
        const env = await run('bookings.update', {
          id: current.id,
          version: current.version,
          ...changes.patch,
        });
        if (!env.ok) return setError(env.error);
        current = env.value;
        setSaved(current);
      }
      for (const lineId of changes.remove) {
        const env = await run('bookings.removeLine', { id: current.id, version: current.version, lineId });
        if (!env.ok) return setError(env.error);
        current = env.value;
        setSaved(current);
      }
      for (const add of changes.add) {
        const before = new Set(current.lines.map((l) => l.id));
        const env = await run('bookings.addLine', {
          id: current.id,
          version: current.version,
          resourceId: add.resourceId,
          quantity: add.quantity,
        });
        if (!env.ok) {
          // Lines re-added after a quantity change are no longer saved: the draft keeps them as new.
          setDraft((d) => ({
            ...d,
            lines: d.lines.map((l) =>
              l.lineId !== null && !current.lines.some((x) => x.id === l.lineId) ? { ...l, lineId: null } : l,
            ),
          }));
          return setError(env.error);
        }
        current = env.value;
        setSaved(current);
        const added = current.lines.find((l) => !before.has(l.id) && l.kitLineId === null);
        if (added)
          setDraft((d) => ({
            ...d,
            lines: d.lines.map((l) => (l.key === add.key ? { ...l, lineId: added.id } : l)),
          }));
      }
      setError(null);
      notify(t('common.saved'));
      onSaved(current);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!saved) return;
    setBusy(true);
    const env = await run('bookings.confirm', { id: saved.id, version: saved.version });
    setBusy(false);
    if (!env.ok) return setError(env.error);
    setSaved(env.value);
    setDraft(draftOf(env.value));
    notify(t('booking.confirmed'));
    onSaved(env.value);
  };

  const timeField = (key: 'startTime' | 'endTime', label: string, name: string) => (
    <TextField
      label={label}
      name={name}
      value={draft[key]}
      onChange={(v) => set(key, v)}
      inputMode="numeric"
      placeholder="14:30"
      maxLength={5}
      disabled={!editable}
      hint={t('booking.timeHint')}
      testId={`booking-${name}`}
    />
  );

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
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
      {error?.code === 'RESOURCE_UNAVAILABLE' ? (
        <UnavailableNotice error={error} onUseSlot={useSlot} />
      ) : error && (other.length > 0 || fieldErrorsOf(error).length === 0) ? (
        <Notice tone="error" testId="booking-error">
          <Messages list={other} fallback={error.message} />
          {error.code !== 'VALIDATION_FAILED' ? <p className="muted">{t('booking.keptTyped')}</p> : null}
        </Notice>
      ) : Object.keys(byField).length > 0 || Object.keys(lineErrors).length > 0 ? (
        <Notice tone="error" testId="booking-error">
          {local.lines ?? t('form.fixFields')}
        </Notice>
      ) : null}
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
      <div className="row row-4">
        <TextField
          label={t('booking.field.startDate')}
          name="startDate"
          type="date"
          value={draft.startDate}
          onChange={(v) => set('startDate', v)}
          error={byField.start}
          required
          disabled={!editable}
          testId="booking-startDate"
        />
        {timeField('startTime', t('booking.field.startTime'), 'startTime')}
        <TextField
          label={t('booking.field.endDate')}
          name="endDate"
          type="date"
          value={draft.endDate}
          onChange={(v) => set('endDate', v)}
          error={byField.end}
          required
          disabled={!editable}
          testId="booking-endDate"
        />
        {timeField('endTime', t('booking.field.endTime'), 'endTime')}
      </div>
      <div className="row row-4">
        <TextField
          label={t('booking.field.purpose')}
          name="purpose"
          value={draft.purpose}
          onChange={(v) => set('purpose', v)}
          error={byField.purpose}
          disabled={!editable}
          testId="booking-purpose"
        />
        <TextField
          label={t('booking.field.placeOfUse')}
          name="placeOfUse"
          value={draft.placeOfUse}
          onChange={(v) => set('placeOfUse', v)}
          error={byField.placeOfUse}
          disabled={!editable}
          testId="booking-placeOfUse"
        />
        <TextField
          label={t('booking.field.expectedPeople')}
          name="expectedPeople"
          inputMode="numeric"
          value={draft.expectedPeople}
          onChange={(v) => set('expectedPeople', v)}
          error={byField.expectedPeople}
          hint={t('booking.peopleHint')}
          disabled={!editable}
          testId="booking-expectedPeople"
        />
        {draft.status === 'option' ? (
          <TextField
            label={t('booking.field.optionExpiresOn')}
            name="optionExpiresOn"
            type="date"
            value={draft.optionExpiresOn}
            onChange={(v) => set('optionExpiresOn', v)}
            error={byField.optionExpiresOn}
            required
            disabled={!editable}
            hint={t('booking.optionHint')}
            testId="booking-optionExpiresOn"
          />
        ) : (
          <span />
        )}
      </div>
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
          <button type="button" onClick={() => void confirm()} disabled={busy} data-testid="booking-confirm">
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
    </form>
  );
}
