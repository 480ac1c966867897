import { addDays, parisWallToInstant } from '../../src-main/core/paris-time';
import { DEFAULT_CALENDAR, isOpenDay } from '../../src-main/calendar/rules';
import type { Random } from './random';

/**
 * The demo's 18 months of loans, planned before anything is written. The availability engine
 * only sees what holds now (a returned loan holds nothing), so two past loans of the same unit
 * would both pass it: the plan keeps its own ledger of who had what, from the actual checkout to
 * the actual return, and never lends a piece twice.
 */

export interface HistResource {
  id: number;
  code: string;
  base: string;
  kind: 'equipment' | 'room' | 'vehicle';
  stock: boolean;
  usable: number;
  bufferMinutes: number;
  depositCents: number;
  replacementCents: number;
  mileage: number | null;
}

export interface HistBorrower {
  index: number;
  id: number;
  name: string;
  publicBody: boolean;
  /** Civil-liability cover, consecutive certificates chained: [coverFrom, coverTo]. */
  coverFrom: string;
  coverTo: string;
  driverIds: number[];
}

export type Outcome = 'on_time' | 'late' | 'partial' | 'damaged' | 'missing' | 'out' | 'overdue';

export interface PlannedLine {
  res: HistResource;
  quantity: number;
}

export interface PlannedLoan {
  borrower: HistBorrower;
  start: { date: string; time: string };
  end: { date: string; time: string };
  /** Final return (null: still out). */
  back: { date: string; time: string } | null;
  /** Partial returns: the first visit, when some lines come back. */
  firstVisit: { date: string; time: string } | null;
  lines: PlannedLine[];
  outcome: Outcome;
  purpose: string;
  expectedPeople: number | null;
}

interface Hold {
  from: number;
  to: number;
  quantity: number;
}

export const instant = (w: { date: string; time: string }): number =>
  parisWallToInstant(w.date, w.time).getTime();

/** Who holds what, and who was late when: the plan's own availability ledger. */
export class Ledger {
  private holds = new Map<number, Hold[]>();
  private lost = new Map<number, number>();
  private lateSpans = new Map<number, Hold[]>();

  fits(res: HistResource, quantity: number, from: number, to: number): boolean {
    const end = to + res.bufferMinutes * 60_000;
    const held = (this.holds.get(res.id) ?? [])
      .filter((h) => h.from < end && from < h.to)
      .reduce((s, h) => s + h.quantity, 0);
    return held + quantity + (this.lost.get(res.id) ?? 0) <= (res.stock ? res.usable : 1);
  }

  take(res: HistResource, quantity: number, from: number, to: number): void {
    const list = this.holds.get(res.id) ?? [];
    list.push({ from, to: to + res.bufferMinutes * 60_000, quantity });
    this.holds.set(res.id, list);
  }

  lose(res: HistResource, quantity: number): void {
    this.lost.set(res.id, (this.lost.get(res.id) ?? 0) + quantity);
  }

  /** Guard 3: a borrower with a loan past its end may not take another one meanwhile. */
  wasLate(borrowerId: number, at: number): boolean {
    return (this.lateSpans.get(borrowerId) ?? []).some((s) => s.from <= at && at < s.to);
  }

  late(borrowerId: number, from: number, to: number): void {
    const list = this.lateSpans.get(borrowerId) ?? [];
    list.push({ from, to, quantity: 0 });
    this.lateSpans.set(borrowerId, list);
  }
}

/** What associations borrow together, and what for. */
export const TEMPLATES: { bases: string[]; purposes: string[]; people?: [number, number] }[] = [
  {
    bases: ['MOB-CHA', 'MOB-TAB', 'BAR-3X3'],
    purposes: ['Fête du village', 'Repas des adhérents', 'Vide-grenier', 'Loto annuel'],
  },
  { bases: ['MOB-CHM', 'BAR-3X3', 'SON-POR'], purposes: ['Fête de quartier', 'Forum des associations'] },
  { bases: ['MOB-TAS', 'MOB-BAN', 'BAR-6X3'], purposes: ['Repas champêtre', 'Fête de la Saint-Jean'] },
  {
    bases: ['SON-TAB', 'SON-ENC', 'SON-MIC', 'SON-CAB'],
    purposes: ['Concert de printemps', 'Spectacle de fin d’année', 'Soirée jazz'],
  },
  { bases: ['SCN-POD', 'ELE-PRJ', 'ELE-RAL'], purposes: ['Spectacle de théâtre', 'Gala de danse'] },
  { bases: ['DAN-PLQ', 'SON-POR'], purposes: ['Stage de danse', 'Bal trad'] },
  {
    bases: ['VID-PRO', 'VID-ECR'],
    purposes: ['Ciné-débat', 'Assemblée générale', 'Projection en plein air'],
  },
  { bases: ['RNG-BOX', 'SPT-TAP'], purposes: ['Gala de boxe éducative', 'Journée sport pour tous'] },
  { bases: ['EXP-GRI', 'EXP-VIT'], purposes: ['Exposition photo', 'Salon des artistes locaux'] },
  { bases: ['SEC-GIL', 'SEC-BAR', 'SEC-TLK'], purposes: ['Course pédestre', 'Randonnée du dimanche'] },
  { bases: ['SEC-EXT', 'CUI-CRP', 'CUI-PER'], purposes: ['Marché de Noël', 'Goûter des familles'] },
  { bases: ['JEU-GEA', 'JEU-STP'], purposes: ['Fête du jeu', 'Kermesse de l’école'] },
  { bases: ['VEL-VAE'], purposes: ['Balade à vélo', 'Semaine de la mobilité'] },
  { bases: ['ELE-GRP', 'PHO-REF'], purposes: ['Marché nocturne', 'Reportage photo'] },
  {
    bases: ['SAL-GAR'],
    purposes: ['Assemblée générale', 'Soirée dansante', 'Conférence'],
    people: [40, 110],
  },
  { bases: ['SAL-COM'], purposes: ['Réunion du bureau', 'Atelier d’écriture'], people: [6, 18] },
  { bases: ['VEH-MIN'], purposes: ['Déplacement en compétition', 'Sortie des adhérents'] },
  { bases: ['VEH-UTI'], purposes: ['Déménagement du local', 'Transport de matériel'] },
];

/** Stock whose pieces may go missing in the demo (small, cheap things that do get lost). */
export const LOSABLE = new Set(['SEC-GIL', 'SEC-TLK', 'ELE-RAL', 'EXP-GRI', 'MOB-BAN', 'SPT-TAP']);

const START_TIMES = ['09:00', '10:00', '14:00', '17:00'];
const END_TIMES = ['10:00', '12:00', '18:00'];

export interface PlanContext {
  rnd: Random;
  ledger: Ledger;
  byBase: Map<string, HistResource[]>;
  borrowers: HistBorrower[];
}

/** Picks free pieces for a template over [from, to); an empty list when nothing fits. */
export function pickLines(
  c: PlanContext,
  bases: readonly string[],
  from: number,
  to: number,
  avoid: ReadonlySet<string> = new Set(),
): PlannedLine[] {
  const lines: PlannedLine[] = [];
  for (const base of bases) {
    if (avoid.has(base) || (lines.length > 0 && c.rnd.next() < 0.25)) continue;
    const copies = c.byBase.get(base) ?? [];
    if (copies.length === 0) continue;
    const first = copies[0] as HistResource;
    if (first.stock) {
      const quantity = Math.max(1, Math.round(first.usable * (0.15 + c.rnd.next() * 0.4)));
      if (c.ledger.fits(first, quantity, from, to)) lines.push({ res: first, quantity });
      continue;
    }
    const want = copies.length > 1 && c.rnd.next() < 0.4 ? 2 : 1;
    for (const r of copies.filter((r) => c.ledger.fits(r, 1, from, to)).slice(0, want))
      lines.push({ res: r, quantity: 1 });
  }
  return lines;
}

/** A borrower covered over the whole period, never late at the checkout, with drivers for a vehicle. */
export function pickBorrower(
  c: PlanContext,
  startDate: string,
  endDate: string,
  at: number,
  vehicle: boolean,
  excluded: ReadonlySet<number>,
): HistBorrower | null {
  const fit = c.borrowers.filter(
    (b) =>
      !excluded.has(b.index) &&
      b.coverFrom <= startDate &&
      endDate <= b.coverTo &&
      !c.ledger.wasLate(b.id, at) &&
      (!vehicle || b.driverIds.length > 0),
  );
  return fit.length === 0 ? null : c.rnd.pick(fit);
}

function outcomeOf(rnd: Random, lines: readonly PlannedLine[]): Outcome {
  const x = rnd.next();
  const stock = lines.some((l) => l.res.stock && l.quantity > 1);
  if (x < 0.1) return 'late';
  if (x < 0.18 && (stock || lines.length > 1)) return 'partial';
  if (x < 0.3 && lines.some((l) => l.res.stock && LOSABLE.has(l.res.base) && l.quantity > 2))
    return 'missing';
  if (x < 0.25) return 'damaged';
  return 'on_time';
}

/** One past loan starting on `date`, returned before `latestBack`; null when nothing fits. */
export function planPastLoan(
  c: PlanContext,
  date: string,
  latestBack: string,
  excluded: ReadonlySet<number>,
): PlannedLoan | null {
  const t = c.rnd.pick(TEMPLATES);
  const room = t.bases[0]?.startsWith('SAL-') ?? false;
  const vehicle = t.bases[0]?.startsWith('VEH-') ?? false;
  // A room cannot be booked on a day the centre is closed (the demo keeps the default calendar).
  if (room && !isOpenDay(date, DEFAULT_CALENDAR)) return null;
  const start = room ? { date, time: '14:00' } : { date, time: c.rnd.pick(START_TIMES) };
  const end = room
    ? { date, time: '23:00' }
    : { date: addDays(date, c.rnd.int(1, vehicle ? 3 : 4)), time: c.rnd.pick(END_TIMES) };
  const borrower0 = c.rnd.next();
  const lines = pickLines(c, t.bases, instant(start), instant(end));
  if (lines.length === 0) return null;
  const outcome = room || vehicle ? (borrower0 < 0.12 ? 'damaged' : 'on_time') : outcomeOf(c.rnd, lines);

  let back = { date: end.date, time: room ? '23:00' : addMinutes(end.time, -30) };
  let firstVisit: PlannedLoan['firstVisit'] = null;
  if (outcome === 'late') back = { date: addDays(end.date, c.rnd.int(1, 5)), time: '10:30' };
  if (outcome === 'partial') {
    firstVisit = back;
    back = { date: addDays(end.date, c.rnd.int(1, 2)), time: '11:00' };
  }
  if (back.date > latestBack) return null;

  const from = instant(start);
  const to = instant(back);
  for (const l of lines) if (!c.ledger.fits(l.res, l.quantity, from, to)) return null;
  const borrower = pickBorrower(c, start.date, end.date, from, vehicle, excluded);
  if (!borrower) return null;
  for (const l of lines) c.ledger.take(l.res, l.quantity, from, to);
  if (to > instant(end)) c.ledger.late(borrower.id, instant(end), to);
  if (outcome === 'missing') {
    const l = lines.find((x) => x.res.stock && LOSABLE.has(x.res.base)) as PlannedLine;
    c.ledger.lose(l.res, 1);
  }
  const people = t.people ? c.rnd.int(t.people[0], t.people[1]) : null;
  return {
    borrower,
    start,
    end,
    back,
    firstVisit,
    lines,
    outcome,
    purpose: c.rnd.pick(t.purposes),
    expectedPeople: people,
  };
}

export function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
