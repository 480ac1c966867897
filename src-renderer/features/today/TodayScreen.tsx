import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TodayBookingRowDto } from '../../../src-main/loans/contract';
import { useQuery } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { Notice } from '../../components/Notice';
import { formatDateLong, formatDateShort, parisDateOf } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { BookingEditor } from '../bookings/BookingEditor';
import { formatPeriod, useLang } from '../bookings/desk-format';
import { CheckoutDialog } from '../loans/CheckoutDialog';
import { ReturnDialog } from '../loans/ReturnDialog';

type Action = { kind: 'checkout' | 'return' | 'booking'; id: number } | null;

/** The desk's day: what goes out, what comes back, what is late, and what needs attention soon. */
export function TodayScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const today = useQuery('loans.today', {});
  const [action, setAction] = useState<Action>(null);
  const d = today.data;
  const go = (hash: string) => () => (window.location.hash = hash);

  const bookingRows = (
    rows: (TodayBookingRowDto & { lateDays?: number })[],
    testId: string,
    label: string,
    act: { kind: 'checkout' | 'return' | 'booking'; text: string },
  ) => (
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
            {r.optionExpiresOn && act.kind === 'booking' ? (
              <td>{t('today.optionUntil', { date: formatDateShort(r.optionExpiresOn, lang) })}</td>
            ) : null}
            <td className="align-end">
              <button
                type="button"
                className="small primary"
                onClick={() => setAction({ kind: act.kind, id: r.bookingId })}
                data-testid={`${testId}-action-${r.bookingId}`}
              >
                {act.text}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <section className="screen" data-testid="screen-today" aria-labelledby="today-title">
      <header className="screen-header">
        <h1 id="today-title">
          {t('today.title')}
          {d ? <span className="muted"> — {formatDateLong(d.date, lang)}</span> : null}
        </h1>
        <div className="screen-actions">
          <button type="button" onClick={today.reload} data-testid="today-reload">
            {t('today.reload')}
          </button>
        </div>
      </header>
      {today.error ? <Notice tone="error">{today.error.message}</Notice> : null}
      {!d ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : (
        <div className="panel-stack today">
          <Section title={t('today.overdue')} count={d.overdue.length} tone="danger" testId="today-overdue">
            {bookingRows(d.overdue, 'today-overdue', t('today.overdue'), {
              kind: 'return',
              text: t('booking.return'),
            })}
          </Section>
          <Section title={t('today.pickups')} count={d.pickups.length} testId="today-pickups">
            {bookingRows(d.pickups, 'today-pickups', t('today.pickups'), {
              kind: 'checkout',
              text: t('booking.checkout'),
            })}
          </Section>
          <Section title={t('today.returns')} count={d.returns.length} testId="today-returns">
            {bookingRows(d.returns, 'today-returns', t('today.returns'), {
              kind: 'return',
              text: t('booking.return'),
            })}
          </Section>
          <Section
            title={t('today.options')}
            count={d.optionsExpiring.length}
            tone="warn"
            testId="today-options"
          >
            {bookingRows(d.optionsExpiring, 'today-options', t('today.options'), {
              kind: 'booking',
              text: t('today.openBooking'),
            })}
          </Section>
          <Section
            title={t('today.insurance')}
            count={d.insuranceExpiring.length}
            tone="warn"
            testId="today-insurance"
          >
            <table className="simple-table" aria-label={t('today.insurance')}>
              <tbody>
                {d.insuranceExpiring.map((o) => (
                  <tr key={o.organisationId}>
                    <td>
                      <strong>{o.name}</strong>
                    </td>
                    <td>
                      <Badge tone={o.daysLeft < 0 ? 'danger' : 'warn'}>
                        {t('today.validUntil', { date: formatDateShort(o.validTo, lang), count: o.daysLeft })}
                      </Badge>
                    </td>
                    <td className="align-end">
                      <button type="button" className="small" onClick={go('#/borrowers')}>
                        {t('today.openBorrowers')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          <Section title={t('today.deposits')} count={d.depositsHeld.length} testId="today-deposits">
            <table className="simple-table" aria-label={t('today.deposits')}>
              <tbody>
                {d.depositsHeld.map((r) => (
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
                    <td className="align-end">
                      <button type="button" className="small" onClick={go('#/deposits')}>
                        {t('today.openDeposits')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          <Section
            title={t('today.inspections')}
            count={d.inspectionsDue.length}
            tone="warn"
            testId="today-inspections"
          >
            <table className="simple-table" aria-label={t('today.inspections')}>
              <tbody>
                {d.inspectionsDue.map((v) => (
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
                    <td className="align-end">
                      <button type="button" className="small" onClick={go('#/catalogue')}>
                        {t('today.openCatalogue')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        </div>
      )}
      {action?.kind === 'checkout' ? (
        <CheckoutDialog bookingId={action.id} onClose={() => setAction(null)} onDone={today.reload} />
      ) : null}
      {action?.kind === 'return' ? (
        <ReturnDialog bookingId={action.id} onClose={() => setAction(null)} onDone={today.reload} />
      ) : null}
      {action?.kind === 'booking' ? (
        <BookingEditor
          bookingId={action.id}
          onClose={() => setAction(null)}
          onSaved={today.reload}
          onCheckout={(b) => setAction({ kind: 'checkout', id: b.id })}
        />
      ) : null}
    </section>
  );
}

function Section({
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
