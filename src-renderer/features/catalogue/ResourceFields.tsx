import { useTranslation } from 'react-i18next';
import { FUELS, LICENCE_CATEGORIES, RESOURCE_KINDS } from '../../../src-main/catalog/contract';
import type { SiteDto } from '../../../src-main/sites/contract';
import type { OrganisationRow } from '../../../src-main/borrowers/contract';
import { SelectField, TextArea, TextField } from '../../components/fields';
import type { ResourceForm } from './resource-form';
import { formatMoney, parseEuros } from '../../format/money';
import { currentLang } from '../../i18n';

/** The API path each form field answers for (its errors come back under that path). */
export const FIELD_PATH = {
  kind: 'kind',
  tracking: 'tracking',
  name: 'name',
  category: 'category',
  description: 'description',
  inventoryCode: 'inventoryCode',
  ownerId: 'ownerId',
  siteId: 'siteId',
  deposit: 'depositCents',
  replacementValue: 'replacementValueCents',
  dailyValue: 'dailyValueCents',
  bufferMinutes: 'bufferMinutes',
  defaultLoanDays: 'defaultLoanDays',
  safetyNotes: 'safetyNotes',
  vehicleRegistration: 'vehicleRegistration',
  vehicleSeats: 'vehicleSeats',
  vehicleLicenceCategory: 'vehicleLicenceCategory',
  vehicleFuel: 'vehicleFuel',
  vehicleMileage: 'vehicleMileage',
  vehicleNextInspection: 'vehicleNextInspection',
  roomCapacity: 'roomCapacity',
  roomAccessible: 'roomAccessible',
  roomAccess: 'roomAccess',
  quantityOwned: 'quantityOwned',
  quantityOutOfService: 'quantityOutOfService',
} as const satisfies Record<keyof ResourceForm, string>;

export function ResourceFields({
  form,
  set,
  errors,
  mode,
  sites,
  owners,
  categories,
  onNewSite,
}: {
  form: ResourceForm;
  set: <K extends keyof ResourceForm>(key: K, value: ResourceForm[K]) => void;
  errors: Record<string, string>;
  mode: 'create' | 'edit';
  sites: SiteDto[];
  owners: OrganisationRow[];
  categories: string[];
  onNewSite: () => void;
}) {
  const { t } = useTranslation();
  const err = (k: keyof ResourceForm) => errors[FIELD_PATH[k]];
  const text = (k: keyof ResourceForm, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      label={t(`resource.field.${k}`)}
      name={FIELD_PATH[k]}
      value={form[k]}
      onChange={(v) => set(k, v as never)}
      error={err(k)}
      {...extra}
    />
  );
  // Echo the amount as it will be kept ("= 1 500,00 €"), so a misplaced comma shows before saving.
  const money = (k: 'deposit' | 'replacementValue' | 'dailyValue') => {
    const parsed = parseEuros(form[k]);
    const echo = parsed.ok && parsed.cents !== null ? `= ${formatMoney(parsed.cents, currentLang())}` : null;
    return text(k, { inputMode: 'decimal', hint: echo ?? t(`resource.hint.${k}`), className: 'field-money' });
  };

  return (
    <div className="form-grid">
      <fieldset className="form-section">
        <legend>{t('resource.section.identity')}</legend>
        <div className="row">
          <SelectField
            label={t('resource.field.kind')}
            name="kind"
            value={form.kind}
            onChange={(v) => set('kind', v as ResourceForm['kind'])}
            options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`resource.kind.${k}`) }))}
            error={err('kind')}
            required
          />
          {form.kind === 'equipment' ? (
            <SelectField
              label={t('resource.field.tracking')}
              name="tracking"
              value={form.tracking}
              onChange={(v) => set('tracking', v as ResourceForm['tracking'])}
              options={[
                { value: 'unit', label: t('resource.tracking.unit') },
                { value: 'stock', label: t('resource.tracking.stock') },
              ]}
              error={err('tracking')}
              disabled={mode === 'edit'}
              hint={mode === 'edit' ? t('resource.hint.trackingFixed') : undefined}
            />
          ) : null}
        </div>
        {text('name', { required: true, autoFocus: mode === 'create', maxLength: 120 })}
        <div className="row">
          {text('inventoryCode', { required: true, maxLength: 40, hint: t('resource.hint.inventoryCode') })}
          <TextField
            label={t('resource.field.category')}
            name="category"
            value={form.category}
            onChange={(v) => set('category', v)}
            error={err('category')}
            maxLength={80}
            list="resource-categories"
          />
          <datalist id="resource-categories">
            {categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </div>
        <TextArea
          label={t('resource.field.description')}
          name="description"
          value={form.description}
          onChange={(v) => set('description', v)}
          error={err('description')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('resource.section.place')}</legend>
        <SelectField
          label={t('resource.field.ownerId')}
          name="ownerId"
          value={form.ownerId}
          onChange={(v) => set('ownerId', v)}
          options={owners.map((o) => ({ value: String(o.id), label: o.name }))}
          placeholder={t('common.choose')}
          error={err('ownerId')}
          required
        />
        <div className="row row-end">
          <SelectField
            label={t('resource.field.siteId')}
            name="siteId"
            value={form.siteId}
            onChange={(v) => set('siteId', v)}
            options={sites.map((s) => ({ value: String(s.id), label: `${s.name} (${s.communeName})` }))}
            placeholder={t('common.choose')}
            error={err('siteId')}
            required
          />
          <button type="button" onClick={onNewSite} data-testid="resource-new-site">
            {t('sites.new')}
          </button>
        </div>
        {form.kind === 'equipment' && form.tracking === 'stock' && mode === 'create' ? (
          <div className="row">
            {text('quantityOwned', { inputMode: 'numeric', required: true })}
            {text('quantityOutOfService', { inputMode: 'numeric' })}
          </div>
        ) : null}
      </fieldset>

      {form.kind === 'vehicle' ? (
        <fieldset className="form-section">
          <legend>{t('resource.section.vehicle')}</legend>
          <div className="row">
            {text('vehicleRegistration', { maxLength: 20 })}
            {text('vehicleSeats', { inputMode: 'numeric' })}
          </div>
          <div className="row">
            <SelectField
              label={t('resource.field.vehicleLicenceCategory')}
              name="vehicleLicenceCategory"
              value={form.vehicleLicenceCategory}
              onChange={(v) => set('vehicleLicenceCategory', v)}
              options={LICENCE_CATEGORIES.map((c) => ({ value: c, label: c }))}
              placeholder={t('common.choose')}
              error={err('vehicleLicenceCategory')}
              required
            />
            <SelectField
              label={t('resource.field.vehicleFuel')}
              name="vehicleFuel"
              value={form.vehicleFuel}
              onChange={(v) => set('vehicleFuel', v)}
              options={FUELS.map((f) => ({ value: f, label: t(`resource.fuel.${f}`) }))}
              placeholder={t('common.unknown')}
              error={err('vehicleFuel')}
            />
          </div>
          <div className="row">
            {text('vehicleMileage', { inputMode: 'numeric', hint: t('resource.hint.vehicleMileage') })}
            {text('vehicleNextInspection', { type: 'date' })}
          </div>
        </fieldset>
      ) : null}

      {form.kind === 'room' ? (
        <fieldset className="form-section">
          <legend>{t('resource.section.room')}</legend>
          <div className="row">
            {text('roomCapacity', { inputMode: 'numeric', hint: t('resource.hint.roomCapacity') })}
            <SelectField
              label={t('resource.field.roomAccessible')}
              name="roomAccessible"
              value={form.roomAccessible}
              onChange={(v) => set('roomAccessible', v)}
              options={[
                { value: 'yes', label: t('resource.accessibility.yes') },
                { value: 'no', label: t('resource.accessibility.no') },
              ]}
              placeholder={t('resource.accessibility.unknown')}
              error={err('roomAccessible')}
            />
          </div>
          {text('roomAccess', { hint: t('resource.hint.roomAccess') })}
        </fieldset>
      ) : null}

      <fieldset className="form-section">
        <legend>{t('resource.section.loan')}</legend>
        <div className="row row-3">
          {money('deposit')}
          {money('replacementValue')}
          {money('dailyValue')}
        </div>
        <div className="row">
          {text('defaultLoanDays', { inputMode: 'numeric' })}
          {text('bufferMinutes', { inputMode: 'numeric', hint: t('resource.hint.bufferMinutes') })}
        </div>
        <TextArea
          label={t('resource.field.safetyNotes')}
          name="safetyNotes"
          value={form.safetyNotes}
          onChange={(v) => set('safetyNotes', v)}
          error={err('safetyNotes')}
          hint={t('resource.hint.safetyNotes')}
        />
      </fieldset>
    </div>
  );
}
