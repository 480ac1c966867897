import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TodayBookingRowDto, TodayDto } from '../../../src-main/loans/contract';
import { Badge } from '../../components/Badge';
import { formatDateShort, parisDateOf } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { formatPeriod, useLang } from '../bookings/desk-format';

/** What a row of Today opens: the action it calls for. */
export type TodayAction =
  | { kind: 'checkout' | 'return' | 'booking' | 'deposit'; id: number }
  | { kind: 'borrower'; id: number }
  | { kind: 'resource'; id: number };

type Open = (a: TodayAction) => void;
type BookingRow = TodayBookingRowDto & { lateDays?: number; late?: boolean };

/** One panel of Today: its title, how many rows, and "nothing to report" when empty. */
export function Section({
  title,
  count,
  tone = 'info',
  testId,
  children,
}: {
  title: string;
  count: number;
  tone?: 'info' | 'warn' | 'danger';
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel" data-testid={testId} aria-label={title}>
      <h3 className="badges">
        {title} <Badge tone={count > 0 ? tone : 'neutral'}>{count}</Badge>
      </h3>
      {count === 0 ? <p className="muted">{t('today.nothing')}</p> : children}
    </section>
  );
}

function ActionButton({
  text,
  onClick,
  testId,
  primary,
}: {
  text: string;
  onClick: () => void;
  testId?: string;
  primary?: boolean;
}) {
  return (
    <td className="align-end">
      <button
        type="button"
        className={primary ? 'small primary' : 'small'}
        onClick={onClick}
        data-testid={testId}
      >
        {text}
      </button>
    </td>
  );
}

/** Bookings and loans to act on: pick up, take back, confirm. */
export function BookingRows({
  rows,
  testId,
  label,
  act,
  open,
}: {
  rows: BookingRow[];
  testId: string;
  label: string;
  act: { kind: 'checkout' | 'return' | 'booking'; text: string };
  open: Open;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <table className="simple-table" aria-label={label} data-testid={testId}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.bookingId} data-testid={`${testId}-row-${r.bookingId}`}>
            <td className="mono">{r.agreementNumber ?? `n° ${r.bookingId}`}</td>
            <td>
              <strong>{r.borrowerName}</strong>
            </td>
            <td>{formatPeriod(r.start, r.end, lang)}</td>
            <td className="truncate" title={r.lineSummary}>
              {r.lineSummary}
            </td>
            {r.lateDays !== undefined ? (
              <td>
                <Badge tone="danger">{t('today.lateDays', { count: r.lateDays })}</Badge>
              </td>
            ) : null}
            {r.late ? (
              <td>
                <Badge tone="warn" testId="late-pickup-badge">
                  {t('today.latePickup', { date: formatDateShort(r.start.date, lang) })}
                </Badge>
              </td>
            ) : null}
            {r.optionExpiresOn && act.kind === 'booking' ? (
              <td>{t('today.optionUntil', { date: formatDateShort(r.optionExpiresOn, lang) })}</td>
            ) : null}
            <ActionButton
              primary
              text={act.text}
              onClick={() => open({ kind: act.kind, id: r.bookingId })}
              testId={`${testId}-action-${r.bookingId}`}
            />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function InsuranceRows({ rows, open }: { rows: TodayDto['insuranceExpiring']; open: Open }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <table className="simple-table" aria-label={t('today.insurance')}>
      <tbody>
        {rows.map((o) => (
          <tr key={o.organisationId}>
            <td>
              <strong>{o.name}</strong>
            </td>
            <td>
              <Badge tone={o.daysLeft < 0 ? 'danger' : 'warn'}>
                {t('today.validUntil', { date: formatDateShort(o.validTo, lang), count: o.daysLeft })}
              </Badge>
            </td>
            <ActionButton
              text={t('today.openBorrower')}
              onClick={() => open({ kind: 'borrower', id: o.organisationId })}
              testId={`today-insurance-open-${o.organisationId}`}
            />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DepositRows({ rows, open }: { rows: TodayDto['depositsHeld']; open: Open }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <table className="simple-table" aria-label={t('today.deposits')}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.bookingId} data-testid={`today-deposit-${r.bookingId}`}>
            <td className="mono">{r.agreementNumber ?? `n° ${r.bookingId}`}</td>
            <td>
              <strong>{r.borrowerName}</strong>
            </td>
            <td className="align-end">{formatMoney(r.heldCents, lang)}</td>
            <td>
              {r.method ? t(`deposits.method.${r.method}` as 'deposits.method.cheque') : '—'}
              {r.chequeNumber ? <span className="mono"> {r.chequeNumber}</span> : null}
            </td>
            <td>{r.collectedAt ? formatDateShort(parisDateOf(r.collectedAt), lang) : '—'}</td>
            <td>
              {r.overElevenMonths ? (
                <Badge tone="danger" testId="old-cheque-badge">
                  {t('deposits.overElevenMonths')}
                </Badge>
              ) : null}
            </td>
            <ActionButton
              text={t('today.openDeposit')}
              onClick={() => open({ kind: 'deposit', id: r.bookingId })}
              testId={`today-deposit-open-${r.bookingId}`}
            />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function InspectionRows({ rows, open }: { rows: TodayDto['inspectionsDue']; open: Open }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <table className="simple-table" aria-label={t('today.inspections')}>
      <tbody>
        {rows.map((v) => (
          <tr key={v.resourceId}>
            <td className="mono">{v.inventoryCode}</td>
            <td>
              <strong>{v.name}</strong>
              {v.registration ? <span className="muted"> · {v.registration}</span> : null}
            </td>
            <td>
              <Badge tone={v.daysLeft < 0 ? 'danger' : 'warn'}>
                {t('today.inspectionOn', {
                  date: formatDateShort(v.nextInspection, lang),
                  count: v.daysLeft,
                })}
              </Badge>
            </td>
            <ActionButton
              text={t('today.openResource')}
              onClick={() => open({ kind: 'resource', id: v.resourceId })}
              testId={`today-inspection-open-${v.resourceId}`}
            />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
