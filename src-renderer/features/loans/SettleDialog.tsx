import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDto } from '../../../src-main/bookings/contract';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import { useApi, useQuery } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { useToast } from '../../shell/toast';
import { SettleStep } from './SettleStep';

/** Settling a returned loan's deposit after its return ("settle later"), then closing the loan. */
export function SettleDialog({
  booking: b,
  onClose,
  onChanged,
}: {
  booking: BookingDto;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('settle.title', { number: b.agreementNumber ?? `#${b.id}` })}
      testId="settle-dialog"
      size="lg"
    >
      <SettleStep
        bookingId={b.id}
        onClose={onClose}
        onDone={() => {
          onChanged();
          onClose();
        }}
      />
    </Dialog>
  );
}

/**
 * What a returned loan not yet closed still needs, as buttons: « Régler la caution… » while its
 * deposit is held, else « Clore le prêt » (loans.close at once). Nothing once closed or still out.
 */
export function SettleActions({ booking: b, onChanged }: { booking: BookingDto; onChanged: () => void }) {
  const { t } = useTranslation();
  const run = useApi();
  const notify = useToast();
  const pending = b.status === 'returned' && !b.closedAt;
  const deposit = useQuery('deposits.get', { bookingId: b.id }, { skip: !pending });
  const [settling, setSettling] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  // No deposit at all reads as an error here: nothing to settle, the loan can be closed.
  if (!pending || deposit.loading) return null;
  const close = async () => {
    setBusy(true);
    const env = await run('loans.close', { bookingId: b.id });
    setBusy(false);
    if (!env.ok) return setError(env.error);
    notify(t('settle.closed'));
    onChanged();
  };
  return (
    <>
      {error ? (
        <Notice tone="error" testId="loan-close-error">
          {error.message}
        </Notice>
      ) : null}
      {deposit.data?.state === 'held' ? (
        <button type="button" className="primary" onClick={() => setSettling(true)} data-testid="loan-settle">
          {t('settle.open')}
        </button>
      ) : (
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void close()}
          data-testid="loan-close"
        >
          {t('settle.close')}
        </button>
      )}
      {settling ? (
        <SettleDialog
          booking={b}
          onClose={() => setSettling(false)}
          onChanged={() => {
            deposit.reload();
            onChanged();
          }}
        />
      ) : null}
    </>
  );
}
