import type { Handlers } from '../api/registry';
import type { bookingsContract } from './contract';
import { availabilityCheck, resourceCalendar, weekPlanning } from './availability-service';
import { getBooking, listBookings } from './booking-read';
import {
  addBookingLine,
  cancelBooking,
  confirmBooking,
  createBooking,
  removeBookingLine,
  updateBooking,
} from './booking-write';
import { getFairnessRules, setFairnessRules } from './fairness';
import { createRecurring, previewRecurring } from './recurring';

export const bookingsHandlers: Handlers<typeof bookingsContract> = {
  'bookings.get': (input, ctx) => getBooking(ctx.db, ctx.now, input.id),
  'bookings.list': (input, ctx) => listBookings(ctx.db, ctx.now, input),
  'bookings.create': (input, ctx) => createBooking(ctx, input),
  'bookings.createOverride': ({ overrideReason, ...input }, ctx) =>
    createBooking(ctx, input, { reason: overrideReason }),
  'bookings.update': (input, ctx) => updateBooking(ctx, input),
  'bookings.updateOverride': ({ overrideReason, ...input }, ctx) =>
    updateBooking(ctx, input, { reason: overrideReason }),
  'bookings.addLine': (input, ctx) => addBookingLine(ctx, input),
  'bookings.addLineOverride': ({ overrideReason, ...input }, ctx) =>
    addBookingLine(ctx, input, { reason: overrideReason }),
  'bookings.removeLine': (input, ctx) => removeBookingLine(ctx, input),
  'bookings.confirm': (input, ctx) => confirmBooking(ctx, input),
  'bookings.cancel': (input, ctx) => cancelBooking(ctx, input),
  'bookings.previewRecurring': (input, ctx) => previewRecurring(ctx.db, ctx.now, ctx.lang, input),
  'bookings.createRecurring': (input, ctx) => createRecurring(ctx, input),
  'bookings.createRecurringOverride': ({ overrideReason, ...input }, ctx) =>
    createRecurring(ctx, input, { reason: overrideReason }),
  'bookings.getRules': (_input, ctx) => getFairnessRules(ctx.db),
  'bookings.setRules': (input, ctx) => setFairnessRules(ctx, input),
  'availability.check': (input, ctx) => availabilityCheck(ctx.db, ctx.now, ctx.lang, input),
  'availability.calendar': (input, ctx) => resourceCalendar(ctx.db, ctx.now, ctx.lang, input),
  'availability.week': (input, ctx) => weekPlanning(ctx.db, ctx.now, input.weekStart),
};
