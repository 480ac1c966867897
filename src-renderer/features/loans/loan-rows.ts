import { useCallback, useMemo } from 'react';
import type { BookingRowDto } from '../../../src-main/bookings/contract';
import type { DepositRowDto, DepositState } from '../../../src-main/deposits/contract';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import { useQuery } from '../../api/hooks';

export const LOAN_FILTERS = ['out', 'overdue', 'returned', 'all'] as const;
export type LoanFilter = (typeof LOAN_FILTERS)[number];

/** One loan as the loans list shows it: the booking's row with its agreement, deposit and lateness. */
export interface LoanRow extends BookingRowDto {
  agreementNumber: string | null;
  depositState: DepositState | null;
  /** As the main side counts them, for a loan out past its end; null otherwise. */
  lateDays: number | null;
}

/** What bookings.list is asked for each view (the overdue flag is the server's, read below). */
export function bookingsQueryOf(filter: LoanFilter): { status?: 'checked_out' | 'returned' } {
  if (filter === 'out' || filter === 'overdue') return { status: 'checked_out' };
  if (filter === 'returned') return { status: 'returned' };
  return {};
}

const isLoan = (b: BookingRowDto) => b.status === 'checked_out' || b.status === 'returned';

/**
 * Puts together what three lists of the main side say about each loan: the booking (status,
 * overdue, period, lines), its deposit (agreement number, state) and Today's overdue loans (late
 * days). Nothing is computed here beyond keeping the rows of the chosen view.
 */
export function joinLoanRows(
  filter: LoanFilter,
  bookings: readonly BookingRowDto[],
  deposits: readonly DepositRowDto[],
  overdue: readonly { bookingId: number; lateDays: number; agreementNumber: string | null }[],
): LoanRow[] {
  const depositOf = new Map(deposits.map((d) => [d.bookingId, d]));
  const lateOf = new Map(overdue.map((o) => [o.bookingId, o]));
  return bookings
    .filter(isLoan)
    .filter((b) => {
      if (filter === 'out') return b.status === 'checked_out';
      if (filter === 'overdue') return b.status === 'checked_out' && b.overdue;
      if (filter === 'returned') return b.status === 'returned';
      return true;
    })
    .map((b) => {
      const d = depositOf.get(b.id);
      const late = lateOf.get(b.id);
      return {
        ...b,
        agreementNumber: d?.agreementNumber ?? late?.agreementNumber ?? null,
        depositState: d?.state ?? null,
        lateDays: b.overdue ? (late?.lateDays ?? null) : null,
      };
    });
}

export interface LoanRows {
  rows: LoanRow[];
  loading: boolean;
  error: ErrorBody | undefined;
  reload: () => void;
}

/** The loans of one view, read from bookings.list, deposits.list and loans.today. */
export function useLoanRows(filter: LoanFilter): LoanRows {
  const bookings = useQuery('bookings.list', bookingsQueryOf(filter));
  const deposits = useQuery('deposits.list', {});
  const today = useQuery('loans.today', {});
  const rows = useMemo(
    () => joinLoanRows(filter, bookings.data ?? [], deposits.data ?? [], today.data?.overdue ?? []),
    [filter, bookings.data, deposits.data, today.data],
  );
  const { reload: r1 } = bookings;
  const { reload: r2 } = deposits;
  const { reload: r3 } = today;
  const reload = useCallback(() => {
    r1();
    r2();
    r3();
  }, [r1, r2, r3]);
  return {
    rows,
    loading: bookings.loading || deposits.loading || today.loading,
    error: bookings.error ?? deposits.error ?? today.error,
    reload,
  };
}
