import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceRowDto } from '../../../src-main/catalog/contract';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { Tabs } from '../../components/Tabs';
import { SearchField } from '../../components/SearchField';
import { useQuery } from '../../api/hooks';
import { isLang } from '../../i18n/lang';
import { catalogueColumns, searchTextOf, type KindTab } from './columns';
import { ResourceDialog } from './ResourceDialog';
import { SitesDialog } from './SitesDialog';

type Editing = { mode: 'create'; kind: KindTab } | { mode: 'edit'; id: number } | null;

export function CatalogueScreen() {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const [tab, setTab] = useState<KindTab>('all');
  const [search, setSearch] = useState('');
  const [includeRetired, setIncludeRetired] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [sitesOpen, setSitesOpen] = useState(false);

  const list = useQuery('resources.list', {
    ...(tab === 'all' ? {} : { kind: tab }),
    includeRetired,
  });
  const columns = useMemo(() => catalogueColumns(tab, t, lang), [tab, t, lang]);
  const rows = list.data ?? [];

  const tabs = [
    { id: 'all', label: t('catalogue.tabs.all') },
    { id: 'equipment', label: t('catalogue.tabs.equipment') },
    { id: 'room', label: t('catalogue.tabs.room') },
    { id: 'vehicle', label: t('catalogue.tabs.vehicle') },
  ] as const;

  return (
    <section className="screen" data-testid="screen-catalogue" aria-labelledby="catalogue-title">
      <header className="screen-header">
        <h1 id="catalogue-title">{t('catalogue.title')}</h1>
        <SearchField
          value={search}
          onChange={setSearch}
          label={t('catalogue.searchLabel')}
          placeholder={t('catalogue.searchPlaceholder')}
          testId="catalogue-search"
        />
        <div className="screen-actions">
          <button type="button" onClick={() => setSitesOpen(true)} data-testid="sites-open">
            {t('sites.manage')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => setEditing({ mode: 'create', kind: tab })}
            data-testid="resource-new"
          >
            {t('catalogue.new')}
          </button>
        </div>
      </header>
      <div className="screen-toolbar">
        <Tabs
          tabs={tabs}
          value={tab}
          onChange={setTab}
          label={t('catalogue.tabs.label')}
          testId="catalogue-tabs"
        >
          <div className="toolbar-row">
            <label className="inline-check">
              <input
                type="checkbox"
                checked={includeRetired}
                onChange={(e) => setIncludeRetired(e.target.checked)}
                data-testid="catalogue-include-retired"
              />
              {t('catalogue.includeRetired')}
            </label>
          </div>
          {list.error ? (
            <Notice tone="error" testId="catalogue-error">
              {list.error.message}{' '}
              <button type="button" className="link" onClick={list.reload}>
                {t('common.retry')}
              </button>
            </Notice>
          ) : null}
          <DataTable<ResourceRowDto>
            data={rows}
            columns={columns}
            getRowId={(r) => String(r.id)}
            label={t('catalogue.tableLabel')}
            testId="catalogue-table"
            filter={search}
            searchText={searchTextOf}
            onOpen={(r) => setEditing({ mode: 'edit', id: r.id })}
            rowTestId={(r) => `resource-row-${r.inventoryCode}`}
            initialSorting={[{ id: 'name', desc: false }]}
            empty={
              list.loading ? t('common.loading') : search ? t('catalogue.noMatch') : t('catalogue.empty')
            }
          />
        </Tabs>
      </div>
      {editing ? (
        <ResourceDialog
          key={editing.mode === 'edit' ? editing.id : 'new'}
          editing={
            editing.mode === 'edit'
              ? { id: editing.id }
              : { kind: editing.kind === 'all' ? 'equipment' : editing.kind }
          }
          onClose={() => setEditing(null)}
          onChanged={list.reload}
          onCreated={(id) => setEditing({ mode: 'edit', id })}
        />
      ) : null}
      <SitesDialog open={sitesOpen} onClose={() => setSitesOpen(false)} />
    </section>
  );
}
