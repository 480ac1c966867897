import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { DomainError } from '../core/errors';
import { translate, type Lang } from '../core/messages';
import { parisDate } from '../core/paris-time';
import { checkAvailability, unavailableError } from '../bookings/service';
import type { BorrowerStanding } from '../borrowers/standing';
import { formatEuros } from '../deposits/ledger';
import { dueDateOf } from '../lateness/rules';
import type { GuardFailureDto } from './contract';
import type { GuardFacts, GuardFailure, VehicleLineFacts } from './guards';

export interface GuardContext {
  booking: { id: number; borrower_id: number; starts_at: string; ends_at: string };
  topLines: { resourceId: number; quantity: number }[];
  vehicles: VehicleLineFacts[];
  standing: BorrowerStanding;
  /** The time the checkout happens (a back-dated one is checked as of then). */
  at: Date;
}

/**
 * Loads what the five guards look at, inside the caller's transaction. Guard 1 re-runs the
 * availability engine over the booking's period without the booking itself, as of `at`.
 */
export async function loadGuardFacts(db: Kysely<Database>, lang: Lang, g: GuardContext): Promise<GuardFacts> {
  const start = new Date(g.booking.starts_at);
  const end = new Date(g.booking.ends_at);
  const availability = await checkAvailability(
    db,
    { lines: g.topLines, start, end, excludeBookingId: g.booking.id },
    g.at,
  );
  const period = { start: start.getTime(), end: end.getTime() };
  const unavailable = availability.verdicts
    .filter((v) => !v.available)
    .map((v) => {
      const e = unavailableError(lang, [v], period);
      return { resourceName: v.resource.name, detail: translate(lang, e.key, e.params) };
    });
  // Overdue as of `at`: out then (checked out by then, not yet back), past its end. For a
  // back-dated checkout, a loan returned since still counts; one checked out since does not.
  const when = g.at.toISOString();
  const overdue = await db
    .selectFrom('bookings')
    .select(['id', 'agreement_number'])
    .where('borrower_id', '=', g.booking.borrower_id)
    .where('status', 'in', ['checked_out', 'returned'])
    .where('checked_out_at', '<=', when)
    .where((eb) => eb.or([eb('returned_at', 'is', null), eb('returned_at', '>', when)]))
    .where('ends_at', '<', when)
    .where('id', '!=', g.booking.id)
    .orderBy('ends_at')
    .execute();
  const deposit = await db
    .selectFrom('deposits')
    .select(['state', 'amount_cents'])
    .where('booking_id', '=', g.booking.id)
    .executeTakeFirst();
  return {
    unavailable,
    fromDate: parisDate(start),
    // The last civil day of use: an end at 00:00 does not touch the next date.
    toDate: dueDateOf(end),
    onDate: parisDate(g.at),
    certificates: g.standing.certificates,
    suspensions: g.standing.suspensions,
    overdueLoans: overdue.map((o) => ({ bookingId: o.id, agreementNumber: o.agreement_number })),
    vehicles: g.vehicles,
    deposit: deposit
      ? { state: deposit.state, amountCents: deposit.amount_cents }
      : { state: 'expected', amountCents: 0 },
  };
}

export function failureDto(lang: Lang, f: GuardFailure): GuardFailureDto {
  const params = { ...f.params };
  if (f.code === 'deposit_not_collected') params.amount = formatEuros(Number(f.params.amount));
  return { guard: f.guard, code: f.code, message: translate(lang, `guard_${f.code}`, params) };
}

/** CHECKOUT_REFUSED: a message naming each failed guard, and the failures for the dialog. */
export function checkoutRefused(lang: Lang, failures: readonly GuardFailure[]): DomainError {
  const dtos = failures.map((f) => failureDto(lang, f));
  const sep = lang === 'fr' ? ' : ' : ': ';
  const list = dtos.map((d) => `${translate(lang, `guard_${d.guard}`)}${sep}${d.message}`).join(' ');
  return new DomainError('CHECKOUT_REFUSED', 'checkout_refused', { list }, { failures: dtos });
}
