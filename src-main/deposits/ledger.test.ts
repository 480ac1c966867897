import { describe, expect, it } from 'vitest';
import { createIncident } from '../incidents/service';
import { depositsApp } from './test-fixtures';
import {
  appendLedger,
  assertDepositSettled,
  correctHeldDeposit,
  createDeposit,
  depositReadyForCheckout,
  discardUncollectedDeposit,
  heldBalance,
  isSettled,
} from './ledger';
import { defaultDeposit } from './rules';

type App = Awaited<ReturnType<typeof depositsApp>>;

/** A loan of the 600 € tent with its deposit expected. */
async function tentLoan(app: App, opts: { lateFeeCents?: number } = {}) {
  const { bookingId, lineIds } = await app.loan([{ resourceId: app.tentId, quantity: 1 }], opts);
  await app.inTrx((ctx) =>
    createDeposit(ctx, bookingId, defaultDeposit([{ quantity: 1, depositCents: 600_00 }])),
  );
  return { bookingId, lineId: lineIds[0] as number };
}

const cheque = {
  type: 'cheque' as const,
  number: '0001234',
  bank: 'Crédit Agricole',
  drawer: 'Foyer rural',
  date: '2026-06-05',
};
const kinds = (d: { ledger: { kind: string; amountCents: number; heldDeltaCents: number }[] }) =>
  d.ledger.map((e) => [e.kind, e.amountCents, e.heldDeltaCents]);

describe('DOMAIN example through the ledger', () => {
  it('600 € held, 4 days late at 2 €/day, torn canvas 180 € → 188 € retained, 412 € returned', async () => {
    const app = await depositsApp();
    const { bookingId, lineId } = await tentLoan(app, { lateFeeCents: 4 * 2_00 });
    const held = await app.ok('deposits.collect', { bookingId, method: { type: 'cash' } });
    expect(held.state).toBe('held');
    expect(held.heldCents).toBe(600_00);

    // The return flow records the torn canvas: estimate = 1 × the replacement value frozen on the line.
    const incidentId = await app.inTrx((ctx) =>
      createIncident(ctx, {
        bookingId,
        lineId,
        resourceId: app.tentId,
        borrowerId: app.borrowerId,
        kind: 'damaged',
        quantity: 1,
        description: 'Toile déchirée',
      }),
    );
    const proposal = await app.ok('deposits.proposal', { bookingId });
    expect(proposal).toMatchObject({
      heldCents: 600_00,
      lateFeeCents: 8_00,
      costsCents: 188_00,
      retainedCents: 188_00,
      returnedCents: 412_00,
      owedBeyondCents: 0,
    });

    const settled = await app.ok('deposits.settle', {
      bookingId,
      retainedCents: proposal.retainedCents,
      incidentIds: [incidentId],
    });
    expect(settled.state).toBe('partly_retained');
    expect(settled.retainedCents).toBe(188_00);
    expect(settled.heldCents).toBe(0);
    expect(kinds(settled)).toEqual([
      ['collected', 600_00, 600_00],
      ['retained', 188_00, -188_00],
      ['returned', 412_00, -412_00],
    ]);
    expect(settled.ledger.map((e) => e.balanceCents)).toEqual([600_00, 412_00, 0]);
    expect(settled.ledger[1]?.note).toBe(`Incidents n° ${incidentId}`);
    expect(await app.ok('amountsOwed.list', {})).toEqual([]);
    expect(await isSettled(app.db, bookingId)).toBe(true);
  });
});

describe('a cheque cannot be partly cashed', () => {
  it('borrower pays the retained amount and gets the cheque back: two movements', async () => {
    const app = await depositsApp();
    const { bookingId } = await tentLoan(app);
    await app.ok('deposits.collect', { bookingId, method: cheque });
    const d = await app.ok('deposits.settle', { bookingId, retainedCents: 188_00, mode: 'borrower_paid' });
    expect(d.state).toBe('partly_retained');
    expect(d.settlementMode).toBe('borrower_paid');
    expect(kinds(d)).toEqual([
      ['collected', 600_00, 600_00],
      ['borrower_paid', 188_00, 0],
      ['returned', 600_00, -600_00],
    ]);
    expect(d.heldCents).toBe(0);
  });

  it('cheque cashed and the difference refunded: two movements', async () => {
    const app = await depositsApp();
    const { bookingId } = await tentLoan(app);
    await app.ok('deposits.collect', { bookingId, method: cheque });
    const d = await app.ok('deposits.settle', { bookingId, retainedCents: 188_00, mode: 'cheque_cashed' });
    expect(d.settlementMode).toBe('cheque_cashed');
    expect(kinds(d)).toEqual([
      ['collected', 600_00, 600_00],
      ['cheque_cashed', 600_00, -600_00],
      ['refunded', 412_00, 0],
    ]);
  });

  it('without the agent choosing how, the settlement is refused and nothing moves (English)', async () => {
    const app = await depositsApp();
    const { bookingId } = await tentLoan(app);
    await app.ok('deposits.collect', { bookingId, method: cheque });
    const err = await app.fails('deposits.settle', { bookingId, retainedCents: 188_00 }, { lang: 'en' });
    expect(err.code).toBe('INVALID_STATE');
    expect(err.message).toMatch(/^A cheque cannot be partly cashed/);
    const d = await app.ok('deposits.get', { bookingId });
    expect(d.state).toBe('held');
    expect(d.ledger).toHaveLength(1);
  });
});

describe('waiver', () => {
  it('is one ledger entry of the waived amount, holds nothing and satisfies the checkout guard', async () => {
    const app = await depositsApp();
    const { bookingId } = await tentLoan(app);
    expect(await depositReadyForCheckout(app.db, bookingId)).toBe(false);
    const d = await app.ok('deposits.collect', {
      bookingId,
      method: { type: 'waiver', reason: 'Convention de partenariat avec la commune' },
    });
    expect(d.state).toBe('waived');
    expect(d.waiverReason).toBe('Convention de partenariat avec la commune');
    expect(kinds(d)).toEqual([['waived', 600_00, 0]]);
    expect(await depositReadyForCheckout(app.db, bookingId)).toBe(true);
    expect(await isSettled(app.db, bookingId)).toBe(true);
    const err = await app.fails('deposits.settle', { bookingId, retainedCents: 0 });
    expect(err.code).toBe('INVALID_STATE');
  });
});

describe('collecting', () => {
  it('another amount than the default needs a reason, in the agent language', async () => {
    const app = await depositsApp();
    const { bookingId } = await tentLoan(app);
    const en = await app.fails(
      'deposits.collect',
      { bookingId, amountCents: 300_00, method: { type: 'cash' } },
      { lang: 'en' },
    );
    expect(en.message).toBe('The amount differs from the expected deposit: give the reason.');
    const fr = await app.fails('deposits.collect', {
      bookingId,
      amountCents: 300_00,
      method: { type: 'cash' },
    });
    expect(fr.message).toBe('Le montant diffère de la caution prévue : indiquez la raison.');
    const d = await app.ok('deposits.collect', {
      bookingId,
      amountCents: 300_00,
      changeReason: 'Association membre du réseau',
      method: { type: 'transfer' },
    });
    expect(d).toMatchObject({ state: 'held', amountCents: 300_00, defaultCents: 600_00, method: 'transfer' });
    expect(d.ledger[0]?.note).toBe('Association membre du réseau');
    // Collected once only.
    expect((await app.fails('deposits.collect', { bookingId, method: { type: 'cash' } })).code).toBe(
      'INVALID_STATE',
    );
  });

  it('records the cheque uncashed with its number, bank, drawer and date', async () => {
    const app = await depositsApp();
    const { bookingId } = await tentLoan(app);
    const d = await app.ok('deposits.collect', { bookingId, method: cheque });
    expect(d).toMatchObject({
      method: 'cheque',
      chequeNumber: '0001234',
      chequeBank: 'Crédit Agricole',
      chequeDrawer: 'Foyer rural',
      chequeDate: '2026-06-05',
      cashableUntil: '2027-06-13',
    });
  });
});

describe('the held balance never goes negative', () => {
  it('refuses to retain more than is held', async () => {
    const app = await depositsApp();
    const { bookingId } = await tentLoan(app);
    await app.ok('deposits.collect', { bookingId, method: { type: 'cash' } });
    const err = await app.fails('deposits.settle', { bookingId, retainedCents: 600_01 }, { lang: 'en' });
    expect(err.message).toMatch(/^You cannot retain more than the deposit held/);
  });

  it('refuses a movement that would go below zero, now or at a back-dated point', async () => {
    const app = await depositsApp();
    const { bookingId } = await tentLoan(app);
    const d = await app.ok('deposits.collect', { bookingId, method: { type: 'cash' } });
    const over = app.inTrx((ctx) =>
      appendLedger(ctx, d.id, { kind: 'refunded', amountCents: 600_01, heldDeltaCents: -600_01 }),
    );
    await expect(over).rejects.toMatchObject({ code: 'INVALID_STATE', key: 'deposit_balance_negative' });
    // The whole 600 € taken out the day before it was collected: the end balance is 0, the past is not.
    const before = app.inTrx((ctx) =>
      appendLedger(
        ctx,
        d.id,
        { kind: 'returned', amountCents: 600_00, heldDeltaCents: -600_00 },
        { at: new Date('2026-06-04T08:00:00Z') },
      ),
    );
    await expect(before).rejects.toMatchObject({ key: 'deposit_balance_negative' });
    expect(await heldBalance(app.db, d.id)).toBe(600_00);
  });

  it('a correction of a mistyped amount is one entry for the difference', async () => {
    const app = await depositsApp();
    const { bookingId } = await tentLoan(app);
    await app.ok('deposits.collect', {
      bookingId,
      amountCents: 6000_00,
      changeReason: 'Saisie',
      method: { type: 'cash' },
    });
    await app.inTrx((ctx) =>
      correctHeldDeposit(ctx, { bookingId, amountCents: 600_00, reason: '6 000 € tapé pour 600 €' }),
    );
    const d = await app.ok('deposits.get', { bookingId });
    expect(kinds(d)).toEqual([
      ['collected', 6000_00, 6000_00],
      ['correction', 5400_00, -5400_00],
    ]);
    expect(d.heldCents).toBe(600_00);
  });
});

describe('costs beyond the deposit', () => {
  it('become an amount owed by the borrower, listed until marked paid', async () => {
    const app = await depositsApp();
    // 40 chairs: 80 € deposit; 3 missing at 35 € = 105 € → 80 € kept, 25 € owed.
    const { bookingId, lineIds } = await app.loan([{ resourceId: app.chairsId, quantity: 40 }], {
      agreementNumber: '2026-0007',
    });
    await app.inTrx((ctx) => createDeposit(ctx, bookingId, 40 * 2_00));
    await app.ok('deposits.collect', { bookingId, method: { type: 'cash' } });
    const incidentId = await app.inTrx((ctx) =>
      createIncident(ctx, {
        bookingId,
        lineId: lineIds[0] as number,
        resourceId: app.chairsId,
        borrowerId: app.borrowerId,
        kind: 'missing',
        quantity: 3,
        description: '3 chaises manquantes',
      }),
    );
    const proposal = await app.ok('deposits.proposal', { bookingId });
    expect(proposal).toMatchObject({
      costsCents: 105_00,
      retainedCents: 80_00,
      returnedCents: 0,
      owedBeyondCents: 25_00,
    });
    const d = await app.ok('deposits.settle', { bookingId, retainedCents: 80_00, incidentIds: [incidentId] });
    expect(d.state).toBe('retained');
    const owed = await app.ok('amountsOwed.list', { borrowerId: app.borrowerId });
    expect(owed).toEqual([
      expect.objectContaining({
        amountCents: 25_00,
        bookingId,
        agreementNumber: '2026-0007',
        borrowerName: 'Foyer rural de Montesquieu',
        reason: `Incidents n° ${incidentId}`,
        paidAt: null,
      }),
    ]);
    const paid = await app.ok('amountsOwed.markPaid', { id: owed[0]!.id });
    expect(paid.paidAt).toBe('2026-06-05T08:00:00.000Z');
    expect(await app.ok('amountsOwed.list', { unpaidOnly: true })).toEqual([]);
    const again = await app.fails('amountsOwed.markPaid', { id: owed[0]!.id }, { lang: 'en' });
    expect(again.message).toBe('This amount has already been marked as paid.');
  });

  it('are not billed when the agent keeps less than is held', async () => {
    const app = await depositsApp();
    const { bookingId, lineId } = await tentLoan(app);
    await app.ok('deposits.collect', { bookingId, method: { type: 'cash' } });
    await app.inTrx((ctx) =>
      createIncident(ctx, {
        bookingId,
        lineId,
        resourceId: app.tentId,
        borrowerId: app.borrowerId,
        kind: 'damaged',
        quantity: 1,
        description: 'Toile brûlée',
        estimateCents: 900_00,
      }),
    );
    await app.ok('deposits.settle', { bookingId, retainedCents: 500_00, note: 'Geste commercial' });
    expect(await app.ok('amountsOwed.list', {})).toEqual([]);
  });
});

describe('a loan cannot be closed or deleted with its deposit unsettled', () => {
  it('the guard refuses while money is held and passes once settled', async () => {
    const app = await depositsApp();
    const { bookingId } = await tentLoan(app);
    await expect(assertDepositSettled(app.db, bookingId)).resolves.toBeUndefined(); // nothing collected yet
    await app.ok('deposits.collect', { bookingId, method: cheque });
    await expect(assertDepositSettled(app.db, bookingId)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      key: 'deposit_unsettled',
    });
    await expect(app.inTrx((ctx) => discardUncollectedDeposit(ctx, bookingId))).rejects.toMatchObject({
      key: 'deposit_unsettled',
    });
    await app.ok('deposits.settle', { bookingId, retainedCents: 0 });
    await expect(assertDepositSettled(app.db, bookingId)).resolves.toBeUndefined();
  });

  it('an uncollected deposit can be discarded with its booking', async () => {
    const app = await depositsApp();
    const { bookingId } = await tentLoan(app);
    await app.inTrx((ctx) => discardUncollectedDeposit(ctx, bookingId));
    expect((await app.fails('deposits.get', { bookingId })).code).toBe('NOT_FOUND');
  });
});
