import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../core/messages';
import { at, loansApp } from './test-setup';

type App = Awaited<ReturnType<typeof loansApp>>;

/** 20 chairs handed over now (Friday 2026-06-05 10:00 Paris) with a cheque; the desk is then on Monday. */
async function chairsOut(app: App) {
  const b = await app.book({ lines: [{ resourceId: app.chairs.id, quantity: 20 }] });
  const out = await app.ok('loans.checkout', {
    bookingId: b.id,
    version: b.version,
    lines: app.linesFor(b),
    deposit: app.cheque,
  });
  app.setNow('2026-06-08T08:00:00Z');
  return { bookingId: b.id, version: out.booking.version, lineId: b.lines[0]!.id };
}

const reason = 'Saisi après coup';
const fieldsOf = (e: { details?: unknown }) =>
  (e.details as { fields: { path: string; message: string }[] }).fields;

describe('a back-dated moment cannot come before what it follows', () => {
  it('a return before the checkout is refused beside the date, in French and English', async () => {
    const app = await loansApp();
    const loan = await chairsOut(app);
    const input = {
      bookingId: loan.bookingId,
      version: loan.version,
      items: [{ lineId: loan.lineId, ok: 20, damaged: 0, missing: 0 }],
      at: at('2026-06-05', '09:30'),
      backdateReason: reason,
    };
    const fr = await app.fails('loans.return', input);
    expect(fr.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(fr)).toEqual([
      expect.objectContaining({ path: 'at.date', message: expect.stringContaining('05/06/2026 à 10:00') }),
    ]);
    const en = await app.fails('loans.return', input, { lang: 'en' });
    expect(fieldsOf(en)[0]?.message).toContain('went out on 2026-06-05 at 10:00');
    await app.ok('loans.return', { ...input, at: at('2026-06-05', '10:00') });
  });

  it('a return visit before the previous one of the same loan is refused', async () => {
    const app = await loansApp();
    const loan = await chairsOut(app);
    const first = await app.ok('loans.return', {
      bookingId: loan.bookingId,
      version: loan.version,
      items: [{ lineId: loan.lineId, ok: 10, damaged: 0, missing: 0 }],
      at: at('2026-06-06', '18:00'),
      backdateReason: reason,
    });
    const second = {
      bookingId: loan.bookingId,
      version: first.booking.version,
      items: [{ lineId: loan.lineId, ok: 10, damaged: 0, missing: 0 }],
      backdateReason: reason,
    };
    const e = await app.fails('loans.return', { ...second, at: at('2026-06-06', '12:00') });
    expect(fieldsOf(e)).toEqual([
      expect.objectContaining({ path: 'at.date', message: expect.stringContaining('06/06/2026 à 18:00') }),
    ]);
    const ok = await app.ok('loans.return', { ...second, at: at('2026-06-07', '11:00') });
    expect(ok.status).toBe('returned');
  });

  it('a settlement or a closing before the return, or a closing before the settlement, is refused', async () => {
    const app = await loansApp();
    const loan = await chairsOut(app);
    await app.ok('loans.return', {
      bookingId: loan.bookingId,
      version: loan.version,
      items: [{ lineId: loan.lineId, ok: 20, damaged: 0, missing: 0 }],
      at: at('2026-06-06', '18:00'),
      backdateReason: reason,
    });
    const early = { at: at('2026-06-06', '17:00'), backdateReason: reason };
    const settle = await app.fails('deposits.settle', {
      bookingId: loan.bookingId,
      retainedCents: 0,
      ...early,
    });
    expect(fieldsOf(settle)).toEqual([
      expect.objectContaining({ path: 'at.date', message: expect.stringContaining('06/06/2026 à 18:00') }),
    ]);
    await app.ok('deposits.settle', {
      bookingId: loan.bookingId,
      retainedCents: 0,
      at: at('2026-06-06', '18:30'),
      backdateReason: reason,
    });
    const close = await app.fails('loans.close', { bookingId: loan.bookingId, ...early });
    expect(fieldsOf(close)[0]).toMatchObject({ path: 'at.date' });
    const beforeSettled = await app.fails('loans.close', {
      bookingId: loan.bookingId,
      at: at('2026-06-06', '18:15'),
      backdateReason: reason,
    });
    expect(fieldsOf(beforeSettled)[0]?.message).toContain('06/06/2026 à 18:30');
    await app.ok('loans.close', {
      bookingId: loan.bookingId,
      at: at('2026-06-06', '18:30'),
      backdateReason: reason,
    });
  });

  it.each(['checkout', 'previous_return', 'return', 'deposit', 'settlement'])(
    'backdate_before_%s is written in French and English',
    (what) => {
      expect(MESSAGES.fr[`backdate_before_${what}`]).toContain('{date}');
      expect(MESSAGES.en[`backdate_before_${what}`]).toContain('{date}');
    },
  );
});

describe('the overdue-loan guard judges a back-dated checkout as of its moment', () => {
  it('a loan overdue then (back since) refuses it; a checkout after that loan came back passes', async () => {
    const app = await loansApp();
    const a = await chairsOut(app); // due Saturday 18:00; the desk is now on Monday
    const b = await app.book({
      lines: [{ resourceId: app.chairs.id, quantity: 10 }],
      start: at('2026-06-07', '12:00'),
      end: at('2026-06-08', '18:00'),
    });
    app.setNow('2026-06-09T08:00:00Z'); // Tuesday: the paper slips are typed in
    await app.ok('loans.return', {
      bookingId: a.bookingId,
      version: a.version,
      items: [{ lineId: a.lineId, ok: 20, damaged: 0, missing: 0 }],
      at: at('2026-06-08', '10:00'),
      backdateReason: reason,
    });
    const handover = (when: ReturnType<typeof at>) => ({
      bookingId: b.id,
      version: b.version,
      lines: app.linesFor(b),
      deposit: { method: { type: 'cash' as const } },
      at: when,
      backdateReason: reason,
    });
    // Sunday noon: the chairs of Saturday were still out, a day late.
    const sunday = await app.fails('loans.checkout', handover(at('2026-06-07', '12:00')));
    expect(sunday.code).toBe('CHECKOUT_REFUSED');
    expect((sunday.details as { failures: { code: string }[] }).failures.map((f) => f.code)).toEqual([
      'borrower_overdue',
    ]);
    const monday = await app.ok('loans.checkout', handover(at('2026-06-08', '11:00')));
    expect(monday.booking.status).toBe('checked_out');
  });
});
