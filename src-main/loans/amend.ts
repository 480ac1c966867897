import type { z } from 'zod';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import { refuseFields } from '../catalog/refusals';
import type { RuleIssue } from '../catalog/rules';
import { insertLines } from '../bookings/booking-check';
import { lapseFirst } from '../bookings/booking-write';
import { checkAvailability, getBooking, unavailableError } from '../bookings/service';
import {
  createDeposit,
  defaultDeposit,
  depositOfBooking,
  heldBalance,
  noteDefaultDeposit,
  setDefaultDeposit,
} from '../deposits/service';
import { amendmentNumber } from '../agreements/numbering';
import { freezeAgreement } from '../agreements/freeze';
import type { FrozenAgreement } from '../agreements/contract';
import type { AmendmentResultDto, amendLinesInput } from './contract';

/** Lines taken off the loan by earlier amendments (they stay in the history, fully back). */
async function removedBefore(ctx: Ctx, bookingId: number): Promise<Set<number>> {
  const rows = await ctx.db
    .selectFrom('agreements')
    .select('frozen')
    .where('booking_id', '=', bookingId)
    .where('kind', '=', 'amendment')
    .execute();
  const ids = rows.flatMap(
    (r) => (JSON.parse(r.frozen) as FrozenAgreement).changes?.removed.map((x) => x.lineId) ?? [],
  );
  return new Set(ids);
}

/**
 * DOMAIN "Checkout": a line added to or removed from a loan that is out is an amendment with its
 * own number (`2026-0042-A2`, counted after the extension amendments); the signed agreement is
 * never touched.
 * - Added lines are handed over now: availability is checked over what remains of the period
 *   (from now to the end) together with what is still out, their values are frozen and their
 *   condition recorded (ok unless said otherwise). Vehicles are refused here: their drivers and
 *   licences are checked by a checkout of their own.
 * - A removed line must be fully back (returned, damaged or missing): every line of a loan was
 *   handed over at checkout, so there is no "not yet handed over" case; a line typed but never
 *   taken is a checkout correction instead. The line stays in the history; the amendment lists it
 *   as removed and the deposit default drops its share.
 * - The deposit default follows; an expected deposit takes it, a held one keeps its amount and the
 *   difference is reported for the agent to act on.
 */
export async function amendLines(
  ctx: Ctx,
  input: z.output<typeof amendLinesInput>,
): Promise<AmendmentResultDto> {
  await lapseFirst(ctx);
  const b = await ctx.db
    .selectFrom('bookings')
    .selectAll()
    .where('id', '=', input.bookingId)
    .executeTakeFirst();
  if (!b) throw new DomainError('NOT_FOUND', 'not_found', { entity: 'booking', id: input.bookingId });
  if (b.status !== 'checked_out' || b.agreement_number === null)
    throw new DomainError('INVALID_STATE', 'loan_not_out');
  if (b.version !== input.version) throw new DomainError('STALE_VERSION', 'stale_version');
  if (input.add.length === 0 && input.remove.length === 0)
    throw new DomainError('INVALID_STATE', 'amend_nothing');

  const lines = await ctx.db
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
      'l.deposit_cents',
      'r.name',
      'r.deposit_cents as resource_deposit',
    ])
    .where('l.booking_id', '=', b.id)
    .orderBy('l.id')
    .execute();
  const gone = await removedBefore(ctx, b.id);
  const top = lines.filter((l) => l.kit_line_id === null && !gone.has(l.id));
  const outOf = (l: (typeof lines)[number]) =>
    l.quantity - l.quantity_ok - l.quantity_damaged - l.quantity_missing;

  const issues: RuleIssue[] = [];
  const removed = new Set<number>();
  input.remove.forEach((lineId, i) => {
    const line = top.find((l) => l.id === lineId);
    if (!line) return issues.push({ path: `remove.${i}`, code: 'booking_line_not_found' });
    if (removed.has(lineId)) return issues.push({ path: `remove.${i}`, code: 'checkout_line_twice' });
    removed.add(lineId);
    // A kit is back when its components are.
    const pieces = lines.filter((c) => c.kit_line_id === line.id);
    const remaining = (pieces.length > 0 ? pieces : [line]).reduce((s, p) => s + outOf(p), 0);
    if (remaining > 0)
      issues.push({
        path: `remove.${i}`,
        code: 'amend_line_not_back',
        params: { name: line.name, remaining },
      });
    return undefined;
  });
  if (input.add.length === 0 && removed.size >= top.length && top.length > 0)
    issues.push({ path: 'remove', code: 'amend_last_line' });

  const addIds = [...new Set(input.add.map((a) => a.resourceId))];
  const resources = await ctx.db
    .selectFrom('resources')
    .select(['id', 'name', 'kind', 'replacement_value_cents', 'daily_value_cents', 'deposit_cents'])
    .where('id', 'in', addIds.length > 0 ? addIds : [0])
    .execute();
  const resource = new Map(resources.map((r) => [r.id, r]));
  input.add.forEach((a, i) => {
    const r = resource.get(a.resourceId);
    if (!r)
      issues.push({
        path: `add.${i}.resourceId`,
        code: 'referenced_not_found',
        params: { id: a.resourceId },
      });
    else if (r.kind === 'vehicle')
      issues.push({ path: `add.${i}.resourceId`, code: 'amend_vehicle_refused', params: { name: r.name } });
  });
  if (issues.length > 0) refuseFields(ctx.lang, issues);

  const addedIds: number[] = [];
  if (input.add.length > 0) {
    const start = new Date(Math.max(ctx.now.getTime(), new Date(b.starts_at).getTime()));
    const end = new Date(b.ends_at);
    if (end.getTime() <= start.getTime()) throw new DomainError('INVALID_STATE', 'amend_after_end');
    const stillOut = top
      .filter((l) => !removed.has(l.id))
      .map((l) => ({ resourceId: l.resource_id, quantity: outOf(l) }))
      .filter((l) => l.quantity > 0);
    const result = await checkAvailability(
      ctx.db,
      {
        lines: [...stillOut, ...input.add.map((a) => ({ resourceId: a.resourceId, quantity: a.quantity }))],
        start,
        end,
        excludeBookingId: b.id,
      },
      ctx.now,
    );
    if (!result.available)
      throw unavailableError(ctx.lang, result.verdicts, { start: start.getTime(), end: end.getTime() });
    const lastId = lines.reduce((m, l) => Math.max(m, l.id), 0);
    await insertLines(ctx.db, b.id, result.expanded.slice(stillOut.length), ctx.now);
    const fresh = await ctx.db
      .selectFrom('booking_lines as l')
      .innerJoin('resources as r', 'r.id', 'l.resource_id')
      .select([
        'l.id',
        'l.kit_line_id',
        'r.replacement_value_cents',
        'r.daily_value_cents',
        'r.deposit_cents',
      ])
      .where('l.booking_id', '=', b.id)
      .where('l.id', '>', lastId)
      .orderBy('l.id')
      .execute();
    // Top-level new lines come in the order of `add`; components follow their kit.
    const tops = fresh.filter((l) => l.kit_line_id === null);
    const factsOf = new Map(tops.map((l, i) => [l.id, input.add[i]]));
    const rootOf = (id: number): number => {
      const l = fresh.find((x) => x.id === id);
      return l && l.kit_line_id !== null ? rootOf(l.kit_line_id) : id;
    };
    for (const l of fresh) {
      const own = factsOf.get(l.id);
      const f = own ?? factsOf.get(rootOf(l.id));
      await ctx.db
        .updateTable('booking_lines')
        .set({
          replacement_value_cents: l.replacement_value_cents,
          daily_value_cents: l.daily_value_cents,
          deposit_cents: l.deposit_cents,
          condition_out: f?.condition ?? 'ok',
          remarks_out: own?.remarks ?? null,
          keys_out: own?.keysOut ?? null,
        })
        .where('id', '=', l.id)
        .execute();
    }
    addedIds.push(...tops.map((l) => l.id));
  }

  // The deposit default over the lines on loan after the change (frozen values for those out).
  const after = await ctx.db
    .selectFrom('booking_lines as l')
    .innerJoin('resources as r', 'r.id', 'l.resource_id')
    .select(['l.id', 'l.quantity', 'l.deposit_cents', 'r.deposit_cents as resource_deposit', 'r.name'])
    .where('l.booking_id', '=', b.id)
    .where('l.kit_line_id', 'is', null)
    .orderBy('l.id')
    .execute();
  const kept = after.filter((l) => !gone.has(l.id) && !removed.has(l.id));
  const depositOf = (ls: typeof after) =>
    defaultDeposit(
      ls.map((l) => ({ quantity: l.quantity, depositCents: l.deposit_cents ?? l.resource_deposit })),
    );
  const defaultCents = depositOf(kept);
  let d = await depositOfBooking(ctx.db, b.id);
  const defaultBeforeCents =
    d?.default_cents ?? depositOf(after.filter((l) => !gone.has(l.id) && !addedIds.includes(l.id)));
  if (!d) await createDeposit(ctx, b.id, defaultCents);
  else if (d.state === 'expected') await setDefaultDeposit(ctx, b.id, defaultCents);
  else await noteDefaultDeposit(ctx, b.id, defaultCents);
  d = await depositOfBooking(ctx.db, b.id);
  const heldCents = d ? await heldBalance(ctx.db, d.id) : 0;

  await ctx.db
    .updateTable('bookings')
    .set({ updated_at: ctx.now.toISOString(), version: b.version + 1 })
    .where('id', '=', b.id)
    .execute();

  const amendments = await ctx.db
    .selectFrom('agreements')
    .select('id')
    .where('booking_id', '=', b.id)
    .where('kind', '=', 'amendment')
    .execute();
  const number = amendmentNumber(b.agreement_number, amendments.length + 1);
  const frozen = await freezeAgreement(ctx.db, {
    bookingId: b.id,
    number,
    kind: 'amendment',
    issuedAt: ctx.now,
    insuranceOverridden: false,
  });
  const describe = (id: number) => {
    const l = after.find((x) => x.id === id) as (typeof after)[number];
    return { lineId: l.id, name: l.name, quantity: l.quantity };
  };
  const withChanges: FrozenAgreement = {
    ...frozen,
    lines: frozen.lines.filter((l) => !gone.has(l.lineId) && !removed.has(l.lineId)),
    changes: {
      added: addedIds.map(describe),
      removed: [...removed].map(describe),
      defaultDepositBeforeCents: defaultBeforeCents,
      defaultDepositCents: defaultCents,
    },
  };
  const agreement = await ctx.db
    .insertInto('agreements')
    .values({
      booking_id: b.id,
      number,
      kind: 'amendment',
      frozen: JSON.stringify(withChanges),
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
    action: 'amend_lines',
    fields: ['lines', 'amendment', 'defaultDeposit'],
    reason: input.reason,
  });
  return {
    booking: await getBooking(ctx.db, ctx.now, b.id),
    amendmentNumber: number,
    agreementId: agreement.id,
    addedLineIds: addedIds,
    removedLineIds: [...removed],
    deposit: {
      state: d?.state ?? 'expected',
      defaultBeforeCents,
      defaultCents,
      heldCents,
      differenceCents: defaultCents - heldCents,
    },
  };
}
