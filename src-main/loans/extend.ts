import type { z } from 'zod';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import { parisWall } from '../core/paris-time';
import { refuseFields } from '../catalog/refusals';
import type { RuleIssue } from '../catalog/rules';
import { toInstant } from '../bookings/booking-check';
import { lapseFirst } from '../bookings/booking-write';
import type { BookingDto } from '../bookings/contract';
import {
  checkAvailability,
  durationIssue,
  getBooking,
  getFairnessRules,
  unavailableError,
} from '../bookings/service';
import { wallText } from '../bookings/verdicts';
import { mayExtend } from '../lateness/service';
import { amendmentNumber } from '../agreements/numbering';
import { freezeAgreement } from '../agreements/freeze';
import type { ExtensionResultDto, extendInput, undoExtensionInput } from './contract';

async function loadOut(ctx: Ctx, bookingId: number, version: number) {
  const b = await ctx.db.selectFrom('bookings').selectAll().where('id', '=', bookingId).executeTakeFirst();
  if (!b) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking', id: bookingId });
  if (b.status !== 'checked_out' || b.agreement_number === null)
    throw new DomainError('INVALID_STATE', 'loan_not_out');
  if (b.version !== version) throw new DomainError('STALE_VERSION', 'stale_version');
  return b;
}

/**
 * DOMAIN "Extension": the new end is a later moment than the old end (it counts from there, not
 * from today), the resources must stay available up to it (a following booking refuses it and
 * is named), the manager's maximum number of extensions and longest booking apply; the change is
 * an amendment with its own number.
 */
export async function extendLoan(ctx: Ctx, input: z.output<typeof extendInput>): Promise<ExtensionResultDto> {
  await lapseFirst(ctx);
  const b = await loadOut(ctx, input.bookingId, input.version);
  const issues: RuleIssue[] = [];
  const newEnd = toInstant(input.newEnd, 'newEnd', issues);
  const oldEnd = new Date(b.ends_at);
  if (newEnd && newEnd.getTime() <= oldEnd.getTime())
    issues.push({
      path: 'newEnd.date',
      code: 'extension_not_later',
      params: { end: wallText(ctx.lang, parisWall(oldEnd)) },
    });
  // The manager's longest booking holds over the whole loan, the extension included.
  const { maxDurationDays } = await getFairnessRules(ctx.db);
  const long = newEnd && durationIssue(maxDurationDays, new Date(b.starts_at), newEnd, 'newEnd.date');
  if (long) issues.push(long);
  if (issues.length > 0 || !newEnd) refuseFields(ctx.lang, issues);

  const active = await ctx.db
    .selectFrom('booking_extensions')
    .select('id')
    .where('booking_id', '=', b.id)
    .where('undone_at', 'is', null)
    .execute();
  if (!(await mayExtend(ctx.db, active.length)))
    throw new DomainError('INVALID_STATE', 'extension_max_reached', { count: active.length });

  const lines = await ctx.db
    .selectFrom('booking_lines')
    .select(['resource_id', 'quantity', 'quantity_ok', 'quantity_damaged', 'quantity_missing'])
    .where('booking_id', '=', b.id)
    .where('kit_line_id', 'is', null)
    .execute();
  const start = new Date(b.starts_at);
  const result = await checkAvailability(
    ctx.db,
    {
      // Only what is still out needs to stay available.
      lines: lines
        .map((l) => ({
          resourceId: l.resource_id,
          quantity: l.quantity - l.quantity_ok - l.quantity_damaged - l.quantity_missing,
        }))
        .filter((l) => l.quantity > 0),
      start,
      end: newEnd,
      excludeBookingId: b.id,
    },
    ctx.now,
  );
  if (!result.available)
    throw unavailableError(ctx.lang, result.verdicts, { start: start.getTime(), end: newEnd.getTime() });

  await ctx.db
    .updateTable('bookings')
    .set({
      ends_at: newEnd.toISOString(),
      extension_count: active.length + 1,
      updated_at: ctx.now.toISOString(),
      version: b.version + 1,
    })
    .where('id', '=', b.id)
    .execute();
  const amendments = await ctx.db
    .selectFrom('agreements')
    .select('id')
    .where('booking_id', '=', b.id)
    .where('kind', '=', 'amendment')
    .execute();
  // Undone extensions keep their amendment: numbers are never reused.
  const number = amendmentNumber(b.agreement_number as string, amendments.length + 1);
  const frozen = await freezeAgreement(ctx.db, {
    bookingId: b.id,
    number,
    kind: 'amendment',
    issuedAt: ctx.now,
    insuranceOverridden: false,
  });
  const agreement = await ctx.db
    .insertInto('agreements')
    .values({
      booking_id: b.id,
      number,
      kind: 'amendment',
      frozen: JSON.stringify(frozen),
      terms_version: frozen.termsVersion,
      lang: frozen.lang,
      created_at: ctx.now.toISOString(),
      signed_pdf: null,
      signed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ext = await ctx.db
    .insertInto('booking_extensions')
    .values({
      booking_id: b.id,
      old_ends_at: b.ends_at,
      new_ends_at: newEnd.toISOString(),
      amendment_id: agreement.id,
      created_at: ctx.now.toISOString(),
      undone_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ctx.audit({ entity: 'booking', entityId: b.id, action: 'extend', fields: ['end', 'amendment'] });
  return { booking: await getBooking(ctx.db, ctx.now, b.id), amendmentNumber: number, extensionId: ext.id };
}

/** Back to the end before the last extension; its amendment stays, marked by the undone extension. */
export async function undoExtension(
  ctx: Ctx,
  input: z.output<typeof undoExtensionInput>,
): Promise<BookingDto> {
  const b = await loadOut(ctx, input.bookingId, input.version);
  const last = await ctx.db
    .selectFrom('booking_extensions')
    .selectAll()
    .where('booking_id', '=', b.id)
    .where('undone_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!last) throw new DomainError('INVALID_STATE', 'extension_none');
  await ctx.db
    .updateTable('booking_extensions')
    .set({ undone_at: ctx.now.toISOString() })
    .where('id', '=', last.id)
    .execute();
  await ctx.db
    .updateTable('bookings')
    .set({
      ends_at: last.old_ends_at,
      extension_count: Math.max(0, b.extension_count - 1),
      updated_at: ctx.now.toISOString(),
      version: b.version + 1,
    })
    .where('id', '=', b.id)
    .execute();
  ctx.audit({ entity: 'booking', entityId: b.id, action: 'undo_extension', fields: ['end'] });
  return getBooking(ctx.db, ctx.now, b.id);
}
