import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AmountOwedDto } from '../../../src-main/deposits/contract';
import { useApi, useQuery } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { DataTable, type Columns } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { ConfirmDialog } from '../../components/ReasonDialog';
import { formatDateShort, parisDateOf } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { useToast } from '../../shell/toast';
import { useLang } from '../bookings/desk-format';

/** What borrowers owe beyond their deposit, and marking it paid. */
export function AmountsOwedTable() {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useApi();
  const notify = useToast();
  const [unpaidOnly, setUnpaidOnly] = useState(true);
  const [paying, setPaying] = useState<AmountOwedDto | null>(null);
  const list = useQuery('amountsOwed.list', { unpaidOnly });
  const columns = useMemo<Columns<AmountOwedDto>>(
    () => [
      {
        id: 'borrower',
        header: t('booking.field.borrower'),
        accessorFn: (r) => r.borrowerName,
        cell: ({ row }) => <strong>{row.original.borrowerName}</strong>,
      },
      {
        id: 'agreement',
        header: t('deposits.field.agreement'),
        accessorFn: (r) => r.agreementNumber ?? undefined,
        cell: ({ row }) => <span className="mono">{row.original.agreementNumber ?? '—'}</span>,
        meta: { width: '8rem' },
      },
      {
        id: 'amount',
        header: t('deposits.field.amount'),
        accessorFn: (r) => r.amountCents,
        cell: ({ row }) => formatMoney(row.original.amountCents, lang),
        meta: { width: '8rem', align: 'end' },
      },
      { id: 'reason', header: t('common.reason'), accessorFn: (r) => r.reason },
      {
        id: 'created',
        header: t('deposits.field.createdAt'),
        accessorFn: (r) => r.createdAt,
        cell: ({ row }) => formatDateShort(parisDateOf(row.original.createdAt), lang),
        meta: { width: '7.5rem' },
      },
      {
        id: 'paid',
        header: t('deposits.field.paid'),
        accessorFn: (r) => r.paidAt ?? undefined,
        cell: ({ row }) =>
          row.original.paidAt ? (
            <Badge tone="ok">
              {t('deposits.paidOn', { date: formatDateShort(parisDateOf(row.original.paidAt), lang) })}
            </Badge>
          ) : (
            <button
              type="button"
              className="small"
              onClick={() => setPaying(row.original)}
              data-testid={`owed-mark-paid-${row.original.id}`}
            >
              {t('deposits.markPaid')}
            </button>
          ),
        meta: { width: '11rem' },
      },
    ],
    [t, lang],
  );
  return (
    <>
      <div className="toolbar-row">
        <label className="inline-check">
          <input
            type="checkbox"
            checked={unpaidOnly}
            onChange={(e) => setUnpaidOnly(e.target.checked)}
            data-testid="owed-unpaid-only"
          />{' '}
          {t('deposits.unpaidOnly')}
        </label>
      </div>
      {list.error ? <Notice tone="error">{list.error.message}</Notice> : null}
      <DataTable<AmountOwedDto>
        data={list.data ?? []}
        columns={columns}
        getRowId={(r) => String(r.id)}
        label={t('deposits.owedTableLabel')}
        testId="owed-table"
        rowTestId={(r) => `owed-row-${r.id}`}
        empty={list.loading ? t('common.loading') : t('deposits.owedEmpty')}
      />
      {paying ? (
        <ConfirmDialog
          open
          onClose={() => setPaying(null)}
          title={t('deposits.markPaidTitle')}
          explanation={t('deposits.markPaidExplain', {
            borrower: paying.borrowerName,
            amount: formatMoney(paying.amountCents, lang),
          })}
          confirmLabel={t('deposits.markPaid')}
          testId="owed-paid-dialog"
          onConfirm={async () => {
            const env = await run('amountsOwed.markPaid', { id: paying.id });
            if (!env.ok) return env.error;
            notify(t('deposits.markedPaid'));
            list.reload();
            return null;
          }}
        />
      ) : null}
    </>
  );
}
