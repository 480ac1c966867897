import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { DEPOSIT_STATES, type DepositRowDto, type DepositState } from '../../../src-main/deposits/contract';
import { useQuery } from '../../api/hooks';
import { DataTable, type Columns } from '../../components/DataTable';
import { borrowerColumn } from '../../components/columns';
import { Notice } from '../../components/Notice';
import { SearchField } from '../../components/SearchField';
import { formatDateShort, parisDateOf } from '../../format/dates';
import { formatMoney } from '../../format/money';
import type { Lang } from '../../i18n/lang';
import { useLang } from '../bookings/desk-format';
import { AmountsOwedTable } from './AmountsOwedTable';
import { DepositStateBadge, OldChequeBadge } from './badges';
import { DepositLedgerDialog } from './DepositLedgerDialog';
import { HeldAtView } from './HeldAtView';

type View = 'deposits' | 'heldAt' | 'owed';

/**
 * Deposits as the ledger holds them (each opens its ledger), those held at a past date, and the
 * amounts borrowers owe beyond their deposit.
 */
export function DepositsScreen() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('deposits');
  const [open, setOpen] = useState<number | null>(null);
  // Bumped when a deposit is settled from its ledger: the list reads again.
  const [settled, setSettled] = useState(0);
  return (
    <section className="screen" data-testid="screen-deposits" aria-labelledby="deposits-title">
      <header className="screen-header">
        <h1 id="deposits-title">{t('deposits.title')}</h1>
        <div className="lang-switch" role="group" aria-label={t('deposits.viewLabel')}>
          {(['deposits', 'heldAt', 'owed'] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              data-testid={`deposits-view-${v}`}
            >
              {t(`deposits.view.${v}`)}
            </button>
          ))}
        </div>
      </header>
      {view === 'deposits' ? <DepositsTable onOpen={setOpen} settled={settled} /> : null}
      {view === 'heldAt' ? <HeldAtView onOpen={setOpen} /> : null}
      {view === 'owed' ? <AmountsOwedTable /> : null}
      {open !== null ? (
        <DepositLedgerDialog
          bookingId={open}
          onClose={() => setOpen(null)}
          onChanged={() => setSettled((n) => n + 1)}
        />
      ) : null}
    </section>
  );
}

function depositColumns(t: TFunction, lang: Lang): Columns<DepositRowDto> {
  return [
    {
      id: 'agreement',
      header: t('deposits.field.agreement'),
      accessorFn: (r) => r.agreementNumber ?? `#${r.bookingId}`,
      cell: ({ row }) => (
        <span className="mono">{row.original.agreementNumber ?? `n° ${row.original.bookingId}`}</span>
      ),
      meta: { width: '8rem' },
    },
    borrowerColumn(t),
    {
      id: 'state',
      header: t('deposits.field.state'),
      accessorFn: (r) => r.state,
      cell: ({ row }) => (
        <span className="badges">
          <DepositStateBadge state={row.original.state} />
          <OldChequeBadge old={row.original.overElevenMonths} />
        </span>
      ),
      meta: { width: '12.5rem' },
    },
    {
      id: 'held',
      header: t('deposits.field.held'),
      accessorFn: (r) => r.heldCents,
      cell: ({ row }) => formatMoney(row.original.heldCents, lang),
      meta: { width: '8rem', align: 'end' },
    },
    {
      id: 'method',
      header: t('deposits.field.method'),
      accessorFn: (r) => (r.method ? t(`deposits.method.${r.method}`) : undefined),
      cell: ({ row }) => (row.original.method ? t(`deposits.method.${row.original.method}`) : '—'),
      meta: { width: '7rem' },
    },
    {
      id: 'cheque',
      header: t('deposits.field.cheque'),
      accessorFn: (r) => r.chequeNumber ?? undefined,
      cell: ({ row }) =>
        row.original.chequeNumber ? (
          <span title={row.original.chequeBank ?? undefined}>
            <span className="mono">{row.original.chequeNumber}</span>
            {row.original.chequeBank ? <span className="muted"> · {row.original.chequeBank}</span> : null}
          </span>
        ) : (
          '—'
        ),
      meta: { width: '10rem' },
    },
    {
      id: 'days',
      header: t('deposits.field.daysHeld'),
      accessorFn: (r) => r.daysHeld ?? undefined,
      cell: ({ row }) =>
        row.original.daysHeld === null ? '—' : t('deposits.days', { count: row.original.daysHeld }),
      meta: { width: '7rem', align: 'end' },
    },
    {
      id: 'collected',
      header: t('deposits.field.collectedAt'),
      accessorFn: (r) => r.collectedAt ?? undefined,
      cell: ({ row }) =>
        row.original.collectedAt ? formatDateShort(parisDateOf(row.original.collectedAt), lang) : '—',
      meta: { width: '7.5rem' },
    },
  ];
}

function DepositsTable({ onOpen, settled }: { onOpen: (bookingId: number) => void; settled: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [search, setSearch] = useState('');
  const [state, setState] = useState<DepositState | ''>('');
  const list = useQuery('deposits.list', state ? { state } : {});
  const { reload } = list;
  useEffect(() => {
    if (settled > 0) reload();
  }, [settled, reload]);
  const columns = useMemo(() => depositColumns(t, lang), [t, lang]);
  const heldTotal = (list.data ?? []).reduce((s, r) => s + r.heldCents, 0);
  return (
    <>
      <div className="toolbar-row">
        <SearchField
          value={search}
          onChange={setSearch}
          label={t('deposits.searchLabel')}
          placeholder={t('deposits.searchPlaceholder')}
          testId="deposits-search"
        />
        <div className="field field-inline">
          <label htmlFor="deposits-state">{t('deposits.field.state')}</label>
          <select
            id="deposits-state"
            value={state}
            onChange={(e) => setState(e.target.value as DepositState | '')}
            data-testid="deposits-state"
          >
            <option value="">{t('deposits.allStates')}</option>
            {DEPOSIT_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`deposits.state.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <p className="muted" data-testid="deposits-held-total">
          {t('deposits.heldTotal', { amount: formatMoney(heldTotal, lang) })}
        </p>
      </div>
      {list.error ? <Notice tone="error">{list.error.message}</Notice> : null}
      <DataTable<DepositRowDto>
        data={list.data ?? []}
        columns={columns}
        getRowId={(r) => String(r.id)}
        label={t('deposits.tableLabel')}
        testId="deposits-table"
        filter={search}
        searchText={(r) =>
          [r.borrowerName, r.agreementNumber, r.chequeNumber, r.chequeBank].filter(Boolean).join(' ')
        }
        rowTestId={(r) => `deposit-row-${r.bookingId}`}
        onOpen={(r) => onOpen(r.bookingId)}
        initialSorting={[{ id: 'collected', desc: true }]}
        empty={list.loading ? t('common.loading') : t('deposits.empty')}
      />
    </>
  );
}
