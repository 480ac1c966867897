import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BookingDto } from '../../../src-main/bookings/contract';
import type { DepositDetailDto, LedgerEntryDto } from '../../../src-main/deposits/contract';
import { useQuery } from '../../api/hooks';
import { DataTable, type Columns } from '../../components/DataTable';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { formatDateShort, formatDateTimeShort } from '../../format/dates';
import { formatMoney } from '../../format/money';
import type { Lang } from '../../i18n/lang';
import { useLang } from '../bookings/desk-format';
import { SettleActions } from '../loans/SettleDialog';
import { DepositStateBadge, OldChequeBadge } from './badges';
import { HandBackDeposit } from './HandBackDeposit';

/** A booking that never went out: an option (maybe lapsed since) or a confirmed booking. */
const NOT_OUT = new Set<BookingDto['status']>(['option', 'confirmed', 'lapsed']);

/**
 * One deposit and every movement of its ledger, with the balance after each. A deposit still held
 * on a loan already back can be settled from here (and the loan closed); one taken for a booking
 * that has not gone out can be handed back.
 */
export function DepositLedgerDialog({
  bookingId,
  onClose,
  onChanged,
}: {
  bookingId: number;
  onClose: () => void;
  /** A settlement or a closing was recorded: the list behind should read again. */
  onChanged?: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const detail = useQuery('deposits.get', { bookingId });
  const held = detail.data?.state === 'held';
  const booking = useQuery('bookings.get', { id: bookingId }, { skip: !held });
  const columns = useMemo(() => ledgerColumns(t, lang), [t, lang]);
  const d = detail.data;
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('deposits.ledger.title', { booking: bookingId })}
      testId="deposit-ledger"
      size="lg"
    >
      {detail.error ? <Notice tone="error">{detail.error.message}</Notice> : null}
      {d ? <DepositFacts d={d} lang={lang} /> : null}
      <DataTable<LedgerEntryDto>
        data={d?.ledger ?? []}
        columns={columns}
        getRowId={(r) => String(r.id)}
        label={t('deposits.ledger.tableLabel')}
        testId="deposit-ledger-table"
        rowTestId={(r) => `ledger-row-${r.id}`}
        initialSorting={[{ id: 'at', desc: false }]}
        empty={detail.loading ? t('common.loading') : t('deposits.ledger.empty')}
      />
      {held && d && booking.data && NOT_OUT.has(booking.data.status) ? (
        <div className="dialog-actions">
          <HandBackDeposit
            deposit={d}
            onDone={() => {
              detail.reload();
              booking.reload();
              onChanged?.();
            }}
          />
        </div>
      ) : null}
      {held && booking.data ? (
        <div className="dialog-actions">
          <SettleActions
            booking={booking.data}
            onChanged={() => {
              detail.reload();
              booking.reload();
              onChanged?.();
            }}
          />
        </div>
      ) : null}
    </Dialog>
  );
}

function DepositFacts({ d, lang }: { d: DepositDetailDto; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <dl className="facts" data-testid="deposit-facts">
      <dt>{t('booking.field.borrower')}</dt>
      <dd>{d.borrowerName}</dd>
      <dt>{t('deposits.field.agreement')}</dt>
      <dd className="mono">{d.agreementNumber ?? '—'}</dd>
      <dt>{t('deposits.field.state')}</dt>
      <dd className="badges">
        <DepositStateBadge state={d.state} />
        <OldChequeBadge old={d.overElevenMonths} />
      </dd>
      <dt>{t('deposits.field.amount')}</dt>
      <dd>{formatMoney(d.amountCents, lang)}</dd>
      <dt>{t('deposits.field.held')}</dt>
      <dd data-testid="deposit-held">{formatMoney(d.heldCents, lang)}</dd>
      {d.chequeNumber ? (
        <>
          <dt>{t('deposits.field.cheque')}</dt>
          <dd>
            <span className="mono">{d.chequeNumber}</span> · {d.chequeBank} · {d.chequeDrawer}
            {d.cashableUntil
              ? ` — ${t('deposits.ledger.cashableUntil', { date: formatDateShort(d.cashableUntil, lang) })}`
              : null}
          </dd>
        </>
      ) : null}
      {d.waiverReason ? (
        <>
          <dt>{t('common.reason')}</dt>
          <dd>{d.waiverReason}</dd>
        </>
      ) : null}
    </dl>
  );
}

function ledgerColumns(t: TFunction, lang: Lang): Columns<LedgerEntryDto> {
  return [
    {
      id: 'at',
      header: t('deposits.ledger.at'),
      accessorFn: (r) => r.at,
      cell: ({ row }) => formatDateTimeShort(row.original.at, lang),
      meta: { width: '10.5rem' },
    },
    {
      id: 'kind',
      header: t('deposits.ledger.kind'),
      accessorFn: (r) => t(`deposits.ledger.kinds.${r.kind}`),
      meta: { width: '10rem' },
    },
    {
      id: 'amount',
      header: t('deposits.field.amount'),
      accessorFn: (r) => r.amountCents,
      cell: ({ row }) => formatMoney(row.original.amountCents, lang),
      meta: { width: '7rem', align: 'end' },
    },
    {
      id: 'balance',
      header: t('deposits.ledger.balance'),
      accessorFn: (r) => r.balanceCents,
      cell: ({ row }) => formatMoney(row.original.balanceCents, lang),
      meta: { width: '9rem', align: 'end' },
    },
    { id: 'note', header: t('deposits.ledger.note'), accessorFn: (r) => r.note ?? '' },
    {
      id: 'by',
      header: t('deposits.ledger.by'),
      accessorFn: (r) => r.recordedBy,
      meta: { width: '9rem' },
    },
  ];
}
