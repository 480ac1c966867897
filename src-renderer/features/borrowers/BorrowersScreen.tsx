import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ORGANISATION_KINDS,
  type OrganisationKind,
  type OrganisationRow,
} from '../../../src-main/borrowers/contract';
import { useQuery } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { ListHeader } from '../../components/ListHeader';
import { BorrowerDetailPanel } from './BorrowerDetail';
import { BorrowerDialog } from './BorrowerDialog';
import { borrowerColumns, borrowerSearchText } from './columns';

export function BorrowersScreen() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [selected, setSelected] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useQuery('organisations.list', { includeCentre: true, ...(kind ? { kind } : {}) });
  const compact = selected !== null;
  const columns = useMemo(() => borrowerColumns(t, compact), [t, compact]);

  return (
    <section className="screen" data-testid="screen-borrowers" aria-labelledby="borrowers-title">
      <ListHeader
        titleId="borrowers-title"
        title={t('borrowers.title')}
        search={{
          value: search,
          onChange: setSearch,
          label: t('borrowers.searchLabel'),
          placeholder: t('borrowers.searchPlaceholder'),
          testId: 'borrowers-search',
        }}
      >
        <div className="field field-inline">
          <label htmlFor="borrowers-kind">{t('borrower.field.kind')}</label>
          <select
            id="borrowers-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as OrganisationKind | '')}
            data-testid="borrowers-kind"
          >
            <option value="">{t('borrowers.allKinds')}</option>
            {ORGANISATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`borrower.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="screen-actions">
          <button
            type="button"
            className="primary"
            onClick={() => setCreating(true)}
            data-testid="borrower-new"
          >
            {t('borrowers.new')}
          </button>
        </div>
      </ListHeader>
      {list.error ? (
        <Notice tone="error" testId="borrowers-error">
          {list.error.message}{' '}
          <button type="button" className="link" onClick={list.reload}>
            {t('common.retry')}
          </button>
        </Notice>
      ) : null}
      <div className={`split${selected !== null ? ' split-open' : ''}`}>
        <DataTable<OrganisationRow>
          data={list.data ?? []}
          columns={columns}
          getRowId={(r) => String(r.id)}
          label={t('borrowers.tableLabel')}
          testId="borrowers-table"
          filter={search}
          searchText={borrowerSearchText}
          onOpen={(r) => setSelected(r.id)}
          rowTestId={(r) => `borrower-row-${r.id}`}
          isSelected={(r) => r.id === selected}
          initialSorting={[{ id: 'name', desc: false }]}
          empty={list.loading ? t('common.loading') : search ? t('borrowers.noMatch') : t('borrowers.empty')}
        />
        {selected !== null ? (
          <BorrowerDetailPanel
            key={selected}
            id={selected}
            onClose={() => setSelected(null)}
            onChanged={list.reload}
          />
        ) : null}
      </div>
      {creating ? (
        <BorrowerDialog
          onClose={() => setCreating(false)}
          onSaved={(d) => {
            list.reload();
            setSelected(d.id);
          }}
        />
      ) : null}
    </section>
  );
}
