import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDto, OrganisationDetail } from '../../../src-main/borrowers/contract';
import { useApi } from '../../api/hooks';
import { changedFields } from '../../api/patch';
import { TextField } from '../../components/fields';
import { SubRecordDialog, SubRecordSection } from './SubRecordSection';

export function ContactsSection({
  organisation,
  onChanged,
}: {
  organisation: OrganisationDetail;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <SubRecordSection
      keys="contacts"
      testId="contacts-section"
      addTestId="contact-add"
      recordTestId="contact"
      records={organisation.contacts}
      nameOf={(c) => c.name}
      editOne={(name) => t('contacts.editOne', { name })}
      removeOne={(name) => t('contacts.removeOne', { name })}
      removeExplain={(name) => t('contacts.removeExplain', { name })}
      remove="contacts.remove"
      onChanged={onChanged}
      renderRecord={(c) => (
        <div>
          <strong>{c.name}</strong>
          {c.role ? <span className="muted"> · {c.role}</span> : null}
          <div className="record-meta">
            {c.phone ? <span>{c.phone}</span> : null}
            {c.email ? <span>{c.email}</span> : null}
          </div>
        </div>
      )}
      renderDialog={(contact, onClose) => (
        <ContactDialog
          organisationId={organisation.id}
          contact={contact}
          onClose={onClose}
          onSaved={onChanged}
        />
      )}
    />
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
  const [initial] = useState(() => ({
    name: contact?.name ?? '',
    role: contact?.role ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
  }));
  const [f, setF] = useState(initial);
  return (
    <SubRecordDialog
      title={contact ? t('contacts.editTitle', { name: contact.name }) : t('contacts.newTitle')}
      testId="contact-dialog"
      size="sm"
      paths={PATHS}
      save={() =>
        contact
          ? run('contacts.update', { id: contact.id, ...changedFields(initial, f) })
          : run('contacts.add', { organisationId, ...f })
      }
      saved={t('common.saved')}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={contact ? t('common.save') : t('contacts.add')}
      submitTestId="contact-submit"
    >
      {(byField) => {
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
          <>
            {field('name', { required: true, autoFocus: true })}
            {field('role')}
            <div className="row">
              {field('phone', { type: 'tel' })}
              {field('email', { type: 'email' })}
            </div>
          </>
        );
      }}
    </SubRecordDialog>
  );
}
