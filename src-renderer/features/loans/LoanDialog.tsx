import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDto } from '../../../src-main/bookings/contract';
import { useQuery } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { formatDateTime } from '../../format/dates';
import { BookingStatusBadge, OverdueBadge } from '../bookings/badges';
import { formatPeriod, useLang } from '../bookings/desk-format';
import { AmendDialog } from './AmendDialog';
import { CorrectCheckoutDialog } from './CorrectCheckoutDialog';
import { CorrectReturnDialog } from './CorrectReturnDialog';
import { ExtendDialog } from './ExtendDialog';
import { LinePhotoGallery } from './LinePhotoGallery';
import { ReturnDialog } from './ReturnDialog';
import { SettleActions } from './SettleDialog';

type Action = 'extend' | 'amend' | 'correctCheckout' | 'correctReturn' | 'return';

/** How the dialogs on a loan name it: its agreement number (every loan out has one). */
export function loanNumber(b: BookingDto): string {
  return b.agreementNumber ?? `#${b.id}`;
}

/** One loan: what went out and what came back, and what can be done on it (each in its own dialog). */
export function LoanDialog({
  bookingId,
  onClose,
  onChanged,
}: {
  bookingId: number;
  onClose: () => void;
  /** Something was written: the list behind should read again. */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const booking = useQuery('bookings.get', { id: bookingId });
  const [action, setAction] = useState<Action | null>(null);
  const b = booking.data;
  const changed = () => {
    booking.reload();
    onChanged();
  };
  const title = b
    ? b.agreementNumber
      ? t('loans.dialog.title', { number: b.agreementNumber, borrower: b.borrowerName })
      : t('loans.dialog.titleNoNumber', { id: b.id, borrower: b.borrowerName })
    : t('common.loading');
  return (
    <Dialog open onClose={onClose} title={title} testId="loan-dialog" size="lg">
      {booking.error ? <Notice tone="error">{booking.error.message}</Notice> : null}
      {b ? (
        <LoanSummary booking={b} onAction={setAction} onChanged={changed} />
      ) : (
        <p aria-busy="true">{t('common.loading')}</p>
      )}
      {b && action === 'extend' ? (
        <ExtendDialog booking={b} onClose={() => setAction(null)} onChanged={changed} />
      ) : null}
      {b && action === 'amend' ? (
        <AmendDialog booking={b} onClose={() => setAction(null)} onChanged={changed} />
      ) : null}
      {b && action === 'correctCheckout' ? (
        <CorrectCheckoutDialog booking={b} onClose={() => setAction(null)} onChanged={changed} />
      ) : null}
      {b && action === 'correctReturn' ? (
        <CorrectReturnDialog booking={b} onClose={() => setAction(null)} onChanged={changed} />
      ) : null}
      {b && action === 'return' ? (
        <ReturnDialog bookingId={b.id} onClose={() => setAction(null)} onDone={changed} />
      ) : null}
    </Dialog>
  );
}

function LoanSummary({
  booking: b,
  onAction,
  onChanged,
}: {
  booking: BookingDto;
  onAction: (a: Action) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const out = b.status === 'checked_out';
  const top = b.lines.filter((l) => l.kitLineId === null);
  // Returned, or partly: something came back, so a return was recorded and can be corrected.
  const someBack = b.lines.some((l) => l.quantityOk + l.quantityDamaged + l.quantityMissing > 0);
  const button = (a: Action, primary = false) => (
    <button
      type="button"
      className={primary ? 'primary' : undefined}
      onClick={() => onAction(a)}
      data-testid={`loan-${a}`}
    >
      {t(`loans.dialog.${a}`)}
    </button>
  );
  return (
    <>
      <dl className="facts" data-testid="loan-facts">
        <dt>{t('loans.field.state')}</dt>
        <dd className="badges">
          <BookingStatusBadge status={b.status} />
          <OverdueBadge overdue={b.overdue} />
        </dd>
        <dt>{t('loans.dialog.period')}</dt>
        <dd data-testid="loan-period">{formatPeriod(b.start, b.end, lang)}</dd>
        {b.checkedOutAt ? (
          <>
            <dt>{t('loans.dialog.checkedOutAt')}</dt>
            <dd>{formatDateTime(b.checkedOutAt, lang)}</dd>
          </>
        ) : null}
        {b.returnedAt ? (
          <>
            <dt>{t('loans.dialog.returnedAt')}</dt>
            <dd>{formatDateTime(b.returnedAt, lang)}</dd>
          </>
        ) : null}
      </dl>
      <table className="simple-table" aria-label={t('loans.dialog.lines')} data-testid="loan-lines">
        <thead>
          <tr>
            <th scope="col">{t('resource.field.name')}</th>
            <th scope="col">{t('loans.dialog.quantity')}</th>
            <th scope="col">{t('loans.dialog.back')}</th>
          </tr>
        </thead>
        <tbody>
          {top.map((l) => (
            <tr key={l.id} data-testid={`loan-line-${l.inventoryCode}`}>
              <td>
                <span className="mono">{l.inventoryCode}</span> {l.resourceName}
              </td>
              <td>{l.quantity}</td>
              <td>
                {l.quantityOk} / {l.quantityDamaged} / {l.quantityMissing}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions" role="group" aria-label={t('loans.dialog.actions')}>
        {out ? button('extend') : null}
        {out ? button('amend') : null}
        {button('correctCheckout')}
        {someBack ? button('correctReturn') : null}
        {out ? button('return', true) : null}
        <SettleActions booking={b} onChanged={onChanged} />
      </div>
      <LinePhotoGallery booking={b} />
    </>
  );
}
