import type { Comptoir } from './fixtures';

/**
 * Look-ups the planning specs make through the API (ids, names, what the demo history holds), so
 * that what a test expects on screen comes from the data and not from names copied into it.
 */

export interface Wall {
  date: string;
  time: string;
}

export interface ResourceRow {
  id: number;
  name: string;
  inventoryCode: string;
  kind: 'equipment' | 'room' | 'vehicle';
  siteId: number;
  siteName: string;
}

export interface BookingRow {
  id: number;
  borrowerName: string;
  status: string;
  start: Wall;
  end: Wall;
}

interface OrgRow {
  id: number;
  name: string;
  kind: string;
  insurance: { status: string };
  suspended: unknown;
}

export async function resources(comptoir: Comptoir): Promise<ResourceRow[]> {
  return comptoir.call<ResourceRow[]>('resources.list', {});
}

export async function resourceByCode(comptoir: Comptoir, code: string): Promise<ResourceRow> {
  const found = (await resources(comptoir)).find((r) => r.inventoryCode === code);
  if (!found) throw new Error(`No ${code} in the demo`);
  return found;
}

/** Associations that may book today (insured, not suspended), by name. */
export async function bookableBorrowers(comptoir: Comptoir, count: number): Promise<OrgRow[]> {
  const orgs = await comptoir.call<OrgRow[]>('organisations.list', {});
  const ok = orgs
    .filter((o) => o.kind === 'association' && o.insurance.status === 'valid' && !o.suspended)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  if (ok.length < count) throw new Error(`Only ${ok.length} bookable borrowers in the demo`);
  return ok.slice(0, count);
}

export async function createBooking(
  comptoir: Comptoir,
  input: {
    borrowerId: number;
    start: Wall;
    end: Wall;
    status: 'option' | 'confirmed';
    lines: { resourceId: number; quantity: number }[];
    optionExpiresOn?: string;
  },
): Promise<number> {
  const created = await comptoir.call<{ id: number }>('bookings.create', {
    optionExpiresOn: input.status === 'option' ? (input.optionExpiresOn ?? input.start.date) : null,
    ...input,
  });
  return created.id;
}

/** '2026-06-05' → '05/06/2026', as the desk writes a date. */
export function frDate(civil: string): string {
  return civil.split('-').reverse().join('/');
}

/** '06/06/2026 10:00 → 09/06/2026 12:00', as the desk writes a period. */
export function frPeriod(start: Wall, end: Wall): string {
  const from = `${frDate(start.date)} ${start.time}`;
  return start.date === end.date ? `${from} → ${end.time}` : `${from} → ${frDate(end.date)} ${end.time}`;
}

export function addDays(civil: string, days: number): string {
  const d = new Date(`${civil}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** '09/04/2026 14:00': an instant as the desk shows it, in Paris time. */
export function frDateTime(iso: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  );
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** 'vendredi 5 juin 2026'. */
export function frDateLong(civil: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${civil}T12:00:00Z`));
}
