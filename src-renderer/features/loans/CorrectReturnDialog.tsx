import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturnItemDto } from '../../../src-main/loans/contract';
import { useApi, useQuery } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { SelectField, TextField } from '../../components/fields';
import { formatDateTimeShort } from '../../format/dates';
import { parseInteger } from '../../format/numbers';
import { useLang } from '../bookings/desk-format';
import { CorrectionForm, useCorrection } from './CorrectionForm';
import { CorrectionResult } from './CorrectionResult';
import type { LoanActionProps } from './loan-action';
import { loanNumber } from './LoanDialog';

const COUNTS = ['ok', 'damaged', 'missing'] as const;
type Counts = Record<(typeof COUNTS)[number], string>;
const FIELDS = ['returnItemId', ...COUNTS, 'mileageIn', 'reason'];

const figuresOf = (i: ReturnItemDto | undefined): Counts & { mileageIn: string } => ({
  ok: String(i?.ok ?? 0),
  damaged: String(i?.damaged ?? 0),
  missing: String(i?.missing ?? 0),
  mileageIn: i?.mileageIn === null || i?.mileageIn === undefined ? '' : String(i.mileageIn),
});

/**
 * A return typed wrong (3 chairs missing that were in the van), corrected item by item with a
 * mandatory reason (loans.correctReturn). The items are those loans.returnItems lists; the main
 * side re-checks the figures and says what followed for the incidents and the deposit.
 */
export function CorrectReturnDialog({ booking: b, onClose, onChanged }: LoanActionProps) {
  const { t } = useTranslation();
  const items = useQuery('loans.returnItems', { bookingId: b.id });
  const title = t('loans.correctReturn.title', { number: loanNumber(b) });
  return (
    <Dialog open onClose={onClose} title={title} testId="correct-return-dialog" size="md">
      {items.error ? <Notice tone="error">{items.error.message}</Notice> : null}
      {items.data ? (
        <CorrectReturnForm booking={b} items={items.data} onClose={onClose} onChanged={onChanged} />
      ) : (
        <p aria-busy="true">{t('common.loading')}</p>
      )}
    </Dialog>
  );
}

function CorrectReturnForm({
  booking: b,
  items: all,
  onClose,
  onChanged,
}: LoanActionProps & { items: readonly ReturnItemDto[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useApi();
  // A kit's own item stands for its components' pieces: those are corrected instead.
  const items = all.filter((i) => !i.isKit);
  const [itemId, setItemId] = useState(String(items[0]?.id ?? ''));
  const [figures, setFigures] = useState(() => figuresOf(items[0]));
  const c = useCorrection(FIELDS);
  const { shown, done } = c;
  const item = items.find((i) => String(i.id) === itemId);
  const vehicle = item?.kind === 'vehicle';
  const set = (k: keyof typeof figures) => (v: string) => setFigures((f) => ({ ...f, [k]: v }));
  const form = useRef<HTMLFormElement>(null);
  // The items arrive after the dialog opened (and placed the focus): the cursor goes to the choice.
  useEffect(() => form.current?.querySelector('select')?.focus(), []);

  if (done && item)
    return (
      <CorrectionResult
        result={done}
        message={t('loans.correctReturn.done', { line: item.resourceName })}
        lineId={item.lineId}
        showBack
        onClose={onClose}
        testId="correct-return"
      />
    );
  if (items.length === 0) return <Notice tone="info">{t('loans.correctReturn.none')}</Notice>;

  const submit = async () => {
    if (!item) return;
    const problems: Record<string, string> = {};
    const n = (k: string, s: string) => {
      const v = parseInteger(s);
      if (v === null || Number.isNaN(v)) problems[k] = t('loans.correct.number');
      return v ?? 0;
    };
    const [ok, damaged, missing] = COUNTS.map((k) => n(k, figures[k])) as [number, number, number];
    const km = vehicle && figures.mileageIn.trim() !== '' ? n('mileageIn', figures.mileageIn) : undefined;
    if (!c.checked(problems)) return;
    const sent = await c.send(
      () =>
        run('loans.correctReturn', {
          bookingId: b.id,
          version: b.version,
          returnItemId: item.id,
          ok,
          damaged,
          missing,
          ...(km === undefined ? {} : { mileageIn: km }),
          reason: c.reason.trim(),
        }),
      (r) => r,
    );
    if (sent) onChanged();
  };

  return (
    <CorrectionForm
      formRef={form}
      correction={c}
      testId="correct-return"
      reasonTestId="correct-return-reason"
      explain={t('loans.correctReturn.explain')}
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <SelectField
        label={t('loans.correctReturn.item')}
        name="returnItemId"
        value={itemId}
        onChange={(v) => {
          // Another item: its own recorded figures, and the refusal was about the previous one.
          setItemId(v);
          setFigures(figuresOf(items.find((i) => String(i.id) === v)));
          c.setError(null);
          c.setLocal({});
        }}
        options={items.map((i) => ({
          value: String(i.id),
          label: t('loans.correctReturn.itemLabel', {
            at: formatDateTimeShort(i.at, lang),
            code: i.inventoryCode,
            name: i.resourceName,
            ok: i.ok,
            damaged: i.damaged,
            missing: i.missing,
          }),
        }))}
        error={shown.returnItemId}
        required
        testId="correct-return-item"
      />
      <div className="row">
        {COUNTS.map((k) => (
          <TextField
            key={k}
            label={t(`loans.correctReturn.${k}`)}
            name={k}
            value={figures[k]}
            onChange={set(k)}
            inputMode="numeric"
            required
            error={shown[k]}
            testId={`correct-return-${k}`}
          />
        ))}
      </div>
      {vehicle ? (
        <TextField
          label={t('loans.correctReturn.mileageIn')}
          name="mileageIn"
          value={figures.mileageIn}
          onChange={set('mileageIn')}
          inputMode="numeric"
          hint={t('loans.correct.leaveEmpty')}
          error={shown.mileageIn}
          testId="correct-return-mileage"
        />
      ) : null}
    </CorrectionForm>
  );
}
