import { describe, expect, it } from 'vitest';
import type { BookingRowDto } from '../../../src-main/bookings/contract';
import type { DepositRowDto } from '../../../src-main/deposits/contract';
import { bookingsQueryOf, joinLoanRows, LOAN_FILTERS, type LoanFilter } from './loan-rows';

const wall = { date: '2026-06-01', time: '10:00' };
function booking(id: number, status: BookingRowDto['status'], overdue = false): BookingRowDto {
  return {
    id,
    borrowerId: 1,
    borrowerName: `B${id}`,
    status,
    startsAt: '2026-06-01T08:00:00.000Z',
    endsAt: '2026-06-03T08:00:00.000Z',
    start: wall,
    end: wall,
    lineSummary: 'x',
    lineCount: 1,
    overdue,
    optionExpiresOn: null,
    purpose: null,
    recurrenceId: null,
    version: 1,
  };
}
const deposit = (bookingId: number, state: DepositRowDto['state'], agreementNumber: string | null) =>
  ({ bookingId, state, agreementNumber }) as DepositRowDto;

const bookings = [
  booking(1, 'checked_out'),
  booking(2, 'checked_out', true),
  booking(3, 'returned'),
  booking(4, 'confirmed'),
  booking(5, 'option'),
];
const deposits = [
  deposit(1, 'held', '2026-0001'),
  deposit(2, 'waived', '2026-0002'),
  deposit(3, 'returned', '2026-0003'),
];
const overdue = [{ bookingId: 2, lateDays: 2, agreementNumber: '2026-0002' }];

describe('the loans list', () => {
  it.each<[LoanFilter, number[]]>([
    ['out', [1, 2]],
    ['overdue', [2]],
    ['returned', [3]],
    ['all', [1, 2, 3]],
  ])('keeps the loans of view %s, never a booking not handed over', (filter, ids) => {
    expect(joinLoanRows(filter, bookings, deposits, overdue).map((r) => r.id)).toEqual(ids);
  });

  it('takes the agreement and deposit state from the deposit, the late days from Today', () => {
    const rows = joinLoanRows('all', bookings, deposits, overdue);
    expect(rows.map((r) => [r.id, r.agreementNumber, r.depositState, r.lateDays])).toEqual([
      [1, '2026-0001', 'held', null],
      [2, '2026-0002', 'waived', 2],
      [3, '2026-0003', 'returned', null],
    ]);
  });

  it('leaves what the main side did not say empty rather than guessing it', () => {
    const rows = joinLoanRows('out', [booking(9, 'checked_out', true)], [], []);
    expect(rows[0]).toMatchObject({ agreementNumber: null, depositState: null, lateDays: null });
  });

  it('asks bookings.list for the status of the view', () => {
    expect(LOAN_FILTERS.map(bookingsQueryOf)).toEqual([
      { status: 'checked_out' },
      { status: 'checked_out' },
      { status: 'returned' },
      {},
    ]);
  });
});
