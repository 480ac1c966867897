import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import {
  LICENCE_CATEGORIES,
  type DriverDto,
  type OrganisationDetail,
} from '../../../src-main/borrowers/contract';
import { splitFieldErrors } from '../../api/client';
import { useApi } from '../../api/hooks';
import { changedFields } from '../../api/patch';
import { Badge } from '../../components/Badge';
import { Dialog } from '../../components/Dialog';
import { Messages, Notice } from '../../components/Notice';
import { ConfirmDialog } from '../../components/ReasonDialog';
import { SelectField, TextField } from '../../components/fields';
import { formatDateShort } from '../../format/dates';
import { isLang } from '../../i18n/lang';
import { todayFor, useSession } from '../../shell/session';
import { useToast } from '../../shell/toast';

/** Named drivers for vehicle loans: licence category and expiry, who checked it and when. No scans. */
export function DriversSection({
  organisation,
  onChanged,
}: {
  organisation: OrganisationDetail;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const run = useApi();
  const notify = useToast();
  const [editing, setEditing] = useState<DriverDto | 'new' | null>(null);
  const [removing, setRemoving] = useState<DriverDto | null>(null);

  return (
    <section className="panel" data-testid="drivers-section">
      <div className="panel-title">
        <h3>{t('drivers.title')}</h3>
        <button type="button" onClick={() => setEditing('new')} data-testid="driver-add">
          {t('drivers.add')}
        </button>
      </div>
      {organisation.drivers.length === 0 ? (
        <p className="muted">{t('drivers.empty')}</p>
      ) : (
        <ul className="record-list">
          {organisation.drivers.map((d) => (
            <li key={d.id} data-testid={`driver-${d.id}`}>
              <div>
                <p>
                  <strong>{d.name}</strong>{' '}
                  <span className="muted">· {t('drivers.licence', { category: d.licenceCategory })}</span>{' '}
                  {d.licenceValid ? (
                    <Badge tone={d.licenceDaysLeft <= 30 ? 'warn' : 'ok'}>
                      {t('drivers.validUntil', { date: formatDateShort(d.licenceExpiry, lang) })}
                    </Badge>
                  ) : (
                    <Badge tone="danger">
                      {t('drivers.expired', { date: formatDateShort(d.licenceExpiry, lang) })}
                    </Badge>
                  )}
                </p>
                {d.checkedOn ? (
                  <div className="record-meta">
                    {d.checkedBy
                      ? t('drivers.checkedOnBy', {
                          date: formatDateShort(d.checkedOn, lang),
                          by: d.checkedBy,
                        })
                      : t('drivers.checkedOn', { date: formatDateShort(d.checkedOn, lang) })}
                  </div>
                ) : null}
              </div>
              <div className="record-actions">
                <button
                  type="button"
                  className="small"
                  onClick={() => setEditing(d)}
                  aria-label={t('drivers.editOne', { name: d.name })}
                  data-testid={`driver-edit-${d.id}`}
                >
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="small"
                  onClick={() => setRemoving(d)}
                  aria-label={t('drivers.removeOne', { name: d.name })}
                  data-testid={`driver-remove-${d.id}`}
                >
                  {t('common.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing !== null ? (
        <DriverDialog
          organisationId={organisation.id}
          driver={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={onChanged}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('drivers.removeTitle')}
        explanation={<p>{t('drivers.removeExplain', { name: removing?.name ?? '' })}</p>}
        confirmLabel={t('common.remove')}
        onConfirm={async () => {
          if (!removing) return null;
          const env = await run('drivers.remove', { id: removing.id });
          if (!env.ok) return env.error;
          notify(t('drivers.removed'));
          onChanged();
          return null;
        }}
        testId="driver-remove-dialog"
      />
    </section>
  );
}

const PATHS = ['name', 'licenceCategory', 'licenceExpiry', 'checkedOn', 'checkedBy'];

function DriverDialog({
  organisationId,
  driver,
  onClose,
  onSaved,
}: {
  organisationId: number;
  driver: DriverDto | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const run = useApi();
  const notify = useToast();
  // A new driver is usually checked right now, by whoever is at the desk.
  const [initial] = useState(() => ({
    name: driver?.name ?? '',
    licenceCategory: driver?.licenceCategory ?? 'B',
    licenceExpiry: driver?.licenceExpiry ?? '',
    checkedOn: driver ? (driver.checkedOn ?? '') : todayFor(session.info),
    checkedBy: driver ? (driver.checkedBy ?? '') : session.staff,
  }));
  const [f, setF] = useState(initial);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const { byField, other } = splitFieldErrors(error, PATHS);
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }));

  const input = () => ({
    name: f.name,
    licenceCategory: f.licenceCategory as DriverDto['licenceCategory'],
    licenceExpiry: f.licenceExpiry,
    checkedOn: f.checkedOn === '' ? null : f.checkedOn,
    checkedBy: f.checkedBy,
  });

  return (
    <Dialog
      open
      onClose={onClose}
      title={driver ? t('drivers.editTitle', { name: driver.name }) : t('drivers.newTitle')}
      testId="driver-dialog"
      size="sm"
    >
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          const env = driver
            ? await run('drivers.update', {
                id: driver.id,
                ...changedFields(
                  { ...initial, checkedOn: initial.checkedOn === '' ? null : initial.checkedOn },
                  input(),
                ),
              })
            : await run('drivers.add', { organisationId, ...input() });
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
        <TextField
          label={t('drivers.field.name')}
          name="name"
          value={f.name}
          onChange={set('name')}
          error={byField.name}
          required
          autoFocus
          testId="driver-field-name"
        />
        <div className="row">
          <SelectField
            label={t('drivers.field.licenceCategory')}
            name="licenceCategory"
            value={f.licenceCategory}
            onChange={set('licenceCategory')}
            options={LICENCE_CATEGORIES.map((c) => ({ value: c, label: c }))}
            error={byField.licenceCategory}
            required
            testId="driver-field-licenceCategory"
          />
          <TextField
            type="date"
            label={t('drivers.field.licenceExpiry')}
            name="licenceExpiry"
            value={f.licenceExpiry}
            onChange={set('licenceExpiry')}
            error={byField.licenceExpiry}
            required
            testId="driver-field-licenceExpiry"
          />
        </div>
        <div className="row">
          <TextField
            type="date"
            label={t('drivers.field.checkedOn')}
            name="checkedOn"
            value={f.checkedOn}
            onChange={set('checkedOn')}
            error={byField.checkedOn}
            testId="driver-field-checkedOn"
          />
          <TextField
            label={t('drivers.field.checkedBy')}
            name="checkedBy"
            value={f.checkedBy}
            onChange={set('checkedBy')}
            error={byField.checkedBy}
            testId="driver-field-checkedBy"
          />
        </div>
        <p className="muted small-text">{t('drivers.noScans')}</p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="driver-submit">
            {driver ? t('common.save') : t('drivers.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
