import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import type { ResourceDetailDto } from '../../../src-main/catalog/contract';
import { splitFieldErrors } from '../../api/client';
import { useApi } from '../../api/hooks';
import { Messages, Notice } from '../../components/Notice';
import { ReasonDialog } from '../../components/ReasonDialog';
import { TextField } from '../../components/fields';
import { formatInteger, parseInteger } from '../../format/numbers';
import { isLang } from '../../i18n/lang';
import { useToast } from '../../shell/toast';
import { MaintenanceNowBadge, ResourceStatusBadge } from './badges';

type Action = 'outOfService' | 'retire' | 'reinstate' | null;

/** Status changes say what they do and ask for a reason; quantities of stock are corrected with one. */
export function StatusPanel({
  detail,
  onUpdated,
}: {
  detail: ResourceDetailDto;
  onUpdated: (d: ResourceDetailDto) => void;
}) {
  const { t } = useTranslation();
  const run = useApi();
  const notify = useToast();
  const [action, setAction] = useState<Action>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const setStatus = async (status: 'available' | 'out_of_service' | 'retired', reason: string | null) => {
    const env = await run('resources.setStatus', { id: detail.id, version: detail.version, status, reason });
    if (!env.ok) return env.error;
    onUpdated(env.value);
    notify(t(`resource.statusChanged.${status}`, { name: detail.name }));
    return null;
  };

  const backInService = async () => {
    setBusy(true);
    const refusal = await setStatus('available', null);
    setBusy(false);
    setError(refusal);
  };

  return (
    <div className="panel-stack" data-testid="resource-status-panel">
      <section className="panel">
        <h3>{t('resource.statusNow')}</h3>
        <p className="badges">
          <ResourceStatusBadge row={detail} />
          <MaintenanceNowBadge quantity={detail.quantityInMaintenanceNow} unit={detail.tracking === 'unit'} />
        </p>
        {detail.statusReason ? (
          <p data-testid="resource-status-reason">
            {t('resource.statusReason', { reason: detail.statusReason })}
          </p>
        ) : null}
        {error ? <Notice tone="error">{error.message}</Notice> : null}
        <div className="button-row">
          {detail.status === 'available' ? (
            <button
              type="button"
              onClick={() => setAction('outOfService')}
              data-testid="resource-out-of-service"
            >
              {t('resource.action.outOfService')}
            </button>
          ) : null}
          {detail.status === 'out_of_service' ? (
            <button
              type="button"
              className="primary"
              onClick={backInService}
              disabled={busy}
              data-testid="resource-back-in-service"
            >
              {t('resource.action.backInService')}
            </button>
          ) : null}
          {detail.status !== 'retired' ? (
            <button
              type="button"
              className="danger"
              onClick={() => setAction('retire')}
              data-testid="resource-retire"
            >
              {t('resource.action.retire')}
            </button>
          ) : (
            <button type="button" onClick={() => setAction('reinstate')} data-testid="resource-reinstate">
              {t('resource.action.reinstate')}
            </button>
          )}
        </div>
      </section>

      {detail.tracking === 'stock' ? <StockForm detail={detail} onUpdated={onUpdated} /> : null}

      <ReasonDialog
        open={action === 'outOfService'}
        onClose={() => setAction(null)}
        title={t('resource.action.outOfServiceTitle', { name: detail.name })}
        explanation={<p>{t('resource.action.outOfServiceExplain')}</p>}
        submitLabel={t('resource.action.outOfService')}
        onSubmit={(reason) => setStatus('out_of_service', reason)}
        testId="out-of-service-dialog"
      />
      <ReasonDialog
        open={action === 'retire'}
        onClose={() => setAction(null)}
        title={t('resource.action.retireTitle', { name: detail.name })}
        explanation={<p>{t('resource.action.retireExplain')}</p>}
        submitLabel={t('resource.action.retire')}
        danger
        onSubmit={(reason) => setStatus('retired', reason)}
        testId="retire-dialog"
      />
      <ReasonDialog
        open={action === 'reinstate'}
        onClose={() => setAction(null)}
        title={t('resource.action.reinstateTitle', { name: detail.name })}
        explanation={<p>{t('resource.action.reinstateExplain')}</p>}
        submitLabel={t('resource.action.reinstate')}
        onSubmit={async (reason) => {
          const env = await run('resources.reinstate', { id: detail.id, version: detail.version, reason });
          if (!env.ok) return env.error;
          onUpdated(env.value);
          notify(t('resource.statusChanged.available', { name: detail.name }));
          return null;
        }}
        testId="reinstate-dialog"
      />
    </div>
  );
}

function StockForm({
  detail,
  onUpdated,
}: {
  detail: ResourceDetailDto;
  onUpdated: (d: ResourceDetailDto) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const run = useApi();
  const notify = useToast();
  const [owned, setOwned] = useState(String(detail.quantityOwned));
  const [outOfService, setOutOfService] = useState(String(detail.quantityOutOfService));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const { byField, other } = splitFieldErrors(error, ['quantityOwned', 'quantityOutOfService', 'reason']);
  const errors = { ...byField, ...local };

  return (
    <section className="panel">
      <h3>{t('resource.stock.title')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('resource.field.quantityOwned')}</dt>
          <dd data-testid="stock-owned">{formatInteger(detail.quantityOwned, lang)}</dd>
        </div>
        <div>
          <dt>{t('resource.field.quantityOutOfService')}</dt>
          <dd data-testid="stock-out-of-service">{formatInteger(detail.quantityOutOfService, lang)}</dd>
        </div>
        <div>
          <dt>{t('resource.stock.inMaintenanceNow')}</dt>
          <dd>{formatInteger(detail.quantityInMaintenanceNow, lang)}</dd>
        </div>
        <div>
          <dt>{t('resource.field.usableNow')}</dt>
          <dd data-testid="stock-usable">
            <strong>{formatInteger(detail.quantityUsableNow, lang)}</strong>
          </dd>
        </div>
      </dl>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const o = parseInteger(owned);
          const s = parseInteger(outOfService);
          const bad: Record<string, string> = {};
          if (o === null || Number.isNaN(o)) bad.quantityOwned = t('form.integer_invalid');
          if (s === null || Number.isNaN(s)) bad.quantityOutOfService = t('form.integer_invalid');
          setLocal(bad);
          if (Object.keys(bad).length > 0) return;
          setBusy(true);
          const env = await run('resources.setStock', {
            id: detail.id,
            version: detail.version,
            quantityOwned: o as number,
            quantityOutOfService: s as number,
            reason,
          });
          setBusy(false);
          if (!env.ok) return setError(env.error);
          setError(null);
          setReason('');
          onUpdated(env.value);
          notify(t('resource.stock.saved'));
        }}
      >
        {error && other.length + Object.keys(byField).length === 0 ? (
          <Notice tone="error">{error.message}</Notice>
        ) : null}
        {other.length > 0 ? (
          <Notice tone="error">
            <Messages list={other} />
          </Notice>
        ) : null}
        <div className="row row-3">
          <TextField
            label={t('resource.field.quantityOwned')}
            name="quantityOwned"
            value={owned}
            onChange={setOwned}
            error={errors.quantityOwned}
            inputMode="numeric"
            testId="stock-field-owned"
          />
          <TextField
            label={t('resource.field.quantityOutOfService')}
            name="quantityOutOfService"
            value={outOfService}
            onChange={setOutOfService}
            error={errors.quantityOutOfService}
            inputMode="numeric"
            testId="stock-field-out-of-service"
          />
          <TextField
            label={t('common.reason')}
            name="reason"
            value={reason}
            onChange={setReason}
            error={errors.reason}
            required
            testId="stock-field-reason"
          />
        </div>
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy} data-testid="stock-submit">
            {t('resource.stock.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
