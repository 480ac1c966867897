import type { RuleIssue } from '../catalog/rules';

/**
 * Pure loan rules: what a checkout must record per line, what a return may declare, when a loan
 * is fully back. No I/O; the service loads the rows and passes them in.
 */

export interface BookedLine {
  id: number;
  kitLineId: number | null;
  kind: 'equipment' | 'room' | 'vehicle';
  name: string;
  quantity: number;
}

export interface CheckoutLineFacts {
  lineId: number;
  mileageOut: number | null;
  fuelOut: number | null;
  driverIds: number[];
}

/**
 * Every top-level line once (a kit's components follow their kit); vehicles need their mileage
 * and fuel; only vehicles name drivers, and only the borrower's own drivers.
 */
export function checkoutLineIssues(
  booked: readonly BookedLine[],
  given: readonly CheckoutLineFacts[],
  borrowerDriverIds: ReadonlySet<number>,
  pathOf: (index: number) => string,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const top = booked.filter((l) => l.kitLineId === null);
  const seen = new Set<number>();
  given.forEach((g, i) => {
    const line = top.find((l) => l.id === g.lineId);
    const p = pathOf(i);
    if (!line) return issues.push({ path: p, code: 'checkout_line_unknown' });
    if (seen.has(g.lineId)) return issues.push({ path: p, code: 'checkout_line_twice' });
    seen.add(g.lineId);
    if (line.kind === 'vehicle') {
      if (g.mileageOut === null) issues.push({ path: `${p}.mileageOut`, code: 'mileage_required' });
      if (g.fuelOut === null) issues.push({ path: `${p}.fuelOut`, code: 'fuel_required' });
      g.driverIds.forEach((d, j) => {
        if (!borrowerDriverIds.has(d))
          issues.push({ path: `${p}.driverIds.${j}`, code: 'driver_not_borrowers' });
      });
    } else if (g.driverIds.length > 0) {
      issues.push({ path: `${p}.driverIds`, code: 'drivers_vehicle_only' });
    }
    return undefined;
  });
  for (const l of top)
    if (!seen.has(l.id))
      issues.push({ path: 'lines', code: 'checkout_line_missing', params: { name: l.name } });
  return issues;
}

export interface LineTotals {
  id: number;
  kitLineId: number | null;
  kind: 'equipment' | 'room' | 'vehicle';
  quantity: number;
  ok: number;
  damaged: number;
  missing: number;
  mileageOut: number | null;
  /** For messages that name a kit's component. */
  name?: string;
}

export interface ReturnItemFacts {
  lineId: number;
  ok: number;
  damaged: number;
  missing: number;
  mileageIn: number | null;
  putOutOfService: boolean;
}

/**
 * A return item declares at least one piece, never more than remain on its line (all items of
 * the visit counted together); a vehicle's mileage in is not below its mileage out; only damaged
 * pieces may be put out of service here.
 */
export function returnItemIssues(
  lines: readonly LineTotals[],
  items: readonly ReturnItemFacts[],
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const taken = new Map<number, number>();
  const remainingOf = (l: LineTotals) => l.quantity - l.ok - l.damaged - l.missing - (taken.get(l.id) ?? 0);
  // A kit's item stands for its components' pieces (scaled, nested kits included).
  const pieces = (l: LineTotals, n: number): { line: LineTotals; n: number }[] => [
    { line: l, n },
    ...lines.filter((c) => c.kitLineId === l.id).flatMap((c) => pieces(c, (n * c.quantity) / l.quantity)),
  ];
  items.forEach((it, i) => {
    const p = `items.${i}`;
    const line = lines.find((l) => l.id === it.lineId);
    if (!line) return issues.push({ path: `${p}.lineId`, code: 'booking_line_not_found' });
    const n = it.ok + it.damaged + it.missing;
    if (n === 0) return issues.push({ path: `${p}.ok`, code: 'return_nothing' });
    const remaining = remainingOf(line);
    const all = pieces(line, n);
    if (n > remaining) issues.push({ path: `${p}.ok`, code: 'return_exceeds_line', params: { remaining } });
    else {
      // A component already returned on its own cannot come back again with its kit.
      const short = all.find((x) => x.line !== line && x.n > remainingOf(x.line));
      if (short)
        issues.push({
          path: `${p}.lineId`,
          code: 'return_kit_component_returned',
          params: { name: short.line.name ?? `#${short.line.id}` },
        });
    }
    for (const x of all) taken.set(x.line.id, (taken.get(x.line.id) ?? 0) + x.n);
    if (
      line.kind === 'vehicle' &&
      it.mileageIn !== null &&
      line.mileageOut !== null &&
      it.mileageIn < line.mileageOut
    )
      issues.push({ path: `${p}.mileageIn`, code: 'mileage_in_below_out', params: { out: line.mileageOut } });
    if (it.putOutOfService && it.damaged === 0)
      issues.push({ path: `${p}.putOutOfService`, code: 'out_of_service_needs_damaged' });
    return undefined;
  });
  return issues;
}

/**
 * What an item on a kit's line means for each of its components: the same counts scaled by the
 * pieces of the component per kit (a kit of 2 speakers returned ok → 2 speakers ok).
 */
export function cascadeToComponents(
  kit: { quantity: number },
  component: { quantity: number },
  counts: { ok: number; damaged: number; missing: number },
): { ok: number; damaged: number; missing: number } {
  const per = component.quantity / kit.quantity;
  return { ok: counts.ok * per, damaged: counts.damaged * per, missing: counts.missing * per };
}

/**
 * A loan is back when every line that stands for real pieces (lines without components: a kit's
 * own line is accounted through its components) is fully accounted for.
 */
export function fullyAccounted(
  lines: readonly Pick<LineTotals, 'id' | 'kitLineId' | 'quantity' | 'ok' | 'damaged' | 'missing'>[],
): boolean {
  const kits = new Set(lines.filter((l) => l.kitLineId !== null).map((l) => l.kitLineId));
  return lines.filter((l) => !kits.has(l.id)).every((l) => l.ok + l.damaged + l.missing >= l.quantity);
}
