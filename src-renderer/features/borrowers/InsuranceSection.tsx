import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import {
  CERTIFICATE_MIME,
  type CertificateDto,
  type OrganisationDetail,
} from '../../../src-main/borrowers/contract';
import { useApi } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { CheckboxField, Field, TextField } from '../../components/fields';
import { FileButton } from '../../components/FileButton';
import { readFileAsBase64, type PickedFile } from '../../components/files';
import { openAttachment } from '../../components/open-attachment';
import { formatDateShort } from '../../format/dates';
import { isLang } from '../../i18n/lang';
import { CertificateStatusBadge } from './badges';
import { SubRecordDialog, SubRecordSection } from './SubRecordSection';

export function InsuranceSection({
  organisation,
  onChanged,
}: {
  organisation: OrganisationDetail;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const [openError, setOpenError] = useState<ErrorBody | null>(null);

  const covers = (c: CertificateDto) =>
    [
      c.coversCivilLiability ? t('insurance.cover.civilLiability') : null,
      c.coversLentProperty ? t('insurance.cover.lentProperty') : null,
      c.coversVehicleUse ? t('insurance.cover.vehicleUse') : null,
    ]
      .filter(Boolean)
      .join(', ') || t('insurance.cover.none');

  return (
    <SubRecordSection
      keys="insurance"
      testId="insurance-section"
      addTestId="insurance-add"
      recordTestId="certificate"
      records={organisation.certificates}
      nameOf={(c) => c.insurer}
      removeOne={(insurer) => t('insurance.removeOne', { insurer })}
      removeExplain={(insurer) => t('insurance.removeExplain', { insurer })}
      remove="insurance.remove"
      onChanged={onChanged}
      notice={openError ? <Notice tone="error">{openError.message}</Notice> : null}
      renderRecord={(c) => (
        <div>
          <p>
            <CertificateStatusBadge badge={c.badge} /> <strong>{c.insurer}</strong>
            <span className="muted"> · {t('insurance.policy', { number: c.policyNumber })}</span>
          </p>
          <div className="record-meta">
            <span>
              {t('insurance.period', {
                from: formatDateShort(c.validFrom, lang),
                to: formatDateShort(c.validTo, lang),
              })}
            </span>
            <span>{covers(c)}</span>
          </div>
        </div>
      )}
      actions={(c) =>
        c.attachment ? (
          <button
            type="button"
            className="small"
            onClick={async () => setOpenError(c.attachment ? await openAttachment(c.attachment.id) : null)}
            aria-label={t('insurance.openScanOf', { file: c.attachment.fileName })}
            data-testid={`certificate-scan-${c.id}`}
          >
            {t('insurance.openScan')}
          </button>
        ) : (
          <span className="muted small-text">{t('insurance.noScan')}</span>
        )
      }
      renderDialog={(_, onClose) => (
        <CertificateDialog organisationId={organisation.id} onClose={onClose} onSaved={onChanged} />
      )}
    />
  );
}

const PATHS = ['insurer', 'policyNumber', 'validFrom', 'validTo', 'file', 'coversCivilLiability'];

function CertificateDialog({
  organisationId,
  onClose,
  onSaved,
}: {
  organisationId: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const run = useApi();
  const [f, setF] = useState({
    insurer: '',
    policyNumber: '',
    validFrom: '',
    validTo: '',
    coversCivilLiability: true,
    coversLentProperty: false,
    coversVehicleUse: false,
  });
  const [file, setFile] = useState<PickedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const set =
    <K extends keyof typeof f>(k: K) =>
    (v: (typeof f)[K]) =>
      setF((x) => ({ ...x, [k]: v }));

  return (
    <SubRecordDialog
      title={t('insurance.newTitle')}
      testId="certificate-dialog"
      paths={PATHS}
      errorTestId="certificate-error"
      blocked={Boolean(fileError)}
      save={() => {
        const mime = file ? CERTIFICATE_MIME.find((m) => m === file.mime) : undefined;
        return run('insurance.add', {
          organisationId,
          ...f,
          file: file && mime ? { fileName: file.fileName, mime, base64: file.base64 } : null,
        });
      }}
      saved={t('insurance.added')}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={t('insurance.add')}
      submitTestId="certificate-submit"
    >
      {(byField) => (
        <>
          <div className="row">
            <TextField
              label={t('insurance.field.insurer')}
              name="insurer"
              value={f.insurer}
              onChange={set('insurer')}
              error={byField.insurer}
              required
              autoFocus
              testId="certificate-field-insurer"
            />
            <TextField
              label={t('insurance.field.policyNumber')}
              name="policyNumber"
              value={f.policyNumber}
              onChange={set('policyNumber')}
              error={byField.policyNumber}
              required
              testId="certificate-field-policyNumber"
            />
          </div>
          <div className="row">
            <TextField
              type="date"
              label={t('insurance.field.validFrom')}
              name="validFrom"
              value={f.validFrom}
              onChange={set('validFrom')}
              error={byField.validFrom}
              required
              testId="certificate-field-validFrom"
            />
            <TextField
              type="date"
              label={t('insurance.field.validTo')}
              name="validTo"
              value={f.validTo}
              onChange={set('validTo')}
              error={byField.validTo}
              required
              hint={t('insurance.hint.validTo')}
              testId="certificate-field-validTo"
            />
          </div>
          <fieldset className="checks">
            <legend>{t('insurance.field.covers')}</legend>
            <CheckboxField
              label={t('insurance.cover.civilLiability')}
              name="coversCivilLiability"
              checked={f.coversCivilLiability}
              onChange={set('coversCivilLiability')}
              error={byField.coversCivilLiability}
              testId="certificate-field-civilLiability"
            />
            <CheckboxField
              label={t('insurance.cover.lentProperty')}
              name="coversLentProperty"
              checked={f.coversLentProperty}
              onChange={set('coversLentProperty')}
              testId="certificate-field-lentProperty"
            />
            <CheckboxField
              label={t('insurance.cover.vehicleUse')}
              name="coversVehicleUse"
              checked={f.coversVehicleUse}
              onChange={set('coversVehicleUse')}
              testId="certificate-field-vehicleUse"
            />
          </fieldset>
          <Field
            label={t('insurance.field.file')}
            error={fileError ?? byField.file}
            hint={t('insurance.hint.file')}
          >
            {(a11y) => (
              <FileButton
                id={a11y.id}
                label={t('insurance.chooseFile')}
                accept={CERTIFICATE_MIME.join(',')}
                testId="certificate-field-file"
                describedBy={a11y['aria-describedby']}
                invalid={a11y['aria-invalid']}
                onFiles={async ([picked]) => {
                  if (!picked) {
                    setFile(null);
                    setFileError(null);
                    return;
                  }
                  if (!CERTIFICATE_MIME.some((m) => m === picked.type)) {
                    setFile(null);
                    setFileError(t('insurance.fileWrongType', { name: picked.name }));
                    return;
                  }
                  setFileError(null);
                  setFile(await readFileAsBase64(picked));
                }}
              />
            )}
          </Field>
        </>
      )}
    </SubRecordDialog>
  );
}
