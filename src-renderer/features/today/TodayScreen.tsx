import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { formatDateLong } from '../../format/dates';
import { BookingEditor } from '../bookings/BookingEditor';
import { useLang } from '../bookings/desk-format';
import { BorrowerDetailPanel } from '../borrowers/BorrowerDetail';
import { ResourceDialog } from '../catalogue/ResourceDialog';
import { DepositLedgerDialog } from '../deposits/DepositLedgerDialog';
import { CheckoutDialog } from '../loans/CheckoutDialog';
import { ReturnDialog } from '../loans/ReturnDialog';
import {
  BookingRows,
  DepositRows,
  InspectionRows,
  InsuranceRows,
  Section,
  type TodayAction,
} from './TodayTables';

/**
 * The desk's day: what goes out, what comes back, what is late, and what needs attention soon.
 * Each row opens the action it calls for, here, without leaving the screen.
 */
export function TodayScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const today = useQuery('loans.today', {});
  const [action, setAction] = useState<TodayAction | null>(null);
  const close = () => setAction(null);
  const d = today.data;

  return (
    <section className="screen" data-testid="screen-today" aria-labelledby="today-title">
      <header className="screen-header">
        <h1 id="today-title">
          {t('today.title')}
          {d ? <span className="muted"> — {formatDateLong(d.date, lang)}</span> : null}
        </h1>
        <div className="screen-actions">
          <a className="button-like" href="#/planning/pickList" data-testid="today-pick-list">
            {t('today.pickList')}
          </a>
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
            <BookingRows
              rows={d.overdue}
              testId="today-overdue"
              label={t('today.overdue')}
              act={{ kind: 'return', text: t('booking.return') }}
              open={setAction}
            />
          </Section>
          <Section title={t('today.pickups')} count={d.pickups.length} testId="today-pickups">
            <BookingRows
              rows={d.pickups}
              testId="today-pickups"
              label={t('today.pickups')}
              act={{ kind: 'checkout', text: t('booking.checkout') }}
              open={setAction}
            />
          </Section>
          <Section title={t('today.returns')} count={d.returns.length} testId="today-returns">
            <BookingRows
              rows={d.returns}
              testId="today-returns"
              label={t('today.returns')}
              act={{ kind: 'return', text: t('booking.return') }}
              open={setAction}
            />
          </Section>
          <Section
            title={t('today.options')}
            count={d.optionsExpiring.length}
            tone="warn"
            testId="today-options"
          >
            <BookingRows
              rows={d.optionsExpiring}
              testId="today-options"
              label={t('today.options')}
              act={{ kind: 'booking', text: t('today.openBooking') }}
              open={setAction}
            />
          </Section>
          <Section
            title={t('today.insurance')}
            count={d.insuranceExpiring.length}
            tone="warn"
            testId="today-insurance"
          >
            <InsuranceRows rows={d.insuranceExpiring} open={setAction} />
          </Section>
          <Section title={t('today.deposits')} count={d.depositsHeld.length} testId="today-deposits">
            <DepositRows rows={d.depositsHeld} open={setAction} />
          </Section>
          <Section
            title={t('today.inspections')}
            count={d.inspectionsDue.length}
            tone="warn"
            testId="today-inspections"
          >
            <InspectionRows rows={d.inspectionsDue} open={setAction} />
          </Section>
        </div>
      )}
      {action?.kind === 'checkout' ? (
        <CheckoutDialog bookingId={action.id} onClose={close} onDone={today.reload} />
      ) : null}
      {action?.kind === 'return' ? (
        <ReturnDialog bookingId={action.id} onClose={close} onDone={today.reload} />
      ) : null}
      {action?.kind === 'booking' ? (
        <BookingEditor
          bookingId={action.id}
          onClose={close}
          onSaved={today.reload}
          onCheckout={(b) => setAction({ kind: 'checkout', id: b.id })}
        />
      ) : null}
      {action?.kind === 'deposit' ? <DepositLedgerDialog bookingId={action.id} onClose={close} /> : null}
      {action?.kind === 'borrower' ? (
        <Dialog open onClose={close} title={t('today.borrowerTitle')} testId="today-borrower" size="md">
          <BorrowerDetailPanel id={action.id} onClose={close} onChanged={today.reload} />
        </Dialog>
      ) : null}
      {action?.kind === 'resource' ? (
        <ResourceDialog
          editing={{ id: action.id }}
          onClose={close}
          onChanged={today.reload}
          onCreated={close}
        />
      ) : null}
    </section>
  );
}
