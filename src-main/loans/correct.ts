import type { z } from 'zod';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import { translate } from '../core/messages';
import { refuseFields } from '../catalog/refusals';
import type { RuleIssue } from '../catalog/rules';
import { lapseFirst } from '../bookings/booking-write';
import { checkAvailability, getBooking, unavailableError } from '../bookings/service';
import {
  addAmountOwed,
  appendLedger,
  defaultDeposit,
  depositOfBooking,
  heldBalance,
  heldNothing,
  noteDefaultDeposit,
  reduceUnpaidOwed,
  setDefaultDeposit,
} from '../deposits/service';
import { createIncident, getIncident, updateIncident } from '../incidents/service';
import { incidentCost, incidentEstimate } from '../incidents/rules';
import { proposeLateFee } from '../lateness/service';
import type { CorrectionResultDto, correctCheckoutInput, correctReturnInput } from './contract';
import { fullyAccounted } from './rules';

async function loadLoan(ctx: Ctx, bookingId: number, version: number) {
  const b = await ctx.db.selectFrom('bookings').selectAll().where('id', '=', bookingId).executeTakeFirst();
  if (!b) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking', id: bookingId });
  if (b.status !== 'checked_out' && b.status !== 'returned')
    throw new DomainError('INVALID_STATE', 'loan_not_out');
  if (b.version !== version) throw new DomainError('STALE_VERSION', 'stale_version');
  return b;
}

async function loanLines(ctx: Ctx, bookingId: number) {
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
      'l.mileage_in',
      'l.deposit_cents',
      'l.replacement_value_cents',
      'r.kind',
      'r.tracking',
      'r.name',
      'r.deposit_cents as resource_deposit',
    ])
    .where('l.booking_id', '=', bookingId)
    .orderBy('l.id')
    .execute();
}

/**
 * DOMAIN "Checkout", corrections: a checkout typed wrong (73 chairs for 37, a mileage typo) is
 * corrected with a reason. No amendment: the loan is what was really handed over, and the audit
 * log keeps the correction and its reason. Quantities are corrected while the loan is out (after
 * the return, the return is corrected instead); an increase re-checks availability for the rest
 * of the period; the quantity never goes below what already came back; the deposit default
 * follows (a held amount is left as collected).
 */
export async function correctCheckout(
  ctx: Ctx,
  input: z.output<typeof correctCheckoutInput>,
): Promise<CorrectionResultDto> {
  await lapseFirst(ctx);
  const b = await loadLoan(ctx, input.bookingId, input.version);
  const lines = await loanLines(ctx, b.id);
  const line = lines.find((l) => l.id === input.lineId && l.kit_line_id === null);
  if (!line) throw new DomainError('NOT_FOUND', 'booking_line_not_found');
  const issues: RuleIssue[] = [];
  const fields: string[] = [];
  if (input.quantity === undefined && input.mileageOut === undefined && input.fuelOut === undefined)
    throw new DomainError('INVALID_STATE', 'correct_nothing');
  if ((input.mileageOut !== undefined || input.fuelOut !== undefined) && line.kind !== 'vehicle')
    issues.push({ path: 'mileageOut', code: 'correct_vehicle_only' });
  if (input.mileageOut !== undefined && line.mileage_in !== null && input.mileageOut > line.mileage_in)
    issues.push({
      path: 'mileageOut',
      code: 'correct_mileage_out_above_in',
      params: { in: line.mileage_in },
    });
  const components = lines.filter((c) => c.kit_line_id === line.id);
  const q = input.quantity;
  if (q !== undefined && q !== line.quantity) {
    if (b.status !== 'checked_out') issues.push({ path: 'quantity', code: 'correct_quantity_after_return' });
    else if (line.tracking === 'unit' && q !== 1)
      issues.push({ path: 'quantity', code: 'correct_quantity_unit' });
    const accounted = (l: (typeof lines)[number]) => l.quantity_ok + l.quantity_damaged + l.quantity_missing;
    const belowReturned = [line, ...components].find(
      (l) => accounted(l) > (l === line ? q : (l.quantity * q) / line.quantity),
    );
    if (belowReturned)
      issues.push({
        path: 'quantity',
        code: 'correct_quantity_below_returned',
        params: { name: belowReturned.name, returned: accounted(belowReturned) },
      });
  }
  if (issues.length > 0) refuseFields(ctx.lang, issues);

  if (q !== undefined && q !== line.quantity) {
    const start = new Date(Math.max(ctx.now.getTime(), new Date(b.starts_at).getTime()));
    const end = new Date(b.ends_at);
    // An overdue loan has no rest of period to check: the pieces are out, the correction says so.
    if (q > line.quantity && end.getTime() > start.getTime()) {
      const outOf = (l: (typeof lines)[number]) =>
        (l.id === line.id ? q : l.quantity) - l.quantity_ok - l.quantity_damaged - l.quantity_missing;
      const result = await checkAvailability(
        ctx.db,
        {
          lines: lines
            .filter((l) => l.kit_line_id === null)
            .map((l) => ({ resourceId: l.resource_id, quantity: outOf(l) }))
            .filter((l) => l.quantity > 0),
          start,
          end,
          excludeBookingId: b.id,
        },
        ctx.now,
      );
      if (!result.available)
        throw unavailableError(ctx.lang, result.verdicts, { start: start.getTime(), end: end.getTime() });
    }
    for (const l of [line, ...components])
      await ctx.db
        .updateTable('booking_lines')
        .set({ quantity: l === line ? q : (l.quantity * q) / line.quantity })
        .where('id', '=', l.id)
        .execute();
    fields.push('quantity');
    const top = lines
      .filter((l) => l.kit_line_id === null)
      .map((l) => ({
        quantity: l.id === line.id ? q : l.quantity,
        depositCents: l.deposit_cents ?? l.resource_deposit,
      }));
    const cents = defaultDeposit(top);
    const d = await depositOfBooking(ctx.db, b.id);
    if (d?.state === 'expected') await setDefaultDeposit(ctx, b.id, cents);
    else if (d) await noteDefaultDeposit(ctx, b.id, cents);
  }
  if (input.mileageOut !== undefined || input.fuelOut !== undefined) {
    await ctx.db
      .updateTable('booking_lines')
      .set({
        ...(input.mileageOut !== undefined ? { mileage_out: input.mileageOut } : {}),
        ...(input.fuelOut !== undefined ? { fuel_out: input.fuelOut } : {}),
      })
      .where('id', '=', line.id)
      .execute();
    if (input.mileageOut !== undefined) fields.push('mileageOut');
    if (input.fuelOut !== undefined) fields.push('fuelOut');
  }
  await ctx.db
    .updateTable('bookings')
    .set({ updated_at: ctx.now.toISOString(), version: b.version + 1 })
    .where('id', '=', b.id)
    .execute();
  ctx.audit({ entity: 'booking', entityId: b.id, action: 'correct_checkout', fields, reason: input.reason });
  return { booking: await getBooking(ctx.db, ctx.now, b.id), incidents: [], depositHeldCents: null };
}

/**
 * DOMAIN "Return", corrections: one return item typed wrong gets its true figures. The line's
 * totals follow; the incidents the item created follow too (quantity and estimate adjusted, a new
 * one when the correction reveals damage or loss, 'recovered' at no cost when it no longer
 * applies); the loan's returned state is recomputed; a deposit already settled gets the difference
 * of the costs: more is an amount owed (the deposit is settled); less lowers what is still owed
 * beyond the deposit first, then refunds the retention by a correction entry. A loan closed with
 * nothing held (its costs owed at closing) has only what is owed moved.
 * A kit's own item is corrected through its components' items (the pieces are theirs).
 */
export async function correctReturn(
  ctx: Ctx,
  input: z.output<typeof correctReturnInput>,
): Promise<CorrectionResultDto> {
  await lapseFirst(ctx);
  const b = await loadLoan(ctx, input.bookingId, input.version);
  const item = await ctx.db
    .selectFrom('return_items as i')
    .innerJoin('return_visits as v', 'v.id', 'i.visit_id')
    .selectAll('i')
    .select(['v.booking_id', 'v.at'])
    .where('i.id', '=', input.returnItemId)
    .executeTakeFirst();
  if (!item || item.booking_id !== b.id)
    throw new DomainError('NOT_FOUND', 'not_found', { entity: 'return_item', id: input.returnItemId });
  const lines = await loanLines(ctx, b.id);
  const line = lines.find((l) => l.id === item.line_id) as (typeof lines)[number];
  const issues: RuleIssue[] = [];
  if (lines.some((c) => c.kit_line_id === line.id))
    issues.push({ path: 'returnItemId', code: 'correct_return_kit', params: { name: line.name } });
  const next = {
    ok: line.quantity_ok - item.quantity_ok + input.ok,
    damaged: line.quantity_damaged - item.quantity_damaged + input.damaged,
    missing: line.quantity_missing - item.quantity_missing + input.missing,
  };
  const accountedElsewhere =
    line.quantity_ok +
    line.quantity_damaged +
    line.quantity_missing -
    item.quantity_ok -
    item.quantity_damaged -
    item.quantity_missing;
  if (next.ok + next.damaged + next.missing > line.quantity)
    issues.push({
      path: 'ok',
      code: 'return_exceeds_line',
      params: { remaining: line.quantity - accountedElsewhere },
    });
  const mileageIn = input.mileageIn;
  if (mileageIn !== undefined && mileageIn !== null) {
    if (line.kind !== 'vehicle') issues.push({ path: 'mileageIn', code: 'correct_vehicle_only' });
    else if (line.mileage_out !== null && mileageIn < line.mileage_out)
      issues.push({ path: 'mileageIn', code: 'mileage_in_below_out', params: { out: line.mileage_out } });
  }
  if (issues.length > 0) refuseFields(ctx.lang, issues);

  const complete = next.ok + next.damaged + next.missing >= line.quantity;
  await ctx.db
    .updateTable('return_items')
    .set({
      quantity_ok: input.ok,
      quantity_damaged: input.damaged,
      quantity_missing: input.missing,
      ...(mileageIn !== undefined ? { mileage_in: mileageIn } : {}),
    })
    .where('id', '=', item.id)
    .execute();
  await ctx.db
    .updateTable('booking_lines')
    .set({
      quantity_ok: next.ok,
      quantity_damaged: next.damaged,
      quantity_missing: next.missing,
      ...(mileageIn !== undefined ? { mileage_in: mileageIn } : {}),
      returned_at: complete ? item.at : null,
    })
    .where('id', '=', line.id)
    .execute();

  // The incidents the wrong figures made, kind by kind.
  const touched: number[] = [];
  let costDelta = 0;
  const existing = await ctx.db
    .selectFrom('incidents')
    .selectAll()
    .where('return_item_id', '=', item.id)
    .where('status', '!=', 'recovered')
    .execute();
  for (const kind of ['damaged', 'missing'] as const) {
    const want = input[kind];
    const inc = existing.find((i) => i.kind === kind);
    const before = inc
      ? incidentCost({ status: inc.status, estimateCents: inc.estimate_cents, costCents: inc.cost_cents })
      : 0;
    if (inc && inc.status !== 'open' && inc.quantity !== want)
      throw new DomainError('INVALID_STATE', 'correct_incident_not_open', { id: inc.id });
    if (want === 0 && inc) {
      await updateIncident(ctx, { id: inc.id, version: inc.version, status: 'recovered', costCents: 0 });
      costDelta -= before;
      touched.push(inc.id);
    } else if (want > 0 && inc && inc.quantity !== want) {
      const estimate = incidentEstimate(want, line.replacement_value_cents);
      await ctx.db
        .updateTable('incidents')
        .set({
          quantity: want,
          estimate_cents: estimate,
          updated_at: ctx.now.toISOString(),
          version: inc.version + 1,
        })
        .where('id', '=', inc.id)
        .execute();
      ctx.audit({
        entity: 'incident',
        entityId: inc.id,
        action: 'correct',
        fields: ['quantity', 'estimateCents'],
        reason: input.reason,
      });
      costDelta +=
        incidentCost({ status: 'open', estimateCents: estimate, costCents: inc.cost_cents }) - before;
      touched.push(inc.id);
    } else if (want > 0 && !inc) {
      const id = await createIncident(ctx, {
        bookingId: b.id,
        lineId: line.id,
        resourceId: line.resource_id,
        borrowerId: b.borrower_id,
        kind,
        quantity: want,
        description: item.remarks ?? translate(ctx.lang, `incident_${kind}_default`),
        returnItemId: item.id,
        // Found at that return visit, whenever the correction is typed.
        at: new Date(item.at),
      });
      costDelta += incidentEstimate(want, line.replacement_value_cents);
      touched.push(id);
    }
  }

  // The loan's returned state, recomputed from every line.
  const after = await loanLines(ctx, b.id);
  const back = fullyAccounted(
    after.map((l) => ({
      id: l.id,
      kitLineId: l.kit_line_id,
      quantity: l.quantity,
      ok: l.quantity_ok,
      damaged: l.quantity_damaged,
      missing: l.quantity_missing,
    })),
  );
  const set: Record<string, unknown> = { updated_at: ctx.now.toISOString(), version: b.version + 1 };
  if (back && b.status === 'checked_out') {
    const last = await ctx.db
      .selectFrom('return_visits')
      .select('at')
      .where('booking_id', '=', b.id)
      .orderBy('at', 'desc')
      .executeTakeFirstOrThrow();
    const late = await proposeLateFee(ctx.db, new Date(b.ends_at), new Date(last.at));
    Object.assign(set, {
      status: 'returned',
      returned_at: last.at,
      late_days: late.lateDays,
      late_fee_cents: late.feeCents,
    });
  } else if (!back && b.status === 'returned') {
    if (b.closed_at !== null) throw new DomainError('INVALID_STATE', 'correct_reopens_closed');
    Object.assign(set, { status: 'checked_out', returned_at: null, late_days: null, late_fee_cents: null });
  }
  await ctx.db.updateTable('bookings').set(set).where('id', '=', b.id).execute();

  // A deposit already settled: the retention moves by the change in costs.
  let depositHeldCents: number | null = null;
  const d = await depositOfBooking(ctx.db, b.id);
  const settled = d && (d.state === 'returned' || d.state === 'partly_retained' || d.state === 'retained');
  // Closed with nothing held: its costs were billed as owed at closing, so owed follows them.
  if (b.closed_at !== null && (!d || heldNothing(d.state)) && costDelta !== 0) {
    if (costDelta > 0)
      await addAmountOwed(ctx, {
        borrowerId: b.borrower_id,
        bookingId: b.id,
        amountCents: costDelta,
        reason: input.reason,
      });
    else await reduceUnpaidOwed(ctx, b.id, -costDelta, input.reason);
  }
  if (d && settled && costDelta !== 0) {
    let retained = d.retained_cents;
    if (costDelta > 0) {
      // Settled means the deposit was kept, cashed or handed back: more costs are asked of the borrower.
      await addAmountOwed(ctx, {
        borrowerId: b.borrower_id,
        bookingId: b.id,
        amountCents: costDelta,
        reason: input.reason,
      });
    } else {
      // Lower costs: first what is still owed beyond the deposit, then the retention is refunded.
      const owedOff = await reduceUnpaidOwed(ctx, b.id, -costDelta, input.reason);
      const refund = Math.min(-costDelta - owedOff, retained);
      if (refund > 0) {
        await appendLedger(
          ctx,
          d.id,
          { kind: 'correction', amountCents: refund, heldDeltaCents: 0 },
          { note: input.reason },
        );
        retained -= refund;
      }
    }
    if (retained !== d.retained_cents) {
      const state = retained === 0 ? 'returned' : retained >= d.amount_cents ? 'retained' : 'partly_retained';
      await ctx.db
        .updateTable('deposits')
        .set({ retained_cents: retained, state, version: d.version + 1 })
        .where('id', '=', d.id)
        .execute();
      ctx.audit({
        entity: 'deposit',
        entityId: d.id,
        action: 'correct',
        fields: ['retainedCents', 'state'],
        reason: input.reason,
      });
    }
    depositHeldCents = await heldBalance(ctx.db, d.id);
  }

  ctx.audit({
    entity: 'booking',
    entityId: b.id,
    action: 'correct_return',
    fields: [
      'returnItem',
      'lines',
      ...(set.status ? ['status'] : []),
      ...(touched.length ? ['incidents'] : []),
    ],
    reason: input.reason,
  });
  return {
    booking: await getBooking(ctx.db, ctx.now, b.id),
    incidents: await Promise.all(touched.map((id) => getIncident(ctx.db, id))),
    depositHeldCents,
  };
}
