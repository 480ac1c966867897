import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BOOKING_STATUSES,
  type BookingRowDto,
  type BookingStatus,
} from '../../../src-main/bookings/contract';
import { useQuery } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { ListHeader } from '../../components/ListHeader';
import { CheckoutDialog } from '../loans/CheckoutDialog';
import { ReturnDialog } from '../loans/ReturnDialog';
import { BookingEditor } from './BookingEditor';
import { RecurringDialog } from './RecurringDialog';
import { WalkInDialog } from './WalkInDialog';
import { bookingColumns, bookingSearchText } from './columns';
import { useLang } from './desk-format';

type StatusFilter = BookingStatus | '' | 'overdue';

/** Every booking and loan, filtered by status and searched by borrower, resource or purpose. */
export function BookingsScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('');
  const [open, setOpen] = useState<number | 'new' | null>(null);
  const [flow, setFlow] = useState<'recurring' | 'walkIn' | null>(null);
  const [action, setAction] = useState<{ kind: 'checkout' | 'return'; id: number } | null>(null);
  const list = useQuery('bookings.list', status && status !== 'overdue' ? { status } : {});
  const columns = useMemo(() => bookingColumns(t, lang), [t, lang]);
  const rows = useMemo(
    () => (status === 'overdue' ? (list.data ?? []).filter((r) => r.overdue) : (list.data ?? [])),
    [list.data, status],
  );

  return (
    <section className="screen" data-testid="screen-bookings" aria-labelledby="bookings-title">
      <ListHeader
        titleId="bookings-title"
        title={t('bookings.title')}
        search={{
          value: search,
          onChange: setSearch,
          label: t('bookings.searchLabel'),
          placeholder: t('bookings.searchPlaceholder'),
          testId: 'bookings-search',
        }}
      >
        <div className="field field-inline">
          <label htmlFor="bookings-status">{t('booking.field.status')}</label>
          <select
            id="bookings-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as StatusFilter)}
            data-testid="bookings-status"
          >
            <option value="">{t('bookings.allStatuses')}</option>
            {BOOKING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`booking.status.${s}`)}
              </option>
            ))}
            <option value="overdue">{t('booking.overdue')}</option>
          </select>
        </div>
        <div className="screen-actions">
          <button type="button" onClick={() => setFlow('walkIn')} data-testid="booking-walkin">
            {t('walkIn.open')}
          </button>
          <button type="button" onClick={() => setFlow('recurring')} data-testid="booking-recurring">
            {t('recurring.open')}
          </button>
          <button type="button" className="primary" onClick={() => setOpen('new')} data-testid="booking-new">
            {t('bookings.new')}
          </button>
        </div>
      </ListHeader>
      {list.error ? (
        <Notice tone="error" testId="bookings-error">
          {list.error.message}{' '}
          <button type="button" className="link" onClick={list.reload}>
            {t('common.retry')}
          </button>
        </Notice>
      ) : null}
      <DataTable<BookingRowDto>
        data={rows}
        columns={columns}
        getRowId={(r) => String(r.id)}
        label={t('bookings.tableLabel')}
        testId="bookings-table"
        filter={search}
        searchText={bookingSearchText}
        onOpen={(r) => setOpen(r.id)}
        rowTestId={(r) => `booking-row-${r.id}`}
        initialSorting={[{ id: 'period', desc: true }]}
        empty={list.loading ? t('common.loading') : search ? t('bookings.noMatch') : t('bookings.empty')}
      />
      {open !== null ? (
        <BookingEditor
          bookingId={open === 'new' ? null : open}
          onClose={() => setOpen(null)}
          onSaved={() => list.reload()}
          onCheckout={(b) => {
            setOpen(null);
            setAction({ kind: 'checkout', id: b.id });
          }}
          onReturn={(b) => {
            setOpen(null);
            setAction({ kind: 'return', id: b.id });
          }}
        />
      ) : null}
      {flow === 'recurring' ? (
        <RecurringDialog onClose={() => setFlow(null)} onDone={() => list.reload()} />
      ) : null}
      {flow === 'walkIn' ? <WalkInDialog onClose={() => setFlow(null)} onDone={() => list.reload()} /> : null}
      {action?.kind === 'checkout' ? (
        <CheckoutDialog bookingId={action.id} onClose={() => setAction(null)} onDone={() => list.reload()} />
      ) : null}
      {action?.kind === 'return' ? (
        <ReturnDialog bookingId={action.id} onClose={() => setAction(null)} onDone={() => list.reload()} />
      ) : null}
    </section>
  );
}
