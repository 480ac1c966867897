import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import type { ContactDto, OrganisationDetail } from '../../../src-main/borrowers/contract';
import { splitFieldErrors } from '../../api/client';
import { useApi } from '../../api/hooks';
import { changedFields } from '../../api/patch';
import { Dialog } from '../../components/Dialog';
import { Messages, Notice } from '../../components/Notice';
import { ConfirmDialog } from '../../components/ReasonDialog';
import { TextField } from '../../components/fields';
import { useToast } from '../../shell/toast';

export function ContactsSection({
  organisation,
  onChanged,
}: {
  organisation: OrganisationDetail;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const run = useApi();
  const notify = useToast();
  const [editing, setEditing] = useState<ContactDto | 'new' | null>(null);
  const [removing, setRemoving] = useState<ContactDto | null>(null);

  return (
    <section className="panel" data-testid="contacts-section">
      <div className="panel-title">
        <h3>{t('contacts.title')}</h3>
        <button type="button" onClick={() => setEditing('new')} data-testid="contact-add">
          {t('contacts.add')}
        </button>
      </div>
      {organisation.contacts.length === 0 ? (
        <p className="muted">{t('contacts.empty')}</p>
      ) : (
        <ul className="record-list">
          {organisation.contacts.map((c) => (
            <li key={c.id} data-testid={`contact-${c.id}`}>
              <div>
                <strong>{c.name}</strong>
                {c.role ? <span className="muted"> · {c.role}</span> : null}
                <div className="record-meta">
                  {c.phone ? <span>{c.phone}</span> : null}
                  {c.email ? <span>{c.email}</span> : null}
                </div>
              </div>
              <div className="record-actions">
                <button
                  type="button"
                  className="small"
                  onClick={() => setEditing(c)}
                  aria-label={t('contacts.editOne', { name: c.name })}
                  data-testid={`contact-edit-${c.id}`}
                >
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="small"
                  onClick={() => setRemoving(c)}
                  aria-label={t('contacts.removeOne', { name: c.name })}
                  data-testid={`contact-remove-${c.id}`}
                >
                  {t('common.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing !== null ? (
        <ContactDialog
          organisationId={organisation.id}
          contact={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={onChanged}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('contacts.removeTitle')}
        explanation={<p>{t('contacts.removeExplain', { name: removing?.name ?? '' })}</p>}
        confirmLabel={t('common.remove')}
        onConfirm={async () => {
          if (!removing) return null;
          const env = await run('contacts.remove', { id: removing.id });
          if (!env.ok) return env.error;
          notify(t('contacts.removed'));
          onChanged();
          return null;
        }}
        testId="contact-remove-dialog"
      />
    </section>
  );
}

const PATHS = ['name', 'role', 'phone', 'email'];

function ContactDialog({
  organisationId,
  contact,
  onClose,
  onSaved,
}: {
  organisationId: number;
  contact: ContactDto | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const run = useApi();
  const notify = useToast();
  const [initial] = useState(() => ({
    name: contact?.name ?? '',
    role: contact?.role ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
  }));
  const [f, setF] = useState(initial);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const { byField, other } = splitFieldErrors(error, PATHS);
  const field = (k: keyof typeof f, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      label={t(`contacts.field.${k}`)}
      name={k}
      value={f[k]}
      onChange={(v) => setF((x) => ({ ...x, [k]: v }))}
      error={byField[k]}
      testId={`contact-field-${k}`}
      {...extra}
    />
  );
  return (
    <Dialog
      open
      onClose={onClose}
      title={contact ? t('contacts.editTitle', { name: contact.name }) : t('contacts.newTitle')}
      testId="contact-dialog"
      size="sm"
    >
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          const env = contact
            ? await run('contacts.update', { id: contact.id, ...changedFields(initial, f) })
            : await run('contacts.add', { organisationId, ...f });
          setBusy(false);
          if (!env.ok) return setError(env.error);
          notify(t('common.saved'));
          onSaved();
          onClose();
        }}
      >
        {error && (other.length > 0 || Object.keys(byField).length === 0) ? (
          <Notice tone="error">
            <Messages list={other} fallback={error.message} />
          </Notice>
        ) : null}
        {field('name', { required: true, autoFocus: true })}
        {field('role')}
        <div className="row">
          {field('phone', { type: 'tel' })}
          {field('email', { type: 'email' })}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="contact-submit">
            {contact ? t('common.save') : t('contacts.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
