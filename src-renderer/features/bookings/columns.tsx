import type { TFunction } from 'i18next';
import type { BookingRowDto } from '../../../src-main/bookings/contract';
import type { Columns } from '../../components/DataTable';
import { borrowerColumn, textColumn } from '../../components/columns';
import { formatDateShort } from '../../format/dates';
import type { Lang } from '../../i18n/lang';
import { BookingStatusBadge, OverdueBadge } from './badges';
import { formatPeriod } from './desk-format';

export function bookingColumns(t: TFunction, lang: Lang): Columns<BookingRowDto> {
  return [
    {
      id: 'id',
      header: t('booking.field.number'),
      accessorFn: (r) => r.id,
      cell: ({ row }) => <span className="mono">{row.original.id}</span>,
      meta: { width: '4.5rem', align: 'end' },
    },
    {
      id: 'status',
      header: t('booking.field.status'),
      accessorFn: (r) => (r.overdue ? 'overdue' : r.status),
      cell: ({ row }) => (
        <span className="badges">
          <BookingStatusBadge status={row.original.status} />
          <OverdueBadge overdue={row.original.overdue} />
        </span>
      ),
      meta: { width: '11rem' },
    },
    borrowerColumn(t, '22%'),
    {
      id: 'period',
      header: t('booking.field.period'),
      accessorFn: (r) => r.startsAt,
      cell: ({ row }) => formatPeriod(row.original.start, row.original.end, lang),
      meta: { width: '15rem' },
    },
    textColumn('lines', t('booking.field.lines'), (r) => r.lineSummary),
    {
      id: 'option',
      header: t('booking.field.optionExpiresOn'),
      accessorFn: (r) => (r.status === 'option' ? (r.optionExpiresOn ?? undefined) : undefined),
      cell: ({ row }) =>
        row.original.status === 'option' && row.original.optionExpiresOn
          ? formatDateShort(row.original.optionExpiresOn, lang)
          : '—',
      meta: { width: '7.5rem' },
    },
  ];
}

export function bookingSearchText(r: BookingRowDto): string {
  return [String(r.id), r.borrowerName, r.lineSummary, r.purpose].filter(Boolean).join(' ');
}
