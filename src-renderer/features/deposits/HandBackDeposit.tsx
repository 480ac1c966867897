import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepositDetailDto } from '../../../src-main/deposits/contract';
import { useApi } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ReasonDialog';
import { formatMoney } from '../../format/money';
import { useToast } from '../../shell/toast';
import { useLang } from '../bookings/desk-format';

/**
 * A deposit taken at booking, for a booking that will not go out (the borrower withdraws): handed
 * back whole, recorded as settled with nothing kept, so the booking can then be cancelled.
 */
export function HandBackDeposit({ deposit, onDone }: { deposit: DepositDetailDto; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useApi();
  const notify = useToast();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setAsking(true)} data-testid="deposit-hand-back">
        {t('deposits.handBack.open')}
      </button>
      <ConfirmDialog
        open={asking}
        onClose={() => setAsking(false)}
        title={t('deposits.handBack.title')}
        explanation={
          <p>
            {t('deposits.handBack.explain', {
              amount: formatMoney(deposit.heldCents, lang),
              borrower: deposit.borrowerName,
            })}
          </p>
        }
        confirmLabel={t('deposits.handBack.confirm')}
        testId="deposit-hand-back-dialog"
        onConfirm={async () => {
          const env = await run('deposits.settle', { bookingId: deposit.bookingId, retainedCents: 0 });
          if (!env.ok) return env.error;
          notify(t('deposits.handBack.done'));
          onDone();
          return null;
        }}
      />
    </>
  );
}
