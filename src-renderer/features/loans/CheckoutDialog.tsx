import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import type { CheckoutResultDto, PrepareCheckoutDto } from '../../../src-main/loans/contract';
import type { Input } from '../../../src-main/api/contract';
import { fieldErrorsOf } from '../../api/client';
import { useApi, useQuery } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { ScanField } from '../../components/ScanField';
import { Messages, Notice } from '../../components/Notice';
import { centsToInput } from '../../format/money';
import { todayFor, useSession } from '../../shell/session';
import { useToast } from '../../shell/toast';
import { formatPeriod, useLang } from '../bookings/desk-format';
import {
  DepositFields,
  depositDraft,
  depositInput,
  depositProblem,
  type DepositDraft,
} from './DepositFields';
import { BackdateFields, backdateDraft, backdateErrors, backdateInput } from './BackdateFields';
import { CheckoutLineRow, initialFacts, lineFactsInput, type LineFacts } from './CheckoutLineRow';
import { allOverridable, failuresOf, GuardFailureList, overridableGuards } from './guard-failures';
import { photosNotice, sendPendingPhotos, usePendingPhotos } from './line-photos';
import { SafetyNotes, safetyNotesOf } from './SafetyNotes';
import { findLine, type ScannableLine } from './scan-line';

/** The handover: safety notes, condition of each line, deposit, then the five guards on the main side. */
export function CheckoutDialog({
  bookingId,
  onClose,
  onDone,
}: {
  bookingId: number;
  onClose: () => void;
  onDone: (r: CheckoutResultDto) => void;
}) {
  const { t } = useTranslation();
  const prep = useQuery('loans.prepareCheckout', { bookingId });
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('checkout.title', { id: bookingId })}
      testId="checkout-dialog"
      size="lg"
    >
      {prep.data ? (
        <CheckoutForm prep={prep.data} onClose={onClose} onDone={onDone} />
      ) : prep.error ? (
        <Notice tone="error" testId="checkout-load-error">
          {prep.error.message}
        </Notice>
      ) : (
        <p aria-busy="true">{t('common.loading')}</p>
      )}
    </Dialog>
  );
}

function CheckoutForm({
  prep,
  onClose,
  onDone,
}: {
  prep: PrepareCheckoutDto;
  onClose: () => void;
  onDone: (r: CheckoutResultDto) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useApi();
  const notify = useToast();
  const { info } = useSession();
  const b = prep.booking;
  const needsDeposit = prep.deposit === null || prep.deposit.state === 'expected';
  const photos = usePendingPhotos();
  // A kit's pieces are scanned too: each finds its kit's line.
  const scannable: ScannableLine[] = prep.lines.flatMap((l) => [
    { id: l.lineId, inventoryCode: l.inventoryCode, resourceName: l.name, kitLineId: null },
    ...l.components.map((c) => ({
      id: c.lineId,
      inventoryCode: c.inventoryCode,
      resourceName: c.name,
      kitLineId: l.lineId,
    })),
  ]);
  const [facts, setFacts] = useState<Record<number, LineFacts>>(() =>
    Object.fromEntries(prep.lines.map((l) => [l.lineId, initialFacts(l)])),
  );
  const [deposit, setDeposit] = useState<DepositDraft>(() =>
    depositDraft(centsToInput(prep.defaultDepositCents, lang), todayFor(info)),
  );
  const [notesRead, setNotesRead] = useState(false);
  const [backdate, setBackdate] = useState(() => backdateDraft(todayFor(info)));
  const [backdateMissing, setBackdateMissing] = useState<Parameters<typeof backdateErrors>[0]>([]);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<ErrorBody | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [busy, setBusy] = useState(false);

  const notes = safetyNotesOf(prep.lines);
  const failures = failuresOf(error);
  const canOverride = allOverridable(failures);
  const setLine = (id: number, patch: Partial<LineFacts>) =>
    setFacts((f) => ({ ...f, [id]: { ...(f[id] as LineFacts), ...patch } }));

  const build = (): Input<'loans.checkout'> | null => {
    const bad: Record<string, string> = {};
    if (notes.length > 0 && !notesRead) bad.notes = t('checkout.notesRequired');
    const lines = prep.lines.map((l) => {
      const line = lineFactsInput(l, facts[l.lineId] as LineFacts, t);
      if (line.error) bad[`line-${l.lineId}`] = line.error;
      return { lineId: l.lineId, ...line.value };
    });
    let dep: ReturnType<typeof depositInput> | null = null;
    if (needsDeposit) {
      dep = depositInput(deposit, prep.defaultDepositCents);
      if (!dep.ok) bad[`deposit.${dep.field}`] = depositProblem(dep.field, t);
    }
    const when = backdateInput(backdate);
    setBackdateMissing(when.ok ? [] : when.missing);
    setLocal(bad);
    if (Object.keys(bad).length > 0 || !when.ok) return null;
    return {
      bookingId: b.id,
      version: b.version,
      ...when.value,
      lines,
      ...(dep?.ok ? { deposit: dep.value } : {}),
    };
  };

  const submit = async (override: boolean) => {
    const input = build();
    if (!input) return;
    setBusy(true);
    const env = override
      ? await run('loans.checkoutOverride', {
          ...input,
          override: {
            guards: overridableGuards(failures),
            reason: overrideReason,
          },
        })
      : await run('loans.checkout', input);
    setBusy(false);
    if (!env.ok) return setError(env.error);
    const sent = await sendPendingPhotos(run, photos, 'checkout', t);
    notify(photosNotice(t('checkout.done', { number: env.value.agreementNumber }), sent, t));
    onDone(env.value);
    onClose();
  };

  const depositErrors: Record<string, string> = {};
  for (const f of fieldErrorsOf(error)) {
    const m = /^deposit\.(.+)$/.exec(f.path);
    if (m) depositErrors[m[1] as string] ??= f.message;
  }
  for (const [k, v] of Object.entries(local)) if (k.startsWith('deposit.')) depositErrors[k.slice(8)] = v;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit(false);
      }}
    >
      <p>
        <strong>{b.borrowerName}</strong> — {formatPeriod(b.start, b.end, lang)}
        {b.purpose ? <span className="muted"> · {b.purpose}</span> : null}
      </p>
      {prep.guardPreview.length > 0 && !error ? (
        <Notice tone="warn" testId="checkout-preview">
          <p>{t('checkout.previewTitle')}</p>
          <ul>
            {prep.guardPreview.map((f) => (
              <li key={`${f.guard}-${f.code}`}>
                {t('checkout.guard', { n: f.guard })} — {f.message}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {error?.code === 'CHECKOUT_REFUSED' ? (
        <Notice tone="error" testId="checkout-refused">
          <p>{t('checkout.refused')}</p>
          <GuardFailureList failures={failures} testId="checkout" />
        </Notice>
      ) : error ? (
        <Notice tone="error" testId="checkout-error">
          <Messages list={fieldErrorsOf(error).map((f) => f.message)} fallback={error.message} />
        </Notice>
      ) : null}
      <SafetyNotes
        notes={notes}
        read={notesRead}
        onRead={setNotesRead}
        error={local.notes}
        testId="checkout"
      />
      <fieldset className="form-section">
        <legend>{t('checkout.lines')}</legend>
        <ScanField
          id="checkout-scan"
          label={t('scan.label')}
          placeholder={t('scan.placeholder')}
          hint={t('scan.hint')}
          onScan={(code) =>
            findLine(
              scannable,
              scannable.filter((l) => l.kitLineId === null),
              code,
              t,
            )
          }
          testId="checkout-scan"
        />
        {prep.lines.map((l) => (
          <CheckoutLineRow
            key={l.lineId}
            line={l}
            facts={facts[l.lineId] as LineFacts}
            onChange={(p) => setLine(l.lineId, p)}
            drivers={prep.drivers}
            error={local[`line-${l.lineId}`]}
            photos={photos}
          />
        ))}
      </fieldset>
      {needsDeposit ? (
        <DepositFields
          value={deposit}
          onChange={setDeposit}
          defaultCents={prep.defaultDepositCents}
          errors={depositErrors}
        />
      ) : (
        <p className="muted" data-testid="checkout-deposit-done">
          {t('checkout.deposit.already', {
            state: t(`deposits.state.${prep.deposit?.state ?? 'held'}` as 'deposits.state.held'),
          })}
        </p>
      )}
      <BackdateFields
        value={backdate}
        onChange={setBackdate}
        errors={backdateErrors(backdateMissing, error, t)}
        testId="checkout-backdate"
      />
      {canOverride ? (
        <fieldset className="form-section" data-testid="checkout-override">
          <legend>{t('checkout.override.title')}</legend>
          <p className="field-hint">{t('checkout.override.explain')}</p>
          <div className="field">
            <label htmlFor="override-reason">{t('checkout.override.reason')}</label>
            <textarea
              id="override-reason"
              rows={2}
              value={overrideReason}
              onChange={(e) => setOverrideReason(e.target.value)}
              data-testid="checkout-override-reason"
            />
          </div>
          <button
            type="button"
            className="danger"
            disabled={busy || overrideReason.trim() === ''}
            onClick={() => void submit(true)}
            data-testid="checkout-override-submit"
          >
            {t('checkout.override.submit')}
          </button>
        </fieldset>
      ) : null}
      <div className="dialog-actions sticky-actions">
        <button type="button" onClick={onClose} data-testid="checkout-cancel">
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid="checkout-submit">
          {t('checkout.submit')}
        </button>
      </div>
    </form>
  );
}
