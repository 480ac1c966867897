import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import { translate, type Lang } from '../core/messages';
import { parisWallToInstant } from '../core/paris-time';
import { refuseFields } from '../catalog/refusals';
import { checkAvailability } from './availability-load';
import { assertBorrower, checkBooking, insertLines } from './booking-check';
import { getBooking } from './booking-read';
import { expectDeposit, lapseFirst, type ClosedDayOverride } from './booking-write';
import type {
  OccurrenceDto,
  RecurringResultDto,
  recurringCreateInput,
  recurringPreviewInput,
} from './contract';
import { occurrenceDates, occurrencePeriod } from './rules';
import { verdictDto } from './verdicts';
import { auditClosedDayOverride, closedDayIssue, openingOf, resourcesOf } from './opening';

/** A room on a day the centre is closed, for one occurrence: listed as a conflict of that date. */
async function closedDayOf(
  db: Kysely<Database>,
  lang: Lang,
  resources: Awaited<ReturnType<typeof resourcesOf>>,
  period: { start: Date; end: Date },
): Promise<OccurrenceDto['closedDay']> {
  const { check, rooms } = await openingOf(db, resources, period.start, period.end);
  const issue = closedDayIssue(lang, rooms, check);
  if (!issue) return null;
  return {
    dates: check.closedDays.map((d) => d.date),
    message: translate(lang, issue.code, issue.params),
  };
}

type Preview = z.output<typeof recurringPreviewInput>;

interface Occurrence {
  date: string;
  start: { date: string; time: string };
  end: { date: string; time: string };
  /** Null when a time falls in the spring-forward gap that day. */
  period: { start: Date; end: Date } | null;
}

function occurrences(lang: Lang, input: Preview): Occurrence[] {
  if (input.untilDate < input.firstDate) refuseFields(lang, [{ path: 'untilDate', code: 'date_order' }]);
  return occurrenceDates(input.firstDate, input.untilDate, input.everyWeeks).map((date) => {
    const p = occurrencePeriod(date, input.startTime, input.endTime);
    const start = { date: p.startDate, time: input.startTime };
    const end = { date: p.endDate, time: input.endTime };
    try {
      return {
        date,
        start,
        end,
        period: {
          start: parisWallToInstant(start.date, start.time),
          end: parisWallToInstant(end.date, end.time),
        },
      };
    } catch (e) {
      if (e instanceof DomainError && e.key === 'time_in_dst_gap') return { date, start, end, period: null };
      throw e;
    }
  });
}

/** Every occurrence with its availability, checked one by one against what is booked today. */
export async function previewRecurring(
  db: Kysely<Database>,
  now: Date,
  lang: Lang,
  input: Preview,
): Promise<OccurrenceDto[]> {
  await assertBorrower(db, lang, input.borrowerId);
  const resources = await resourcesOf(
    db,
    input.lines.map((l) => l.resourceId),
  );
  const out: OccurrenceDto[] = [];
  for (const o of occurrences(lang, input)) {
    const base = { date: o.date, start: o.start, end: o.end };
    if (!o.period) {
      out.push({
        ...base,
        startsAt: null,
        endsAt: null,
        available: false,
        timeInGap: true,
        refused: [],
        closedDay: null,
      });
      continue;
    }
    const r = await checkAvailability(db, { lines: input.lines, ...o.period }, now);
    const closedDay = await closedDayOf(db, lang, resources, o.period);
    out.push({
      ...base,
      startsAt: o.period.start.toISOString(),
      endsAt: o.period.end.toISOString(),
      available: r.available && closedDay === null,
      timeInGap: false,
      refused: r.verdicts.filter((v) => !v.available).map(verdictDto),
      closedDay,
    });
  }
  return out;
}

/**
 * Creates every occurrence not skipped, linked by one recurrence, in one transaction: each is
 * checked against what is booked, earlier occurrences included; if any still conflicts, nothing
 * is created and the refusal lists the dates to drop. With a manager's override, occurrences on
 * closed days are booked (each one audited with the reason); other conflicts still refuse.
 */
export async function createRecurring(
  ctx: Ctx,
  input: z.output<typeof recurringCreateInput>,
  override: ClosedDayOverride | null = null,
): Promise<RecurringResultDto> {
  await lapseFirst(ctx);
  await assertBorrower(ctx.db, ctx.lang, input.borrowerId);
  const skip = new Set(input.skipDates);
  const all = occurrences(ctx.lang, input);
  const kept = all.filter((o) => !skip.has(o.date));
  if (kept.length === 0) throw new DomainError('INVALID_STATE', 'recurrence_empty');
  const at = ctx.now.toISOString();
  const rule = {
    firstDate: input.firstDate,
    startTime: input.startTime,
    endTime: input.endTime,
    untilDate: input.untilDate,
    everyWeeks: input.everyWeeks,
    skipDates: [...skip].sort(),
  };
  const rec = await ctx.db
    .insertInto('recurrences')
    .values({ rule: JSON.stringify(rule), created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const conflicting: OccurrenceDto[] = [];
  const ids: number[] = [];
  const overriddenIds: number[] = [];
  const resources = await resourcesOf(
    ctx.db,
    input.lines.map((l) => l.resourceId),
  );
  for (const o of kept) {
    const base = { date: o.date, start: o.start, end: o.end };
    if (!o.period) {
      conflicting.push({
        ...base,
        startsAt: null,
        endsAt: null,
        available: false,
        timeInGap: true,
        refused: [],
        closedDay: null,
      });
      continue;
    }
    const closedDay = override ? null : await closedDayOf(ctx.db, ctx.lang, resources, o.period);
    if (closedDay) {
      conflicting.push({
        ...base,
        startsAt: o.period.start.toISOString(),
        endsAt: o.period.end.toISOString(),
        available: false,
        timeInGap: false,
        refused: [],
        closedDay,
      });
      continue;
    }
    let expanded, overridden;
    try {
      ({ expanded, overridden } = await checkBooking(ctx, {
        ...o.period,
        status: 'confirmed',
        optionExpiresOn: null,
        expectedPeople: input.expectedPeople,
        lines: input.lines.map((l, i) => ({ ...l, path: `lines.${i}` })),
        excludeBookingId: null,
        checkAvailability: true,
        issues: [],
        closedDayOverride: override !== null,
      }));
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== 'RESOURCE_UNAVAILABLE') throw e;
      const d = e.details as { refused: OccurrenceDto['refused'] };
      conflicting.push({
        ...base,
        startsAt: o.period.start.toISOString(),
        endsAt: o.period.end.toISOString(),
        available: false,
        timeInGap: false,
        refused: d.refused,
        closedDay: null,
      });
      continue;
    }
    const row = await ctx.db
      .insertInto('bookings')
      .values({
        borrower_id: input.borrowerId,
        status: 'confirmed',
        starts_at: o.period.start.toISOString(),
        ends_at: o.period.end.toISOString(),
        purpose: input.purpose,
        place_of_use: input.placeOfUse,
        expected_people: input.expectedPeople,
        recurrence_id: rec.id,
        walk_in: 0,
        lang: 'fr',
        extension_count: 0,
        created_at: at,
        updated_at: at,
        version: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertLines(ctx.db, row.id, expanded, ctx.now);
    await expectDeposit(ctx, row.id);
    ids.push(row.id);
    if (overridden) overriddenIds.push(row.id);
  }
  if (conflicting.length > 0) {
    // Thrown inside the write's transaction: the occurrences written above are rolled back.
    throw new DomainError(
      'RESOURCE_UNAVAILABLE',
      'recurrence_conflicts',
      { count: conflicting.length, dates: conflicting.map((c) => c.date).join(', ') },
      { occurrences: conflicting },
    );
  }
  ctx.audit({ entity: 'recurrence', entityId: rec.id, action: 'create', fields: ['rule', 'lines'] });
  for (const id of ids)
    ctx.audit({ entity: 'booking', entityId: id, action: 'create', fields: ['recurrence'] });
  for (const id of overriddenIds) auditClosedDayOverride(ctx, id, (override as ClosedDayOverride).reason);
  return {
    recurrenceId: rec.id,
    bookings: await Promise.all(ids.map((id) => getBooking(ctx.db, ctx.now, id))),
    skipped: all.filter((o) => skip.has(o.date)).map((o) => o.date),
  };
}
