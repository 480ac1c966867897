import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail, SuspensionDto } from '../../../src-main/borrowers/contract';
import { useApi } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { ReasonDialog } from '../../components/ReasonDialog';
import { TextField } from '../../components/fields';
import { formatDateLong, formatDateShort } from '../../format/dates';
import { isLang } from '../../i18n/lang';
import { SuspensionStatusBadge } from './badges';
import { SubRecordDialog, useAfterWrite } from './SubRecordSection';

/** Suspend until a date with a reason, or lift an active suspension (manager actions: a PIN is asked). */
export function SuspensionSection({
  organisation,
  onChanged,
}: {
  organisation: OrganisationDetail;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const run = useApi();
  const afterWrite = useAfterWrite(onChanged);
  const [suspending, setSuspending] = useState(false);
  const [lifting, setLifting] = useState<SuspensionDto | null>(null);
  const active = organisation.suspensions.find((s) => s.status === 'active') ?? null;

  return (
    <section className="panel" data-testid="suspension-section">
      <div className="panel-title">
        <h3>{t('suspension.title')}</h3>
        {active ? (
          <button type="button" onClick={() => setLifting(active)} data-testid="suspension-lift">
            {t('suspension.lift')}
          </button>
        ) : (
          <button
            type="button"
            className="danger"
            onClick={() => setSuspending(true)}
            data-testid="suspension-add"
          >
            {t('suspension.suspend')}
          </button>
        )}
      </div>
      {active ? (
        <Notice tone="warn" testId="suspension-active">
          {t('suspension.activeUntil', { date: formatDateLong(active.endsOn, lang), reason: active.reason })}
        </Notice>
      ) : (
        <p className="muted">{t('suspension.none')}</p>
      )}
      {organisation.suspensions.length > 0 ? (
        <ul className="record-list compact">
          {organisation.suspensions.map((s) => (
            <li key={s.id} data-testid={`suspension-${s.id}`}>
              <div>
                <SuspensionStatusBadge status={s.status} />{' '}
                {t('suspension.period', {
                  from: formatDateShort(s.startsOn, lang),
                  to: formatDateShort(s.endsOn, lang),
                })}
                <span className="muted"> · {s.reason}</span>
                {s.liftedReason ? (
                  <div className="record-meta">
                    {t('suspension.liftedBecause', { reason: s.liftedReason })}
                  </div>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {suspending ? (
        <SuspendDialog organisation={organisation} onClose={() => setSuspending(false)} onSaved={onChanged} />
      ) : null}
      <ReasonDialog
        open={lifting !== null}
        onClose={() => setLifting(null)}
        title={t('suspension.liftTitle', { name: organisation.name })}
        explanation={<p>{t('suspension.liftExplain')}</p>}
        submitLabel={t('suspension.lift')}
        onSubmit={async (reason) => {
          if (!lifting) return null;
          return afterWrite(
            await run('suspensions.lift', { id: lifting.id, reason }),
            t('suspension.lifted'),
          );
        }}
        testId="suspension-lift-dialog"
      />
    </section>
  );
}

function SuspendDialog({
  organisation,
  onClose,
  onSaved,
}: {
  organisation: OrganisationDetail;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const run = useApi();
  const [endsOn, setEndsOn] = useState('');
  const [reason, setReason] = useState('');
  return (
    <SubRecordDialog
      title={t('suspension.suspendTitle', { name: organisation.name })}
      testId="suspend-dialog"
      size="sm"
      paths={['endsOn', 'reason']}
      intro={<p className="explain">{t('suspension.suspendExplain')}</p>}
      save={() => run('suspensions.add', { organisationId: organisation.id, endsOn, reason })}
      saved={t('suspension.added')}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={t('suspension.suspend')}
      submitTone="danger"
      submitTestId="suspend-submit"
    >
      {(byField) => (
        <>
          <TextField
            type="date"
            label={t('suspension.field.endsOn')}
            name="endsOn"
            value={endsOn}
            onChange={setEndsOn}
            error={byField.endsOn}
            required
            autoFocus
            testId="suspend-field-endsOn"
          />
          <TextField
            label={t('common.reason')}
            name="reason"
            value={reason}
            onChange={setReason}
            error={byField.reason}
            required
            testId="suspend-field-reason"
          />
        </>
      )}
    </SubRecordDialog>
  );
}
