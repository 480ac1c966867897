import { useTranslation } from 'react-i18next';
import type { BookingStatus } from '../../../src-main/bookings/contract';
import { Badge, type Tone } from '../../components/Badge';

const STATUS_TONE: Record<BookingStatus, Tone> = {
  option: 'info',
  confirmed: 'ok',
  checked_out: 'warn',
  returned: 'neutral',
  cancelled: 'neutral',
  lapsed: 'neutral',
};

/** The booking's status in words ('Option', 'Sortie'…), coloured the same everywhere. */
export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={STATUS_TONE[status]} testId={`booking-status-${status}`}>
      {t(`booking.status.${status}`)}
    </Badge>
  );
}

export function OverdueBadge({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  if (!overdue) return null;
  return (
    <Badge tone="danger" testId="overdue-badge">
      {t('booking.overdue')}
    </Badge>
  );
}
