import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INCIDENT_STATUSES,
  type IncidentDto,
  type IncidentStatus,
} from '../../../src-main/incidents/contract';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import { splitFieldErrors } from '../../api/client';
import { useApi } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Messages, Notice } from '../../components/Notice';
import { SelectField, TextArea, TextField } from '../../components/fields';
import { centsToInput, formatMoney, parseEuros } from '../../format/money';
import { useToast } from '../../shell/toast';
import { useLang } from '../bookings/desk-format';

/** Status and real cost of an incident (a repair invoice, a piece found again). */
export function IncidentDialog({
  incident,
  onClose,
  onSaved,
}: {
  incident: IncidentDto;
  onClose: () => void;
  onSaved: (i: IncidentDto) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useApi();
  const notify = useToast();
  const [status, setStatus] = useState<IncidentStatus>(incident.status);
  const [cost, setCost] = useState(incident.costCents === null ? '' : centsToInput(incident.costCents, lang));
  const [description, setDescription] = useState(incident.description);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [costError, setCostError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const { byField, other } = splitFieldErrors(error, ['status', 'costCents', 'description']);

  const save = async () => {
    const parsed = parseEuros(cost);
    if (!parsed.ok) {
      setCostError(
        parsed.reason === 'too_many_decimals' ? t('form.money_decimals') : t('form.money_invalid'),
      );
      return;
    }
    setCostError(undefined);
    setBusy(true);
    const env = await run('incidents.update', {
      id: incident.id,
      version: incident.version,
      status,
      costCents: parsed.cents,
      ...(description.trim() !== incident.description ? { description } : {}),
    });
    setBusy(false);
    if (!env.ok) return setError(env.error);
    notify(t('common.saved'));
    onSaved(env.value);
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('incidents.editTitle', { id: incident.id })}
      testId="incident-dialog"
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <dl className="facts">
          <dt>{t('incidents.field.resource')}</dt>
          <dd>
            <span className="mono">{incident.inventoryCode}</span> {incident.resourceName} ×{' '}
            {incident.quantity}
          </dd>
          <dt>{t('booking.field.borrower')}</dt>
          <dd>{incident.borrowerName}</dd>
          <dt>{t('incidents.field.kind')}</dt>
          <dd>{t(`incidents.kind.${incident.kind}`)}</dd>
          <dt>{t('incidents.field.estimate')}</dt>
          <dd>{formatMoney(incident.estimateCents, lang)}</dd>
        </dl>
        {error && (other.length > 0 || Object.keys(byField).length === 0) ? (
          <Notice tone="error" testId="incident-error">
            <Messages list={other} fallback={error.message} />
          </Notice>
        ) : null}
        <SelectField
          label={t('booking.field.status')}
          name="status"
          value={status}
          onChange={(v) => setStatus(v as IncidentStatus)}
          options={INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`incidents.status.${s}`) }))}
          error={byField.status}
          hint={t(`incidents.statusHint.${status}`)}
          testId="incident-status"
        />
        <TextField
          label={t('incidents.field.realCost')}
          name="costCents"
          value={cost}
          onChange={setCost}
          inputMode="decimal"
          className="field-money"
          error={costError ?? byField.costCents}
          hint={t('incidents.realCostHint')}
          testId="incident-cost"
        />
        <TextArea
          label={t('incidents.field.description')}
          name="description"
          value={description}
          onChange={setDescription}
          error={byField.description}
          testId="incident-description"
        />
        <div className="dialog-actions">
          <button type="button" onClick={onClose} data-testid="incident-cancel">
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="incident-save">
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
