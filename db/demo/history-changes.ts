import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { Input, MethodName, Output } from '../../src-main/api/contract';
import { addDays, parisWallToInstant } from '../../src-main/core/paris-time';
import { DEFAULT_CALENDAR, isOpenDay } from '../../src-main/calendar/rules';
import { TEMPLATES, instant, pickLines, type PlanContext } from './history-plan';
import type { Random } from './random';

/**
 * What changed course in the demo's past: bookings cancelled with a reason, options that were
 * never confirmed and lapsed, incidents resolved after the loan (repaired, written off, pieces
 * found again). None of these methods takes a back-dated moment, so each call is made with the
 * clock at the moment it happened (`callAt`): the records carry their real dates, and the
 * present-day clock never sees a cancellation "today" for a booking of last year.
 */
export type CallAt = <M extends MethodName>(
  when: Date,
  method: M,
  input: Input<M>,
  pin?: string,
) => Promise<Output<M>>;

const CANCEL_REASONS = [
  'Manifestation annulée (alerte météo)',
  'Salle municipale finalement disponible',
  'Report à l’année prochaine, faute de bénévoles',
  'Doublon : réservé une seconde fois par erreur',
  'Arrêté préfectoral : rassemblement interdit',
];

const at = (date: string, time: string): Date => parisWallToInstant(date, time);
const wall = (date: string, time: string) => ({ date, time, later: false });

/** A past booking of free pieces (never lent at the same time as a real loan), or null. */
function pastRequest(c: PlanContext, rnd: Random, date: string) {
  const t = rnd.pick(TEMPLATES);
  // A room is booked for an evening, on a day the centre is open (as the loans of the past).
  const room = t.bases[0]?.startsWith('SAL-') ?? false;
  if (room && !isOpenDay(date, DEFAULT_CALENDAR)) return null;
  const start = { date, time: room ? '14:00' : '09:00' };
  const end = room ? { date, time: '23:00' } : { date: addDays(date, rnd.int(1, 3)), time: '18:00' };
  const lines = pickLines({ ...c, rnd }, t.bases, instant(start), instant(end));
  if (lines.length === 0) return null;
  return {
    borrowerId: rnd.pick(c.borrowers).id,
    start: wall(start.date, start.time),
    end: wall(end.date, end.time),
    purpose: rnd.pick(t.purposes),
    expectedPeople: t.people ? rnd.int(t.people[0], t.people[1]) : null,
    lines: lines.map((l) => ({ resourceId: l.res.id, quantity: l.quantity })),
  };
}

/**
 * About one booking a month cancelled a few days before (reason recorded), and one option every
 * two months that nobody confirmed: it lapsed at the end of its expiry day.
 */
export async function pastBookingsThatFellThrough(
  callAt: CallAt,
  c: PlanContext,
  rnd: Random,
  today: string,
): Promise<{ cancelled: number; lapsed: number }> {
  let cancelled = 0;
  let lapsed = 0;
  for (let d = addDays(today, -520), i = 0; d < addDays(today, -10); d = addDays(d, rnd.int(20, 40)), i++) {
    const request = pastRequest(c, rnd, d);
    if (!request) continue;
    const madeOn = addDays(d, -rnd.int(15, 30));
    if (i % 3 === 2) {
      await callAt(at(madeOn, '11:00'), 'bookings.create', {
        ...request,
        status: 'option',
        optionExpiresOn: addDays(madeOn, 7),
      });
      lapsed++;
      continue;
    }
    const b = await callAt(at(madeOn, '10:00'), 'bookings.create', { ...request, status: 'confirmed' });
    await callAt(at(addDays(d, -rnd.int(2, 8)), '15:30'), 'bookings.cancel', {
      id: b.id,
      version: b.version,
      reason: rnd.pick(CANCEL_REASONS),
    });
    cancelled++;
  }
  return { cancelled, lapsed };
}

/**
 * Incidents of loans back for more than a month are dealt with: damage repaired (the invoice's
 * real cost), missing pieces found again or, a month on, written off (stock lowered). The recent
 * ones stay open: they are the desk's work to do.
 */
export async function resolveOldIncidents(
  callAt: CallAt,
  db: Kysely<Database>,
  rnd: Random,
  today: string,
): Promise<void> {
  const rows = await db
    .selectFrom('incidents as i')
    .innerJoin('resources as r', 'r.id', 'i.resource_id')
    .innerJoin('return_items as ri', 'ri.id', 'i.return_item_id')
    .innerJoin('return_visits as v', 'v.id', 'ri.visit_id')
    .select(['i.id', 'i.kind', 'i.estimate_cents', 'i.version', 'r.tracking', 'v.at'])
    .where('i.status', '=', 'open')
    .orderBy('i.id')
    .execute();
  const monthAgo = at(addDays(today, -30), '00:00').getTime();
  for (const r of rows) {
    const back = new Date(r.at);
    if (back.getTime() >= monthAgo) continue;
    const later = (days: number) => new Date(back.getTime() + days * 86_400_000);
    if (r.kind === 'damaged') {
      await callAt(later(rnd.int(6, 20)), 'incidents.update', {
        id: r.id,
        version: r.version,
        status: 'repaired',
        costCents: Math.round((r.estimate_cents * rnd.int(20, 70)) / 100),
      });
    } else if (r.kind === 'missing' && r.tracking === 'stock') {
      const found = rnd.next() < 0.5;
      await callAt(later(found ? rnd.int(2, 9) : 30), 'incidents.update', {
        id: r.id,
        version: r.version,
        status: found ? 'recovered' : 'written_off',
      });
    }
  }
}
