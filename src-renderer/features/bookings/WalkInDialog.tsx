import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../src-main/api/contract';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import type { CheckoutResultDto, PrepareLineDto } from '../../../src-main/loans/contract';
import { fieldErrorsOf } from '../../api/client';
import { useApi, useQuery } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Messages, Notice } from '../../components/Notice';
import { parisTimeOf } from '../../format/dates';
import { centsToInput } from '../../format/money';
import { todayFor, useSession } from '../../shell/session';
import { useToast } from '../../shell/toast';
import { initialFacts, lineFactsInput, type LineFacts } from '../loans/CheckoutLineRow';
import { depositDraft, depositInput, depositProblem, type DepositDraft } from '../loans/DepositFields';
import { allOverridable, failuresOf, GuardFailureList, overridableGuards } from '../loans/guard-failures';
import { photosNotice, sendPendingPhotos, usePendingPhotos } from '../loans/line-photos';
import { safetyNotesOf } from '../loans/SafetyNotes';
import { BookingLines } from './BookingLines';
import { BorrowerPicker } from './BorrowerPicker';
import { DetailFields, PeriodFields } from './BookingFields';
import { createInputOf, emptyDraft, typedPeriodOf, type BookingDraft } from './booking-draft';
import { useDebounced } from './use-debounced';
import { useLang } from './desk-format';
import { OverrideDialog } from './OverrideDialog';
import { closedDayRefusal } from './use-booking-save';
import { ProposedEndHint, useProposedEnd } from './use-proposed-end';
import { useWalkInLines } from './walk-in-lines';
import { WalkInCheckout } from './WalkInCheckout';

/**
 * "Prêt immédiat": a borrower at the desk takes the resources now. The booking's fields (starting
 * now, the end proposed) and the handover's facts, sent in one loans.walkIn call; a room on a
 * closed day or guard 2, 3 or 5 may be overridden by a manager (reason, PIN).
 */
export function WalkInDialog({
  onClose,
  onDone,
}: {
  onClose: () => void;
  onDone: (r: CheckoutResultDto) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useApi();
  const notify = useToast();
  const { info } = useSession();
  const [draft, setDraft] = useState<BookingDraft>(() => ({
    ...emptyDraft(todayFor(info)),
    startTime: parisTimeOf(info.clockFixed ? info.now : new Date()),
  }));
  const [facts, setFacts] = useState<Record<number, LineFacts>>({});
  const [deposit, setDeposit] = useState<DepositDraft | null>(null);
  const [notesRead, setNotesRead] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<ErrorBody | null>(null);
  const [overriding, setOverriding] = useState(false);
  const [busy, setBusy] = useState(false);
  const photos = usePendingPhotos();
  const proposedEnd = useProposedEnd(draft, setDraft);
  const { lines, defaultDepositCents } = useWalkInLines(draft.lines);
  const borrower = useQuery('organisations.get', { id: draft.borrower?.id ?? 0 }, { skip: !draft.borrower });
  const period = useDebounced(typedPeriodOf(draft), 250);
  const set = <K extends keyof BookingDraft>(k: K, v: BookingDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  const factsOf = (l: PrepareLineDto) => facts[l.lineId] ?? initialFacts(l);
  const depositShown = deposit ?? depositDraft(centsToInput(defaultDepositCents, lang), todayFor(info));

  const failures = failuresOf(error);
  const closed = closedDayRefusal(error);
  const canOverride = closed !== null || allOverridable(failures);

  const build = (): Input<'loans.walkIn'> | null => {
    const bad: Record<string, string> = {};
    if (!draft.borrower) bad.borrowerId = t('booking.error.borrower');
    if (draft.lines.length === 0) bad.lines = t('booking.error.noLines');
    if (safetyNotesOf(lines).length > 0 && !notesRead) bad.notes = t('checkout.notesRequired');
    const byLine = draft.lines.map((d, i) => {
      const l = lines.find((x) => x.resourceId === d.resourceId);
      if (!l) return null;
      const r = lineFactsInput(l, factsOf(l), t);
      if (r.error) bad[`line-${l.lineId}`] = r.error;
      return { line: i, ...r.value };
    });
    if (byLine.some((x) => x === null)) bad.lines = t('common.loading');
    const dep = depositInput(depositShown, defaultDepositCents);
    if (!dep.ok) bad[`deposit.${dep.field}`] = depositProblem(dep.field, t);
    setLocal(bad);
    if (Object.keys(bad).length > 0 || !dep.ok) return null;
    const { status: _s, optionExpiresOn: _o, ...booking } = createInputOf(draft);
    return {
      booking,
      checkout: { lines: byLine.filter((x) => x !== null), deposit: dep.value },
    };
  };

  const submit = async (overrideReason: string | null): Promise<ErrorBody | null> => {
    const input = build();
    if (!input) return null;
    setBusy(true);
    const env =
      overrideReason === null
        ? await run('loans.walkIn', input)
        : await run('loans.walkInOverride', {
            ...input,
            overrideReason,
            guards: overridableGuards(failures),
          });
    setBusy(false);
    if (!env.ok) {
      if (overrideReason === null) setError(env.error);
      return env.error;
    }
    // Photos chosen per resource go to the line the loan now has for it.
    const top = env.value.booking.lines.filter((l) => l.kitLineId === null);
    const byLine = Object.fromEntries(
      Object.entries(photos.byLine).flatMap(([rid, files]) => {
        const line = top.find((l) => l.resourceId === Number(rid));
        return line ? [[line.id, files]] : [];
      }),
    );
    const sent = await sendPendingPhotos(run, { ...photos, byLine }, 'checkout', t);
    notify(
      photosNotice(
        t('walkIn.done', { id: env.value.booking.id, number: env.value.agreementNumber }),
        sent,
        t,
      ),
    );
    onDone(env.value);
    onClose();
    return null;
  };

  const errors: Record<string, string> = { ...local };
  const other: string[] = [];
  for (const f of fieldErrorsOf(error)) {
    const path = f.path.replace(/^booking\./, '');
    const field = ['borrowerId', 'start', 'end', 'purpose', 'placeOfUse', 'expectedPeople'].find(
      (p) => path === p || path.startsWith(`${p}.`),
    );
    const deposit = /^checkout\.deposit\.(.+)$/.exec(f.path);
    if (field) errors[field] ??= f.message;
    else if (deposit) errors[`deposit.${deposit[1]}`] ??= f.message;
    else if (f.code !== 'room_closed_day') other.push(f.message);
  }
  const depositErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith('deposit.'))
      .map(([k, v]) => [k.slice(8), v]),
  );
  const lineErrors = Object.fromEntries(
    Object.entries(local)
      .filter(([k]) => k.startsWith('line-'))
      .map(([k, v]) => [Number(k.slice(5)), v]),
  );

  return (
    <Dialog open onClose={onClose} title={t('walkIn.title')} testId="walkin-dialog" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(null);
        }}
      >
        <p className="field-hint">{t('walkIn.explain')}</p>
        {error ? (
          <Notice tone="error" testId="walkin-error">
            {closed ? <p>{closed}</p> : null}
            {failures.length > 0 ? (
              <>
                <p>{t('checkout.refused')}</p>
                <GuardFailureList failures={failures} testId="walkin" />
              </>
            ) : !closed ? (
              <Messages
                list={other}
                fallback={fieldErrorsOf(error).length > 0 ? t('form.fixFields') : error.message}
              />
            ) : null}
            {canOverride ? (
              <p>
                <button
                  type="button"
                  className="danger"
                  onClick={() => setOverriding(true)}
                  data-testid="walkin-override"
                >
                  {t('closedDay.override')}
                </button>
              </p>
            ) : null}
            <p className="muted">{t('booking.keptTyped')}</p>
          </Notice>
        ) : null}
        <fieldset className="form-section">
          <legend>{t('walkIn.booking')}</legend>
          <BorrowerPicker
            value={draft.borrower}
            onChange={(b) => set('borrower', b)}
            error={errors.borrowerId}
            autoFocus
          />
          <PeriodFields
            draft={draft}
            set={set}
            errors={errors}
            disabled={false}
            onEndTyped={proposedEnd.endTyped}
            endHint={<ProposedEndHint proposal={proposedEnd.proposal} />}
          />
          <DetailFields draft={draft} set={set} errors={errors} disabled={false} />
          <BookingLines
            lines={draft.lines}
            onChange={(l) => {
              set('lines', l);
              setLocal(({ lines: _dropped, ...rest }) => rest);
            }}
            period={period}
            excludeBookingId={null}
            onUseSlot={() => {}}
            errors={{}}
            readOnly={false}
          />
          {local.lines ? <p className="field-error">{local.lines}</p> : null}
        </fieldset>
        <WalkInCheckout
          lines={lines}
          facts={Object.fromEntries(lines.map((l) => [l.lineId, factsOf(l)]))}
          onFacts={(l, patch) =>
            setFacts((f) => ({ ...f, [l.lineId]: { ...(f[l.lineId] ?? initialFacts(l)), ...patch } }))
          }
          drivers={borrower.data?.drivers ?? []}
          lineErrors={lineErrors}
          photos={photos}
          notesRead={notesRead}
          onNotesRead={setNotesRead}
          notesError={local.notes}
          deposit={depositShown}
          onDeposit={setDeposit}
          defaultDepositCents={defaultDepositCents}
          depositErrors={depositErrors}
        />
        <div className="dialog-actions sticky-actions">
          <button type="button" onClick={onClose} data-testid="walkin-cancel">
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="walkin-submit">
            {t('walkIn.submit')}
          </button>
        </div>
      </form>
      <OverrideDialog
        open={overriding}
        onClose={() => setOverriding(false)}
        title={t('walkIn.overrideTitle')}
        refusal={
          <ul>
            {closed ? <li>{closed}</li> : null}
            {failures.map((f) => (
              <li key={`${f.guard}-${f.code}`}>
                {t('checkout.guard', { n: f.guard })} — {f.message}
              </li>
            ))}
          </ul>
        }
        submitLabel={t('walkIn.submitOverride')}
        testId="walkin-override-dialog"
        onSubmit={(reason) => submit(reason)}
      />
    </Dialog>
  );
}
