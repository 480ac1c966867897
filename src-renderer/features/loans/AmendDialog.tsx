import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AmendmentResultDto } from '../../../src-main/loans/contract';
import { fieldErrorsOf } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ActionForm, RefusalNotice, ResultForm } from '../../components/ActionForm';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { useAction } from '../../components/use-action';
import { TextField } from '../../components/fields';
import { formatMoney } from '../../format/money';
import { useLang } from '../bookings/desk-format';
import { AmendAddLines, type AddDraft } from './AmendAddLines';
import type { LoanActionProps } from './loan-action';
import { loanNumber } from './LoanDialog';

/**
 * Lines added to or removed from a loan out (loans.amendLines): an amendment with its own number.
 * The main side decides (availability, lines fully back, vehicles); its refusal is shown and the
 * choices stay.
 */
export function AmendDialog({ booking: b, onClose, onChanged }: LoanActionProps) {
  const { t } = useTranslation();
  const run = useApi();
  const [remove, setRemove] = useState<number[]>([]);
  const [add, setAdd] = useState<AddDraft[]>([]);
  const [reason, setReason] = useState('');
  const { error, busy, done, send } = useAction<AmendmentResultDto>();
  const top = b.lines.filter((l) => l.kitLineId === null);
  const fields = fieldErrorsOf(error);
  const addErrors: Record<number, string> = {};
  for (const f of fields) {
    const m = /^add\.(\d+)/.exec(f.path);
    if (m) addErrors[Number(m[1])] ??= f.message;
  }

  const submit = async () => {
    const sent = await send(
      () =>
        run('loans.amendLines', {
          bookingId: b.id,
          version: b.version,
          add: add.map((a) => ({
            resourceId: a.resource.id,
            quantity: a.quantity,
            condition: 'ok',
            remarks: null,
            keysOut: null,
          })),
          remove,
          reason: reason.trim() || null,
        }),
      (r) => r,
    );
    if (sent) onChanged();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('loans.amend.title', { number: loanNumber(b) })}
      testId="amend-dialog"
      size="md"
    >
      {done ? (
        <AmendResult result={done} onClose={onClose} />
      ) : (
        <ActionForm
          testId="amend"
          explain={t('loans.amend.explain')}
          refusal={
            error ? (
              <RefusalNotice error={error} messages={fields.map((f) => f.message)} testId="amend-error" />
            ) : null
          }
          submitLabel={t('loans.amend.submit')}
          busy={busy}
          onSubmit={() => void submit()}
          onCancel={onClose}
        >
          <fieldset data-testid="amend-current">
            <legend>{t('loans.amend.current')}</legend>
            {top.map((l) => (
              <label key={l.id} className="inline-check" data-testid={`amend-line-${l.inventoryCode}`}>
                <input
                  type="checkbox"
                  checked={remove.includes(l.id)}
                  onChange={(e) =>
                    setRemove((r) => (e.target.checked ? [...r, l.id] : r.filter((x) => x !== l.id)))
                  }
                  aria-label={t('loans.amend.removeOf', { name: l.resourceName })}
                />{' '}
                <span className="mono">{l.inventoryCode}</span> {l.resourceName} × {l.quantity}{' '}
                <span className="muted">
                  {t('loans.amend.back', {
                    ok: l.quantityOk,
                    damaged: l.quantityDamaged,
                    missing: l.quantityMissing,
                  })}
                </span>
              </label>
            ))}
          </fieldset>
          <AmendAddLines value={add} onChange={setAdd} errors={addErrors} />
          <TextField
            label={t('loans.amend.reason')}
            name="amendReason"
            value={reason}
            onChange={setReason}
            maxLength={400}
            testId="amend-reason"
          />
        </ActionForm>
      )}
    </Dialog>
  );
}

/** What the amendment did: its number, the lines, and the deposit difference to settle with the borrower. */
function AmendResult({ result: r, onClose }: { result: AmendmentResultDto; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const d = r.deposit;
  return (
    <ResultForm testId="amend" onClose={onClose}>
      <Notice tone="ok" testId="amend-done">
        <p>{t('loans.amend.done', { amendment: r.amendmentNumber })}</p>
        <p>
          {r.addedLineIds.length > 0 ? t('loans.amend.added', { count: r.addedLineIds.length }) : null}
          {r.addedLineIds.length > 0 && r.removedLineIds.length > 0 ? ' · ' : null}
          {r.removedLineIds.length > 0 ? t('loans.amend.removed', { count: r.removedLineIds.length }) : null}
        </p>
      </Notice>
      <p data-testid="amend-deposit">
        {t('loans.amend.depositDefault', {
          before: formatMoney(d.defaultBeforeCents, lang),
          after: formatMoney(d.defaultCents, lang),
          held: formatMoney(d.heldCents, lang),
        })}
      </p>
      {d.differenceCents > 0 ? (
        <Notice tone="warn" testId="amend-deposit-more">
          {t('loans.amend.depositMore', { amount: formatMoney(d.differenceCents, lang) })}
        </Notice>
      ) : d.differenceCents < 0 ? (
        <Notice tone="info" testId="amend-deposit-less">
          {t('loans.amend.depositLess', { amount: formatMoney(-d.differenceCents, lang) })}
        </Notice>
      ) : null}
    </ResultForm>
  );
}
