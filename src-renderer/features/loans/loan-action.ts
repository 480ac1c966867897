import type { BookingDto } from '../../../src-main/bookings/contract';

/** What a loan's action dialog (extend, amend, corrections) is given by the loan it acts on. */
export interface LoanActionProps {
  booking: BookingDto;
  onClose: () => void;
  /** The loan changed: it reads itself again. */
  onChanged: () => void;
}
