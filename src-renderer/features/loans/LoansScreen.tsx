import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { FilterButtons, ListHeader } from '../../components/ListHeader';
import { Notice } from '../../components/Notice';
import { useLang } from '../bookings/desk-format';
import { loanColumns, loanSearchText } from './loan-columns';
import { LOAN_FILTERS, useLoanRows, type LoanFilter, type LoanRow } from './loan-rows';
import { LoanDialog } from './LoanDialog';

/** The loans only: out now (soonest due first), overdue, returned; a row opens the loan's actions. */
export function LoansScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<LoanFilter>('out');
  const [open, setOpen] = useState<number | null>(null);
  const loans = useLoanRows(filter);
  const columns = useMemo(() => loanColumns(t, lang), [t, lang]);
  const options = LOAN_FILTERS.map((f) => ({ value: f, label: t(`loans.filter.${f}`) }));
  const past = filter === 'returned' || filter === 'all';
  return (
    <section className="screen" data-testid="screen-loans" aria-labelledby="loans-title">
      <ListHeader
        titleId="loans-title"
        title={t('loans.title')}
        search={{
          value: search,
          onChange: setSearch,
          label: t('loans.searchLabel'),
          placeholder: t('loans.searchPlaceholder'),
          testId: 'loans-search',
        }}
      >
        <FilterButtons
          label={t('loans.filterLabel')}
          options={options}
          value={filter}
          onChange={setFilter}
          testId="loans-filter"
        />
      </ListHeader>
      {loans.error ? (
        <Notice tone="error" testId="loans-error">
          {loans.error.message}{' '}
          <button type="button" className="link" onClick={loans.reload}>
            {t('common.retry')}
          </button>
        </Notice>
      ) : null}
      <DataTable<LoanRow>
        // Each view starts from its own order: due soonest first while out, latest first once back.
        key={past ? 'past' : 'out'}
        data={loans.rows}
        columns={columns}
        getRowId={(r) => String(r.id)}
        label={t('loans.tableLabel')}
        testId="loans-table"
        filter={search}
        searchText={loanSearchText}
        onOpen={(r) => setOpen(r.id)}
        rowTestId={(r) => `loan-row-${r.id}`}
        initialSorting={[{ id: 'due', desc: past }]}
        empty={loans.loading ? t('common.loading') : search ? t('loans.noMatch') : t(`loans.empty.${filter}`)}
      />
      {open !== null ? (
        <LoanDialog bookingId={open} onClose={() => setOpen(null)} onChanged={loans.reload} />
      ) : null}
    </section>
  );
}
