import type { TFunction } from 'i18next';
import type { LoanRowDto } from '../../../src-main/loans/contract';
import type { Columns } from '../../components/DataTable';
import { borrowerColumn, textColumn } from '../../components/columns';
import type { Lang } from '../../i18n/lang';
import { BookingStatusBadge, OverdueBadge } from '../bookings/badges';
import { formatDateShort, formatDateTime, parisDateOf } from '../../format/dates';
import { DepositStateBadge } from '../deposits/badges';

const wall = (w: { date: string; time: string }, lang: Lang) => `${formatDateShort(w.date, lang)} ${w.time}`;

/**
 * The columns a loan is read by at the desk: agreement, who, what, when it went out, due back
 * (extensions included), late days (as loans.list counts them), deposit.
 */
export function loanColumns(t: TFunction, lang: Lang): Columns<LoanRowDto> {
  return [
    {
      id: 'agreement',
      header: t('loans.field.agreement'),
      accessorFn: (r) => r.agreementNumber ?? undefined,
      cell: ({ row }) => <span className="mono">{row.original.agreementNumber ?? '—'}</span>,
      meta: { width: '8rem' },
    },
    {
      id: 'state',
      header: t('loans.field.state'),
      accessorFn: (r) => (r.overdue ? 'overdue' : r.status),
      // One badge: a loan out past its end reads « En retard », otherwise its status.
      cell: ({ row }) =>
        row.original.overdue ? <OverdueBadge overdue /> : <BookingStatusBadge status={row.original.status} />,
      meta: { width: '7.5rem' },
    },
    borrowerColumn(t, '16%'),
    textColumn('lines', t('loans.field.lines'), (r) => r.lineSummary),
    {
      id: 'out',
      header: t('loans.field.start'),
      accessorFn: (r) => r.checkedOutAt,
      cell: ({ row }) => {
        const at = row.original.checkedOutAt;
        return <span title={formatDateTime(at, lang)}>{formatDateShort(parisDateOf(at), lang)}</span>;
      },
      meta: { width: '6.5rem' },
    },
    {
      id: 'due',
      header: t('loans.field.due'),
      accessorFn: (r) => r.dueAt,
      cell: ({ row }) => wall(row.original.end, lang),
      meta: { width: '9.5rem' },
    },
    {
      id: 'late',
      header: t('loans.field.late'),
      accessorFn: (r) => r.lateDays,
      cell: ({ row }) =>
        row.original.lateDays === 0 ? '—' : t('loans.lateDays', { count: row.original.lateDays }),
      meta: { width: '5.5rem', align: 'end' },
    },
    {
      id: 'deposit',
      header: t('loans.field.deposit'),
      accessorFn: (r) => r.depositState ?? undefined,
      cell: ({ row }) =>
        row.original.depositState ? <DepositStateBadge state={row.original.depositState} /> : '—',
      meta: { width: '8.5rem' },
    },
  ];
}

export function loanSearchText(r: LoanRowDto): string {
  return [r.agreementNumber, String(r.bookingId), r.borrowerName, r.lineSummary, r.purpose]
    .filter(Boolean)
    .join(' ');
}
