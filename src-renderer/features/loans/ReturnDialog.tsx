import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDto, BookingLineDto } from '../../../src-main/bookings/contract';
import type { ErrorBody } from '../../../src-main/core/contract-kit';
import type { ReturnResultDto } from '../../../src-main/loans/contract';
import { fieldErrorsOf } from '../../api/client';
import { useApi, useQuery } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { ScanField } from '../../components/ScanField';
import { Messages, Notice } from '../../components/Notice';
import { formatMoney } from '../../format/money';
import { parseInteger } from '../../format/numbers';
import { todayFor, useSession } from '../../shell/session';
import { useToast } from '../../shell/toast';
import { formatPeriod, useLang } from '../bookings/desk-format';
import { FUEL_LEVELS, fuelLabel } from './fuel';
import { BackdateFields, backdateDraft, backdateErrors, backdateInput } from './BackdateFields';
import { SettleStep } from './SettleStep';
import { findLine } from './scan-line';
import { PendingPhotoPicker, photosNotice, sendPendingPhotos, usePendingPhotos } from './line-photos';

interface ItemDraft {
  ok: string;
  damaged: string;
  missing: string;
  remarks: string;
  damageDescription: string;
  putOutOfService: boolean;
  mileage: string;
  fuel: string;
  keys: string;
}

const outstanding = (l: BookingLineDto) => l.quantity - l.quantityOk - l.quantityDamaged - l.quantityMissing;
const num = (s: string) => {
  const n = parseInteger(s);
  return n === null ? 0 : n;
};

/** Taking back: what came back per line, then the result, then the deposit settled and the loan closed. */
export function ReturnDialog({
  bookingId,
  onClose,
  onDone,
}: {
  bookingId: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const booking = useQuery('bookings.get', { id: bookingId });
  const [result, setResult] = useState<ReturnResultDto | null>(null);
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('returnLoan.title', { id: bookingId })}
      testId="return-dialog"
      size="lg"
    >
      {result ? (
        <SettleStep
          bookingId={bookingId}
          result={result}
          onClose={onClose}
          onDone={() => {
            onDone();
            onClose();
          }}
        />
      ) : booking.data ? (
        <ReturnForm
          booking={booking.data}
          onClose={onClose}
          onReturned={(r) => {
            setResult(r);
            onDone();
          }}
        />
      ) : booking.error ? (
        <Notice tone="error">{booking.error.message}</Notice>
      ) : (
        <p aria-busy="true">{t('common.loading')}</p>
      )}
    </Dialog>
  );
}

function ReturnForm({
  booking: b,
  onClose,
  onReturned,
}: {
  booking: BookingDto;
  onClose: () => void;
  onReturned: (r: ReturnResultDto) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useApi();
  const notify = useToast();
  const { info } = useSession();
  const lines = b.lines.filter((l) => l.kitLineId === null && outstanding(l) > 0);
  const [items, setItems] = useState<Record<number, ItemDraft>>(() =>
    Object.fromEntries(
      lines.map((l) => [
        l.id,
        {
          ok: String(outstanding(l)),
          damaged: '0',
          missing: '0',
          remarks: '',
          damageDescription: '',
          putOutOfService: false,
          mileage: '',
          fuel: '8',
          keys: l.kind === 'room' ? '1' : '',
        },
      ]),
    ),
  );
  const [remarks, setRemarks] = useState('');
  const photos = usePendingPhotos();
  const [backdate, setBackdate] = useState(() => backdateDraft(todayFor(info)));
  const [backdateMissing, setBackdateMissing] = useState<Parameters<typeof backdateErrors>[0]>([]);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (id: number, p: Partial<ItemDraft>) =>
    setItems((s) => ({ ...s, [id]: { ...(s[id] as ItemDraft), ...p } }));

  const submit = async () => {
    const when = backdateInput(backdate);
    setBackdateMissing(when.ok ? [] : when.missing);
    if (!when.ok) return;
    setBusy(true);
    const env = await run('loans.return', {
      bookingId: b.id,
      version: b.version,
      ...when.value,
      remarks: remarks.trim() || null,
      items: lines.map((l) => {
        const d = items[l.id] as ItemDraft;
        const mileage = parseInteger(d.mileage);
        const keys = parseInteger(d.keys);
        return {
          lineId: l.id,
          ok: num(d.ok),
          damaged: num(d.damaged),
          missing: num(d.missing),
          remarks: d.remarks.trim() || null,
          damageDescription: d.damageDescription.trim() || null,
          putOutOfService: d.putOutOfService,
          mileageIn: l.kind === 'vehicle' && mileage !== null && !Number.isNaN(mileage) ? mileage : null,
          fuelIn: l.kind === 'vehicle' ? Number(d.fuel) : null,
          keysReturned: l.kind === 'room' && keys !== null && !Number.isNaN(keys) ? keys : null,
        };
      }),
    });
    setBusy(false);
    if (!env.ok) return setError(env.error);
    const sent = await sendPendingPhotos(run, photos, 'return', t);
    notify(
      photosNotice(
        env.value.status === 'returned' ? t('returnLoan.allBack') : t('returnLoan.partial'),
        sent,
        t,
      ),
    );
    onReturned(env.value);
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p>
        <strong>{b.borrowerName}</strong> — {formatPeriod(b.start, b.end, lang)}
        {b.agreementNumber ? (
          <span className="muted"> · {t('booking.agreement', { number: b.agreementNumber })}</span>
        ) : null}
      </p>
      {error ? (
        <Notice tone="error" testId="return-error">
          <Messages list={fieldErrorsOf(error).map((f) => f.message)} fallback={error.message} />
        </Notice>
      ) : null}
      <ScanField
        id="return-scan"
        label={t('scan.label')}
        placeholder={t('scan.placeholder')}
        hint={t('scan.hint')}
        onScan={(code) => findLine(b.lines, lines, code, t)}
        testId="return-scan"
      />
      <table className="simple-table" aria-label={t('returnLoan.lines')}>
        <thead>
          <tr>
            <th scope="col">{t('resource.field.name')}</th>
            <th scope="col">{t('returnLoan.expected')}</th>
            <th scope="col">{t('returnLoan.ok')}</th>
            <th scope="col">{t('returnLoan.damaged')}</th>
            <th scope="col">{t('returnLoan.missing')}</th>
            <th scope="col">{t('returnLoan.details')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const d = items[l.id] as ItemDraft;
            const qty = (k: 'ok' | 'damaged' | 'missing') => (
              <input
                className="input-narrow"
                inputMode="numeric"
                value={d[k]}
                onChange={(e) => set(l.id, { [k]: e.target.value })}
                aria-label={t(`returnLoan.${k}Of`, { name: l.resourceName })}
                data-scan-target={k === 'ok' ? l.inventoryCode : undefined}
                data-testid={`return-${k}-${l.inventoryCode}`}
              />
            );
            return (
              <tr key={l.id} data-testid={`return-line-${l.inventoryCode}`}>
                <td>
                  <span className="mono">{l.inventoryCode}</span> {l.resourceName}
                </td>
                <td>{outstanding(l)}</td>
                <td>{qty('ok')}</td>
                <td>{qty('damaged')}</td>
                <td>{qty('missing')}</td>
                <td>
                  <input
                    value={d.remarks}
                    onChange={(e) => set(l.id, { remarks: e.target.value })}
                    aria-label={t('returnLoan.remarksOf', { name: l.resourceName })}
                    placeholder={t('checkout.remarks')}
                    data-testid={`return-remarks-${l.inventoryCode}`}
                  />
                  <PendingPhotoPicker
                    lineId={l.id}
                    code={l.inventoryCode}
                    name={l.resourceName}
                    pending={photos}
                  />
                  {num(d.damaged) > 0 ? (
                    <>
                      <input
                        value={d.damageDescription}
                        onChange={(e) => set(l.id, { damageDescription: e.target.value })}
                        aria-label={t('returnLoan.damageOf', { name: l.resourceName })}
                        placeholder={t('returnLoan.damageDescription')}
                        data-testid={`return-damage-${l.inventoryCode}`}
                      />
                      <label className="inline-check">
                        <input
                          type="checkbox"
                          checked={d.putOutOfService}
                          onChange={(e) => set(l.id, { putOutOfService: e.target.checked })}
                          data-testid={`return-oos-${l.inventoryCode}`}
                        />{' '}
                        {t('returnLoan.putOutOfService')}
                      </label>
                    </>
                  ) : null}
                  {l.kind === 'vehicle' ? (
                    <span className="badges">
                      <input
                        className="input-narrow"
                        inputMode="numeric"
                        value={d.mileage}
                        onChange={(e) => set(l.id, { mileage: e.target.value })}
                        aria-label={t('returnLoan.mileageIn')}
                        placeholder={t('returnLoan.mileageIn')}
                        data-testid={`return-mileage-${l.inventoryCode}`}
                      />
                      <select
                        value={d.fuel}
                        onChange={(e) => set(l.id, { fuel: e.target.value })}
                        aria-label={t('checkout.fuel')}
                        data-testid={`return-fuel-${l.inventoryCode}`}
                      >
                        {FUEL_LEVELS.map((n) => (
                          <option key={n} value={String(n)}>
                            {fuelLabel(n, t)}
                          </option>
                        ))}
                      </select>
                    </span>
                  ) : null}
                  {l.kind === 'room' ? (
                    <input
                      className="input-narrow"
                      inputMode="numeric"
                      value={d.keys}
                      onChange={(e) => set(l.id, { keys: e.target.value })}
                      aria-label={t('returnLoan.keysReturned')}
                      placeholder={t('returnLoan.keysReturned')}
                      data-testid={`return-keys-${l.inventoryCode}`}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="field">
        <label htmlFor="return-remarks">{t('returnLoan.generalRemarks')}</label>
        <input
          id="return-remarks"
          value={remarks}
          onChange={(e) => setRemarks(e.target.value)}
          data-testid="return-remarks"
        />
      </div>
      <BackdateFields
        value={backdate}
        onChange={setBackdate}
        errors={backdateErrors(backdateMissing, error, t)}
        testId="return-backdate"
      />
      <p className="field-hint">{t('returnLoan.hint', { amount: formatMoney(0, lang) })}</p>
      <div className="dialog-actions sticky-actions">
        <button type="button" onClick={onClose} data-testid="return-cancel">
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="primary"
          disabled={busy || lines.length === 0}
          data-testid="return-submit"
        >
          {t('returnLoan.submit')}
        </button>
      </div>
    </form>
  );
}
