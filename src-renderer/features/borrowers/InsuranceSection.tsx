import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import {
  CERTIFICATE_MIME,
  type CertificateDto,
  type OrganisationDetail,
} from '../../../src-main/borrowers/contract';
import { splitFieldErrors } from '../../api/client';
import { useApi } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Messages, Notice } from '../../components/Notice';
import { ConfirmDialog } from '../../components/ReasonDialog';
import { CheckboxField, Field, TextField } from '../../components/fields';
import { FileButton } from '../../components/FileButton';
import { readFileAsBase64, type PickedFile } from '../../components/files';
import { openAttachment } from '../../components/open-attachment';
import { formatDateShort } from '../../format/dates';
import { isLang } from '../../i18n/lang';
import { useToast } from '../../shell/toast';
import { CertificateStatusBadge } from './badges';

export function InsuranceSection({
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
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<CertificateDto | null>(null);
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
    <section className="panel" data-testid="insurance-section">
      <div className="panel-title">
        <h3>{t('insurance.title')}</h3>
        <button type="button" onClick={() => setAdding(true)} data-testid="insurance-add">
          {t('insurance.add')}
        </button>
      </div>
      {openError ? <Notice tone="error">{openError.message}</Notice> : null}
      {organisation.certificates.length === 0 ? (
        <p className="muted">{t('insurance.empty')}</p>
      ) : (
        <ul className="record-list">
          {organisation.certificates.map((c) => (
            <li key={c.id} data-testid={`certificate-${c.id}`}>
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
              <div className="record-actions">
                {c.attachment ? (
                  <button
                    type="button"
                    className="small"
                    onClick={async () =>
                      setOpenError(c.attachment ? await openAttachment(c.attachment.id) : null)
                    }
                    aria-label={t('insurance.openScanOf', { file: c.attachment.fileName })}
                    data-testid={`certificate-scan-${c.id}`}
                  >
                    {t('insurance.openScan')}
                  </button>
                ) : (
                  <span className="muted small-text">{t('insurance.noScan')}</span>
                )}
                <button
                  type="button"
                  className="small"
                  onClick={() => setRemoving(c)}
                  aria-label={t('insurance.removeOne', { insurer: c.insurer })}
                  data-testid={`certificate-remove-${c.id}`}
                >
                  {t('common.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <CertificateDialog
          organisationId={organisation.id}
          onClose={() => setAdding(false)}
          onSaved={onChanged}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('insurance.removeTitle')}
        explanation={<p>{t('insurance.removeExplain', { insurer: removing?.insurer ?? '' })}</p>}
        confirmLabel={t('common.remove')}
        onConfirm={async () => {
          if (!removing) return null;
          const env = await run('insurance.remove', { id: removing.id });
          if (!env.ok) return env.error;
          notify(t('insurance.removed'));
          onChanged();
          return null;
        }}
        testId="certificate-remove-dialog"
      />
    </section>
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
  const notify = useToast();
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
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const { byField, other } = splitFieldErrors(error, PATHS);
  const set =
    <K extends keyof typeof f>(k: K) =>
    (v: (typeof f)[K]) =>
      setF((x) => ({ ...x, [k]: v }));

  return (
    <Dialog open onClose={onClose} title={t('insurance.newTitle')} testId="certificate-dialog">
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (fileError) return;
          const mime = file ? CERTIFICATE_MIME.find((m) => m === file.mime) : undefined;
          setBusy(true);
          const env = await run('insurance.add', {
            organisationId,
            ...f,
            file: file && mime ? { fileName: file.fileName, mime, base64: file.base64 } : null,
          });
          setBusy(false);
          if (!env.ok) return setError(env.error);
          notify(t('insurance.added'));
          onSaved();
          onClose();
        }}
      >
        {error && (other.length > 0 || Object.keys(byField).length === 0) ? (
          <Notice tone="error" testId="certificate-error">
            <Messages list={other} fallback={error.message} />
          </Notice>
        ) : null}
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
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="certificate-submit">
            {t('insurance.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
