import type { Selectable, Updateable } from 'kysely';
import type { z } from 'zod';
import type { BookingTable } from '../../db/schema';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import type { RuleIssue } from '../catalog/rules';
import type {
  BookingDto,
  BookingWriteDto,
  bookingAddLineInput,
  bookingCancelInput,
  bookingConfirmInput,
  bookingCreateInput,
  bookingRemoveLineInput,
  bookingUpdateInput,
} from './contract';
import { assertBorrower, checkBooking, insertLines, toInstant } from './booking-check';
import { getBooking } from './booking-read';
import {
  assertNoDepositHeld,
  createDeposit,
  defaultDeposit,
  depositOfBooking,
  setDefaultDeposit,
} from '../deposits/service';
import { lapseExpiredOptions } from './lapse';
import { auditClosedDayOverride, warningDto } from './opening';
import { actionRefusal, optionExpiresOn, optionExpiryInstant, type BookingAction } from './rules';

/** Every bookings write starts here: options past their expiry are marked lapsed first. */
export async function lapseFirst(ctx: Ctx): Promise<void> {
  for (const id of await lapseExpiredOptions(ctx.db, ctx.now))
    ctx.audit({ entity: 'booking', entityId: id, action: 'lapse', fields: ['status'] });
}

/** The booking, if this action is allowed in its status and the caller saw its latest version. */
async function loadForAction(
  ctx: Ctx,
  id: number,
  version: number,
  action: BookingAction,
): Promise<Selectable<BookingTable>> {
  const b = await ctx.db.selectFrom('bookings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!b) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking', id });
  const refusal = actionRefusal(b.status, action);
  if (refusal) throw refusal;
  if (b.version !== version) throw new DomainError('STALE_VERSION', 'stale_version');
  return b;
}

async function bumpVersion(ctx: Ctx, b: Selectable<BookingTable>, set: Updateable<BookingTable> = {}) {
  const r = await ctx.db
    .updateTable('bookings')
    .set({ ...set, updated_at: ctx.now.toISOString(), version: b.version + 1 })
    .where('id', '=', b.id)
    .where('version', '=', b.version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new DomainError('STALE_VERSION', 'stale_version');
}

async function topLines(ctx: Ctx, bookingId: number) {
  return ctx.db
    .selectFrom('booking_lines')
    .select(['id', 'resource_id', 'quantity', 'kit_line_id'])
    .where('booking_id', '=', bookingId)
    .where('kit_line_id', 'is', null)
    .orderBy('id')
    .execute();
}

/** Σ quantity × the resource's deposit per unit over the top-level lines (a kit has its own deposit). */
async function defaultDepositOf(ctx: Ctx, bookingId: number): Promise<number> {
  const rows = await ctx.db
    .selectFrom('booking_lines as l')
    .innerJoin('resources as r', 'r.id', 'l.resource_id')
    .select(['l.quantity', 'r.deposit_cents'])
    .where('l.booking_id', '=', bookingId)
    .where('l.kit_line_id', 'is', null)
    .execute();
  return defaultDeposit(rows.map((r) => ({ quantity: r.quantity, depositCents: r.deposit_cents })));
}

/**
 * DOMAIN "Deposits": the deposit exists from booking time, expected at its default, so the desk
 * can take the cheque when the booking is made (`deposits.collect` before checkout). Before it is
 * collected, its default follows the lines; once collected, the amount held is the agent's and
 * stays (the checkout dialog shows the default beside it).
 */
export async function expectDeposit(ctx: Ctx, bookingId: number): Promise<void> {
  const cents = await defaultDepositOf(ctx, bookingId);
  const d = await depositOfBooking(ctx.db, bookingId);
  if (!d) await createDeposit(ctx, bookingId, cents);
  else if (d.state === 'expected' && d.default_cents !== cents)
    await setDefaultDeposit(ctx, bookingId, cents);
}

/** A manager's override of the closed-day rule (room on a day the centre is closed), with its reason. */
export interface ClosedDayOverride {
  reason: string;
}

export async function createBooking(
  ctx: Ctx,
  input: z.output<typeof bookingCreateInput>,
  override: ClosedDayOverride | null = null,
): Promise<BookingWriteDto> {
  await lapseFirst(ctx);
  await assertBorrower(ctx.db, ctx.lang, input.borrowerId);
  const issues: RuleIssue[] = [];
  const start = toInstant(input.start, 'start', issues);
  const end = toInstant(input.end, 'end', issues);
  const checked = await checkBooking(ctx, {
    // A refused time still gets its other fields checked; placeholder instants are never written.
    start: start ?? ctx.now,
    end: end ?? new Date(ctx.now.getTime() + 1),
    status: input.status,
    optionExpiresOn: input.optionExpiresOn,
    expectedPeople: input.expectedPeople,
    lines: input.lines.map((l, i) => ({ ...l, path: `lines.${i}` })),
    excludeBookingId: null,
    checkAvailability: true,
    issues,
    closedDayOverride: override !== null,
  });
  const at = ctx.now.toISOString();
  const row = await ctx.db
    .insertInto('bookings')
    .values({
      borrower_id: input.borrowerId,
      status: input.status,
      starts_at: (start as Date).toISOString(),
      ends_at: (end as Date).toISOString(),
      option_expires_at:
        input.status === 'option' && input.optionExpiresOn
          ? optionExpiryInstant(input.optionExpiresOn).toISOString()
          : null,
      purpose: input.purpose,
      place_of_use: input.placeOfUse,
      expected_people: input.expectedPeople,
      walk_in: 0,
      lang: 'fr',
      extension_count: 0,
      created_at: at,
      updated_at: at,
      version: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertLines(ctx.db, row.id, checked.expanded, ctx.now);
  await expectDeposit(ctx, row.id);
  ctx.audit({
    entity: 'booking',
    entityId: row.id,
    action: 'create',
    fields: [
      'borrowerId',
      'start',
      'end',
      'status',
      'optionExpiresOn',
      'purpose',
      'placeOfUse',
      'expectedPeople',
      'lines',
    ],
  });
  if (override && checked.overridden) auditClosedDayOverride(ctx, row.id, override.reason);
  return withWarnings(ctx, await getBooking(ctx.db, ctx.now, row.id), checked.opening.warnings);
}

function withWarnings(
  ctx: Ctx,
  booking: BookingDto,
  warnings: Parameters<typeof warningDto>[1][],
): BookingWriteDto {
  return { ...booking, warnings: warnings.map((w) => warningDto(ctx.lang, w)) };
}

export async function updateBooking(
  ctx: Ctx,
  input: z.output<typeof bookingUpdateInput>,
  override: ClosedDayOverride | null = null,
): Promise<BookingWriteDto> {
  await lapseFirst(ctx);
  const periodChange = input.start !== undefined || input.end !== undefined;
  const b = await loadForAction(ctx, input.id, input.version, periodChange ? 'edit_period' : 'edit');
  const issues: RuleIssue[] = [];
  const start = input.start ? toInstant(input.start, 'start', issues) : new Date(b.starts_at);
  const end = input.end ? toInstant(input.end, 'end', issues) : new Date(b.ends_at);
  const expiryOn =
    input.optionExpiresOn !== undefined ? input.optionExpiresOn : optionExpiresOn(b.option_expires_at);
  const lines = await topLines(ctx, b.id);
  const checked = await checkBooking(ctx, {
    start: start ?? ctx.now,
    end: end ?? new Date(ctx.now.getTime() + 1),
    status: b.status as 'option' | 'confirmed' | 'checked_out',
    // Only an option's expiry is checked again, and only when it or the period changes.
    optionExpiresOn:
      b.status === 'option' && (periodChange || input.optionExpiresOn !== undefined) ? expiryOn : null,
    expectedPeople: input.expectedPeople !== undefined ? input.expectedPeople : b.expected_people,
    lines: lines.map((l) => ({ resourceId: l.resource_id, quantity: l.quantity, path: 'lines' })),
    excludeBookingId: b.id,
    checkAvailability: periodChange,
    issues,
    closedDayOverride: override !== null,
  });
  const set: Updateable<BookingTable> = {};
  if (input.start) set.starts_at = (start as Date).toISOString();
  if (input.end) set.ends_at = (end as Date).toISOString();
  if (input.optionExpiresOn !== undefined && b.status === 'option') {
    set.option_expires_at = input.optionExpiresOn
      ? optionExpiryInstant(input.optionExpiresOn).toISOString()
      : null;
  }
  if (input.purpose !== undefined) set.purpose = input.purpose;
  if (input.placeOfUse !== undefined) set.place_of_use = input.placeOfUse;
  if (input.expectedPeople !== undefined) set.expected_people = input.expectedPeople;
  // Field names only, never their values (the audit log keeps no personal data).
  const fields = (
    ['start', 'end', 'optionExpiresOn', 'purpose', 'placeOfUse', 'expectedPeople'] as const
  ).filter((k) => input[k] !== undefined);
  await bumpVersion(ctx, b, set);
  ctx.audit({ entity: 'booking', entityId: b.id, action: 'update', fields: [...fields] });
  if (override && checked.overridden) auditClosedDayOverride(ctx, b.id, override.reason);
  return withWarnings(ctx, await getBooking(ctx.db, ctx.now, b.id), checked.opening.warnings);
}

export async function addBookingLine(
  ctx: Ctx,
  input: z.output<typeof bookingAddLineInput>,
  override: ClosedDayOverride | null = null,
): Promise<BookingDto> {
  await lapseFirst(ctx);
  const b = await loadForAction(ctx, input.id, input.version, 'edit_lines');
  const existing = await topLines(ctx, b.id);
  // The new line is checked together with the others: a kit and a loose piece add up.
  const { expanded, overridden } = await checkBooking(ctx, {
    start: new Date(b.starts_at),
    end: new Date(b.ends_at),
    status: b.status as 'option' | 'confirmed',
    optionExpiresOn: null,
    expectedPeople: b.expected_people,
    lines: [
      ...existing.map((l) => ({ resourceId: l.resource_id, quantity: l.quantity, path: 'lines' })),
      { resourceId: input.resourceId, quantity: input.quantity, path: '' },
    ],
    excludeBookingId: b.id,
    checkAvailability: true,
    issues: [],
    closedDayOverride: override !== null,
    closedDayScope: { resourceIds: [input.resourceId], path: 'resourceId' },
  });
  await insertLines(ctx.db, b.id, expanded.slice(existing.length), ctx.now);
  await expectDeposit(ctx, b.id);
  await bumpVersion(ctx, b);
  ctx.audit({ entity: 'booking', entityId: b.id, action: 'add_line', fields: ['lines'] });
  if (override && overridden) auditClosedDayOverride(ctx, b.id, override.reason);
  return getBooking(ctx.db, ctx.now, b.id);
}

export async function removeBookingLine(
  ctx: Ctx,
  input: z.output<typeof bookingRemoveLineInput>,
): Promise<BookingDto> {
  await lapseFirst(ctx);
  const b = await loadForAction(ctx, input.id, input.version, 'edit_lines');
  const line = await ctx.db
    .selectFrom('booking_lines')
    .select(['id', 'kit_line_id'])
    .where('id', '=', input.lineId)
    .where('booking_id', '=', b.id)
    .executeTakeFirst();
  if (!line) throw new DomainError('NOT_FOUND', 'booking_line_not_found');
  if (line.kit_line_id !== null) throw new DomainError('INVALID_STATE', 'booking_line_is_component');
  if ((await topLines(ctx, b.id)).length <= 1) throw new DomainError('INVALID_STATE', 'booking_last_line');
  // Component lines go with it (ON DELETE CASCADE on kit_line_id).
  await ctx.db.deleteFrom('booking_lines').where('id', '=', line.id).execute();
  await expectDeposit(ctx, b.id);
  await bumpVersion(ctx, b);
  ctx.audit({ entity: 'booking', entityId: b.id, action: 'remove_line', fields: ['lines'] });
  return getBooking(ctx.db, ctx.now, b.id);
}

export async function confirmBooking(
  ctx: Ctx,
  input: z.output<typeof bookingConfirmInput>,
): Promise<BookingDto> {
  await lapseFirst(ctx);
  // The option held its resources until now, so confirming it needs no new availability check.
  const b = await loadForAction(ctx, input.id, input.version, 'confirm');
  await bumpVersion(ctx, b, { status: 'confirmed', option_expires_at: null });
  ctx.audit({ entity: 'booking', entityId: b.id, action: 'confirm', fields: ['status'] });
  return getBooking(ctx.db, ctx.now, b.id);
}

export async function cancelBooking(
  ctx: Ctx,
  input: z.output<typeof bookingCancelInput>,
): Promise<BookingDto> {
  await lapseFirst(ctx);
  const b = await loadForAction(ctx, input.id, input.version, 'cancel');
  await assertNoDepositHeld(ctx.db, b.id);
  await bumpVersion(ctx, b, {
    status: 'cancelled',
    cancelled_at: ctx.now.toISOString(),
    cancel_reason: input.reason,
  });
  ctx.audit({
    entity: 'booking',
    entityId: b.id,
    action: 'cancel',
    fields: ['status'],
    reason: input.reason,
  });
  return getBooking(ctx.db, ctx.now, b.id);
}
