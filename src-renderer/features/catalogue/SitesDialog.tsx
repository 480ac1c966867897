import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import type { SiteDto } from '../../../src-main/sites/contract';
import { splitFieldErrors } from '../../api/client';
import { useApi, useQuery } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Messages, Notice } from '../../components/Notice';
import { TextArea, TextField } from '../../components/fields';
import { useToast } from '../../shell/toast';

/** The sites where resources are kept: a short list, each editable, and a form for a new one. */
export function SitesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const sites = useQuery('sites.list', {}, { skip: !open });
  const [editing, setEditing] = useState<SiteDto | 'new' | null>(null);
  return (
    <Dialog open={open} onClose={onClose} title={t('sites.title')} testId="sites-dialog" size="lg">
      {sites.error ? <Notice tone="error">{sites.error.message}</Notice> : null}
      <table className="simple-table" aria-label={t('sites.title')}>
        <thead>
          <tr>
            <th scope="col">{t('sites.field.name')}</th>
            <th scope="col">{t('sites.field.communeName')}</th>
            <th scope="col">{t('sites.field.address')}</th>
            <th scope="col">{t('sites.resourceCount')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(sites.data ?? []).map((s) => (
            <tr key={s.id} data-testid={`site-row-${s.id}`}>
              <td>{s.name}</td>
              <td>
                {s.communeName} <span className="muted mono">{s.communeInsee}</span>
              </td>
              <td>{[s.address, s.postcode].filter(Boolean).join(', ')}</td>
              <td className="align-end">{s.resourceCount}</td>
              <td>
                <button
                  type="button"
                  className="small"
                  onClick={() => setEditing(s)}
                  aria-label={t('sites.editOne', { name: s.name })}
                  data-testid={`site-edit-${s.id}`}
                >
                  {t('common.edit')}
                </button>
              </td>
            </tr>
          ))}
          {sites.data && sites.data.length === 0 ? (
            <tr>
              <td colSpan={5}>{t('sites.empty')}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
        <button type="button" className="primary" onClick={() => setEditing('new')} data-testid="site-new">
          {t('sites.new')}
        </button>
      </div>
      <SiteFormDialog
        open={editing !== null}
        site={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onCreated={sites.reload}
      />
    </Dialog>
  );
}

const PATHS = ['name', 'address', 'postcode', 'communeName', 'communeInsee', 'notes'];

export function SiteFormDialog({
  open,
  site = null,
  onClose,
  onCreated,
}: {
  open: boolean;
  site?: SiteDto | null;
  onClose: () => void;
  onCreated: (site: SiteDto) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={site ? t('sites.editTitle', { name: site.name }) : t('sites.newTitle')}
      testId="site-dialog"
      size="sm"
    >
      <SiteForm site={site} onClose={onClose} onSaved={onCreated} />
    </Dialog>
  );
}

function SiteForm({
  site,
  onClose,
  onSaved,
}: {
  site: SiteDto | null;
  onClose: () => void;
  onSaved: (site: SiteDto) => void;
}) {
  const { t } = useTranslation();
  const run = useApi();
  const notify = useToast();
  const [f, setF] = useState({
    name: site?.name ?? '',
    address: site?.address ?? '',
    postcode: site?.postcode ?? '',
    communeName: site?.communeName ?? '',
    communeInsee: site?.communeInsee ?? '',
    notes: site?.notes ?? '',
  });
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  const { byField, other } = splitFieldErrors(error, PATHS);
  const field = (
    k: keyof typeof f,
    extra: { required?: boolean; hint?: string; inputMode?: 'numeric' } = {},
  ) => (
    <TextField
      label={t(`sites.field.${k}`)}
      name={k}
      value={f[k]}
      onChange={set(k)}
      error={byField[k]}
      testId={`site-field-${k}`}
      {...extra}
    />
  );
  return (
    <form
      noValidate
      data-testid="site-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const env = site
          ? await run('sites.update', { id: site.id, version: site.version, ...f })
          : await run('sites.create', f);
        setBusy(false);
        if (!env.ok) return setError(env.error);
        notify(site ? t('common.saved') : t('sites.created', { name: env.value.name }));
        onSaved(env.value);
        onClose();
      }}
    >
      {error && (other.length > 0 || Object.keys(byField).length === 0) ? (
        <Notice tone="error" testId="site-form-error">
          <Messages list={other} fallback={error.message} />
        </Notice>
      ) : null}
      {field('name', { required: true })}
      {field('address')}
      <div className="row">
        {field('postcode', { inputMode: 'numeric' })}
        {field('communeName', { required: true })}
      </div>
      {field('communeInsee', { required: true, hint: t('form.inseeHint') })}
      <TextArea
        label={t('sites.field.notes')}
        name="notes"
        value={f.notes}
        onChange={set('notes')}
        error={byField.notes}
        testId="site-field-notes"
      />
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-testid="site-cancel">
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid="site-submit">
          {site ? t('common.save') : t('sites.create')}
        </button>
      </div>
    </form>
  );
}
