import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LICENCE_CATEGORIES,
  type DriverDto,
  type OrganisationDetail,
} from '../../../src-main/borrowers/contract';
import { useApi } from '../../api/hooks';
import { changedFields } from '../../api/patch';
import { Badge } from '../../components/Badge';
import { SelectField, TextField } from '../../components/fields';
import { formatDateShort } from '../../format/dates';
import { isLang } from '../../i18n/lang';
import { todayFor, useSession } from '../../shell/session';
import { SubRecordDialog, SubRecordSection } from './SubRecordSection';

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
  return (
    <SubRecordSection
      keys="drivers"
      testId="drivers-section"
      addTestId="driver-add"
      recordTestId="driver"
      records={organisation.drivers}
      nameOf={(d) => d.name}
      editOne={(name) => t('drivers.editOne', { name })}
      removeOne={(name) => t('drivers.removeOne', { name })}
      removeExplain={(name) => t('drivers.removeExplain', { name })}
      remove="drivers.remove"
      onChanged={onChanged}
      renderRecord={(d) => (
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
      )}
      renderDialog={(driver, onClose) => (
        <DriverDialog
          organisationId={organisation.id}
          driver={driver}
          onClose={onClose}
          onSaved={onChanged}
        />
      )}
    />
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
  // A new driver is usually checked right now, by whoever is at the desk.
  const [initial] = useState(() => ({
    name: driver?.name ?? '',
    licenceCategory: driver?.licenceCategory ?? 'B',
    licenceExpiry: driver?.licenceExpiry ?? '',
    checkedOn: driver ? (driver.checkedOn ?? '') : todayFor(session.info),
    checkedBy: driver ? (driver.checkedBy ?? '') : session.staff,
  }));
  const [f, setF] = useState(initial);
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }));

  const input = () => ({
    name: f.name,
    licenceCategory: f.licenceCategory as DriverDto['licenceCategory'],
    licenceExpiry: f.licenceExpiry,
    checkedOn: f.checkedOn === '' ? null : f.checkedOn,
    checkedBy: f.checkedBy,
  });

  return (
    <SubRecordDialog
      title={driver ? t('drivers.editTitle', { name: driver.name }) : t('drivers.newTitle')}
      testId="driver-dialog"
      size="sm"
      paths={PATHS}
      save={() =>
        driver
          ? run('drivers.update', {
              id: driver.id,
              ...changedFields(
                { ...initial, checkedOn: initial.checkedOn === '' ? null : initial.checkedOn },
                input(),
              ),
            })
          : run('drivers.add', { organisationId, ...input() })
      }
      saved={t('common.saved')}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={driver ? t('common.save') : t('drivers.add')}
      submitTestId="driver-submit"
    >
      {(byField) => (
        <>
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
        </>
      )}
    </SubRecordDialog>
  );
}
