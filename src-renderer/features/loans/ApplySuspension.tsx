import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { TextField } from '../../components/fields';
import { formatDateLong } from '../../format/dates';
import { parseInteger } from '../../format/numbers';
import { todayFor, useSession } from '../../shell/session';
import { useLang } from '../bookings/desk-format';
import { SubRecordDialog } from '../borrowers/SubRecordSection';
import { addDays } from '../planning/civil';

/**
 * The suspension a late return proposes, applied to the borrower (suspensions.add, a manager's
 * action: the PIN is asked): the proposed days pre-filled, starting today, with a reason.
 */
export function ApplySuspensionDialog({
  borrowerId,
  borrowerName,
  loanNumber,
  proposedDays,
  onClose,
  onApplied,
}: {
  borrowerId: number;
  borrowerName: string;
  loanNumber: string;
  proposedDays: number;
  onClose: () => void;
  onApplied: (endsOn: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useApi();
  const { info } = useSession();
  const [days, setDays] = useState(String(proposedDays));
  const [reason, setReason] = useState(() => t('settle.suspension.defaultReason', { number: loanNumber }));
  const n = parseInteger(days);
  const valid = n !== null && !Number.isNaN(n) && n >= 1;
  // Days counted from today included: 15 days from the 9th end on the 23rd.
  const endsOn = valid ? addDays(todayFor(info), n - 1) : null;
  return (
    <SubRecordDialog
      title={t('settle.suspension.title', { name: borrowerName })}
      testId="apply-suspension-dialog"
      size="sm"
      paths={['endsOn', 'reason']}
      intro={<p className="explain">{t('settle.suspension.explain')}</p>}
      blocked={!valid}
      save={() => run('suspensions.add', { organisationId: borrowerId, endsOn: endsOn ?? '', reason })}
      saved={t('settle.suspension.applied', { date: endsOn ? formatDateLong(endsOn, lang) : '' })}
      onSaved={() => {
        if (endsOn) onApplied(endsOn);
      }}
      onClose={onClose}
      submitLabel={t('settle.suspension.submit')}
      submitTone="danger"
      submitTestId="apply-suspension-submit"
    >
      {(byField) => (
        <>
          <TextField
            label={t('settle.suspension.days')}
            name="days"
            value={days}
            onChange={setDays}
            inputMode="numeric"
            className="field-narrow"
            required
            autoFocus
            error={valid ? byField.endsOn : t('settle.suspension.daysInvalid')}
            hint={endsOn ? t('settle.suspension.until', { date: formatDateLong(endsOn, lang) }) : undefined}
            testId="apply-suspension-days"
          />
          <TextField
            label={t('settle.suspension.reason')}
            name="reason"
            value={reason}
            onChange={setReason}
            error={byField.reason}
            required
            testId="apply-suspension-reason"
          />
        </>
      )}
    </SubRecordDialog>
  );
}
