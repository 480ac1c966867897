import { useTranslation } from 'react-i18next';
import type { BookingWarningDto, SlotDto } from '../../../src-main/bookings/contract';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import { fieldErrorsOf } from '../../api/client';
import { Messages, Notice } from '../../components/Notice';
import { UnavailableNotice } from './Availability';
import { closedDayRefusal } from './use-booking-save';

/** Pickup or return outside opening hours: saved, and said so (the messages come in the agent's language). */
export function WarningsNotice({ warnings, testId }: { warnings: BookingWarningDto[]; testId: string }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Notice tone="warn" testId={testId}>
      <p>
        <strong>{t('bookingWarnings.title')}</strong>
      </p>
      <ul>
        {warnings.map((w) => (
          <li key={w.code} data-testid={`${testId}-${w.code}`}>
            {w.message}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

/**
 * What refused the save, on top of the form: a resource taken (with its free slot), a room on a
 * closed day (with the manager's override when the step allows it), or the messages that have no
 * field of their own.
 */
export function SaveRefusal({
  error,
  other,
  localLines,
  fieldsFlagged,
  onUseSlot,
  onOverride,
}: {
  error: ErrorBody | null;
  other: string[];
  localLines: string | undefined;
  fieldsFlagged: boolean;
  onUseSlot: (slot: SlotDto) => void;
  /** Offered when a manager may override the closed-day refusal. */
  onOverride: (() => void) | null;
}) {
  const { t } = useTranslation();
  const closed = closedDayRefusal(error);
  if (error?.code === 'RESOURCE_UNAVAILABLE')
    return <UnavailableNotice error={error} onUseSlot={onUseSlot} />;
  if (closed)
    return (
      <Notice tone="error" testId="booking-closed-day">
        <p>{closed}</p>
        {onOverride ? (
          <p>
            <button type="button" className="danger" onClick={onOverride} data-testid="booking-override">
              {t('closedDay.override')}
            </button>
          </p>
        ) : null}
        <p className="muted">{t('booking.keptTyped')}</p>
      </Notice>
    );
  if (error && (other.length > 0 || fieldErrorsOf(error).length === 0))
    return (
      <Notice tone="error" testId="booking-error">
        <Messages list={other} fallback={error.message} />
        {error.code !== 'VALIDATION_FAILED' ? <p className="muted">{t('booking.keptTyped')}</p> : null}
      </Notice>
    );
  if (fieldsFlagged)
    return (
      <Notice tone="error" testId="booking-error">
        {localLines ?? t('form.fixFields')}
      </Notice>
    );
  return null;
}
