import { useTranslation } from 'react-i18next';
import type { CalendarHoldDto } from '../../../src-main/bookings/contract';
import { BookingStatusBadge, OverdueBadge } from '../bookings/badges';
import { formatPeriod, useLang } from '../bookings/desk-format';

/**
 * One hold in a day cell: borrower, the times that fall on that day, status in words. A button,
 * so the keyboard reaches it; its accessible name says the whole booking.
 */
export function HoldBlock({
  hold,
  day,
  onOpen,
}: {
  hold: CalendarHoldDto;
  day: string;
  onOpen: (bookingId: number) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const from = hold.start.date === day ? hold.start.time : '…';
  const to = hold.end.date === day ? hold.end.time : '…';
  const allDay = hold.start.date < day && day < hold.end.date;
  const status = t(`booking.status.${hold.status}`);
  return (
    <button
      type="button"
      className={`hold hold-${hold.status}${hold.overdue ? ' hold-overdue' : ''}`}
      onClick={() => onOpen(hold.bookingId)}
      aria-label={t('planning.week.openHold', {
        id: hold.bookingId,
        borrower: hold.borrowerName,
        period: formatPeriod(hold.start, hold.end, lang),
        status: hold.overdue ? `${status}, ${t('booking.overdue')}` : status,
      })}
      data-testid={`hold-${hold.bookingId}-${day}`}
    >
      <span className="hold-times">{allDay ? t('planning.week.allDay') : `${from}–${to}`}</span>
      <span className="hold-borrower">{hold.borrowerName}</span>
      {hold.quantity > 1 ? <span className="hold-qty">× {hold.quantity}</span> : null}
      <span className="hold-status">
        <BookingStatusBadge status={hold.status} />
        <OverdueBadge overdue={hold.overdue} />
      </span>
    </button>
  );
}
