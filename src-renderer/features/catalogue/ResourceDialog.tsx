import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import type { ResourceDetailDto, ResourceKind } from '../../../src-main/catalog/contract';
import { splitFieldErrors } from '../../api/client';
import { useApi, useQuery } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { Tabs } from '../../components/Tabs';
import { isLang, type Lang } from '../../i18n/lang';
import { useToast } from '../../shell/toast';
import { ResourceStatusBadge } from './badges';
import { useCatalogueLookups } from './lookups';
import {
  emptyForm,
  formFromDetail,
  formToInput,
  patchOf,
  type LocalIssue,
  type ResourceForm,
} from './resource-form';
import { FIELD_PATH, ResourceFields } from './ResourceFields';
import { SiteFormDialog } from './SitesDialog';
import { StatusPanel } from './StatusPanel';
import { KitPanel } from './KitPanel';
import { MaintenancePanel } from './MaintenancePanel';
import { PhotosPanel } from './PhotosPanel';

const PATHS = Object.values(FIELD_PATH);

export function ResourceDialog({
  editing,
  onClose,
  onChanged,
  onCreated,
}: {
  editing: { id: number } | { kind: ResourceKind };
  onClose: () => void;
  /** Something was saved: the list behind must refresh. */
  onChanged: () => void;
  onCreated: (id: number) => void;
}) {
  const { t } = useTranslation();
  if ('id' in editing) return <EditResource id={editing.id} onClose={onClose} onChanged={onChanged} />;
  return (
    <Dialog open onClose={onClose} title={t('resource.newTitle')} testId="resource-dialog" size="lg">
      <ResourceFormView
        initial={emptyForm(editing.kind)}
        mode="create"
        onCancel={onClose}
        submit={async (form, run) => {
          const converted = formToInput(form);
          if (!converted.ok) return { local: converted.issues };
          const env = await run('resources.create', converted.value);
          if (!env.ok) return { error: env.error };
          onChanged();
          onCreated(env.value.id);
          return { saved: t('resource.created', { name: env.value.name }) };
        }}
      />
    </Dialog>
  );
}

type EditTab = 'form' | 'status' | 'kit' | 'maintenance' | 'photos';

function EditResource({
  id,
  onClose,
  onChanged,
}: {
  id: number;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const query = useQuery('resources.get', { id });
  // The latest record: what an action returned, until a newer read arrives (adding a photo or a
  // maintenance period does not change the resource's version, so arrival order decides).
  const [fresh, setFresh] = useState<ResourceDetailDto | null>(null);
  const [seen, setSeen] = useState(query.data);
  if (query.data !== seen) {
    setSeen(query.data);
    setFresh(null);
  }
  const [tab, setTab] = useState<EditTab>('form');
  // A panel is mounted on its first visit and kept, so switching tabs never loses what was typed.
  const [visited, setVisited] = useState<ReadonlySet<EditTab>>(new Set(['form']));
  const detail = fresh ?? query.data;
  const updated = (d: ResourceDetailDto) => {
    setFresh(d);
    onChanged();
  };
  const reload = () => {
    query.reload();
    onChanged();
  };
  const show = (next: EditTab) => {
    setTab(next);
    setVisited((v) => new Set([...v, next]));
  };

  const title = detail ? (
    <span className="dialog-title-with-badge">
      {detail.name} <span className="mono muted">{detail.inventoryCode}</span>{' '}
      <ResourceStatusBadge row={detail} />
    </span>
  ) : (
    t('common.loading')
  );
  const panel = (id: EditTab, node: ReactNode) =>
    visited.has(id) ? (
      <div hidden={tab !== id} data-testid={`resource-panel-${id}`}>
        {node}
      </div>
    ) : null;

  return (
    <Dialog open onClose={onClose} title={title} testId="resource-dialog" size="lg">
      {query.error && !detail ? <Notice tone="error">{query.error.message}</Notice> : null}
      {detail ? (
        <Tabs
          label={t('resource.sections')}
          testId="resource-tabs"
          value={tab}
          onChange={show}
          tabs={[
            { id: 'form', label: t('resource.tab.form') },
            { id: 'status', label: t('resource.tab.status') },
            { id: 'kit', label: t('resource.tab.kit', { count: detail.components.length }) },
            { id: 'maintenance', label: t('resource.tab.maintenance') },
            { id: 'photos', label: t('resource.tab.photos', { count: detail.photos.length }) },
          ]}
        >
          {panel('form', <EditForm detail={detail} onSaved={updated} onReload={reload} onCancel={onClose} />)}
          {panel('status', <StatusPanel detail={detail} onUpdated={updated} />)}
          {panel('kit', <KitPanel detail={detail} onUpdated={updated} />)}
          {panel('maintenance', <MaintenancePanel detail={detail} onChanged={reload} />)}
          {panel('photos', <PhotosPanel detail={detail} onChanged={reload} />)}
        </Tabs>
      ) : null}
    </Dialog>
  );
}

/**
 * Saves only the fields the agent changed, against the latest version of the record. A save refused
 * as stale keeps the typed form: reloading takes the other person's values for the fields the agent
 * did not touch and keeps the agent's for the others.
 */
function EditForm({
  detail,
  onSaved,
  onReload,
  onCancel,
}: {
  detail: ResourceDetailDto;
  onSaved: (d: ResourceDetailDto) => void;
  onReload: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'fr';
  const [loaded] = useState(() => formFromDetail(detail, lang));
  return (
    <ResourceFormView
      initial={loaded}
      mode="edit"
      onCancel={onCancel}
      latest={{ version: detail.version, form: () => formFromDetail(detail, lang) }}
      onReload={onReload}
      submit={async (form, run, baseline) => {
        const converted = formToInput(form);
        if (!converted.ok) return { local: converted.issues };
        const before = formToInput(baseline);
        const patch = before.ok ? patchOf(before.value, converted.value) : converted.value;
        if (Object.keys(patch).length === 0) return { saved: t('common.nothingToSave') };
        const env = await run('resources.update', { id: detail.id, version: detail.version, ...patch });
        if (!env.ok) return { error: env.error };
        onSaved(env.value);
        return { saved: t('common.saved'), rebased: formFromDetail(env.value, lang) };
      }}
    />
  );
}

type SubmitResult =
  { local: LocalIssue[] } | { error: ErrorBody } | { saved: string; rebased?: ResourceForm };

function ResourceFormView({
  initial,
  mode,
  submit,
  onCancel,
  latest,
  onReload,
}: {
  initial: ResourceForm;
  mode: 'create' | 'edit';
  submit: (
    form: ResourceForm,
    run: ReturnType<typeof useApi>,
    baseline: ResourceForm,
  ) => Promise<SubmitResult>;
  onCancel: () => void;
  /** The latest record (edit only): its version, and the form it gives. */
  latest?: { version: number; form: () => ResourceForm };
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const run = useApi();
  const notify = useToast();
  const lookups = useCatalogueLookups();
  const [form, setForm] = useState(initial);
  const [baseline, setBaseline] = useState(initial);
  const [local, setLocal] = useState<LocalIssue[]>([]);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const [newSite, setNewSite] = useState(false);

  const set = <K extends keyof ResourceForm>(key: K, value: ResourceForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  // Most of the pool belongs to the centre: a new resource starts with it as owner, once owners load.
  const [ownerDefaulted, setOwnerDefaulted] = useState(mode !== 'create');
  const centre = lookups.owners.find((o) => o.isCentre);
  if (!ownerDefaulted && centre) {
    setOwnerDefaulted(true);
    if (form.ownerId === '') setForm((f) => ({ ...f, ownerId: String(centre.id) }));
  }

  const { byField, other } = splitFieldErrors(error, PATHS);
  for (const issue of local) byField[issue.path] ??= t(`form.${issue.code}`);
  const stale = error?.code === 'STALE_VERSION';

  // Reload asked after a stale refusal: once a newer record arrives, merge it under the typed values.
  const [rebaseAfter, setRebaseAfter] = useState<number | null>(null);
  if (latest && rebaseAfter !== null && latest.version > rebaseAfter) {
    const fresh = latest.form();
    const merged = { ...fresh };
    for (const k of Object.keys(form) as (keyof ResourceForm)[])
      if (form[k] !== baseline[k]) (merged as Record<string, string>)[k] = form[k];
    setForm(merged);
    setBaseline(fresh);
    setRebaseAfter(null);
    setError(null);
  }

  return (
    <>
      <form
        noValidate
        className="resource-form"
        data-testid="resource-form"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          const r = await submit(form, run, baseline);
          setBusy(false);
          if ('local' in r) {
            setLocal(r.local);
            setError(null);
          } else if ('error' in r) {
            setLocal([]);
            setError(r.error);
          } else {
            setLocal([]);
            setError(null);
            if (r.rebased) {
              setForm(r.rebased);
              setBaseline(r.rebased);
            }
            notify(r.saved);
          }
        }}
      >
        {lookups.error ? <Notice tone="error">{lookups.error.message}</Notice> : null}
        {error && (other.length > 0 || Object.keys(byField).length === 0) ? (
          <Notice tone="error" testId="resource-form-error">
            <p>{error.message}</p>
            {other.length > 0 ? (
              <ul>
                {other.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            ) : null}
            {stale && onReload && latest ? (
              <button
                type="button"
                onClick={() => {
                  setRebaseAfter(latest.version);
                  onReload();
                }}
                data-testid="resource-form-reload"
              >
                {t('resource.reloadKeepTyped')}
              </button>
            ) : null}
          </Notice>
        ) : null}
        {local.length > 0 || Object.keys(byField).length > 0 ? (
          <Notice tone="error" testId="resource-form-invalid">
            {t('form.fixFields')}
          </Notice>
        ) : null}
        <ResourceFields
          form={form}
          set={set}
          errors={byField}
          mode={mode}
          sites={lookups.sites}
          owners={lookups.owners}
          categories={lookups.categories}
          onNewSite={() => setNewSite(true)}
        />
        <div className="dialog-actions sticky-actions">
          <button type="button" onClick={onCancel} data-testid="resource-cancel">
            {mode === 'create' ? t('common.cancel') : t('common.close')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="resource-submit">
            {mode === 'create' ? t('resource.create') : t('common.save')}
          </button>
        </div>
      </form>
      {/* Outside the form: a form inside a form would submit both. */}
      <SiteFormDialog
        open={newSite}
        onClose={() => setNewSite(false)}
        onCreated={(site) => {
          lookups.reloadSites();
          set('siteId', String(site.id));
        }}
      />
    </>
  );
}
