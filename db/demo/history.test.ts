import { beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../tests/helpers/test-app';
import { addDays, daysBetween, parisDate } from '../../src-main/core/paris-time';
import { BACKDATE_REASON } from './history';
import { loadDemo, type DemoSummary } from './index';

const LOAD = 60_000;

// A Friday morning in June (the e2e clock) and a Tuesday evening in winter: both must load.
describe.each(['2026-06-05T08:00:00Z', '2027-01-12T17:30:00Z'])('demo history at %s', (now) => {
  let app: TestApp;
  let summary: DemoSummary;
  const today = parisDate(new Date(now));
  const nowIso = new Date(now).toISOString();
  beforeAll(async () => {
    app = await testApp(now);
    summary = await loadDemo(app, { history: true });
  }, LOAD);

  const loans = () =>
    app.conn.db
      .selectFrom('bookings')
      .selectAll()
      .where('agreement_number', 'is not', null)
      .orderBy('checked_out_at')
      .execute();

  it('has 150–300 loans over 18 months, most returned on time and closed', async () => {
    const all = await loans();
    expect(summary.loans).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(all.length).toBeLessThanOrEqual(300);
    const first = parisDate(new Date(all[0]?.checked_out_at as string));
    expect(daysBetween(first, today)).toBeGreaterThanOrEqual(500);
    expect(daysBetween(first, today)).toBeLessThanOrEqual(545);
    const returned = all.filter((b) => b.status === 'returned');
    const onTime = returned.filter((b) => b.late_days === 0);
    expect(onTime.length / all.length).toBeGreaterThan(0.6);
    expect(returned.every((b) => b.closed_at !== null)).toBe(true);
  });

  it('records past checkouts and returns back-dated, with the demo reason', async () => {
    const audit = await app.conn.db
      .selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('entity', '=', 'booking')
      .where('action', '=', 'checkout')
      .execute();
    expect(audit.length).toBe(summary.loans);
    expect(audit.every((a) => a.reason === BACKDATE_REASON)).toBe(true);
  });

  it('has late returns with a late fee, and returns over two visits', async () => {
    const all = await loans();
    const late = all.filter((b) => (b.late_days ?? 0) > 0);
    expect(late.length).toBeGreaterThanOrEqual(10);
    expect(late.every((b) => (b.late_fee_cents ?? 0) > 0)).toBe(true);
    const visits = await app.conn.db
      .selectFrom('return_visits')
      .select(['booking_id'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy('booking_id')
      .having((eb) => eb.fn.countAll(), '>=', 2)
      .execute();
    expect(visits.length).toBeGreaterThanOrEqual(5);
  });

  it('has incidents (damaged and missing) and deposits retained, cheques settled both ways', async () => {
    const incidents = await app.ok('incidents.list', {});
    expect(incidents.some((i) => i.kind === 'damaged')).toBe(true);
    expect(incidents.filter((i) => i.kind === 'missing').length).toBeGreaterThanOrEqual(3);
    const deposits = await app.conn.db.selectFrom('deposits').selectAll().execute();
    const kept = deposits.filter((d) => d.state === 'partly_retained' || d.state === 'retained');
    expect(kept.length).toBeGreaterThanOrEqual(10);
    const modes = new Set(
      kept
        .filter((d) => d.state === 'partly_retained' && d.method === 'cheque')
        .map((d) => d.settlement_mode),
    );
    expect([...modes].sort()).toEqual(['borrower_paid', 'cheque_cashed']);
    expect(deposits.filter((d) => d.state === 'returned').length).toBeGreaterThan(50);
  });

  it('resolves old incidents through incidents.update: damage repaired at its real cost, pieces found or written off', async () => {
    const incidents = await app.ok('incidents.list', {});
    const by = (status: string) => incidents.filter((i) => i.status === status);
    expect(by('repaired').length).toBeGreaterThanOrEqual(5);
    expect(by('repaired').every((i) => i.kind === 'damaged' && i.costCents !== null)).toBe(true);
    expect(by('recovered').length).toBeGreaterThanOrEqual(1);
    expect(by('written_off').length).toBeGreaterThanOrEqual(1);
    expect([...by('recovered'), ...by('written_off')].every((i) => i.kind === 'missing')).toBe(true);
    // Dealt with after the return, in the past; the last month's incidents are still open.
    const resolved = incidents.filter((i) => i.status !== 'open');
    expect(resolved.every((i) => i.createdAt < i.updatedAt && i.updatedAt < nowIso)).toBe(true);
    const monthAgo = addDays(today, -30);
    expect(by('open').every((i) => parisDate(new Date(i.createdAt)) >= monthAgo)).toBe(true);
    const audit = await app.conn.db
      .selectFrom('audit_log')
      .select(['at', 'entity_id'])
      .where('entity', '=', 'incident')
      .where('action', '=', 'update')
      .execute();
    expect(audit).toHaveLength(resolved.length);
    const when = new Map(resolved.map((i) => [i.id, i.updatedAt]));
    expect(audit.every((a) => when.get(a.entity_id as number) === a.at)).toBe(true);
  });

  it('has past bookings cancelled days before, with a reason, and options nobody confirmed that lapsed', async () => {
    const rows = await app.conn.db.selectFrom('bookings').selectAll().execute();
    const cancelled = rows.filter((b) => b.status === 'cancelled');
    expect(cancelled.length).toBeGreaterThanOrEqual(8);
    for (const b of cancelled) {
      expect(b.cancel_reason).toBeTruthy();
      expect(b.created_at < (b.cancelled_at as string)).toBe(true);
      expect((b.cancelled_at as string) < b.starts_at).toBe(true);
      expect(b.agreement_number).toBeNull();
    }
    const lapsed = rows.filter((b) => b.status === 'lapsed');
    expect(lapsed.length).toBeGreaterThanOrEqual(3);
    expect(lapsed.every((b) => (b.option_expires_at as string) <= b.starts_at)).toBe(true);
    expect(lapsed.every((b) => (b.option_expires_at as string) < nowIso)).toBe(true);
    // Nothing of the past is left waiting at the desk: no late pickup.
    const t = await app.ok('loans.today', {});
    expect(t.pickups.filter((p) => p.start.date < today)).toEqual([]);
  });

  it('has loans out today, exactly one overdue, and options lapsing today and tomorrow', async () => {
    const out = await app.ok('bookings.list', { status: 'checked_out' });
    expect(out.filter((b) => !b.overdue).length).toBeGreaterThanOrEqual(4);
    const t = await app.ok('loans.today', {});
    expect(t.overdue).toHaveLength(1);
    expect(t.overdue[0]?.lateDays).toBeGreaterThan(0);
    const expiring = t.optionsExpiring.map((o) => o.optionExpiresOn);
    expect(expiring).toContain(today);
    expect(expiring).toContain(addDays(today, 1));
  });

  it('has a weekly room booking: the community room every Tuesday 18:00–20:00 until the end of June', async () => {
    const rows = (await app.ok('bookings.list', { search: 'SAL-COM' })).filter(
      (b) => b.recurrenceId !== null,
    );
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(new Set(rows.map((b) => b.recurrenceId)).size).toBe(1);
    for (const b of rows) {
      expect(new Date(`${b.start.date}T12:00:00Z`).getUTCDay()).toBe(2);
      expect([b.start.time, b.end.time]).toEqual(['18:00', '20:00']);
    }
    const last = rows
      .map((b) => b.start.date)
      .sort()
      .at(-1) as string;
    expect(last.slice(5, 7)).toBe('06');
    expect(last >= addDays(today, 1)).toBe(true);
  });

  it('flags one cheque held for more than 11 months, on a loan still out and not overdue', async () => {
    const held = await app.ok('deposits.list', { heldOnly: true });
    const old = held.filter((d) => d.overElevenMonths);
    expect(old).toHaveLength(1);
    expect(old[0]?.method).toBe('cheque');
    const b = await app.ok('bookings.get', { id: old[0]?.bookingId as number });
    expect(b.status).toBe('checked_out');
    expect(b.overdue).toBe(false);
  });

  it('lends only to borrowers covered and in good standing at the time', async () => {
    const orgs = await app.ok('organisations.list', {});
    const all = await loans();
    for (const o of orgs.filter((x) => x.insurance.status === 'expired')) {
      const theirs = all.filter((b) => b.borrower_id === o.id);
      expect(theirs.every((b) => parisDate(new Date(b.ends_at)) <= (o.insurance.validTo as string))).toBe(
        true,
      );
    }
    const suspended = orgs.find((o) => o.suspended !== null);
    const theirs = all.filter((b) => b.borrower_id === suspended?.id);
    expect(theirs.every((b) => b.status === 'returned')).toBe(true);
  });

  it('keeps the demo centre as the e2e suite knows it', async () => {
    const all = await app.ok('resources.list', {});
    expect(all).toHaveLength(58);
    expect(all.find((r) => r.inventoryCode === 'MOB-CHA')?.quantityOutOfService).toBe(4);
    const orgs = await app.ok('organisations.list', {});
    const badges = orgs.map((o) => o.insurance.status);
    expect(badges.filter((b) => b === 'expired')).toHaveLength(3);
    expect(badges.filter((b) => b === 'expiring')).toHaveLength(3);
  });
});
