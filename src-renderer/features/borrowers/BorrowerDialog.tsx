import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import { ORGANISATION_KINDS, type OrganisationDetail } from '../../../src-main/borrowers/contract';
import { splitFieldErrors } from '../../api/client';
import { useApi } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { CheckboxField, SelectField, TextArea, TextField } from '../../components/fields';
import { useToast } from '../../shell/toast';
import {
  BORROWER_PATHS,
  borrowerFromDetail,
  borrowerPatch,
  borrowerToInput,
  emptyBorrower,
  showsOrganisationFields,
  type BorrowerForm,
} from './borrower-form';

/** Create or edit a borrower. Refusals (a SIRET whose check digit is wrong…) appear beside the field. */
export function BorrowerDialog({
  detail,
  onClose,
  onSaved,
}: {
  detail?: OrganisationDetail;
  onClose: () => void;
  onSaved: (d: OrganisationDetail) => void;
}) {
  const { t } = useTranslation();
  const run = useApi();
  const notify = useToast();
  const [initial] = useState(() => (detail ? borrowerFromDetail(detail) : emptyBorrower()));
  const [form, setForm] = useState<BorrowerForm>(initial);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const { byField, other } = splitFieldErrors(error, BORROWER_PATHS);
  const set =
    <K extends keyof BorrowerForm>(k: K) =>
    (v: BorrowerForm[K]) =>
      setForm((f) => ({ ...f, [k]: v }));
  const org = showsOrganisationFields(form.kind);

  const text = (
    k: Exclude<keyof BorrowerForm, 'kind' | 'isCentre'>,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      label={t(`borrower.field.${k}`)}
      name={k}
      value={form[k]}
      onChange={set(k)}
      error={byField[k]}
      testId={`borrower-field-${k}`}
      {...extra}
    />
  );

  return (
    <Dialog
      open
      onClose={onClose}
      title={detail ? t('borrower.editTitle', { name: detail.name }) : t('borrower.newTitle')}
      testId="borrower-dialog"
      size="lg"
    >
      <form
        noValidate
        data-testid="borrower-form"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          let env;
          if (detail) {
            const patch = borrowerPatch(initial, form);
            if (Object.keys(patch).length === 0) {
              setBusy(false);
              notify(t('common.nothingToSave'));
              return onClose();
            }
            env = await run('organisations.update', { id: detail.id, version: detail.version, ...patch });
          } else {
            env = await run('organisations.create', borrowerToInput(form));
          }
          setBusy(false);
          if (!env.ok) return setError(env.error);
          notify(detail ? t('common.saved') : t('borrower.created', { name: env.value.name }));
          onSaved(env.value);
          onClose();
        }}
      >
        {error ? (
          <Notice tone="error" testId="borrower-form-error">
            <p>
              {Object.keys(byField).length > 0 && other.length === 0 ? t('form.fixFields') : error.message}
            </p>
            {other.length > 0 ? (
              <ul>
                {other.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            ) : null}
          </Notice>
        ) : null}
        <div className="form-grid">
          <fieldset className="form-section">
            <legend>{t('borrower.section.identity')}</legend>
            <div className="row">
              <SelectField
                label={t('borrower.field.kind')}
                name="kind"
                value={form.kind}
                onChange={(v) => set('kind')(v as BorrowerForm['kind'])}
                options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`borrower.kind.${k}`) }))}
                error={byField.kind}
                required
                testId="borrower-field-kind"
              />
            </div>
            {text('name', {
              required: true,
              autoFocus: !detail,
              label: org ? t('borrower.field.name') : t('borrower.field.personName'),
            })}
            {org ? (
              <div className="row">
                {text('rna', { hint: t('borrower.hint.rna'), maxLength: 20 })}
                {text('siret', { hint: t('borrower.hint.siret'), maxLength: 30, inputMode: 'numeric' })}
              </div>
            ) : null}
            {org ? (
              <div className="row">
                {text('representativeName')}
                {text('representativeRole', { hint: t('borrower.hint.representativeRole') })}
              </div>
            ) : null}
          </fieldset>
          <fieldset className="form-section">
            <legend>{t('borrower.section.address')}</legend>
            {text('address')}
            <div className="row row-3">
              {text('postcode', { inputMode: 'numeric', maxLength: 10 })}
              {text('communeName')}
              {text('communeInsee', { hint: t('form.inseeHint'), maxLength: 10 })}
            </div>
            <div className="row">
              {text('email', { type: 'email' })}
              {text('phone', { type: 'tel' })}
            </div>
            <TextArea
              label={t('borrower.field.notes')}
              name="notes"
              value={form.notes}
              onChange={set('notes')}
              error={byField.notes}
              testId="borrower-field-notes"
            />
            <CheckboxField
              label={t('borrower.field.isCentre')}
              name="isCentre"
              checked={form.isCentre}
              onChange={set('isCentre')}
              error={byField.isCentre}
              testId="borrower-field-isCentre"
            />
          </fieldset>
        </div>
        <div className="dialog-actions sticky-actions">
          <button type="button" onClick={onClose} data-testid="borrower-cancel">
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="borrower-submit">
            {detail ? t('common.save') : t('borrower.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
