import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { Input, MethodName, Output } from '../../src-main/api/contract';
import { addDays, daysBetween } from '../../src-main/core/paris-time';
import {
  Ledger,
  LOSABLE,
  instant,
  pickLines,
  planPastLoan,
  type HistBorrower,
  type HistResource,
  type PlanContext,
  type PlannedLine,
  type PlannedLoan,
} from './history-plan';
import { seeded, type Random } from './random';
import { pastBookingsThatFellThrough, resolveOldIncidents, type CallAt } from './history-changes';

type Call = <M extends MethodName>(method: M, input: Input<M>, pin?: string) => Promise<Output<M>>;

/** Why every past checkout and return is recorded back-dated (the app's clock is "now"). */
export const BACKDATE_REASON = 'Historique de démonstration';
const BANKS = [
  'Crédit Agricole',
  'Banque Populaire',
  'Caisse d’Épargne',
  'Crédit Mutuel',
  'La Banque Postale',
];
const DAMAGES = [
  'Pied tordu',
  'Toile déchirée sur 20 cm',
  'Boîtier fendu',
  'Câble sectionné',
  'Rayure profonde sur le plateau',
];

export interface HistorySummary {
  loans: number;
  bookings: number;
}

export interface HistoryInput {
  call: Call;
  /** Calls made with the clock at a past moment, for actions that take no back-dated `at`. */
  callAt: CallAt;
  db: Kysely<Database>;
  pin: string;
  today: string;
  now: Date;
  borrowerIds: readonly number[];
}

/** Borrowers the present-day scenes use (indexes in BORROWERS): kept out of the ordinary past. */
const OVERDUE = 13;
const LONG_LOAN = 11;
const OUT_TODAY = [9, 14, 17, 22];
/** The e2e "day at the desk" books these from now on: the present-day scenes leave them free. */
const KEEP_FREE = new Set(['VEH-MIN', 'SAL-GAR', 'MOB-CHA', 'SAL-COM']);

/**
 * 18 months of activity made through the same API as the desk: bookings, back-dated checkouts and
 * returns (on time, late, over two visits, with damage or missing pieces), deposits settled (both
 * cheque settlement modes), old incidents resolved, bookings cancelled and options lapsed, then the present: loans out, one overdue, options about to lapse, a
 * weekly room booking and a cheque held for more than 11 months on a season-long loan.
 */
export async function loadHistory(h: HistoryInput): Promise<HistorySummary> {
  const rnd = seeded(18_2026);
  const { call, today, pin } = h;

  const rules = await call('lateness.getRules', {});
  await call(
    'lateness.setRules',
    { version: rules.version, feePerDayCents: 200, feeCapCents: 3000, maxExtensions: 2 },
    pin,
  );

  const borrowers = await loadBorrowers(h);
  const resources = await loadResources(h.db);
  const byBase = new Map<string, HistResource[]>();
  for (const r of resources) byBase.set(r.base, [...(byBase.get(r.base) ?? []), r]);
  const c: PlanContext = { rnd, ledger: new Ledger(), byBase, borrowers };
  const by = (i: number) => borrowers.find((b) => b.index === i) as HistBorrower;

  const plan: PlannedLoan[] = [];
  // A season-long loan: exhibition cases lent for the photo club's permanent show, cheque held.
  const longStart = { date: addDays(today, -350), time: '10:00' };
  const longEnd = { date: addDays(today, 40), time: '12:00' };
  const cases = byBase.get('EXP-VIT')?.[0] as HistResource;
  c.ledger.take(cases, 1, instant(longStart), instant(longEnd));
  plan.push({
    borrower: by(LONG_LOAN),
    start: longStart,
    end: longEnd,
    back: null,
    firstVisit: null,
    lines: [{ res: cases, quantity: 1 }],
    outcome: 'out',
    purpose: 'Exposition permanente à la médiathèque (saison)',
    expectedPeople: null,
  });

  // The past: a loan every few days, 18 months back, all back before last week.
  const excluded = new Set([OVERDUE, ...OUT_TODAY]);
  const latestBack = addDays(today, -2);
  for (let d = addDays(today, -540); d < addDays(today, -8); d = addDays(d, rnd.int(1, 4))) {
    const p = planPastLoan(c, d, latestBack, excluded);
    if (p) plan.push(p);
  }
  // The suspended borrower's damaged tent, a few weeks ago (the reason of the suspension).
  const tentStart = { date: addDays(today, -26), time: '17:00' };
  const tentBack = { date: addDays(today, -23), time: '10:00' };
  const tent = (byBase.get('BAR-3X3') ?? []).find((r) =>
    c.ledger.fits(r, 1, instant(tentStart), instant(tentBack)),
  );
  if (tent) {
    c.ledger.take(tent, 1, instant(tentStart), instant(tentBack));
    plan.push({
      borrower: by(10),
      start: tentStart,
      end: { date: tentBack.date, time: '12:00' },
      back: tentBack,
      firstVisit: null,
      lines: [{ res: tent, quantity: 1 }],
      outcome: 'damaged',
      purpose: 'Concert en plein air',
      expectedPeople: null,
    });
  }

  // The present: loans out now (handed over in the last days), and exactly one overdue.
  const present = (
    i: number,
    startIn: number,
    endIn: number,
    bases: string[],
    outcome: 'out' | 'overdue',
  ) => {
    const start = { date: addDays(today, startIn), time: '10:00' };
    const end = { date: addDays(today, endIn), time: '18:00' };
    const holdTo = instant({ date: addDays(today, endIn + 30), time: '00:00' });
    const lines = pickLines(c, bases, instant(start), holdTo, KEEP_FREE);
    if (lines.length === 0) return;
    for (const l of lines) c.ledger.take(l.res, l.quantity, instant(start), holdTo);
    plan.push({
      borrower: by(i),
      start,
      end,
      back: null,
      firstVisit: null,
      lines,
      outcome,
      purpose: outcome === 'overdue' ? 'Fête de la ludothèque' : 'Préparation de l’événement',
      expectedPeople: null,
    });
  };
  present(OVERDUE, -6, -2, ['JEU-GEA', 'JEU-STP', 'SEC-BAR'], 'overdue');
  present(OUT_TODAY[0] as number, -3, 2, ['SEC-GIL', 'SEC-TLK'], 'out');
  present(OUT_TODAY[1] as number, -2, 3, ['VID-PRO', 'VID-ECR'], 'out');
  present(OUT_TODAY[2] as number, -1, 4, ['SON-POR', 'MOB-CHM'], 'out');
  present(OUT_TODAY[3] as number, -1, 6, ['DAN-PLQ'], 'out');

  plan.sort((a, b) => instant(a.start) - instant(b.start));
  let loans = 0;
  for (const p of plan) {
    await runLoan(call, rnd, p, today);
    loans++;
  }
  // Its own seed: what changed course is added without reshuffling the loans above.
  const later = seeded(7_2026);
  await resolveOldIncidents(h.callAt, h.db, later, today);
  const fell = await pastBookingsThatFellThrough(h.callAt, c, later, today);
  const bookings = loans + fell.cancelled + fell.lapsed + (await futureBookings(h, c, by));
  return { loans, bookings };
}

const wall = (w: { date: string; time: string }) => ({ ...w, later: false });

async function runLoan(call: Call, rnd: Random, p: PlannedLoan, today: string): Promise<void> {
  const booking = await call('bookings.create', {
    borrowerId: p.borrower.id,
    start: wall(p.start),
    end: wall(p.end),
    status: 'confirmed',
    purpose: p.purpose,
    expectedPeople: p.expectedPeople,
    lines: p.lines.map((l) => ({ resourceId: l.res.id, quantity: l.quantity })),
  });
  const top = booking.lines.filter((l) => l.kitLineId === null);
  const mileage = new Map<number, number>();
  const facts = top.map((l, i) => {
    const res = (p.lines[i] as PlannedLine).res;
    if (l.kind === 'vehicle') {
      // Readings grow with time and stay below today's odometer (14 km a day on average).
      const out = (res.mileage ?? 0) - 500 - 14 * daysBetween(p.start.date, today);
      mileage.set(l.id, out);
      return {
        lineId: l.id,
        condition: 'ok' as const,
        mileageOut: out,
        fuelOut: 8,
        driverIds: [p.borrower.driverIds[0] as number],
      };
    }
    return { lineId: l.id, condition: 'ok' as const, keysOut: l.kind === 'room' ? 2 : null };
  });
  const depositCents = p.lines.reduce((s, l) => s + l.quantity * l.res.depositCents, 0);
  const out = await call('loans.checkout', {
    bookingId: booking.id,
    version: booking.version,
    at: wall(p.start),
    backdateReason: BACKDATE_REASON,
    lines: facts,
    ...(depositCents > 0 ? { deposit: { method: payment(rnd, p) } } : {}),
  });
  if (p.back === null) return;

  const items = top.map((l, i) => {
    const res = (p.lines[i] as PlannedLine).res;
    const base = {
      lineId: l.id,
      ok: l.quantity,
      damaged: 0,
      missing: 0,
      ...(l.kind === 'vehicle'
        ? {
            mileageIn:
              (mileage.get(l.id) ?? 0) +
              rnd.int(30, 13 * Math.max(1, daysBetween(p.start.date, p.back?.date ?? today))),
            fuelIn: rnd.int(4, 8),
          }
        : {}),
      ...(l.kind === 'room' ? { keysReturned: 2 } : {}),
    };
    return { ...base, res };
  });
  if (p.outcome === 'damaged') {
    const it = items[rnd.int(0, items.length - 1)] as (typeof items)[number];
    Object.assign(it, { ok: it.ok - 1, damaged: 1, damageDescription: rnd.pick(DAMAGES) });
  }
  if (p.outcome === 'missing') {
    const it = items.find((x) => x.res.stock && LOSABLE.has(x.res.base) && x.ok > 2);
    if (it) Object.assign(it, { ok: it.ok - 1, missing: 1 });
  }
  const strip = ({ res: _res, ...item }: (typeof items)[number]) => item;

  let version = out.booking.version;
  const incidents: number[] = [];
  if (p.firstVisit) {
    // Half of each stock line (and every unit but the last) comes back first; the rest later.
    const first = items.map((it, i) => {
      const keep = it.res.stock && it.ok > 1 ? Math.floor(it.ok / 2) : i === items.length - 1 ? it.ok : 0;
      return { ...strip(it), ok: it.ok - keep };
    });
    const rest = items.map((it, i) => ({ ...strip(it), ok: it.ok - (first[i] as { ok: number }).ok }));
    const visit1 = first.filter((x) => x.ok > 0);
    const r1 = await call('loans.return', {
      bookingId: booking.id,
      version,
      at: wall(p.firstVisit),
      backdateReason: BACKDATE_REASON,
      items: visit1,
      remarks: 'Retour en deux fois : le reste suit.',
    });
    version = r1.booking.version;
    const r2 = await call('loans.return', {
      bookingId: booking.id,
      version,
      at: wall(p.back),
      backdateReason: BACKDATE_REASON,
      items: rest.filter((x) => x.ok + x.damaged + x.missing > 0),
      remarks: null,
    });
    incidents.push(...r1.incidents.map((i) => i.id), ...r2.incidents.map((i) => i.id));
  } else {
    const r = await call('loans.return', {
      bookingId: booking.id,
      version,
      at: wall(p.back),
      backdateReason: BACKDATE_REASON,
      items: items.map(strip),
      remarks: null,
    });
    incidents.push(...r.incidents.map((i) => i.id));
  }

  const deposit = await call('deposits.get', { bookingId: booking.id });
  if (deposit.state === 'held') {
    const proposal = await call('deposits.proposal', { bookingId: booking.id });
    const partial = proposal.retainedCents > 0 && proposal.retainedCents < proposal.heldCents;
    await call('deposits.settle', {
      bookingId: booking.id,
      retainedCents: proposal.retainedCents,
      // Both ways a cheque can be partly kept: the borrower pays, or the cheque is cashed.
      mode:
        partial && deposit.method === 'cheque'
          ? booking.id % 2 === 0
            ? 'borrower_paid'
            : 'cheque_cashed'
          : null,
      incidentIds: incidents,
      note: proposal.retainedCents > 0 ? 'Retenue selon le PV de restitution' : null,
      // Settled and closed at the real return, so "deposits held on date D" stays true for the past.
      at: wall(p.back),
      backdateReason: BACKDATE_REASON,
    });
  }
  await call('loans.close', { bookingId: booking.id, at: wall(p.back), backdateReason: BACKDATE_REASON });
}

function payment(rnd: Random, p: PlannedLoan): Input<'deposits.collect'>['method'] {
  if (p.borrower.publicBody) return { type: 'waiver', reason: 'Service public : caution non demandée' };
  const x = rnd.next();
  if (p.outcome === 'out' && p.back === null && p.lines.some((l) => l.res.base === 'EXP-VIT'))
    return cheque(rnd, p);
  if (x < 0.6) return cheque(rnd, p);
  if (x < 0.8) return { type: 'cash' };
  return { type: 'transfer' };
}

function cheque(rnd: Random, p: PlannedLoan): Input<'deposits.collect'>['method'] {
  return {
    type: 'cheque',
    number: rnd.digits(7),
    bank: rnd.pick(BANKS),
    drawer: p.borrower.name,
    date: p.start.date,
  };
}

/** Options about to lapse, confirmed bookings ahead and the weekly room booking. */
async function futureBookings(
  h: HistoryInput,
  c: PlanContext,
  by: (i: number) => HistBorrower,
): Promise<number> {
  const { call, today } = h;
  let n = 0;
  const book = async (
    i: number,
    inDays: number,
    bases: string[],
    status: 'option' | 'confirmed',
    expiresIn: number | null,
    purpose: string,
  ) => {
    const start = { date: addDays(today, inDays), time: '09:00' };
    const end = { date: addDays(today, inDays + 2), time: '18:00' };
    const lines = pickLines(c, bases, instant(start), instant(end), KEEP_FREE);
    if (lines.length === 0) return;
    for (const l of lines) c.ledger.take(l.res, l.quantity, instant(start), instant(end));
    await call('bookings.create', {
      borrowerId: by(i).id,
      start: wall(start),
      end: wall(end),
      status,
      optionExpiresOn: expiresIn === null ? null : addDays(today, expiresIn),
      purpose,
      lines: lines.map((l) => ({ resourceId: l.res.id, quantity: l.quantity })),
    });
    n++;
  };
  await book(12, 8, ['BAR-6X3', 'MOB-TAS'], 'option', 0, 'Fête des jardins');
  await book(20, 10, ['SCN-POD', 'ELE-PRJ'], 'option', 1, 'Tournoi de fin de saison');
  await book(24, 15, ['VID-PRO', 'VID-ECR'], 'option', 9, 'Ciné plein air');
  await book(18, 5, ['RNG-BOX', 'SPT-TAP'], 'confirmed', null, 'Gala de boxe éducative');
  await book(7, 12, ['SON-TAB', 'SON-ENC', 'SON-MIC'], 'confirmed', null, 'Festival : scène ouverte');
  await book(21, 20, ['EXP-GRI'], 'confirmed', null, 'Exposition zéro déchet');

  // The community room every Tuesday evening for a choir's rehearsals, through the school year.
  const [y, m] = today.split('-').map(Number) as [number, number];
  const summer = m >= 6 && m <= 8;
  const from = summer ? `${y}-09-01` : addDays(today, 1);
  let first = from;
  while (new Date(`${first}T12:00:00Z`).getUTCDay() !== 2) first = addDays(first, 1);
  const until = `${summer || m >= 9 ? y + 1 : y}-06-30`;
  const room = c.byBase.get('SAL-COM')?.[0] as HistResource;
  const recurring = {
    borrowerId: by(22).id,
    firstDate: first,
    startTime: '18:00',
    endTime: '20:00',
    untilDate: until,
    everyWeeks: 1,
    purpose: 'Répétition hebdomadaire',
    placeOfUse: null,
    expectedPeople: 18,
    lines: [{ resourceId: room.id, quantity: 1 }],
  };
  const preview = await call('bookings.previewRecurring', recurring);
  const made = await call('bookings.createRecurring', {
    ...recurring,
    skipDates: preview.filter((o) => !o.available || o.timeInGap).map((o) => o.date),
  });
  return n + made.bookings.length;
}

async function loadBorrowers(h: HistoryInput): Promise<HistBorrower[]> {
  const out: HistBorrower[] = [];
  for (const [index, id] of h.borrowerIds.entries()) {
    const org = await h.db
      .selectFrom('organisations')
      .select(['name', 'kind'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const cert = await h.db
      .selectFrom('insurance_certificates')
      .selectAll()
      .where('organisation_id', '=', id)
      .orderBy('valid_to', 'desc')
      .executeTakeFirstOrThrow();
    // Last year's certificate, ending the day before the current one starts: 18 months covered.
    await h.call('insurance.add', {
      organisationId: id,
      insurer: cert.insurer,
      policyNumber: cert.policy_number,
      coversCivilLiability: true,
      coversLentProperty: cert.covers_lent_property === 1,
      coversVehicleUse: cert.covers_vehicle_use === 1,
      validFrom: addDays(cert.valid_from, -365),
      validTo: addDays(cert.valid_from, -1),
    });
    const drivers = await h.db
      .selectFrom('drivers')
      .select(['id'])
      .where('organisation_id', '=', id)
      .orderBy('id')
      .execute();
    out.push({
      index,
      id,
      name: org.name,
      publicBody: org.kind === 'public_body',
      coverFrom: addDays(cert.valid_from, -365),
      coverTo: cert.valid_to,
      driverIds: drivers.map((d) => d.id),
    });
  }
  return out;
}

async function loadResources(db: Kysely<Database>): Promise<HistResource[]> {
  const rows = await db
    .selectFrom('resources')
    .leftJoin('kit_components as k', 'k.kit_id', 'resources.id')
    .select([
      'resources.id',
      'inventory_code',
      'kind',
      'tracking',
      'status',
      'quantity_owned',
      'quantity_out_of_service',
      'buffer_minutes',
      'deposit_cents',
      'replacement_value_cents',
      'vehicle_mileage',
      'k.kit_id',
    ])
    .orderBy('resources.id')
    .execute();
  return rows
    .filter((r) => r.status === 'available' && r.kit_id === null)
    .map((r) => ({
      id: r.id,
      code: r.inventory_code as string,
      base: (r.inventory_code as string).replace(/-\d+$/, ''),
      kind: r.kind,
      stock: r.tracking === 'stock',
      usable: r.quantity_owned - r.quantity_out_of_service,
      bufferMinutes: r.buffer_minutes,
      depositCents: r.deposit_cents,
      replacementCents: r.replacement_value_cents,
      mileage: r.vehicle_mileage,
    }));
}
