import { useTranslation } from 'react-i18next';
import type {
  AvailabilityCheckDto,
  ConflictDto,
  ResourceVerdictDto,
  SlotDto,
  UnavailableDetails,
} from '../../../src-main/bookings/contract';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import { useQuery } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { Notice } from '../../components/Notice';
import { formatPeriod, useLang } from './desk-format';

export interface Period {
  start: { date: string; time: string };
  end: { date: string; time: string };
}

/** The live verdict of one line for the period being typed. */
export function LineAvailability({
  resourceId,
  quantity,
  period,
  excludeBookingId,
  onUseSlot,
  testId,
}: {
  resourceId: number;
  quantity: number | null;
  period: Period | null;
  excludeBookingId: number | null;
  onUseSlot: (slot: SlotDto) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const ready = period !== null && quantity !== null;
  const check = useQuery(
    'availability.check',
    {
      resourceId,
      quantity: quantity ?? 1,
      start: period?.start ?? { date: '2000-01-01', time: '00:00' },
      end: period?.end ?? { date: '2000-01-01', time: '00:00' },
      ...(excludeBookingId !== null ? { excludeBookingId } : {}),
    },
    { skip: !ready },
  );
  if (!ready) return <span className="muted">{t('availability.waiting')}</span>;
  if (check.error)
    return (
      <span className="field-error" data-testid={testId}>
        {check.error.message}
      </span>
    );
  if (!check.data)
    return (
      <span className="muted" aria-busy="true">
        {t('availability.checking')}
      </span>
    );
  return <Verdict check={check.data} onUseSlot={onUseSlot} testId={testId} />;
}

function Verdict({
  check,
  onUseSlot,
  testId,
}: {
  check: AvailabilityCheckDto;
  onUseSlot: (slot: SlotDto) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (check.available)
    return (
      <span data-testid={testId} data-available="true">
        <Badge tone="ok">{t('availability.available')}</Badge>{' '}
        <span className="muted small-text">{t('availability.usable', { count: check.usableQuantity })}</span>
      </span>
    );
  return (
    <div data-testid={testId} data-available="false" className="small-text">
      <Badge tone="danger">{t('availability.unavailable')}</Badge>{' '}
      <span>{t('availability.usable', { count: check.usableQuantity })}</span>
      <Conflicts conflicts={check.conflicts} />
      {check.resources
        .filter((r) => !r.available && r.reason !== 'taken')
        .map((r) => (
          <p key={r.resource.id} className="muted">
            {r.resource.name} : {t(`availability.reason.${r.reason === 'ok' ? 'taken' : r.reason}`)}
          </p>
        ))}
      <FreeSlot slot={check.firstFreeSlot} onUse={onUseSlot} lang={lang} />
    </div>
  );
}

export function Conflicts({ conflicts }: { conflicts: ConflictDto[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (conflicts.length === 0) return null;
  return (
    <ul className="conflicts" data-testid="availability-conflicts">
      {conflicts.map((c) => (
        <li key={c.bookingId}>
          {t('availability.conflict', {
            id: c.bookingId,
            borrower: c.borrowerName,
            period: formatPeriod(c.start, c.end, lang),
            count: c.quantity,
          })}
          {c.overdue ? (
            <>
              {' '}
              <Badge tone="danger">{t('booking.overdue')}</Badge>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function FreeSlot({
  slot,
  onUse,
  lang,
}: {
  slot: SlotDto | null;
  onUse: (slot: SlotDto) => void;
  lang: 'fr' | 'en';
}) {
  const { t } = useTranslation();
  if (!slot) return <p className="muted">{t('availability.noFreeSlot')}</p>;
  return (
    <p>
      {t('availability.firstFree', { period: formatPeriod(slot.start, slot.end, lang) })}{' '}
      <button type="button" className="link" onClick={() => onUse(slot)} data-testid="use-free-slot">
        {t('availability.useSlot')}
      </button>
    </p>
  );
}

function isUnavailable(details: unknown): details is UnavailableDetails {
  return typeof details === 'object' && details !== null && 'refused' in details && 'resource' in details;
}

/**
 * A RESOURCE_UNAVAILABLE refusal: the main side's message (resource, conflicting bookings, first
 * free slot), then each refused resource with a button to move the period to its free slot.
 */
export function UnavailableNotice({
  error,
  onUseSlot,
}: {
  error: ErrorBody;
  onUseSlot: (slot: SlotDto) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const refused: ResourceVerdictDto[] = isUnavailable(error.details) ? error.details.refused : [];
  return (
    <Notice tone="error" testId="booking-unavailable">
      <p>{error.message}</p>
      {refused.map((r) => (
        <div key={r.resource.id} data-testid={`refused-${r.resource.inventoryCode}`}>
          <strong>
            {r.resource.name} <span className="mono">({r.resource.inventoryCode})</span>
          </strong>{' '}
          — {t('availability.usable', { count: r.usableQuantity })}
          <Conflicts conflicts={r.conflicts} />
          <FreeSlot slot={r.firstFreeSlot} onUse={onUseSlot} lang={lang} />
        </div>
      ))}
      <p className="muted">{t('booking.keptTyped')}</p>
    </Notice>
  );
}
