import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOAN_VIEWS, type LoanRowDto, type LoanView } from '../../../src-main/loans/contract';
import { useQuery } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { FilterButtons, ListHeader } from '../../components/ListHeader';
import { Notice } from '../../components/Notice';
import { useLang } from '../bookings/desk-format';
import { loanColumns, loanSearchText } from './loan-columns';
import { LoanDialog } from './LoanDialog';

/** The loans only (loans.list): out now (soonest due first), late, returned; a row opens the loan. */
export function LoansScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const [search, setSearch] = useState('');
  const [view, setView] = useState<LoanView>('out');
  const [open, setOpen] = useState<number | null>(null);
  const loans = useQuery('loans.list', { view });
  const columns = useMemo(() => loanColumns(t, lang), [t, lang]);
  const options = LOAN_VIEWS.map((v) => ({ value: v, label: t(`loans.filter.${v}`) }));
  const past = view === 'returned' || view === 'all';
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
          value={view}
          onChange={setView}
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
      <DataTable<LoanRowDto>
        // Each view starts from its own order: due soonest first while out, latest first once back.
        key={past ? 'past' : 'out'}
        data={loans.data ?? []}
        columns={columns}
        getRowId={(r) => String(r.bookingId)}
        label={t('loans.tableLabel')}
        testId="loans-table"
        filter={search}
        searchText={loanSearchText}
        onOpen={(r) => setOpen(r.bookingId)}
        rowTestId={(r) => `loan-row-${r.bookingId}`}
        initialSorting={[{ id: 'due', desc: past }]}
        empty={loans.loading ? t('common.loading') : search ? t('loans.noMatch') : t(`loans.empty.${view}`)}
      />
      {open !== null ? (
        <LoanDialog bookingId={open} onClose={() => setOpen(null)} onChanged={loans.reload} />
      ) : null}
    </section>
  );
}
