import type { z } from 'zod';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import { translate } from '../core/messages';
import { refuseFields } from '../catalog/refusals';
import { lapseFirst } from '../bookings/booking-write';
import { getBooking } from '../bookings/service';
import type { BookingDto } from '../bookings/contract';
import {
  assertDepositSettled,
  depositOfBooking,
  oweCostsAtClosing,
  retentionProposal,
} from '../deposits/service';
import { createIncident, getIncident } from '../incidents/service';
import { proposeLateFee } from '../lateness/service';
import type { ReturnResultDto, closeInput, returnInput, setLateFeeInput } from './contract';
import { actionTime, latestOf } from '../api/backdate';
import { cascadeToComponents, fullyAccounted, returnItemIssues } from './rules';

async function loadLines(ctx: Ctx, bookingId: number) {
  return ctx.db
    .selectFrom('booking_lines as l')
    .innerJoin('resources as r', 'r.id', 'l.resource_id')
    .select([
      'l.id',
      'l.kit_line_id',
      'l.resource_id',
      'l.quantity',
      'l.quantity_ok',
      'l.quantity_damaged',
      'l.quantity_missing',
      'l.mileage_out',
      'r.kind',
      'r.tracking',
      'r.name',
    ])
    .where('l.booking_id', '=', bookingId)
    .orderBy('l.id')
    .execute();
}
type Line = Awaited<ReturnType<typeof loadLines>>[number];

async function loadOut(ctx: Ctx, bookingId: number, version: number) {
  const b = await ctx.db.selectFrom('bookings').selectAll().where('id', '=', bookingId).executeTakeFirst();
  if (!b) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking', id: bookingId });
  if (b.status !== 'checked_out') throw new DomainError('INVALID_STATE', 'loan_not_out');
  if (b.version !== version) throw new DomainError('STALE_VERSION', 'stale_version');
  return b;
}

/**
 * One return visit (possibly partial; a loan may come back over several): the visit and its items
 * are written, line totals follow, damaged and missing pieces become incidents (estimate from
 * the value frozen at checkout), damaged pieces may go out of service at once, and the loan is
 * 'returned' once every line is accounted for, with its late days and proposed fee.
 */
export async function recordReturn(ctx: Ctx, input: z.output<typeof returnInput>): Promise<ReturnResultDto> {
  await lapseFirst(ctx);
  const b = await loadOut(ctx, input.bookingId, input.version);
  const previous = await ctx.db
    .selectFrom('return_visits')
    .select('at')
    .where('booking_id', '=', b.id)
    .orderBy('at', 'desc')
    .executeTakeFirst();
  const at = actionTime(
    ctx,
    input.at,
    input.backdateReason,
    '',
    latestOf(
      { at: b.checked_out_at, code: 'backdate_before_checkout' },
      { at: previous?.at ?? null, code: 'backdate_before_previous_return' },
    ),
  );
  const lines = await loadLines(ctx, b.id);
  const totals = (l: Line) => ({
    id: l.id,
    kitLineId: l.kit_line_id,
    kind: l.kind,
    quantity: l.quantity,
    ok: l.quantity_ok,
    damaged: l.quantity_damaged,
    missing: l.quantity_missing,
    mileageOut: l.mileage_out,
    name: l.name,
  });
  const issues = returnItemIssues(lines.map(totals), input.items);
  if (issues.length > 0) refuseFields(ctx.lang, issues);

  const visit = await ctx.db
    .insertInto('return_visits')
    .values({
      booking_id: b.id,
      at: at.toISOString(),
      recorded_at: ctx.now.toISOString(),
      recorded_by: ctx.actor.name,
      backdate_reason: input.backdateReason,
      remarks: input.remarks,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const incidentIds: number[] = [];
  const loanName = b.agreement_number ?? `#${b.id}`;
  // Accounts counts on a line and, for a kit, on its components (scaled), recursively.
  const account = async (
    line: Line,
    counts: { ok: number; damaged: number; missing: number },
    item: z.output<typeof returnInput>['items'][number],
    own: boolean,
  ): Promise<void> => {
    const row = await ctx.db
      .insertInto('return_items')
      .values({
        visit_id: visit.id,
        line_id: line.id,
        quantity_ok: counts.ok,
        quantity_damaged: counts.damaged,
        quantity_missing: counts.missing,
        remarks: own ? item.remarks : null,
        mileage_in: own ? item.mileageIn : null,
        fuel_in: own ? item.fuelIn : null,
        keys_returned: own ? item.keysReturned : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const next = {
      ok: line.quantity_ok + counts.ok,
      damaged: line.quantity_damaged + counts.damaged,
      missing: line.quantity_missing + counts.missing,
    };
    const complete = next.ok + next.damaged + next.missing >= line.quantity;
    await ctx.db
      .updateTable('booking_lines')
      .set({
        quantity_ok: next.ok,
        quantity_damaged: next.damaged,
        quantity_missing: next.missing,
        ...(own && item.mileageIn !== null ? { mileage_in: item.mileageIn } : {}),
        ...(own && item.fuelIn !== null ? { fuel_in: item.fuelIn } : {}),
        ...(own && item.keysReturned !== null ? { keys_returned: item.keysReturned } : {}),
        ...(complete ? { returned_at: at.toISOString() } : {}),
      })
      .where('id', '=', line.id)
      .execute();
    Object.assign(line, {
      quantity_ok: next.ok,
      quantity_damaged: next.damaged,
      quantity_missing: next.missing,
    });

    const components = lines.filter((c) => c.kit_line_id === line.id);
    if (components.length > 0) {
      for (const c of components) await account(c, cascadeToComponents(line, c, counts), item, false);
      return; // the pieces are the components: incidents and stock are theirs
    }
    for (const kind of ['damaged', 'missing'] as const) {
      if (counts[kind] === 0) continue;
      const description =
        (kind === 'damaged' ? item.damageDescription : null) ??
        item.remarks ??
        translate(ctx.lang, `incident_${kind}_default`);
      incidentIds.push(
        await createIncident(ctx, {
          bookingId: b.id,
          lineId: line.id,
          resourceId: line.resource_id,
          borrowerId: b.borrower_id,
          kind,
          quantity: counts[kind],
          description,
          returnItemId: row.id,
          at,
        }),
      );
    }
    if (item.putOutOfService && counts.damaged > 0)
      await putOutOfService(ctx, line, counts.damaged, loanName);
    if (own && line.kind === 'vehicle' && item.mileageIn !== null) {
      await ctx.db
        .updateTable('resources')
        .set((eb) => ({ vehicle_mileage: eb.fn('max', [eb.ref('vehicle_mileage'), eb.val(item.mileageIn)]) }))
        .where('id', '=', line.resource_id)
        .execute();
    }
  };
  for (const item of input.items) {
    const line = lines.find((l) => l.id === item.lineId) as Line;
    await account(line, item, item, true);
  }

  const back = fullyAccounted(lines.map(totals));
  let late: Awaited<ReturnType<typeof proposeLateFee>> | null = null;
  const set: Record<string, unknown> = { updated_at: ctx.now.toISOString(), version: b.version + 1 };
  if (back) {
    late = await proposeLateFee(ctx.db, new Date(b.ends_at), at);
    Object.assign(set, {
      status: 'returned',
      returned_at: at.toISOString(),
      late_days: late.lateDays,
      late_fee_cents: late.feeCents,
    });
  }
  await ctx.db.updateTable('bookings').set(set).where('id', '=', b.id).execute();
  ctx.audit({
    entity: 'booking',
    entityId: b.id,
    action: back ? 'return' : 'partial_return',
    fields: ['lines', ...(back ? ['status', 'lateDays', 'lateFeeCents'] : [])],
    reason: input.backdateReason,
  });

  const deposit = await depositOfBooking(ctx.db, b.id);
  const proposal = deposit ? await retentionProposal(ctx.db, b.id) : null;
  return {
    booking: await getBooking(ctx.db, ctx.now, b.id),
    visitId: visit.id,
    status: back ? 'returned' : 'checked_out',
    incidents: await Promise.all(incidentIds.map((id) => getIncident(ctx.db, id))),
    lateDays: late?.lateDays ?? null,
    proposedLateFeeCents: late?.feeCents ?? null,
    proposedSuspensionDays: late?.suspensionDays ?? null,
    proposedRetentionCents: proposal?.retainedCents ?? 0,
  };
}

/**
 * Damaged pieces out of service in the same step: a unit gets the out-of-service status; stock
 * raises its out-of-service count, which a later write-off lowers again with the pieces owned
 * (incidents' inventoryChange).
 */
async function putOutOfService(ctx: Ctx, line: Line, damaged: number, loan: string): Promise<void> {
  const r = await ctx.db
    .selectFrom('resources')
    .selectAll()
    .where('id', '=', line.resource_id)
    .executeTakeFirstOrThrow();
  const bump = { updated_at: ctx.now.toISOString(), version: r.version + 1 };
  if (r.tracking === 'unit') {
    if (r.status === 'retired') return;
    await ctx.db
      .updateTable('resources')
      .set({
        ...bump,
        status: 'out_of_service',
        status_reason: translate(ctx.lang, 'out_of_service_after_return', { loan }),
      })
      .where('id', '=', r.id)
      .execute();
    ctx.audit({ entity: 'resource', entityId: r.id, action: 'return_out_of_service', fields: ['status'] });
  } else {
    await ctx.db
      .updateTable('resources')
      .set({
        ...bump,
        quantity_out_of_service: Math.min(r.quantity_owned, r.quantity_out_of_service + damaged),
      })
      .where('id', '=', r.id)
      .execute();
    ctx.audit({
      entity: 'resource',
      entityId: r.id,
      action: 'return_out_of_service',
      fields: ['quantityOutOfService'],
    });
  }
}

/** The proposed late fee, edited by the agent once the loan is back. */
export async function setLateFee(ctx: Ctx, input: z.output<typeof setLateFeeInput>): Promise<BookingDto> {
  const b = await ctx.db
    .selectFrom('bookings')
    .selectAll()
    .where('id', '=', input.bookingId)
    .executeTakeFirst();
  if (!b) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking', id: input.bookingId });
  if (b.status !== 'returned') throw new DomainError('INVALID_STATE', 'loan_not_returned');
  if (b.closed_at !== null) throw new DomainError('INVALID_STATE', 'loan_already_closed');
  if (b.version !== input.version) throw new DomainError('STALE_VERSION', 'stale_version');
  await ctx.db
    .updateTable('bookings')
    .set({ late_fee_cents: input.lateFeeCents, updated_at: ctx.now.toISOString(), version: b.version + 1 })
    .where('id', '=', b.id)
    .execute();
  ctx.audit({
    entity: 'booking',
    entityId: b.id,
    action: 'set_late_fee',
    fields: ['lateFeeCents'],
    reason: input.reason,
  });
  return getBooking(ctx.db, ctx.now, b.id);
}

/**
 * Closed: returned and its deposit settled (or none held). With nothing held, the costs (incidents,
 * late fee) become an amount owed here, since no settlement will bill them.
 */
export async function closeLoan(ctx: Ctx, input: z.output<typeof closeInput>): Promise<BookingDto> {
  const b = await ctx.db
    .selectFrom('bookings')
    .selectAll()
    .where('id', '=', input.bookingId)
    .executeTakeFirst();
  if (!b) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking', id: input.bookingId });
  if (b.status !== 'returned') throw new DomainError('INVALID_STATE', 'loan_not_returned');
  if (b.closed_at !== null) throw new DomainError('INVALID_STATE', 'loan_already_closed');
  await assertDepositSettled(ctx.db, b.id);
  const deposit = await depositOfBooking(ctx.db, b.id);
  const at = actionTime(
    ctx,
    input.at,
    input.backdateReason,
    '',
    latestOf(
      { at: b.returned_at, code: 'backdate_before_return' },
      { at: deposit?.settled_at ?? null, code: 'backdate_before_settlement' },
    ),
  );
  await oweCostsAtClosing(ctx, b.id);
  await ctx.db
    .updateTable('bookings')
    .set({ closed_at: at.toISOString(), updated_at: ctx.now.toISOString(), version: b.version + 1 })
    .where('id', '=', b.id)
    .execute();
  ctx.audit({ entity: 'booking', entityId: b.id, action: 'close', fields: ['closedAt'] });
  return getBooking(ctx.db, ctx.now, b.id);
}
