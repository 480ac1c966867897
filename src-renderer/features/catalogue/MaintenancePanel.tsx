import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import type { MaintenancePeriodDto, ResourceDetailDto } from '../../../src-main/catalog/contract';
import { splitFieldErrors } from '../../api/client';
import { useApi } from '../../api/hooks';
import { Badge, type Tone } from '../../components/Badge';
import { Messages, Notice } from '../../components/Notice';
import { ConfirmDialog } from '../../components/ReasonDialog';
import { CheckboxField, TextField } from '../../components/fields';
import { formatDateLong } from '../../format/dates';
import { parseInteger } from '../../format/numbers';
import { isLang, type Lang } from '../../i18n/lang';
import { useToast } from '../../shell/toast';

const WHEN_TONE: Record<MaintenancePeriodDto['when'], Tone> = {
  past: 'neutral',
  current: 'warn',
  upcoming: 'info',
};

/** Periods when the unit (or some pieces) cannot be lent. Times are typed on the Paris clock. */
export function MaintenancePanel({
  detail,
  onChanged,
}: {
  detail: ResourceDetailDto;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'fr';
  const run = useApi();
  const notify = useToast();
  const [removing, setRemoving] = useState<MaintenancePeriodDto | null>(null);
  const moment = (m: { date: string; time: string }) => `${formatDateLong(m.date, lang)} ${m.time}`;

  return (
    <div className="panel-stack" data-testid="maintenance-panel">
      <section className="panel">
        <h3>{t('maintenance.title')}</h3>
        {detail.maintenance.length === 0 ? (
          <p data-testid="maintenance-empty">{t('maintenance.empty')}</p>
        ) : (
          <table className="simple-table" aria-label={t('maintenance.title')}>
            <thead>
              <tr>
                <th scope="col">{t('maintenance.when')}</th>
                <th scope="col">{t('maintenance.start')}</th>
                <th scope="col">{t('maintenance.end')}</th>
                {detail.tracking === 'stock' ? <th scope="col">{t('maintenance.quantity')}</th> : null}
                <th scope="col">{t('common.reason')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.maintenance.map((m) => (
                <tr key={m.id} data-testid="maintenance-row">
                  <td>
                    <Badge tone={WHEN_TONE[m.when]}>{t(`maintenance.status.${m.when}`)}</Badge>
                  </td>
                  <td>{moment(m.start)}</td>
                  <td>{moment(m.end)}</td>
                  {detail.tracking === 'stock' ? <td className="align-end">{m.quantity}</td> : null}
                  <td>{m.reason}</td>
                  <td>
                    <button
                      type="button"
                      className="small"
                      onClick={() => setRemoving(m)}
                      data-testid={`maintenance-remove-${m.id}`}
                    >
                      {t('common.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <AddMaintenance detail={detail} onAdded={onChanged} />
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('maintenance.removeTitle')}
        explanation={
          removing ? (
            <p>
              {t('maintenance.removeExplain', { start: moment(removing.start), end: moment(removing.end) })}
            </p>
          ) : null
        }
        confirmLabel={t('common.remove')}
        onConfirm={async () => {
          if (!removing) return null;
          const env = await run('maintenance.remove', { id: removing.id });
          if (!env.ok) return env.error;
          onChanged();
          notify(t('maintenance.removed'));
          return null;
        }}
        testId="maintenance-remove-dialog"
      />
    </div>
  );
}

const PATHS = ['start.date', 'start.time', 'end.date', 'end.time', 'quantity', 'reason'];

function AddMaintenance({ detail, onAdded }: { detail: ResourceDetailDto; onAdded: () => void }) {
  const { t } = useTranslation();
  const run = useApi();
  const notify = useToast();
  const [f, setF] = useState({
    startDate: '',
    startTime: '08:00',
    startLater: false,
    endDate: '',
    endTime: '18:00',
    endLater: false,
    quantity: '1',
    reason: '',
  });
  const [error, setError] = useState<ErrorBody | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((x) => ({ ...x, [k]: v }));
  const { byField, other } = splitFieldErrors(error, PATHS);
  const errors = { ...byField, ...local };
  const stock = detail.tracking === 'stock';

  return (
    <section className="panel">
      <h3>{t('maintenance.add')}</h3>
      <form
        noValidate
        data-testid="maintenance-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const quantity = stock ? parseInteger(f.quantity) : 1;
          if (quantity === null || Number.isNaN(quantity)) {
            setLocal({ quantity: t('form.integer_invalid') });
            return;
          }
          setLocal({});
          setBusy(true);
          const env = await run('maintenance.add', {
            resourceId: detail.id,
            start: { date: f.startDate, time: f.startTime, later: f.startLater },
            end: { date: f.endDate, time: f.endTime, later: f.endLater },
            quantity,
            reason: f.reason,
          });
          setBusy(false);
          if (!env.ok) return setError(env.error);
          setError(null);
          setF((x) => ({ ...x, reason: '' }));
          onAdded();
          notify(t('maintenance.added'));
        }}
      >
        {error && (other.length > 0 || Object.keys(byField).length === 0) ? (
          <Notice tone="error">
            <Messages list={other} fallback={error.message} />
          </Notice>
        ) : null}
        <p className="muted">{t('maintenance.parisTime')}</p>
        <div className="row row-4">
          <TextField
            type="date"
            label={t('maintenance.startDate')}
            name="start.date"
            value={f.startDate}
            onChange={(v) => set('startDate', v)}
            error={errors['start.date']}
            required
            testId="maintenance-start-date"
          />
          <TextField
            placeholder="hh:mm"
            maxLength={5}
            label={t('maintenance.startTime')}
            name="start.time"
            value={f.startTime}
            onChange={(v) => set('startTime', v)}
            error={errors['start.time']}
            required
            testId="maintenance-start-time"
          />
          <TextField
            type="date"
            label={t('maintenance.endDate')}
            name="end.date"
            value={f.endDate}
            onChange={(v) => set('endDate', v)}
            error={errors['end.date']}
            required
            testId="maintenance-end-date"
          />
          <TextField
            placeholder="hh:mm"
            maxLength={5}
            label={t('maintenance.endTime')}
            name="end.time"
            value={f.endTime}
            onChange={(v) => set('endTime', v)}
            error={errors['end.time']}
            required
            testId="maintenance-end-time"
          />
        </div>
        {/* 02:xx happens twice on the last Sunday of October: let the agent say which one. */}
        {f.startTime.startsWith('02:') || f.endTime.startsWith('02:') ? (
          <div className="row">
            {f.startTime.startsWith('02:') ? (
              <CheckboxField
                label={t('maintenance.laterStart')}
                name="start.later"
                checked={f.startLater}
                onChange={(v) => set('startLater', v)}
                testId="maintenance-start-later"
              />
            ) : null}
            {f.endTime.startsWith('02:') ? (
              <CheckboxField
                label={t('maintenance.laterEnd')}
                name="end.later"
                checked={f.endLater}
                onChange={(v) => set('endLater', v)}
                testId="maintenance-end-later"
              />
            ) : null}
          </div>
        ) : null}
        <div className="row">
          {stock ? (
            <TextField
              label={t('maintenance.quantity')}
              name="quantity"
              value={f.quantity}
              onChange={(v) => set('quantity', v)}
              error={errors.quantity}
              inputMode="numeric"
              testId="maintenance-quantity"
            />
          ) : null}
          <TextField
            label={t('common.reason')}
            name="reason"
            value={f.reason}
            onChange={(v) => set('reason', v)}
            error={errors.reason}
            required
            testId="maintenance-reason"
          />
        </div>
        {!stock && errors.quantity ? <p className="field-error">{errors.quantity}</p> : null}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy} data-testid="maintenance-submit">
            {t('maintenance.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
