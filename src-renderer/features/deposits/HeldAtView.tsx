import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepositsHeldAtDto } from '../../../src-main/deposits/contract';
import { useQuery } from '../../api/hooks';
import { DataTable, type Columns } from '../../components/DataTable';
import { TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { formatDateLong } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { todayFor, useSession } from '../../shell/session';
import { useLang } from '../bookings/desk-format';

type HeldRow = DepositsHeldAtDto['rows'][number];

/**
 * "Which deposits did we hold on date D?" — asked by the treasurer at a year's end or by an auditor.
 * The server answers from the ledger alone, so a settlement recorded later at its real time counts.
 */
export function HeldAtView({ onOpen }: { onOpen: (bookingId: number) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { info } = useSession();
  const [date, setDate] = useState(() => todayFor(info));
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const held = useQuery('deposits.heldAt', { date }, { skip: !valid });
  const columns = useMemo<Columns<HeldRow>>(
    () => [
      {
        id: 'borrower',
        header: t('booking.field.borrower'),
        accessorFn: (r) => r.borrowerName,
        cell: ({ row }) => <strong>{row.original.borrowerName}</strong>,
      },
      {
        id: 'booking',
        header: t('deposits.field.booking'),
        accessorFn: (r) => r.bookingId,
        cell: ({ row }) => <span className="mono">n° {row.original.bookingId}</span>,
        meta: { width: '8rem' },
      },
      {
        id: 'method',
        header: t('deposits.field.method'),
        accessorFn: (r) => (r.method ? t(`deposits.method.${r.method}`) : undefined),
        cell: ({ row }) => (row.original.method ? t(`deposits.method.${row.original.method}`) : '—'),
        meta: { width: '8rem' },
      },
      {
        id: 'held',
        header: t('deposits.field.held'),
        accessorFn: (r) => r.heldCents,
        cell: ({ row }) => formatMoney(row.original.heldCents, lang),
        meta: { width: '9rem', align: 'end' },
      },
    ],
    [t, lang],
  );
  const value = held.data;
  return (
    <>
      <div className="toolbar-row">
        <TextField
          name="heldAtDate"
          type="date"
          label={t('deposits.heldAt.date')}
          value={date}
          onChange={setDate}
          className="field-inline"
          testId="deposits-held-at-date"
        />
        {value ? (
          <p className="muted" data-testid="deposits-held-at-total" aria-live="polite">
            {t('deposits.heldAt.total', {
              count: value.rows.length,
              amount: formatMoney(value.totalCents, lang),
              date: formatDateLong(value.date, lang),
            })}
          </p>
        ) : null}
      </div>
      {held.error ? <Notice tone="error">{held.error.message}</Notice> : null}
      <DataTable<HeldRow>
        data={value?.rows ?? []}
        columns={columns}
        getRowId={(r) => String(r.depositId)}
        label={t('deposits.heldAt.tableLabel')}
        testId="deposits-held-at-table"
        rowTestId={(r) => `held-at-row-${r.bookingId}`}
        onOpen={(r) => onOpen(r.bookingId)}
        initialSorting={[{ id: 'held', desc: true }]}
        empty={held.loading ? t('common.loading') : t('deposits.heldAt.empty')}
      />
    </>
  );
}
