import type { z } from 'zod';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import { refuseFields } from '../catalog/refusals';
import { createBooking, lapseFirst } from '../bookings/booking-write';
import { effectiveStatus, getBooking } from '../bookings/service';
import { loadBorrowerStanding } from '../borrowers/standing';
import { collectDeposit, createDeposit, defaultDeposit, depositOfBooking } from '../deposits/service';
import { takeAgreementNumber } from '../agreements/numbering';
import { freezeAgreement } from '../agreements/freeze';
import type {
  CheckoutResultDto,
  checkoutDepositInput,
  checkoutLineInput,
  overrideInput,
  walkInInput,
} from './contract';
import type { parisMoment } from '../bookings/contract';
import { actionTime } from '../api/backdate';
import { checkoutRefused, loadGuardFacts } from './guard-facts';
import { evaluateGuards, remainingAfterOverride, type GuardNumber } from './guards';
import { checkoutLineIssues } from './rules';

export interface CheckoutRequest {
  bookingId: number;
  version: number;
  at?: z.output<typeof parisMoment> | undefined;
  backdateReason: string | null;
  lines: z.output<typeof checkoutLineInput>[];
  deposit?: z.output<typeof checkoutDepositInput> | undefined;
  override?: z.output<typeof overrideInput> | undefined;
}

/** The booking's lines with what the checkout freezes from their resources. */
async function bookedLines(ctx: Ctx, bookingId: number) {
  return ctx.db
    .selectFrom('booking_lines as l')
    .innerJoin('resources as r', 'r.id', 'l.resource_id')
    .select([
      'l.id',
      'l.kit_line_id',
      'l.resource_id',
      'l.quantity',
      'r.name',
      'r.kind',
      'r.vehicle_licence_category',
      'r.replacement_value_cents',
      'r.daily_value_cents',
      'r.deposit_cents',
    ])
    .where('l.booking_id', '=', bookingId)
    .orderBy('l.id')
    .execute();
}

/**
 * One transaction (the registry's BEGIN IMMEDIATE): re-check availability, evaluate the five
 * guards (a manager may have overridden 2, 3 or 5), then freeze the lines, name the drivers, take
 * the agreement number and write the frozen agreement. Any refusal rolls everything back,
 * the agreement number included, so the series stays gap-free.
 */
export async function checkout(
  ctx: Ctx,
  req: CheckoutRequest,
  paths: { prefix: string; linePath: (i: number) => string } = {
    prefix: '',
    linePath: (i) => `lines.${i}`,
  },
): Promise<CheckoutResultDto> {
  await lapseFirst(ctx);
  const at = actionTime(ctx, req.at, req.backdateReason, paths.prefix);
  const b = await ctx.db
    .selectFrom('bookings')
    .selectAll()
    .where('id', '=', req.bookingId)
    .executeTakeFirst();
  if (!b) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking', id: req.bookingId });
  const status = effectiveStatus(b.status, b.option_expires_at, at);
  if (status !== 'option' && status !== 'confirmed')
    throw new DomainError('INVALID_STATE', 'loan_not_checkable', { status });
  if (b.version !== req.version) throw new DomainError('STALE_VERSION', 'stale_version');

  const lines = await bookedLines(ctx, b.id);
  const standing = await loadBorrowerStanding(ctx.db, b.borrower_id);
  const issues = checkoutLineIssues(
    lines.map((l) => ({
      id: l.id,
      kitLineId: l.kit_line_id,
      kind: l.kind,
      name: l.name,
      quantity: l.quantity,
    })),
    req.lines,
    new Set(standing.drivers.map((d) => d.id)),
    paths.linePath,
  );
  if (issues.length > 0) refuseFields(ctx.lang, issues);

  const top = lines.filter((l) => l.kit_line_id === null);
  if (!(await depositOfBooking(ctx.db, b.id)))
    await createDeposit(
      ctx,
      b.id,
      defaultDeposit(top.map((l) => ({ quantity: l.quantity, depositCents: l.deposit_cents }))),
    );
  if (req.deposit) await collectDeposit(ctx, { bookingId: b.id, ...req.deposit }, { at });

  const factsByLine = new Map(req.lines.map((f) => [f.lineId, f]));
  const driverName = new Map(standing.drivers.map((d) => [d.id, d]));
  const vehicles = top
    .filter((l) => l.kind === 'vehicle')
    .map((l) => ({
      resourceName: l.name,
      licenceCategory: l.vehicle_licence_category,
      drivers: (factsByLine.get(l.id)?.driverIds ?? [])
        .map((id) => driverName.get(id))
        .filter((d) => d !== undefined),
    }));
  const facts = await loadGuardFacts(ctx.db, ctx.lang, {
    booking: b,
    topLines: top.map((l) => ({ resourceId: l.resource_id, quantity: l.quantity })),
    vehicles,
    standing,
    at,
  });
  const failures = evaluateGuards(facts);
  const overridden: GuardNumber[] = req.override ? [...req.override.guards] : [];
  const remaining = remainingAfterOverride(failures, overridden);
  if (remaining.length > 0) throw checkoutRefused(ctx.lang, remaining);

  for (const l of lines) {
    const own = factsByLine.get(l.id);
    const kitFacts = l.kit_line_id === null ? undefined : factsByLine.get(rootOf(lines, l.id));
    const f = own ?? kitFacts;
    await ctx.db
      .updateTable('booking_lines')
      .set({
        replacement_value_cents: l.replacement_value_cents,
        daily_value_cents: l.daily_value_cents,
        deposit_cents: l.deposit_cents,
        condition_out: f?.condition ?? 'ok',
        remarks_out: own?.remarks ?? null,
        mileage_out: own?.mileageOut ?? null,
        fuel_out: own?.fuelOut ?? null,
        keys_out: own?.keysOut ?? null,
      })
      .where('id', '=', l.id)
      .execute();
    for (const driverId of own?.driverIds ?? []) {
      const d = driverName.get(driverId);
      if (!d) continue;
      await ctx.db
        .insertInto('line_drivers')
        .values({ line_id: l.id, driver_id: d.id, driver_name: d.name })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  const number = await takeAgreementNumber(ctx.db, at);
  await ctx.db
    .updateTable('bookings')
    .set({
      status: 'checked_out',
      option_expires_at: null,
      agreement_number: number,
      checked_out_at: at.toISOString(),
      checked_out_by: ctx.actor.name,
      updated_at: ctx.now.toISOString(),
      version: b.version + 1,
    })
    .where('id', '=', b.id)
    .execute();
  // Guard 2 overridden while it failed: the agreement says the certificate is to be provided.
  const insuranceOverridden = overridden.includes(2) && failures.some((f) => f.guard === 2);
  const frozen = await freezeAgreement(ctx.db, {
    bookingId: b.id,
    number,
    kind: 'agreement',
    issuedAt: at,
    insuranceOverridden,
  });
  const agreement = await ctx.db
    .insertInto('agreements')
    .values({
      booking_id: b.id,
      number,
      kind: 'agreement',
      frozen: JSON.stringify(frozen),
      terms_version: frozen.termsVersion,
      lang: frozen.lang,
      created_at: ctx.now.toISOString(),
      signed_pdf: null,
      signed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  ctx.audit({
    entity: 'booking',
    entityId: b.id,
    action: 'checkout',
    fields: ['status', 'agreementNumber', 'lines', ...(req.deposit ? ['deposit'] : [])],
    reason: req.backdateReason,
  });
  if (req.override) {
    // The override lives here and nowhere else (DOMAIN "Checkout"): which guards, and why.
    ctx.audit({
      entity: 'booking',
      entityId: b.id,
      action: 'checkout_override',
      fields: overridden.map((g) => `guard${g}`),
      reason: req.override.reason,
    });
  }
  return {
    booking: await getBooking(ctx.db, ctx.now, b.id),
    agreementNumber: number,
    agreementId: agreement.id,
    overridden,
  };
}

/** The top-level kit line a component line belongs to (kits may nest). */
function rootOf(lines: readonly { id: number; kit_line_id: number | null }[], id: number): number {
  let cur = lines.find((l) => l.id === id);
  while (cur && cur.kit_line_id !== null) {
    const parent = cur.kit_line_id;
    cur = lines.find((l) => l.id === parent);
  }
  return cur?.id ?? id;
}

/**
 * A walk-in: a confirmed booking made on the spot and handed over in the same transaction. A
 * manager's override lets a room be used on a closed day (booking) and lifts guards 2, 3 or 5
 * (checkout), with the same reason in both audit entries.
 */
export async function walkIn(
  ctx: Ctx,
  input: z.output<typeof walkInInput>,
  override: { reason: string; guards: z.output<typeof overrideInput>['guards'] } | null = null,
): Promise<CheckoutResultDto> {
  const created = await createBooking(
    ctx,
    { ...input.booking, status: 'confirmed', optionExpiresOn: null },
    override ? { reason: override.reason } : null,
  );
  await ctx.db.updateTable('bookings').set({ walk_in: 1 }).where('id', '=', created.id).execute();
  const top = created.lines.filter((l) => l.kitLineId === null);
  const bad = input.checkout.lines.findIndex((l) => l.line >= top.length);
  if (bad >= 0)
    refuseFields(ctx.lang, [{ path: `checkout.lines.${bad}.line`, code: 'checkout_line_unknown' }]);
  return checkout(
    ctx,
    {
      bookingId: created.id,
      version: created.version,
      at: input.checkout.at,
      backdateReason: input.checkout.backdateReason,
      deposit: input.checkout.deposit,
      override:
        override && override.guards.length > 0
          ? { guards: override.guards, reason: override.reason }
          : undefined,
      lines: input.checkout.lines.map(({ line, ...facts }) => ({
        ...facts,
        lineId: (top[line] as { id: number }).id,
      })),
    },
    { prefix: 'checkout.', linePath: (i) => `checkout.lines.${i}` },
  );
}
