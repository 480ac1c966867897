/**
 * What other features call. Checkout re-checks guard 1 with `checkAvailability` inside its own
 * transaction (a back-dated checkout passes its real time as `now`), and builds its refusal
 * with `unavailableError` so the desk reads the same message everywhere.
 */
export { checkAvailability, type AvailabilityRequest, type AvailabilityResult } from './availability-load';
export { lapseExpiredOptions } from './lapse';
export { unavailableError, verdictDto } from './verdicts';
export { getBooking, listBookings } from './booking-read';
export { effectiveStatus, isOverdue, actionRefusal, durationIssue } from './rules';
export { getFairnessRules } from './fairness';
